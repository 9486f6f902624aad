"""Derive the word lists at the end of lexicons/languages.toml ([derived], [strong]).

Run offline, by hand, when the lists should change; the engine never imports this. It
needs the `wordfreq` package (pinned in data/languages/requirements.txt) and Debian's
word lists `wdanish`, `wswedish` and `wnorwegian` (/usr/share/dict/danish, swedish,
bokmaal, nynorsk):

    apt-get install wdanish wswedish wnorwegian
    python3 -m venv /tmp/derive && /tmp/derive/bin/pip install -r data/languages/requirements.txt
    /tmp/derive/bin/python data/languages/derive_words.py > /tmp/derived.toml

and paste its output over the [derived], [strong] and [nb_not_nn] tables at the end of
languages.toml.

A word is kept for a language when it is among that language's commonest words
(wordfreq), is in that language's dictionary, and bokmål does not write it: it is not a
common bokmål word (in the bokmål dictionary *and* common in Norwegian text), it is far
commoner in the language than in Norwegian text, and it is not a common English word
(English words turn up in bokmål posts). A word common in both Danish and Swedish goes
in both lists, so it tells those two apart from bokmål but not from each other, and a
Swedish word whose ending marks nynorsk too ("dagar") goes in the nynorsk list. The
twins of common bokmål words that differ only in the ending (see ``twins``: nynorsk
"plassar", "kampane", Danish "gardinerne") go in the nynorsk and Danish lists.
Then the guards: common bokmål words that carry a piece marking another language
([pieces]: "gjerne" ends like Danish "kunderne", "lage" like "tage") are listed for bokmål
and for each language whose dictionary holds them, so the piece does not count for them.
Then the strong words (see ``strong``), which weigh as two. Last, bokmål's own evidence
against nynorsk (see ``bokmaal_not_nynorsk``).
No text of the kit (corpus, language texts, learners' answers) is read here.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

TOP = {"da": 15000, "sv": 5000}  # how many of each language's commonest words are read
AHEAD = 1.5          # at least this much commoner (Zipf) in the language than in bokmål
COMMON_NB = 3.0      # a bokmål-dictionary word at least this common in bokmål is bokmål's
COMMON_EN = 3.0      # an English word at least this common is left out ...
EN_AHEAD = 2.0       # ... unless the language uses it this much more
BOTH = 1.0           # a word within this of the other language's frequency counts for both
WORD = re.compile(r"^[a-zäåæöø]{2,}$")
STRONG_AHEAD = 2.5   # [strong]: at least this much commoner in Danish or Swedish than in bokmål
STRONG_RARE_NB = 1.5  # ... or rarer than this in Norwegian text and not in its dictionary
GUARD = 2.0          # bokmål words at least this common (Zipf) that carry a piece are listed
NB_NOT_NN_TOP = 20000  # [nb_not_nn]: how many of bokmål's commonest words are read
TWINS_TOP = 20000    # twins: how many of bokmål's commonest words are read
# bokmål's ending -> another language's where the rest of the word is alike: nynorsk's
# present tense and plural in -ar ("plasser", "rydder" -> "plassar", "ryddar") and
# definite plural in -ane ("kampene" -> "kampane"), Danish's definite plural in -erne
# ("gardinene" -> "gardinerne"); the longest ending is tried first
TWIN_ENDINGS = {"nn": (("ene", "ane"), ("er", "ar")), "da": (("ene", "erne"),)}
LANGUAGES_TOML = Path(__file__).parents[2] / "src/dialogue_coach/lexicons/languages.toml"
TOML = tomllib.loads(LANGUAGES_TOML.read_text(encoding="utf-8"))
PIECES = TOML["pieces"]
LISTED = {w.lower() for table in ("languages", "shared") for spec in TOML[table].values()
          for w in spec["words"]}


def dictionary(name: str) -> set[str]:
    raw = Path("/usr/share/dict", name).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return set(text.split("\n"))


def piece_votes(word: str) -> tuple[str, ...]:
    """The languages ``word``'s marked ending (else a marked piece) votes for, as
    dialogue_coach.language reads [pieces] in languages.toml."""
    endings = {p[:-1]: v for p, v in PIECES.items() if p.endswith("$")}
    for piece in sorted(endings, key=len, reverse=True):
        if word.endswith(piece) and len(word) >= endings[piece]["min_length"]:
            return tuple(endings[piece]["languages"])
    for piece in sorted((p for p in PIECES if not p.endswith("$")), key=len, reverse=True):
        if piece in word and len(word) >= PIECES[piece]["min_length"]:
            return tuple(PIECES[piece]["languages"])
    return ()


def derive() -> dict[str, list[str]]:
    dicts = {"da": dictionary("danish"), "sv": dictionary("swedish")}
    bokmaal, nynorsk = dictionary("bokmaal"), dictionary("nynorsk")
    lists: dict[str, set[str]] = {"da": set(), "sv": set(), "nn": set()}
    for lang, other in (("da", "sv"), ("sv", "da")):
        for w in top_n_list(lang, TOP[lang]):
            if not WORD.match(w) or w not in dicts[lang]:
                continue
            z, z_nb, z_en = (zipf_frequency(w, c) for c in (lang, "nb", "en"))
            if w in bokmaal and z_nb >= COMMON_NB:
                continue
            if z - z_nb < AHEAD or (z_en >= COMMON_EN and z - z_en < EN_AHEAD):
                continue
            lists[lang].add(w)
            if w in dicts[other] and zipf_frequency(w, other) >= z - BOTH:
                lists[other].add(w)
    # A word listed is no longer read through its ending ([pieces]), so a Swedish word that
    # nynorsk writes too and whose ending votes nynorsk ("dagar", "delar") keeps that vote.
    # (The nynorsk dictionary alone is too broad a test: it holds "vad", "titta", "lidt".)
    lists["nn"] = {w for w in lists["sv"] if w in nynorsk and "nn" in piece_votes(w)}
    # Nynorsk's and Danish's twins of common bokmål words (see ``twins``); Swedish writes
    # some of nynorsk's too ("bilar", "startar"), so they vote for it as well, as their
    # ending did.
    for w in twins(bokmaal, nynorsk, TWIN_ENDINGS["nn"]):
        lists["nn"].add(w)
        if w in dicts["sv"]:
            lists["sv"].add(w)
    lists["da"] |= twins(bokmaal, dicts["da"], TWIN_ENDINGS["da"])
    # Guards: a common bokmål word whose ending or piece marks another language ("gjerne",
    # "lage", "allerede", "musikk" is fine but "kritik" is not) is listed for bokmål and
    # for each of the others whose dictionary holds it, so its piece does not count
    # against bokmål.
    dicts["nn"] = nynorsk
    lists["nb"] = set()
    for w in top_n_list("nb", 50000):
        if (not WORD.match(w) or w in LISTED or w not in bokmaal
                or zipf_frequency(w, "nb") < GUARD):
            continue
        votes = piece_votes(w)
        if votes and "nb" not in votes:
            lists["nb"].add(w)
            for lang in ("nn", "da", "sv"):
                if w in dicts[lang]:
                    lists[lang].add(w)
    return {lang: sorted(words) for lang, words in lists.items()}


def twins(bokmaal: set[str], theirs: set[str],
          endings: tuple[tuple[str, str], ...]) -> set[str]:
    """Another language's form of a common bokmål word, where only the ending differs
    (the sixth round): "plasser", "rydder", "kampene" in bokmål are "plassar", "ryddar",
    "kampane" in nynorsk, "gardinene" is "gardinerne" in Danish. Kept when that language's
    dictionary (``theirs``) holds the form and the bokmål one does not, it is no name and
    no common English word. Listed, the form is a word bokmål does not write (a strong
    word, see ``strong``), where its ending alone weighed one: a nynorsk text with a single
    such mark («Er det ledige plassar i kveld?») is named, while bokmål words that merely
    end so ("Rondane", "webinar") are not listed."""
    names = {w.lower() for w in bokmaal | theirs if w[:1].isupper()}
    found = set()
    for w in top_n_list("nb", TWINS_TOP):
        if not WORD.match(w) or w not in bokmaal or w in names:
            continue
        for ending, their_ending in endings:
            if w.endswith(ending) and len(w) >= len(ending) + 3:
                twin = w[:-len(ending)] + their_ending
                if (twin in theirs and twin not in bokmaal and twin not in names
                        and twin not in LISTED and zipf_frequency(twin, "en") < COMMON_EN):
                    found.add(twin)
                break
    return found


def strong(derived: dict[str, list[str]]) -> list[str]:
    """The words of nynorsk, Danish and Swedish that bokmål does not write: not in the
    bokmål dictionary at all ("ikkje", "laurdag", "hvad", "arbejde") or far commoner in
    Danish or Swedish ("mig", "bliver"), in their own language's dictionary, and not
    English words. Each weighs as two words ([settings]); languages.toml lists a few more
    nynorsk ones by hand ("frå", "berre": the bokmål dictionary holds old forms too)."""
    votes: dict[str, set[str]] = {}
    for code, spec in TOML["languages"].items():
        for w in spec["words"]:
            votes.setdefault(w.lower(), set()).add(code)
    for group in TOML["shared"].values():
        for w in group["words"]:
            votes.setdefault(w.lower(), set()).update(group["languages"])
    for code, words in derived.items():
        for w in words:
            votes.setdefault(w, set()).add(code)
    own = {"nn": dictionary("nynorsk"), "da": dictionary("danish"), "sv": dictionary("swedish")}
    bokmaal = dictionary("bokmaal")
    def foreign(w: str, codes: set[str]) -> bool:
        # Danish and Swedish: far commoner there than in Norwegian text ("mig", "bliver":
        # the bokmål dictionary holds old forms too), or rare in Norwegian text and not in
        # the bokmål dictionary (which lacks some bokmål words: "velbekomme" is neither)
        z_nb = zipf_frequency(w, "nb")
        if codes & {"da", "sv"}:
            return any(zipf_frequency(w, c) - z_nb >= STRONG_AHEAD
                       for c in ("da", "sv") if c in codes) or (
                w not in bokmaal and z_nb < STRONG_RARE_NB)
        return w not in bokmaal  # nynorsk: Norwegian frequencies mix in nynorsk text

    return sorted(w for w, codes in votes.items()
                  if "nb" not in codes and len(w) > 1 and foreign(w, codes)
                  and any(c in own and w in own[c] for c in codes)
                  and zipf_frequency(w, "en") < COMMON_EN - 0.5)


def bokmaal_not_nynorsk() -> dict[tuple[str, ...], list[str]]:
    """Common bokmål words that nynorsk does not write ("egentlig", "hjemme", "dager"),
    as evidence *for* bokmål against nynorsk: a bokmål post with a dialect word or two
    («dokker», «no») keeps enough bokmål to be read. A word Danish or Swedish also
    writes votes for them too, so it tells bokmål from nynorsk and nothing else."""
    bokmaal, nynorsk = dictionary("bokmaal"), dictionary("nynorsk")
    others = {"da": dictionary("danish"), "sv": dictionary("swedish")}
    # names and places ("Knut", "Kirkenes") say nothing about the language around them
    names = {w.lower() for w in bokmaal | nynorsk if w[:1].isupper()}
    groups: dict[tuple[str, ...], list[str]] = {}
    for w in top_n_list("nb", NB_NOT_NN_TOP):
        if (not WORD.match(w) or w in LISTED or w in names or w not in bokmaal or w in nynorsk
                or zipf_frequency(w, "en") >= COMMON_EN):
            continue
        codes = ("nb", *(c for c in ("da", "sv") if w in others[c]))
        groups.setdefault(codes, []).append(w)
    return {codes: sorted(words) for codes, words in groups.items()}


def words_string(words: list[str]) -> str:
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 88:
            lines.append(line)
            line = ""
        line = f"{line} {w}" if line else w
    lines.append(line)
    body = "\n".join(lines)
    # a literal string (''') reads several times faster than a basic one with tomllib
    return f"words = '''\n{body}\n'''\n"


def main() -> int:
    derived = derive()
    for lang, words in derived.items():
        print(f"[derived.{lang}]")
        print(words_string(words))
    print("[strong]")
    print(words_string(strong(derived)))
    for codes, words in bokmaal_not_nynorsk().items():
        print(f"[nb_not_nn.{'_'.join(codes)}]")
        print(f"languages = {list(codes)!r}".replace("'", '"'))
        print(words_string(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
