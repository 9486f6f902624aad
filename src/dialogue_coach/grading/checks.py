"""The checks in the assignments' check cells: one check, one clear message.

A check cell in a notebook reads like this::

    from dialogue_coach.grading import checks
    checks.is_dialogue(rewrite, lang="en")

Each check either prints a line starting with ✓, returns :class:`Points` (partial
credit, with a line per point explaining it), or raises :class:`CheckFailed` whose
message says what was seen and what to change, in the notebook's language. In Jupyter a
failed check shows only that message, never a Python traceback.

The same functions run in a learner's kernel (self-checks while working) and in the
grader's own process on answers read from the notebook's text
(``nbgrader_ext.TrustedChecks``), so the verdict a learner sees while working is the
verdict they get. Answer keys are arguments, written in the masters' hidden tests; this
module holds no key.
"""

from __future__ import annotations

import contextlib
import contextvars
import csv
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from . import messages
from .answers import MAX_VALUE_CHARS, Missing, Unreadable

_DATA_DIR: contextvars.ContextVar[Path | None] = contextvars.ContextVar("data_dir", default=None)

LANGS = ("en", "nb")


class CheckFailed(AssertionError):
    """A check that did not pass; the message is for the learner."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def _render_traceback_(self) -> list[str]:
        # IPython shows these lines instead of a traceback: no code, only the message.
        lines = self.message.split("\n")
        return ["\x1b[0;31m✗ " + lines[0] + "\x1b[0m", *lines[1:]]


class Points(float):
    """Partial credit: nbgrader reads the number; people read the sentence."""

    def __new__(cls, got: float, out_of: float, lang: str = "en") -> Points:
        got = max(0.0, min(float(out_of), round(float(got), 2)))
        obj = super().__new__(cls, got)
        obj.out_of = float(out_of)
        obj.lang = lang
        return obj

    def __repr__(self) -> str:
        return repr(float(self))

    def _repr_markdown_(self) -> str:
        return "**" + messages.get("points", self.lang, got=float(self), max=self.out_of) + "**"


_STATE = {"lang": None, "grading": False, "failed_answers": set()}


@contextlib.contextmanager
def grading_mode() -> Iterator[None]:
    """Inside the grader: messages say what was found, not "marked after you hand in"."""
    old = _STATE["grading"]
    _STATE["grading"] = True
    try:
        yield
    finally:
        _STATE["grading"] = old


def _later(key: str) -> str:
    """The message for a check whose full marking happens after hand-in."""
    return key + "_graded" if _STATE["grading"] else key


def after_hand_in(*, lang: str = "en") -> None:
    """The visible part of a check cell whose marking is all hidden: say so (not in feedback)."""
    if not _STATE["grading"]:
        print(_msg("after_hand_in", _lang(lang)))


def _name_error_lines(value: BaseException) -> list[str]:
    name = getattr(value, "name", None) or (re.findall(r"'([^']+)'", str(value)) or ["?"])[0]
    langs = [_STATE["lang"]] if _STATE["lang"] else list(LANGS)
    # Answers' names have underscores (label_1, reply_troll) or are known words; a bare
    # word without one is almost always an answer typed without its quotes.
    key = "name_error_run" if "_" in name or name in _ANSWER_NAMES else "name_error_quotes"
    if name in _STATE["failed_answers"]:  # its answer cell ran and showed an error
        key = "name_error_fix_above"
    return ["\x1b[0;31m✗ " + _msg(key, lang, name=name) + "\x1b[0m" for lang in langs]


_ANSWER_NAMES = {"rewrite", "pattern", "checks", "history"}


def _syntax_error_lines(value: BaseException) -> list[str]:
    # The commonest cause by far: an answer typed without its quotes, or with one missing.
    langs = [_STATE["lang"]] if _STATE["lang"] else list(LANGS)
    line = getattr(value, "lineno", None) or "?"
    return ["\x1b[0;31m✗ " + _msg("syntax_error", lang, line=line) + "\x1b[0m" for lang in langs]


def start(*, lang: str = "en") -> None:
    """The notebook's first cell: remember the language and make Python's most common
    complaints readable (an answer without quotes or with one missing, or a cell run
    before its answer)."""
    _STATE["lang"] = _lang(lang)
    try:
        from IPython import get_ipython
    except ImportError:
        get_ipython = None
    shell = get_ipython() if get_ipython else None
    if shell is not None:
        def handler(shell, etype, value, tb, tb_offset=None):
            lines = _name_error_lines(value)
            shell._showtraceback(etype, value, lines)  # an error output, as usual
            return lines

        shell.set_custom_exc((NameError,), handler)

        # A cell that does not parse never runs, so custom_exc never sees it: IPython
        # reports it through showsyntaxerror, which is replaced for this notebook.
        def show_syntax_error(filename=None, running_compiled_code=False):
            etype, value, _ = shell._get_exc_info()
            shell._showtraceback(etype, value, _syntax_error_lines(value))

        shell.showsyntaxerror = show_syntax_error

        # Remember answers whose own cell failed, so the checks below point at that
        # cell's message instead of asking to run it again.
        def after_cell(result):
            cell = getattr(result.info, "raw_cell", "") or ""
            names = set(re.findall(r"^\s*([A-Za-z_]\w*)\s*=", cell, flags=re.M))
            if result.success:
                _STATE["failed_answers"].difference_update(names)
            else:
                _STATE["failed_answers"].update(names)

        shell.events.register("post_run_cell", after_cell)
    print(_msg("ready", _STATE["lang"]))


@contextlib.contextmanager
def data_folder(path: Path | str | None) -> Iterator[None]:
    """Resolve data file names (comments.csv) against *path* inside this block."""
    token = _DATA_DIR.set(Path(path) if path is not None else None)
    try:
        yield
    finally:
        _DATA_DIR.reset(token)


def _resolve(name: str | Path) -> Path:
    path = Path(name)
    base = _DATA_DIR.get()
    return path if path.is_absolute() or base is None else base / path


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


_QUOTES = {"en": ('"', '"'), "nb": ("«", "»")}


def quoted(text: str, lang: str) -> str:
    """Quoted words in prose: "..." in English, «...» in bokmål (as in messages.py)."""
    start, end = _QUOTES.get(lang, _QUOTES["en"])
    return f"{start}{text}{end}"


def _msg(key: str, lang: str, **fields: object) -> str:
    return messages.get(key, lang, **fields)


# --- reading answers -----------------------------------------------------------------

_PLACEHOLDERS = {"", "...", "…", ". . ."}


def _check_readable(value: object, lang: str) -> None:
    if isinstance(value, Missing):
        raise CheckFailed(_msg("answer_missing", lang, name=value.name))
    if isinstance(value, Unreadable):
        raise CheckFailed(_msg(value.reason, lang, max=MAX_VALUE_CHARS))


def _found(value: object, lang: str) -> str:
    if isinstance(value, (list, tuple, set, dict)):
        return _msg("found_list", lang)
    if isinstance(value, (int, float)):
        return _msg("found_number", lang)
    return _msg("found_other", lang)


def text_answer(value: object, lang: str, what: str, *, max_chars: int = 1500,
                min_words: int = 0) -> str:
    """The answer as stripped text, or CheckFailed saying what is wrong with it."""
    lang = _lang(lang)
    _check_readable(value, lang)
    if value is None or value is Ellipsis:
        value = ""
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        value = " ".join(value)
    if not isinstance(value, str):
        raise CheckFailed(_msg("not_text", lang, found=_found(value, lang)))
    text = value.strip()
    if text in _PLACEHOLDERS:
        raise CheckFailed(_msg("answer_empty", lang, what=_msg(what, lang)))
    if len(text) > max_chars:
        raise CheckFailed(_msg("answer_overlong", lang, n=len(text), max=max_chars))
    n_words = len(words(text))
    if n_words < min_words:
        raise CheckFailed(_msg("answer_too_short", lang, n=n_words, min=min_words))
    return text


def in_notebook_language(text: str, lang: str) -> str:
    """``text`` when it is written in the notebook's language (or too short to tell);
    otherwise CheckFailed naming the language it looks like, whether the coach reads that
    language (bokmål in an English notebook) or not (nynorsk, Swedish, Danish, ...)."""
    from dialogue_coach.language import (
        language_name,
        recognise,
        supported_languages,
        supported_names,
    )

    found = recognise(text, reads=(lang,))
    if found is not None:
        key = "answer_other_edition" if found in supported_languages() else "answer_language"
        raise CheckFailed(_msg(key, lang, found=language_name(found, lang),
                               supported=supported_names(lang)))
    return text


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.casefold())


def similarity(a: str, b: str) -> float:
    """How alike two texts are, word by word (0 to 1)."""
    wa, wb = words(a)[:400], words(b)[:400]
    if not wa or not wb:
        return 0.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def _fold(text: str) -> str:
    """Casefolded, with æøå and accents spelled in ASCII, whitespace collapsed."""
    text = text.casefold().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[‐-―−]", "-", text)
    return re.sub(r"\s+", " ", text)


# A "*" in a phrase stands for up to two words of the learner's own, so that "to * til
# prisen av én" also finds «to supper til prisen av én» and «to store supper …».
_ANY_WORDS = r"\W+(?:[^\W_]+\W+){0,2}"


def contains_phrase(text: str, phrase: str) -> bool:
    """*phrase* occurs in *text* as whole words, ignoring case, accents and spacing."""
    t, p = _fold(text), _fold(phrase).strip()
    if not p.strip("* "):
        return False
    body = re.escape(p).replace(r"\ ", r"\s*")
    body = re.sub(r"(?:\\s\*)?\\\*(?:\\s\*)?", lambda _: _ANY_WORDS, body)
    pattern = r"(?<![^\W_])" + body + r"(?![^\W_])"
    return re.search(pattern, t) is not None


def _as_shown(phrase: str) -> str:
    """A phrase as a learner reads it: the room for own words is "…", not "*"."""
    return phrase.replace("*", "…")


def _clip(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _explain(result, lang: str, limit: int = 4) -> list[str]:
    """The engine's negative findings and its suggestions, as lines for a message."""
    lines = []
    negative = sorted((f for f in result.findings if f.effect < 0), key=lambda f: f.effect)
    if negative:
        lines.append(_msg("what_it_noticed", lang))
        # one line per note, strongest first, quoting up to three of its passages: the
        # word model's hint names its few words together ("now", "book", "at")
        by_note: dict[str, list[str]] = {}
        for f in negative:
            quotes = by_note.setdefault(f.note, [])
            if len(quotes) < 3 and f.text not in quotes:
                quotes.append(f.text)
        for note, quotes in list(by_note.items())[:limit]:
            shown = ", ".join(quoted(_clip(q, 60), lang) for q in quotes)
            lines.append(f"  - {shown}: {note}")
    if result.suggestions:
        lines.append(_msg("try_this", lang))
        lines.extend(f"  - {s}" for s in list(result.suggestions)[:3])
    return lines


