"""Load the per-language rule files (TOML) and compile their patterns once.

A lexicon is data: word cues, phrase patterns with a learner-facing note each, notes for
the structural checks, and suggestion texts. Adding a language means adding a file here
(``lexicons/<code>.toml``); the engine itself does not change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .cues import Cue
from .starts import Starts, can_match_empty, starts_of

LEXICON_DIR = Path(__file__).with_name("lexicons")
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
    starts: Starts | None = None


@dataclass(frozen=True)
class Rule:
    """One phrase pattern: what it is evidence of (``kind``) and what to tell the learner.

    ``regex`` is the whole pattern, case-blind; the engine runs it as ``runs`` (see
    :class:`Run`), which find the same matches faster.
    """

    kind: str
    regex: re.Pattern[str]
    note: str
    runs: tuple[Run, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    code: str
    name: str
    stopwords: frozenset[str]
    not_names: frozenset[str]
    letters: str
    post_rules: tuple[Rule, ...]
    reply_rules: tuple[Rule, ...]
    comment_rules: tuple[Rule, ...]
    cues: dict[str, Cue]
    notes: dict[str, str]
    suggestions: dict[str, str]
    dimension_names: dict[str, str]
    # key -> {"example", "instead", "done_by", "note"}: when a tip is already followed
    suggestion_checks: dict[str, dict] = field(default_factory=dict)

    def note(self, kind: str) -> str:
        return self.notes.get(kind, kind.replace("_", " "))


@cache
def supported_languages() -> tuple[str, ...]:
    """Language codes that have a lexicon file, sorted."""
    return tuple(
        sorted(p.stem for p in LEXICON_DIR.glob("*.toml") if p.stem not in _NOT_LANGUAGES)
    )


def _compile(source: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(source, _FLAGS)
    except re.error as exc:  # a broken rule file should say which rule is broken
        raise ValueError(f"bad regex in {where}: {exc}") from exc


# A part that must match case: such a pattern runs case-blind on the original text.
_NEEDS_CASE = re.compile(r"\(\?-i:")
# A capital letter that is a literal (not an escape such as \\W, not the P of "(?P<"):
# case-blind, "I" means "i", so the lower-case twin of the pattern spells it "i".
_CAPITAL = re.compile(r"(?<!\\)(?<!\(\?)[A-ZÆØÅ]")


def lower_twin(source: str) -> re.Pattern[str] | None:
    """The pattern for lower-cased text, or None when part of it must match case."""
    if _NEEDS_CASE.search(source):
        return None
    return re.compile(_CAPITAL.sub(lambda m: m.group().lower(), source), re.UNICODE)


def _outside_classes(source: str):
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
    for i, ch, depth in _outside_classes(source):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _rules(entries: list[dict], where: str) -> tuple[Rule, ...]:
    out = []
    for i, e in enumerate(entries):
        source = e["regex"]
        regex = _compile(source, f"{where}[{i}] ({e['kind']})")
        out.append(Rule(e["kind"], regex, e["note"], fast_runs(source)))
    return tuple(out)


def _cue(source: str, where: str) -> Cue:
    """A cue, searched through the lower-case twin of its case-free alternatives (see
    :mod:`.cues`) unless it can match nothing at all (then "next match" would need
    finditer's own rules for empty matches) or its twin would not be one."""
    regex = _compile(source, where)
    blind, cased = split_by_case(source)
    twin = lower_twin(blind) if blind else None
    # (a twin only pays where there are letters to compare: not in "!{2,50}")
    if (twin is None or any(ch.isupper() for ch in _spelled(twin.pattern))
            or not any(ch.isalpha() for ch in _spelled(blind)) or can_match_empty(source)):
        return Cue(regex)
    return Cue(regex, twin, re.compile(cased, _FLAGS) if cased else None)


# An escape such as \W or \b: not a letter the pattern spells.
_ESCAPE = re.compile(r"\\.")
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
# "\b(?:a|b|c)\b": one group of alternatives between two word boundaries.
_WRAPPED = re.compile(r"\\b\(\?:(?P<inner>.*)\)\\b", re.DOTALL)


def split_by_case(source: str) -> tuple[str, str]:
    """(the alternatives of ``source`` that need no case, those that do), each a
    pattern ("" for none): a match of ``source`` starts where one of the two matches. A
    pattern that is one group of alternatives between word boundaries is split inside
    the group."""
    items = top_level_alternatives(source)
    wrapped = _WRAPPED.fullmatch(source) if len(items) == 1 else None
    if wrapped and _one_group(wrapped["inner"]):
        items = top_level_alternatives(wrapped["inner"])
    blind = "|".join(p for p in items if not _NEEDS_CASE.search(p))
    cased = "|".join(p for p in items if _NEEDS_CASE.search(p))
    if wrapped and _one_group(wrapped["inner"]):
        blind, cased = (rf"\b(?:{p})\b" if p else "" for p in (blind, cased))
    return blind, cased


def _one_group(inner: str) -> bool:
    """Is "(?:" + ``inner`` + ")" one group: no ")" in ``inner`` closes it early?"""
    depths = [depth for _i, _ch, depth in _outside_classes(inner)]
    return min(depths, default=0) >= 0 and not (depths and depths[-1])


def _spelled(source: str) -> str:
    """The characters a pattern spells: without escapes (\\W, \\b) and group names."""
    return _ESCAPE.sub("", _GROUP_NAME.sub("", source))


def fast_runs(source: str) -> tuple[Run, ...]:
    """The runs for a rule: its alternatives that need no case on the lower-cased text,
    the others on the original, each tried only where a match can start (see
    :func:`.starts.starts_of`; a run whose starts cannot be told scans the text).
    Alternatives are not split further: within one pattern the first alternative that
    matches at a place wins, and a split would change that."""
    parts = top_level_alternatives(source)
    runs = []
    for on_lower in (True, False):
        src = "|".join(p for p in parts if bool(_NEEDS_CASE.search(p)) != on_lower)
        if not src:
            continue
        pattern = lower_twin(src) if on_lower else re.compile(src, _FLAGS)
        runs.append(Run(pattern, on_lower, starts_of(src)))
    return tuple(runs)


def scan_runs(source: str) -> tuple[Run, ...]:
    """The same rule as two plain scans (case-free part, cased part), with no shortcut:
    the reference the fast runs are tested against."""
    parts = top_level_alternatives(source)
    blind = "|".join(p for p in parts if not _NEEDS_CASE.search(p))
    cased = "|".join(p for p in parts if _NEEDS_CASE.search(p))
    runs = [Run(lower_twin(blind), True)] if blind else []
    return tuple(runs + ([Run(re.compile(cased, _FLAGS), False)] if cased else []))


@cache
def load_lexicon(code: str) -> Lexicon:
    """Read and compile ``lexicons/<code>.toml``; cached, so each file is read once."""
    path = LEXICON_DIR / f"{code}.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    lang = data["language"]
    name = f"{code}.toml"
    return Lexicon(
        code=lang["code"],
        name=lang["name"],
        stopwords=frozenset(w.lower() for w in lang["stopwords"]),
        not_names=frozenset(w.lower() for w in lang.get("not_names", [])),
        letters=lang.get("letters", ""),
        post_rules=_rules(data.get("post", []), f"{name} post"),
        reply_rules=_rules(data.get("reply", []), f"{name} reply"),
        comment_rules=_rules(data.get("comment", []), f"{name} comment"),
        cues={k: _cue(v, f"{name} cues.{k}") for k, v in data.get("cues", {}).items()},
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
    with (LEXICON_DIR / "features.toml").open("rb") as fh:
        defs = tomllib.load(fh)[kind]
    weights_path = LEXICON_DIR / "weights.toml"
    fitted: dict = {}
    if weights_path.exists():
        with weights_path.open("rb") as fh:
            fitted = tomllib.load(fh).get(kind, {})
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
