"""Load the per-language rule files (TOML) and compile their patterns once.

A lexicon is data: word cues, phrase patterns with a learner-facing note each, notes for
the structural checks, and suggestion texts. Adding a language means adding a file here
(``lexicons/<code>.toml``); the engine itself does not change.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache, cached_property

# The folder of rule files. As a pathlib.Path it is LEXICON_DIR, made on first use (see
# __getattr__), so that importing the package imports neither pathlib nor tomllib.
_FOLDER = os.path.join(os.path.dirname(__file__), "lexicons")
# Files in the lexicon folder that describe the model, not a language.
_NOT_LANGUAGES = {"features", "weights", "languages", "parity"}
_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Run:
    """One way the engine runs part of a rule, fast.

    ``pattern`` runs on the lower-cased text (``on_lower``; compiled without IGNORECASE,
    about a third faster) or, for alternatives with a ``(?-i:...)`` part, case-blind on
    the original. With ``starts`` (see :mod:`.starts`: the words, capitals, digits or
    pieces of text every match starts at) it is tried only at those places; without, it
    scans the text.
    """

    pattern: re.Pattern[str]
    on_lower: bool
    starts: object = None  # a starts.Starts; None: scan


@dataclass(frozen=True)
class Rule:
    """One phrase pattern: what it is evidence of (``kind``) and what to tell the learner.

    ``source`` is the whole pattern; the engine runs it as ``runs`` (see :class:`Run`),
    which find the same matches as ``regex`` (the whole pattern, case-blind) faster.
    """

    kind: str
    source: str
    note: str
    runs: tuple[Run, ...] = ()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        # (compiled on first use: only a text whose lower case moves offsets needs it,
        # and the first call would otherwise compile every rule twice)
        return re.compile(self.source, _FLAGS)


@dataclass(frozen=True)
class Lexicon:
    """One language's rules, cues, notes and tips, compiled (see :func:`load_lexicon`)."""

    # (every dataclass here has a docstring: without one, dataclasses builds one from
    # inspect.signature, a millisecond of the package's import)
    code: str
    name: str
    stopwords: frozenset[str]
    not_names: frozenset[str]
    letters: str
    post_rules: tuple[Rule, ...]
    reply_rules: tuple[Rule, ...]
    comment_rules: tuple[Rule, ...]
    cues: dict  # name -> cues.Cue (search, finditer and findall, as a compiled pattern)
    notes: dict[str, str]
    suggestions: dict[str, str]
    dimension_names: dict[str, str]
    # key -> {"example", "instead", "done_by", "note"}: when a tip is already followed
    suggestion_checks: dict[str, dict] = field(default_factory=dict)

    def note(self, kind: str) -> str:
        return self.notes.get(kind, kind.replace("_", " "))


def __getattr__(name: str):
    if name == "LEXICON_DIR":
        from pathlib import Path

        return Path(_FOLDER)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_toml(name: str) -> dict:
    """Read ``lexicons/<name>`` (tomllib is imported here, on the first read)."""
    import tomllib

    with open(os.path.join(_FOLDER, name), "rb") as fh:
        return tomllib.load(fh)


@cache
def supported_languages() -> tuple[str, ...]:
    """Language codes that have a lexicon file, sorted."""
    stems = (name[:-5] for name in os.listdir(_FOLDER) if name.endswith(".toml"))
    return tuple(sorted(stem for stem in stems if stem not in _NOT_LANGUAGES))