# --- assignment 1: spot the broadcaster ------------------------------------------------

_LABEL_WORDS = {
    "dialogue": "dialogue", "dialog": "dialogue", "dialogpost": "dialogue",
    "broadcast": "broadcast", "broadcaster": "broadcast", "broadcasting": "broadcast",
    "kringkasting": "broadcast", "kringkaster": "broadcast", "kringkast": "broadcast",
}


def read_label(value: object) -> str | None:
    """'dialogue', 'broadcast', None (no answer) or '?' (not a choice)."""
    if isinstance(value, (Missing, Unreadable)) or value is None:
        return None
    if not isinstance(value, str):
        return "?"
    s = re.sub(r"[^\w ]", "", value.casefold()).strip()
    if s in _PLACEHOLDERS or s == "":
        return None
    s = s.split()[0] if s.split() else s
    if s.startswith("dialog"):
        return "dialogue"
    if s.startswith(("broadcast", "kringkast")):
        return "broadcast"
    close = difflib.get_close_matches(s, list(_LABEL_WORDS), n=1, cutoff=0.75)
    return _LABEL_WORDS[close[0]] if close else "?"


def label_choices(answers: Mapping[str, object], *, lang: str = "en") -> None:
    """Advice only (never fails): are all these posts labelled with a valid choice?"""
    lang = _lang(lang)
    problems = []
    for post, value in answers.items():
        label = read_label(value)
        if label is None:
            problems.append(_msg("label_unanswered", lang, post=post))
        elif label == "?":
            problems.append(_msg("label_invalid", lang, post=post, given=_clip(str(value), 40)))
    if problems:
        print("\n".join(problems))
    else:
        posts = f"{min(answers)}–{max(answers)}" if len(answers) > 1 else ",".join(answers)
        print(_msg(_later("labels_all_valid"), lang, posts=posts))


