"""Which language a text is in: the supported ones (English, bokmål) and those the coach
refuses (nynorsk, Swedish, Danish and a few more), in a few microseconds.

Two steps, both data (``lexicons/*.toml``):

1. ``recognise`` votes with the commonest short words and the letters of each language
   in ``lexicons/languages.toml`` (hand lists, and lists derived offline by
   ``data/languages/derive_words.py``: Danish and Swedish words, and bokmål words that
   nynorsk does not write; words bokmål never writes weigh double), the marked pieces of
   unlisted words (endings and stems, not read in names), and a word's form after a
   marker word ("å taka", "tak for"); hashtags, handles, signatures, links and quoted
   speech are not read. A language the coach does not read must win clearly before a
   text is refused (:class:`UnsupportedLanguageError`), so a bokmål post with an English
   hashtag or a dialect word or two is still read.
2. ``detect_language`` picks English or bokmål from each lexicon's function words and
   letters, and breaks a tie with the votes of step 1. Short texts with no evidence at
   all fall back to English, the language the widest audience of the kit writes in.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_lexicon, read_toml, supported_languages
from .text import WORD

DEFAULT_LANGUAGE = "en"
# Not read when recognising a language: hashtags, @handles, signatures ("^Henrik") and
# links are names and labels, often English in a Norwegian post.
_NOT_PROSE = re.compile(r"[#@^]\w+|(?<!\w)(?:https?://|www\.)\S+")
# Quoted speech is someone else's words (see _votes): «...», “...”, ”...”, "...", »...«.
_QUOTED = re.compile(r'«[^«»]*»|“[^“”]*”|”[^”]*”|"[^"]*"|»[^«»]*«')
_QUOTE_MARKS = ('«', '"', '“', '”', '»')
# How many unlisted words' piece votes are remembered (see _data's "piece_memo"): a
# long-running server meets many words once.
_PIECE_MEMO_SIZE = 50_000


class UnsupportedLanguageError(ValueError):
    """The text is in a language the coach does not read; the message says which.

    ``found`` is the language's code ("nn", "sv", "da", ...), ``supported`` the codes the
    coach reads, and ``lang`` the language of the message (the caller's, when known).
    """

    def __init__(self, found: str, lang: str | None = None):
        self.found = found
        self.lang = lang if lang in _data()["messages"] else DEFAULT_LANGUAGE
        self.supported = supported_languages()
        self.message = refusal_message(found, self.lang)
        super().__init__(self.message)

    def message_in(self, lang: str) -> str:
        return refusal_message(self.found, lang)


def language_name(code: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The name of language ``code`` in language ``lang`` ("sv", "nb" -> "svensk")."""
    names = _data()["names"]
    return names.get(lang, names[DEFAULT_LANGUAGE]).get(code, code)


def supported_names(lang: str = DEFAULT_LANGUAGE) -> str:
    """The languages the coach reads, named in ``lang`` ("English and Norwegian bokmål")."""
    messages = _data()["messages"]
    lang = lang if lang in messages else DEFAULT_LANGUAGE
    names = [language_name(c, lang) for c in supported_languages()]
    return ", ".join(names[:-1]) + messages["and"][lang] + names[-1] if len(
        names) > 1 else names[0]


def refusal_message(found: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The coach's refusal in ``lang``: the language found and the languages it reads."""
    messages = _data()["messages"]
    lang = lang if lang in messages else DEFAULT_LANGUAGE
    return messages[lang].format(found=language_name(found, lang),
                                 supported=supported_names(lang))


def check_language(lang: str | None) -> str | None:
    """Return ``lang`` if it is supported (or None); otherwise raise a ValueError."""
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a string or None, not {type(lang).__name__}")
    code = lang.strip().lower()
    supported = supported_languages()
    if code not in supported:
        raise ValueError(
            f"unsupported language {lang!r}: supported are {', '.join(supported)}"
        )
    return code


def detect_language(*texts: str) -> str:
    """The supported language whose function words and letters best explain ``texts``.

    A tie (most often no function word at all: "3–1-seier borte mot Sogndal! Stolt trener
    i kveld.") goes to the language the recognition lists hear more of, and only then to
    English."""
    words = [w.lower() for t in texts for w in WORD.findall(t)]
    scores = {}
    for code in supported_languages():
        lex = load_lexicon(code)
        score = float(sum(1 for w in words if w in lex.stopwords))
        if lex.letters:
            # a distinctive letter counts like half a function word: "blåbær" alone is nb
            score += 0.5 * sum(1 for t in texts for ch in t if ch in lex.letters)
        scores[code] = score
    top = max(scores.values())
    tied = [code for code, score in scores.items() if score == top]
    if len(tied) == 1:
        return tied[0]
    heard = language_scores(" ".join(texts))
    best = max(tied, key=lambda code: heard.get(code, 0.0))
    return best if heard.get(best, 0.0) > heard.get(DEFAULT_LANGUAGE, 0.0) else DEFAULT_LANGUAGE


def _votes(text: str) -> list[tuple[tuple[str, ...], float]]:
    """Each piece of evidence in ``text``: the languages it votes for, and its weight."""
    data = _data()
    # (the substitution is a second pass over the text: only when there is anything to cut)
    prose = _NOT_PROSE.sub(" ", text) if ("#" in text or "@" in text or "^" in text
                                          or "http" in text or "www." in text) else text
    # a bokmål post may quote someone's dialect or another language («eg kjem ikkje»,
    # «back to the 80s»): read what is outside the quotes, when enough is (a post that is
    # one quotation is read whole)
    if any(q in prose for q in _QUOTE_MARKS):
        outside = _QUOTED.sub(" ", prose)
        if len(WORD.findall(outside)) >= data["quote_min_words"]:
            prose = outside
    by_word = data["by_word"]
    lowered = prose.lower()
    # each distinct word once: "frå ... frå" is one piece of evidence, not two
    words = set(WORD.findall(lowered))
    strong, heavy = data["strong"], data["strong_weight"]
    votes = [(by_word[w], heavy if w in strong else 1.0) for w in words if w in by_word]
    # a word's form after a marker word ("å taka": nynorsk's infinitive in -a)
    after = data["after"]
    if after and not words.isdisjoint(after[1]):
        for first, second in set(after[0].findall(lowered)):
            ending, min_length, nexts, codes = after[1][first]
            if second.endswith(ending) and len(second) >= min_length and (
                    not nexts or second in nexts):
                votes.append((codes, heavy))
    # an unlisted word still speaks through a piece of it ("syklar", "elevane", "vejr")
    memo = data["piece_memo"]
    for w in words:
        if w in by_word or len(w) < 3:
            continue
        try:
            vote = memo[w]
        except KeyError:
            vote = _piece_vote(w, data)
            if len(memo) < _PIECE_MEMO_SIZE:
                memo[w] = vote
        if vote and (w in prose or not _only_a_name(w, prose)):
            votes.append(vote)
    # a word written with a capital in mid-sentence: Danish "I" (you, plural: "Hvad synes
    # I?") where bokmål writes "i" (in) and capitalises it only to start a sentence
    cased = data["mid_sentence"]
    if cased and any(" " + w in prose for w in cased[1]):
        for w in set(cased[0].findall(prose)):
            votes.append((cased[1][w], 1.0))
    weight, cap = data["letter_weight"], data["letter_cap"]
    for ch in data["letters"].intersection(prose):
        votes.append((data["by_letter"][ch], weight * min(prose.count(ch), cap)))
    return votes


def _only_a_name(word: str, prose: str) -> bool:
    """Whether ``word`` (lower-cased) is written in ``prose`` only with a capital in
    mid-sentence, after a letter, a digit or a comma: a name ("Takk til Gunnar og Einar"),
    whose ending says nothing of the language around it. A capital that may start a
    sentence ("Brøytinga startar klokka seks.") still lets the word's piece vote."""
    cap = word[0].upper() + word[1:]
    at = prose.find(cap)
    while at != -1:
        before = at
        while before and prose[before - 1] == " ":
            before -= 1
        if not before or not (prose[before - 1].isalnum() or prose[before - 1] == ","):
            return False
        at = prose.find(cap, at + 1)
    return True


def _piece_vote(word: str, data: dict) -> tuple[tuple[str, ...], float] | None:
    """The languages ``word``'s longest marked ending votes for, else a marked piece
    inside it, and the vote's weight; None when it has neither."""
    endings = data["endings"]
    for k in data["ending_lengths"]:
        hit = endings.get(word[-k:])
        if hit and len(word) >= hit[1]:
            return hit[0], hit[2]
    inner = data["inner"]
    m = inner[0].search(word) if inner else None
    if m and len(word) >= inner[1][m.group()][1]:
        return inner[1][m.group()][0], inner[1][m.group()][2]
    return None


def language_scores(text: str) -> dict[str, float]:
    """Each known language's evidence in ``text``: word votes plus weighted letters."""
    scores = dict.fromkeys(_data()["codes"], 0.0)
    for codes, weight in _votes(text):
        for code in codes:
            scores[code] += weight
    return scores


def recognise(text: str, reads: tuple[str, ...] | None = None) -> str | None:
    """The code of the language ``text`` is clearly written in, when it is not one of
    ``reads`` (by default the languages the coach reads): "nn", "sv", "da", ... None when
    it is one of ``reads``, or when the evidence is too thin or too close to call.

    Only the evidence that tells two languages apart counts: for the best-scoring other
    language and each language in ``reads``, the words (and letters) that vote for one
    and not the other. A grader passes the notebook's language alone
    (``reads=("en",)``) to hear of an answer in the coach's other language too.
    """
    data = _data()
    votes = _votes(text)
    home_codes = tuple(reads or supported_languages())
    # Against each language read, the other language's evidence comes from votes that
    # do not name that language; too few of those, and there is nothing to weigh (most
    # English and bokmål texts stop here).
    for home in home_codes:
        if sum(w for codes, w in votes if home not in codes) < data["min_evidence"]:
            return None
    scores = dict.fromkeys(data["codes"], 0.0)
    for codes, weight in votes:
        for code in codes:
            scores[code] += weight
    found = max((c for c in data["codes"] if c not in home_codes), key=scores.__getitem__)
    for home in home_codes:
        theirs = sum(w for codes, w in votes if found in codes and home not in codes)
        ours = sum(w for codes, w in votes if home in codes and found not in codes)
        if theirs < data["min_evidence"] or theirs < data["ratio"] * ours + data["margin"]:
            return None
    return found


def refuse_foreign(text: str, lang: str | None) -> None:
    """Raise :class:`UnsupportedLanguageError` (in ``lang``) when ``text`` is clearly in a
    language the coach does not read."""
    found = recognise(text)
    if found is not None:
        raise UnsupportedLanguageError(found, lang)


@cache
def _data() -> dict:
    raw = read_toml("languages.toml")
    by_word: dict[str, list[str]] = {}
    by_letter: dict[str, list[str]] = {}
    for code, spec in raw["languages"].items():
        for w in {w.lower() for w in spec["words"] + spec.get("strong", [])
                  + spec.get("dialect", [])}:
            by_word.setdefault(w, []).append(code)
        for ch in set(spec.get("letters", "")):
            by_letter.setdefault(ch, []).append(code)
    # the derived lists (data/languages/derive_words.py): one string of words each
    for code, spec in raw.get("derived", {}).items():
        for w in spec["words"].split():
            codes = by_word.setdefault(w, [])
            if code not in codes:
                codes.append(code)
    # (the shared lists are hand-written arrays; [nb_not_nn] is derived, one string each)
    for group in (*raw.get("shared", {}).values(), *raw.get("nb_not_nn", {}).values()):
        words = group["words"]
        for w in {w.lower() for w in (words.split() if isinstance(words, str) else words)}:
            codes = by_word.setdefault(w, [])
            codes += [c for c in group["languages"] if c not in codes]
    # (a piece marked `strong` weighs as a strong word)
    pieces = {p: (tuple(spec["languages"]), int(spec["min_length"]),
                  float(raw["settings"]["strong_weight"]) if spec.get("strong") else 1.0)
              for p, spec in raw.get("pieces", {}).items()}
    endings = {p[:-1]: v for p, v in pieces.items() if p.endswith("$")}
    inner_map = {p: v for p, v in pieces.items() if not p.endswith("$")}
    # one search finds a marked piece inside a word (longest pieces tried first)
    inner = (re.compile("|".join(map(re.escape, sorted(inner_map, key=len, reverse=True)))),
             inner_map) if inner_map else None
    after_map = {w.lstrip("^"): (spec.get("ending", ""), int(spec.get("min_length", 0)),
                                 frozenset(spec.get("words", ())), tuple(spec["languages"]))
                 for w, spec in raw.get("after", {}).items()}
    # the marker word, one space, and the next word; a marker written "^tak" only where a
    # sentence may start (not after a word or a comma and a space: "nytt tak for en pris")
    markers = [r"(?<![\w,] )" + re.escape(w[1:]) if w.startswith("^") else re.escape(w)
               for w in raw.get("after", {})]
    after = (re.compile(r"(?<!\w)(" + "|".join(markers) + r") (\w+)"),
             after_map) if after_map else None
    cased_map = {w: tuple(c) for w, c in raw.get("mid_sentence", {}).items()}
    # after a lower-case letter (or a comma) and one space: not the first word of a
    # sentence, a line or a shouted ALL-CAPS text
    cased = (re.compile(r"(?<=[a-zß-ÿ,]) (" + "|".join(map(re.escape, cased_map)) + r")\b"),
             cased_map) if cased_map else None
    settings = raw["settings"]
    messages = {k: v for k, v in raw["messages"].items() if k != "and"}
    messages["and"] = raw["messages"]["and"]
    return {
        "codes": tuple(raw["languages"]),
        "by_word": {w: tuple(c) for w, c in by_word.items()},
        "by_letter": {ch: tuple(c) for ch, c in by_letter.items()},
        "letters": frozenset(by_letter),
        "endings": endings,
        "ending_lengths": sorted({len(e) for e in endings}, reverse=True),
        "inner": inner,
        # unlisted words already read through their pieces (a word reads the same each
        # time, and most words of a post were met before)
        "piece_memo": {},
        "mid_sentence": cased,
        "after": after,
        "strong": frozenset(raw.get("strong", {}).get("words", "").split()).union(
            *(spec.get("strong", ()) for spec in raw["languages"].values())),
        "strong_weight": float(settings["strong_weight"]),
        "letter_weight": float(settings["letter_weight"]),
        "letter_cap": int(settings["letter_cap"]),
        "min_evidence": float(settings["min_evidence"]),
        "quote_min_words": int(settings["quote_min_words"]),
        "margin": float(settings["margin"]),
        "ratio": float(settings["ratio"]),
        "names": raw["names"],
        "messages": messages,
    }