def _compile(source: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(source, _FLAGS)
    except re.error as exc:  # a broken rule file should say which rule is broken
        raise ValueError(f"bad regex in {where}: {exc}") from exc


# A part that must match case: such a pattern runs case-blind on the original text.
NEEDS_CASE = re.compile(r"\(\?-i:")
# A capital letter that is a literal (not an escape such as \\W, not the P of "(?P<"):
# case-blind, "I" means "i", so the lower-case twin of the pattern spells it "i".
_CAPITAL = re.compile(r"(?<!\\)(?<!\(\?)[A-ZÆØÅ]")


def lower_twin(source: str) -> re.Pattern[str] | None:
    """The pattern for lower-cased text, or None when part of it must match case."""
    if NEEDS_CASE.search(source):
        return None
    return re.compile(_CAPITAL.sub(lambda m: m.group().lower(), source), re.UNICODE)


def outside_classes(source: str):
    """(index, character, group depth after it) of each character of a pattern outside
    escapes and character classes."""
    depth, in_class, i = 0, False, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1:i + 2] == "]" or source[i + 1:i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3  # "[]...]" or "[^]...]"
                continue
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def top_level_alternatives(source: str) -> list[str]:
    """Split a pattern at the ``|`` that sit outside every group and character class."""
    parts, start = [], 0
    for i, ch, depth in outside_classes(source):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def widen_words(source: str, tails: frozenset[str] = frozenset(),
                also: dict[str, list[str]] | None = None) -> str:
    """``source`` reading more ways to write the words it names on their own.

    A noun in ``tails`` may have a word in front: a bokmål compound («suppetipsene») ends in
    the noun a rule names («tipsene»). A word in ``also`` reads its alternatives too: the
    rules write a verb in the present («leser»), and after «skal» or «vil» it stands in the
    infinitive («lese»). Not inside a character class or a lookbehind, which must keep one
    width; and a noun that opens a way of matching keeps no head (it would leave the engine
    no word to try the rule at, and the rule would scan every text, see :mod:`.starts`).
    """
    also = also or {}
    if not tails and not also:
        return source
    parts = top_level_alternatives(source)
    if len(parts) > 1:
        return "|".join(widen_words(p, tails, also) for p in parts)
    widened = _widened(source, tails, also)
    if tails and widened != source:
        from .starts import starts_of  # (on first use, as in fast_runs)

        if starts_of(widened) is None and starts_of(source) is not None:
            widened = _widened(source, frozenset(), also)
    return widened


def _widened(source: str, tails: frozenset[str], also: dict[str, list[str]]) -> str:
    # (a group of plain words that holds a noun of ``tails`` gets one head in front of the
    # group, "\w{0,20}?(?:svarene|forslagene)": a lazy head before each word would be tried
    # again for every word of the group)
    if tails:
        source = _replace_free(source, _WORD_GROUP, lambda g, _at: _HEAD + g
                               if tails.intersection(g[3:-1].split("|")) else g)
    grouped = [m.span() for m in _WORD_GROUP.finditer(source)]

    def widened(word: str, at: int) -> str:
        head = word in tails and not any(a < at < b for a, b in grouped)
        return (_HEAD if head else "") + (
            f"(?:{'|'.join([word, *also[word]])})" if word in also else word)

    return _replace_free(source, _WORD_IN_SOURCE, widened)


def _replace_free(source: str, pattern: re.Pattern[str], new) -> str:
    """``source`` with each match of ``pattern`` that stands outside character classes and
    lookbehinds (which must keep one width) replaced by ``new(its text, its start)``."""
    outside = {i for i, _, _ in outside_classes(source)}
    behind: list[bool] = []  # for each open group: is it a lookbehind?
    in_behind = [False] * len(source)
    for i in range(len(source)):
        if i in outside:
            if source[i] == "(":
                behind.append(source.startswith(("(?<=", "(?<!"), i))
            elif source[i] == ")" and behind:
                behind.pop()
        in_behind[i] = any(behind)
    out, last = [], 0
    for m in pattern.finditer(source):
        if m.start() not in outside or in_behind[m.start()]:
            continue
        out.append(source[last:m.start()] + new(m.group(), m.start()))
        last = m.end()
    return "".join(out) + source[last:]


# A literal word in a pattern: letters after a group, an alternation, a quantifier, a
# space, "\\b" or a quote mark, and before anything but a letter. The head a compound
# may put in front of it is one word's letters, lazily.
_WORD_IN_SOURCE = re.compile(r"(?:(?<=[(|: «?)}*+])|(?<=\\b))[a-zæøå]+(?![a-zæøå])")
_HEAD = r"\w{0,20}?"
# A group of plain words, "(?:svarene|forslagene|tips)", where a word may start.
_WORD_GROUP = re.compile(r"(?:(?<=[(|: «?)}*+])|(?<=\\b))\(\?:[a-zæøå]+(?:\|[a-zæøå]+)+\)")


# The kinds of post rule that read the other ways of writing their words (see
# widen_words): what the post says it will do with the answers, and how it invites, owns up
# or reports back. (The selling rules are left as written: widened too, they cost the engine
# speed for words that are rarely sold in a compound or after «skal».)
LISTENING_RULE_KINDS = frozenset({"uses_answers", "report_back", "admits_mistake",
                                  "invitation", "personal_warmth", "listening_slogan"})


def _rules(entries: list[dict], where: str, tails: frozenset[str] = frozenset(),
           also: dict[str, list[str]] | None = None) -> tuple[Rule, ...]:
    out = []
    for i, e in enumerate(entries):
        source = (widen_words(e["regex"], tails, also) if e["kind"] in LISTENING_RULE_KINDS
                  else e["regex"])
        try:
            runs = fast_runs(source)
        except re.error as exc:  # a broken rule file should say which rule is broken
            raise ValueError(f"bad regex in {where}[{i}] ({e['kind']}): {exc}") from exc
        out.append(Rule(e["kind"], source, e["note"], runs))
    return tuple(out)


def fast_runs(source: str) -> tuple[Run, ...]:
    """The runs for a rule: its alternatives that need no case on the lower-cased text,
    the others on the original, each tried only where a match can start (see
    :func:`.starts.starts_of`; a run whose starts cannot be told scans the text).
    Alternatives are not split further: within one pattern the first alternative that
    matches at a place wins, and a split would change that."""
    from .starts import starts_of  # (on first use: importing the package stays cheap)

    parts = top_level_alternatives(source)
    runs = []
    for on_lower in (True, False):
        src = "|".join(p for p in parts if bool(NEEDS_CASE.search(p)) != on_lower)
        if not src:
            continue
        pattern = lower_twin(src) if on_lower else re.compile(src, _FLAGS)
        runs.append(Run(pattern, on_lower, starts_of(src)))
    return tuple(runs)


def scan_runs(source: str) -> tuple[Run, ...]:
    """The same rule as two plain scans (case-free part, cased part), with no shortcut:
    the reference the fast runs are tested against."""
    parts = top_level_alternatives(source)
    blind = "|".join(p for p in parts if not NEEDS_CASE.search(p))
    cased = "|".join(p for p in parts if NEEDS_CASE.search(p))
    runs = [Run(lower_twin(blind), True)] if blind else []
    return tuple(runs + ([Run(re.compile(cased, _FLAGS), False)] if cased else []))


@cache
def load_lexicon(code: str) -> Lexicon:
    """Read and compile ``lexicons/<code>.toml``; cached, so each file is read once."""
    from .cues import make_cue  # (on first use: importing the package stays cheap)

    data = read_toml(f"{code}.toml")
    lang = data["language"]
    name = f"{code}.toml"
    tails = frozenset(lang.get("compound_tails", ()))
    # (words a post rule also reads another way: in bokmål, the infinitive of a verb the
    # rules write in the present)
    also = {k: list(v) for k, v in lang.get("infinitives", {}).items()}
    return Lexicon(
        code=lang["code"],
        name=lang["name"],
        stopwords=frozenset(w.lower() for w in lang["stopwords"]),
        not_names=frozenset(w.lower() for w in lang.get("not_names", [])),
        letters=lang.get("letters", ""),
        post_rules=_rules(data.get("post", []), f"{name} post", tails, also),
        reply_rules=_rules(data.get("reply", []), f"{name} reply"),
        comment_rules=_rules(data.get("comment", []), f"{name} comment"),
        cues={k: make_cue(_compile(v, f"{name} cues.{k}"))
              for k, v in data.get("cues", {}).items()},
        notes=dict(data.get("notes", {})),
        suggestions=dict(data.get("suggestions", {})),
        dimension_names=dict(data.get("dimension_names", {})),
        suggestion_checks={k: dict(v) for k, v in data.get("suggestion_checks", {}).items()},
    )


@cache
def load_model(kind: str) -> dict:
    """Feature definitions (hand-written) merged with fitted weights for ``post``/``reply``.

    Returns ``{"intercept": float, "threshold": float, "features": {name: {...}}}`` where
    each feature has ``weight``, ``prior``, ``cap``, ``dimension`` and ``sign``, and (for
    posts) ``swallow``, the settings for when selling swallows an invitation.
    """
    defs = read_toml("features.toml")[kind]
    fitted: dict = {}
    if os.path.exists(os.path.join(_FOLDER, "weights.toml")):
        fitted = read_toml("weights.toml").get(kind, {})
    fitted_w = fitted.get("weights", {})
    features = {}
    for name, spec in defs["features"].items():
        features[name] = {
            "weight": float(fitted_w.get(name, spec.get("prior", 0.0))),
            "prior": float(spec.get("prior", 0.0)),
            "cap": float(spec.get("cap", 1)),
            "dimension": spec["dimension"],
            "sign": int(spec.get("sign", 0)),
        }
    return {
        "intercept": float(fitted.get("intercept", defs.get("intercept", 0.0))),
        "intercept_prior": float(defs.get("intercept", 0.0)),
        "features": features,
        "dimensions": defs["dimensions"],
        # post only: when selling swallows an invitation (see features.toml)
        "swallow": dict(defs.get("swallow", {})),
    }