def labels(answers: Mapping[str, object], *, key: Mapping[str, str], why: Mapping[str, str],
           points_each: float = 1, lang: str = "en") -> Points:
    """One point for each post labelled as the key says, with the reason for each."""
    lang = _lang(lang)
    right = 0
    lines = []
    for post, expected in key.items():
        value = answers.get(post)
        label = read_label(value)
        choice = _msg("choice_" + expected, lang)
        reason = why.get(post, "")
        if label == expected:
            right += 1
            line = _msg("label_right", lang, post=post, choice=choice, why=reason)
            if isinstance(value, str) and words(value) and words(value)[0] not in _LABEL_WORDS:
                line += " " + _msg("label_read_as", lang, given=_clip(value, 30), choice=choice)
        elif label is None:
            line = _msg("label_empty", lang, post=post, choice=choice, why=reason)
        else:
            given = (_msg("choice_" + label, lang) if label in ("dialogue", "broadcast")
                     else f"\"{_clip(str(value), 30)}\"")
            line = _msg("label_wrong", lang, post=post, given=given, choice=choice, why=reason)
        lines.append(line)
    points = Points(right * points_each, len(key) * points_each, lang)
    lines.append(_msg("labels_summary", lang, right=right, total=len(key),
                      points=_msg("points", lang, got=float(points), max=points.out_of)))
    print("\n".join(lines))
    return points


# --- assignment 2: rewrite -------------------------------------------------------------

def is_dialogue(rewrite: object, *, lang: str = "en") -> None:
    """The engine reads the rewrite as dialogue."""
    from dialogue_coach import analyze_post

    lang = _lang(lang)
    text = in_notebook_language(text_answer(rewrite, lang, "what_rewrite",
                                            max_chars=1500, min_words=8), lang)
    result = analyze_post(text, lang=lang)
    if result.label == "dialogue":
        print(_msg("dialogue_pass", lang, score=result.score))
        return
    raise CheckFailed("\n".join([_msg("dialogue_fail", lang, score=result.score),
                                 *_explain(result, lang)]))


_GENERIC_QUESTIONS = {
    "en": [
        # an opinion prompt is generic bare or about a thing ("… of our soup?"), not when
        # it asks what the reader finds ("What do you think is hardest?")
        r"what do you (?:all |guys )?(?:think|reckon)(?= (?:of|about)\b|$)", r"thoughts",
        r"agree",
        r"any questions",
        r"who(?:['’]s| is) (?:in|excited|ready|coming|hungry)", r"comment below",
        r"let us know", r"what are you waiting for", r"don['’]t you", r"isn['’]t it",
        r"right", r"ready", r"yes or no", r"who wants (?:one|some|it)", r"sound good",
        r"what do you say", r"tempted", r"excited", r"interested", r"how about (?:it|that)",
        r"can you guess", r"who agrees", r"am i right", r"what(?:['’]s| is) not to (?:love|like)",
    ],
    "nb": [
        r"hva synes (?:du|dere)(?= om\b|$)", r"hva tenker (?:du|dere)(?= om\b|$)",
        r"hva tror (?:du|dere)(?= om\b|$)", r"enig",
        r"noen spørsmål",
        r"hvem (?:er|blir) (?:med|klar|sulten|gira)", r"kommenter (?:under|nedenfor)",
        r"gi oss beskjed", r"hva venter (?:du|dere) på", r"ikke sant", r"klar", r"ja eller nei",
        r"hvem vil ha", r"høres (?:det|dette) bra ut", r"fristet", r"gira", r"interessert",
        r"hva sier (?:du|dere)", r"hvem er enig", r"eller hva", r"hva er vel bedre",
    ],
}


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?…])\s+|\n+", text)
    return [p.strip() for p in parts if p and p.strip()]


def is_generic_question(question: str, lang: str) -> bool:
    q = question.strip().rstrip("?!. ").casefold()
    q = re.sub(r"^[^\w]+", "", q)
    if len(words(q)) <= 2:
        return True
    return any(re.fullmatch(r"(?:\w+[,!]? )?" + pat + r"(?: \w+){0,3}", q)
               for pat in _GENERIC_QUESTIONS[_lang(lang)])


def own_rewrite(rewrite: object, *, original: str, example: str, lang: str = "en") -> None:
    """Not a copy of the example; not the original pitch with a question tacked on."""
    from dialogue_coach import analyze_post

    lang = _lang(lang)
    text = in_notebook_language(text_answer(rewrite, lang, "what_rewrite",
                                            max_chars=1500, min_words=8), lang)
    alike = similarity(text, example)
    # (half the example's words in its order is its frame with the nouns swapped: the
    # learners' own good rewrites stay under a third, their copies reach 0.55 and more)
    if alike >= 0.5:
        raise CheckFailed(_msg("copied_example", lang, pct=round(alike * 100)))
    sentences = _sentences(text)
    questions = [s for s in sentences if "?" in s]
    if questions:
        rest = " ".join(s for s in sentences if s not in questions)
        if rest and similarity(rest, original) >= 0.75:
            raise CheckFailed(_msg("tacked_on", lang, question=_clip(questions[-1], 80)))
        if all(is_generic_question(q, lang) for q in questions):
            rest_score = analyze_post(rest, lang=lang) if len(words(rest)) >= 3 else None
            if rest_score is None or rest_score.label == "broadcast":
                raise CheckFailed(_msg("generic_question", lang,
                                       question=_clip(questions[-1], 80),
                                       score=rest_score.score if rest_score else 0))
    print(_msg("own_words_pass", lang))


def keeps_message(rewrite: object, *, keep: Mapping[str, Sequence[str]],
                  points_each: float = 1, lang: str = "en") -> Points:
    """One point for each part of the message (product, offer, date, place) still there."""
    lang = _lang(lang)
    text = text_answer(rewrite, lang, "what_rewrite", max_chars=1500)
    lines = []
    found = 0
    for element, variants in keep.items():
        name = _msg("element_" + element, lang) if "element_" + element in messages.MESSAGES \
            else element
        hit = next((v for v in variants if contains_phrase(text, v)), None)
        if hit is not None:
            found += 1
            lines.append(_msg("message_found", lang, element=name, found=_as_shown(hit)))
        else:
            hint = " / ".join(quoted(_as_shown(v), lang) for v in list(variants)[:2])
            lines.append(_msg("message_missing", lang, element=name, hint=hint))
    points = Points(found * points_each, len(keep) * points_each, lang)
    lines.append(_msg("message_summary", lang, found=found, total=len(keep),
                      points=_msg("points", lang, got=float(points), max=points.out_of)))
    print("\n".join(lines))
    return points


# --- assignment 3: replies -------------------------------------------------------------

def good_reply(comment: str, reply: object, *, to: str, lang: str = "en") -> None:
    """The engine reads the reply to *comment* as a good reply."""
    from dialogue_coach import analyze_reply

    lang = _lang(lang)
    text = in_notebook_language(text_answer(reply, lang, "what_reply",
                                            max_chars=1200, min_words=3), lang)
    result = analyze_reply(comment, text, lang=lang)
    who = _msg("to_" + to, lang)
    if result.label == "good":
        print(_msg("reply_good", lang, to=who, score=result.score))
        return
    raise CheckFailed("\n".join([_msg("reply_poor", lang, to=who, score=result.score),
                                 *_explain(result, lang)]))


_DISRESPECT = ("hostile", "mocking", "dismissive", "defensive")


# What a reply gives besides any stock phrase: an answer, a step, calm facts.
_SUBSTANCE = frozenset({"answered", "direct_answer", "answer", "next_step", "calm_facts"})


def reply_fits(comment: str, reply: object, *, to: str, lang: str = "en",
               others: Mapping[str, object] | None = None,
               must_mention: Sequence[Sequence[str]] = (), hint: str = "",
               example: str = "") -> None:
    """Hidden checks on a reply: own words, no copy-paste, answers, no pitch, respect."""
    from dialogue_coach import analyze_reply

    lang = _lang(lang)
    text = in_notebook_language(text_answer(reply, lang, "what_reply",
                                            max_chars=1200, min_words=3), lang)
    who = _msg("to_" + to, lang)
    if example:
        alike = similarity(text, example)
        if alike >= 0.6:
            raise CheckFailed(_msg("copied_example", lang, pct=round(alike * 100)))
    for other_to, other in (others or {}).items():
        if isinstance(other, str) and other.strip() not in _PLACEHOLDERS:
            alike = similarity(text, other)
            if alike >= 0.7:
                raise CheckFailed(_msg("reply_same_as_other", lang, to=who,
                                       other=_msg("to_" + other_to, lang),
                                       pct=round(alike * 100)))
    for group in must_mention:  # each group: at least one of its phrases
        if not any(contains_phrase(text, phrase) for phrase in group):
            raise CheckFailed(_msg("reply_no_answer", lang, hint=hint))
    result = analyze_reply(comment, text, lang=lang)
    by_kind = {}
    for f in result.findings:
        if f.part == "reply":
            by_kind.setdefault(f.kind, f)
    for kind in _DISRESPECT:
        if kind in by_kind:
            raise CheckFailed(_msg("reply_disrespect", lang, to=who,
                                   how=_msg("how_" + kind, lang),
                                   found=_clip(by_kind[kind].text, 60)))
    if to in ("praise", "complaint"):
        for kind in ("pitch_to_feelings", "upsell", "hard_sell"):
            if kind in by_kind:
                raise CheckFailed(_msg("reply_pitch", lang, to=who,
                                       found=_clip(by_kind[kind].text, 60)))
    if to in ("question", "praise") and "needless_dm" in by_kind:
        raise CheckFailed(_msg("reply_needless_dm", lang, to=who,
                               found=_clip(by_kind["needless_dm"].text, 60)))
    # A stock phrase instead of an answer fails; a formal "thank you for your question"
    # in front of the facts asked for does not.
    if "template" in by_kind and not by_kind.keys() & _SUBSTANCE:
        raise CheckFailed(_msg("reply_template", lang, to=who,
                               found=_clip(by_kind["template"].text, 60)))
    print(_msg("reply_fits_pass", lang, to=who))


# --- assignment 4: listening -----------------------------------------------------------

@functools.lru_cache(maxsize=16)
def _read_csv(path: str, mtime: float) -> tuple[dict[str, str], ...]:
    with open(path, newline="", encoding="utf-8") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh))


def read_rows(name: str | Path) -> list[dict[str, str]]:
    path = _resolve(name)
    return [dict(r) for r in _read_csv(str(path), path.stat().st_mtime)]


def read_ids(value: object, lang: str, *, prefix: str = "C") -> list[str]:
    """A learner's list of IDs, forgiving about quotes, case, spaces and commas."""
    lang = _lang(lang)
    _check_readable(value, lang)
    if value is None or value is Ellipsis:
        return []
    if isinstance(value, str):
        items = re.split(r"[,;\s]+", value)
    elif isinstance(value, (list, tuple, set)):
        items = []
        for v in value:
            if not isinstance(v, (str, int)):
                raise CheckFailed(_msg("ids_not_a_list", lang, found=_found(v, lang)))
            items.extend(re.split(r"[,;\s]+", str(v)))
    else:
        raise CheckFailed(_msg("ids_not_a_list", lang, found=_found(value, lang)))
    out: list[str] = []
    for item in items:
        item = item.strip().strip("\"'“”‘’«»()[]").upper()
        if item in ("", "...", "…"):
            continue
        if item.isdigit():
            item = f"{prefix}{int(item):02d}"
        if item not in out:
            out.append(item)
    return out


def _comment_index(data: str | Path):
    rows = read_rows(data)
    known = {r["comment_id"]: r for r in rows}
    page = {r["comment_id"] for r in rows if r["from_page"].strip().lower() in ("yes", "ja")}
    answered = {r["reply_to"] for r in rows if r["comment_id"] in page and r["reply_to"]}
    return known, page, answered


def listed_comments(questions: object, complaints: object, *, data: str = "comments.csv",
                    lang: str = "en") -> None:
    """The two lists name followers' comments that have no reply from the page."""
    lang = _lang(lang)
    qs = read_ids(questions, lang)
    cs = read_ids(complaints, lang)
    if not qs and not cs:
        raise CheckFailed(_msg("answer_empty", lang, what=_msg("what_ids", lang)))
    known, page, answered = _comment_index(data)
    everything = qs + [c for c in cs if c not in qs]
    problems = []
    unknown = [i for i in everything if i not in known]
    if unknown:
        problems.append(_msg("ids_unknown", lang, ids=", ".join(unknown)))
    own = [i for i in everything if i in page]
    if own:
        problems.append(_msg("ids_brand", lang, ids=", ".join(own)))
    done = [i for i in everything if i in answered]
    if done:
        problems.append(_msg("ids_answered", lang, ids=", ".join(done)))
    both = [i for i in qs if i in cs]
    if both:
        problems.append(_msg("ids_in_both", lang, ids=", ".join(both)))
    if problems:
        raise CheckFailed("\n".join(problems))
    print(_msg("ids_ok", lang, nq=len(qs), nc=len(cs)))


def found_comments(found: object, *, expected: Sequence[str], what: str, points: float,
                   data: str = "comments.csv", lang: str = "en") -> Points:
    """Points for each expected ID found, minus one find for each wrong ID."""
    lang = _lang(lang)
    ids = read_ids(found, lang)
    expected = [e.upper() for e in expected]
    hits = [i for i in ids if i in expected]
    wrong = [i for i in ids if i not in expected]
    missed = [e for e in expected if e not in ids]
    got = max(0, len(hits) - len(wrong)) / len(expected) * points
    result = Points(got, points, lang)
    noun = _msg("what_" + what, lang)
    lines = [_msg("found_summary", lang, hits=len(hits), total=len(expected), what=noun,
                  points=_msg("points", lang, got=float(result), max=points))]
    if missed:
        try:
            known = {r["comment_id"]: r for r in read_rows(data)}
        except OSError:
            known = {}
        shown = [f"{i} ({quoted(_clip(known[i]['text'], 50), lang)})" if i in known else i
                 for i in missed]
        lines.append(_msg("found_missed", lang, ids="; ".join(shown), hint=""))
    if wrong:
        lines.append(_msg("found_wrong", lang, what=noun, ids=", ".join(wrong)))
    print("\n".join(line.rstrip() for line in lines))
    return result


# --- assignment 5: audit ---------------------------------------------------------------

def read_choice(value: object, choices: Mapping[str, str]) -> str | None:
    """The letter a learner chose: 'A', 'a)', '(b)', 'Option C' or the choice's text."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    if s in _PLACEHOLDERS:
        return None
    m = re.fullmatch(r"\W*(?:(?:option|valg|alternativ|svar)\s*)?([A-Za-z])\W*", s, re.I)
    if m and m.group(1).upper() in choices:
        return m.group(1).upper()
    for letter, text in choices.items():
        if similarity(s, text) >= 0.8:
            return letter
    return "?"


def choice(value: object, *, choices: Mapping[str, str], lang: str = "en") -> str:
    """The answer is one of the lettered choices."""
    lang = _lang(lang)
    _check_readable(value, lang)
    picked = read_choice(value, choices)
    letters = ", ".join(choices)
    if picked is None:
        raise CheckFailed(_msg("answer_empty", lang, what=_msg("what_choice", lang)))
    if picked == "?":
        raise CheckFailed(_msg("choice_invalid", lang, given=_clip(str(value), 40),
                               choices=letters))
    print(_msg(_later("choice_ok"), lang, choice=picked))
    return picked


@functools.lru_cache(maxsize=8)
def _scored_history(path: str, mtime: float, lang: str) -> tuple[dict, ...]:
    # The audit module reads and scores the file, as the audit command does.
    from dialogue_coach.audit import load_audit

    audit = load_audit(path, lang=lang, workers=1, progress=False)
    return tuple({"post_id": p.id, "date": p.published_raw, "text": p.text,
                  "comments": p.counts["comments"], "dialogue_score": p.verdict.score,
                  "label": p.verdict.label} for p in audit.posts)


def scored_history(name: str | Path, lang: str = "en") -> list[dict]:
    """Each post of the history with the engine's dialogue score and label added."""
    path = _resolve(name)
    return [dict(r) for r in _scored_history(str(path), path.stat().st_mtime, _lang(lang))]


def history_pattern(name: str | Path, lang: str = "en") -> dict:
    """What the history shows: rank correlation, mean comments by label, the direction.

    Rank (Spearman) correlation, so one contest post with a pile of comments does not
    decide the direction on its own.
    """
    from dialogue_coach.audit.stats import direction, spearman

    rows = scored_history(name, lang)
    r = spearman([row["dialogue_score"] for row in rows], [row["comments"] for row in rows])
    d = [row["comments"] for row in rows if row["label"] == "dialogue"]
    b = [row["comments"] for row in rows if row["label"] == "broadcast"]
    return {"r": r, "d": sum(d) / len(d) if d else 0.0, "b": sum(b) / len(b) if b else 0.0,
            "direction": direction(r)}


def audit_pattern(value: object, *, history: str, choices: Mapping[str, str],
                  answers: Mapping[str, str], lang: str = "en") -> None:
    """The chosen statement matches the data; *answers* maps direction -> letter."""
    lang = _lang(lang)
    _check_readable(value, lang)
    picked = read_choice(value, choices)
    facts = history_pattern(history, lang)
    right = answers[facts["direction"]]
    if picked in (None, "?"):
        raise CheckFailed(_msg("choice_invalid", lang, given=_clip(str(value), 40),
                               choices=", ".join(choices)))
    if picked == right:
        print(_msg("pattern_right", lang, choice=right, **{k: facts[k] for k in "rdb"}))
        return
    raise CheckFailed(_msg("pattern_wrong", lang, given=picked, choice=right,
                           **{k: facts[k] for k in "rdb"}))


def history_post(value: object, *, history: str, lang: str = "en") -> str:
    """The answer names a post of the history (P07)."""
    lang = _lang(lang)
    ids = read_ids(value, lang, prefix="P")
    if not ids:
        raise CheckFailed(_msg("answer_empty", lang, what=_msg("what_post_id", lang)))
    known = {row["post_id"] for row in read_rows(history)}
    if ids[0] not in known or len(ids) > 1:
        raise CheckFailed(_msg("post_unknown", lang, given=", ".join(ids)))
    print(_msg(_later("post_ok"), lang, given=ids[0]))
    return ids[0]


def audit_surprise(value: object, *, history: str, why: str = "", lang: str = "en") -> None:
    """The learner found the broadcast post that drew the most comments."""
    lang = _lang(lang)
    rows = scored_history(history, lang)
    broadcasts = [row for row in rows if row["label"] == "broadcast"]
    target = max(broadcasts, key=lambda row: row["comments"])
    ids = read_ids(value, lang, prefix="P")
    given = ids[0] if ids else ""
    if given == target["post_id"]:
        print(_msg("surprise_right", lang, post=given, score=target["dialogue_score"],
                   comments=target["comments"], why=why))
        return
    chosen = next((row for row in rows if row["post_id"] == given), None)
    raise CheckFailed(_msg(
        "surprise_wrong", lang, given=given or "–",
        given_score=chosen["dialogue_score"] if chosen else "–",
        given_comments=chosen["comments"] if chosen else "–",
        post=target["post_id"], score=target["dialogue_score"],
        comments=target["comments"], why=why,
    ))


_MEASURES = {
    "en": {"score": r"dialog\w*|score\w*|conversation\w*|question\w*|invit\w*",
           "comments": r"comment\w*|repl(?:y|ies)|responses?|engagement"},
    "nb": {"score": r"dialog\w*|poeng\w*|samtal\w*|spørsmål\w*|invit\w*|score\w*",
           "comments": r"komment\w*|svar\w*|respons\w*|engasjement\w*"},
}

# "Which way does the data point?" read from a summary: a direction word attached to the
# comments ("more comments", "comments went up"), flipped when the sentence is about the
# broadcasts ("broadcasts got fewer comments" says dialogue got more).
_DIRECTION_SYNTAX = {
    "en": {
        "before": r"\b(?P<dir>many more|far more|twice as many|more|most|far fewer|fewer|less|"
                  r"least|lower|higher)\s+(?:[\w-]+\s+){0,2}?(?:comments?|replies|responses|"
                  r"engagement)\b",
        "after": r"\b(?:comments?|replies|engagement)\s+(?:[\w-]+\s+){0,3}?(?P<dir>"
                 r"increase[sd]?|rise|rises|rose|grow|grows|grew|go(?:es)? up|went up|"
                 r"double[sd]?|decrease[sd]?|drops?|dropped|fall|falls|fell|go(?:es)? down|"
                 r"went down)\b",
        "more": {"many more", "far more", "twice as many", "more", "most", "higher",
                 "increase", "increases", "increased", "rise", "rises", "rose", "grow", "grows",
                 "grew", "go up", "goes up", "went up", "double", "doubles", "doubled"},
        "same": r"\bno (?:clear |real |obvious |strong )?(?:link|relation(?:ship)?|connection|"
                r"pattern|difference|correlation)\b|\babout the same (?:number|amount)\b|"
                r"\bunrelated\b",
        "dialogue_side": r"dialog\w*|question\w*|ask\w*|conversation\w*|invit\w*|open\b|"
                         r"high\w*",
        "broadcast_side": r"broadcast\w*|announc\w*|advert\w*|sales\b|selling|promot\w*|"
                          r"offers?\b|low\w*",
    },
    "nb": {
        "before": r"\b(?P<dir>mange flere|langt flere|dobbelt så mange|flere|mer|flest|"
                  r"langt færre|færre|mindre|færrest|høyere|lavere)\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:kommentarer\w*|svar|engasjement)\b",
        "after": r"\b(?:kommentar\w*|engasjement\w*)\s+(?:[\w-]+\s+){0,3}?(?P<dir>øker|økte|"
                 r"stiger|steg|går opp|gikk opp|dobles|dobler seg|synker|sank|faller|falt|"
                 r"går ned|gikk ned)\b",
        "more": {"mange flere", "langt flere", "dobbelt så mange", "flere", "mer", "flest",
                 "høyere", "øker", "økte", "stiger", "steg", "går opp", "gikk opp", "dobles",
                 "dobler seg"},
        "same": r"\bingen (?:klar |tydelig |reell |sterk )?(?:sammenheng|forskjell|"
                r"korrelasjon)\b|\bomtrent like mange\b|\buavhengig\b",
        "dialogue_side": r"dialog\w*|spørsmål\w*|spurte|spør\w*|samtal\w*|invit\w*|åpne|"
                         r"høy\w*",
        "broadcast_side": r"kringkast\w*|kunngjør\w*|reklame\w*|salg\w*|tilbud\w*|lav\w*",
    },
}


def said_directions(text: str, lang: str) -> set[str]:
    """The directions a summary states for "higher dialogue score -> comments"."""
    syntax = _DIRECTION_SYNTAX[_lang(lang)]
    found: set[str] = set()
    for sentence in _sentences(text):
        low = sentence.casefold()
        if re.search(syntax["same"], low):
            found.add("same")
        for pattern in (syntax["before"], syntax["after"]):
            for m in re.finditer(pattern, low):
                direction = "more" if m.group("dir") in syntax["more"] else "fewer"
                before = low[: m.start()]
                sides = [(x.start(), "dialogue") for x in
                         re.finditer(r"\b(?:" + syntax["dialogue_side"] + r")", before)]
                sides += [(x.start(), "broadcast") for x in
                          re.finditer(r"\b(?:" + syntax["broadcast_side"] + r")", before)]
                if sides and max(sides)[1] == "broadcast":
                    direction = "fewer" if direction == "more" else "more"
                found.add(direction)
    return found


def summary_mentions(value: object, *, lang: str = "en") -> None:
    """The summary is a few sentences that name both the dialogue score and comments."""
    lang = _lang(lang)
    text = text_answer(value, lang, "what_summary", max_chars=1500, min_words=12)
    missing = [_msg("measure_" + m, lang) for m, pat in _MEASURES[lang].items()
               if not re.search(r"\b(?:" + pat + r")", text, re.I)]
    if missing:
        raise CheckFailed(_msg("summary_measures", lang, missing=", ".join(missing)))
    print(_msg(_later("summary_ok"), lang))


def summary_fits(value: object, *, history: str, choices: Mapping[str, str],
                 lang: str = "en") -> None:
    """The summary is in the learner's words and points the way the data points."""
    lang = _lang(lang)
    text = text_answer(value, lang, "what_summary", max_chars=1500, min_words=12)
    for letter, statement in choices.items():
        alike = similarity(text, statement)
        if alike >= 0.7:
            raise CheckFailed(_msg("summary_copied", lang, choice=letter, pct=round(alike * 100)))
    facts = history_pattern(history, lang)
    truth = facts["direction"]
    said = said_directions(text, lang)
    direction = _msg("direction_" + truth, lang)
    if truth in said:
        print(_msg("summary_fits", lang))
        return
    if said:
        wrong = sorted(said)[0]
        raise CheckFailed(_msg("summary_wrong_direction", lang,
                               said=_msg("direction_" + wrong, lang), direction=direction))
    raise CheckFailed(_msg("summary_direction", lang, direction=direction))
