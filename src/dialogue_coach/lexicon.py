"""Load the per-language rule files (TOML) and compile their patterns once.

A lexicon is data: word cues, phrase patterns with a learner-facing note each, notes for
the structural checks, and suggestion texts. Adding a language means adding a file here
(``lexicons/<code>.toml``); the engine itself does not change.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).with_name("lexicons")
# Files in the lexicon folder that describe the model, not a language.
_NOT_LANGUAGES = {"features", "weights"}
_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Rule:
    """One phrase pattern: what it is evidence of (``kind``) and what to tell the learner.

    ``lower`` is the same pattern compiled without IGNORECASE, for matching against the
    lower-cased text, which is about a third faster; it is None when the pattern needs
    case (``(?-i:...)`` parts or capital letters), and then ``regex`` runs on the original.
    """

    kind: str
    regex: re.Pattern[str]
    note: str
    lower: re.Pattern[str] | None = None


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
    cues: dict[str, re.Pattern[str]]
    notes: dict[str, str]
    suggestions: dict[str, str]
    dimension_names: dict[str, str]

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


# A capital letter that is not an escape such as \\W or \\S: the pattern needs case.
_NEEDS_CASE = re.compile(r"\(\?-i:|(?<!\\)[A-ZÆØÅ]")


def _rules(entries: list[dict], where: str) -> tuple[Rule, ...]:
    out = []
    for i, e in enumerate(entries):
        source = e["regex"]
        regex = _compile(source, f"{where}[{i}] ({e['kind']})")
        lower = None if _NEEDS_CASE.search(source) else re.compile(source, re.UNICODE)
        out.append(Rule(e["kind"], regex, e["note"], lower))
    return tuple(out)


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
        cues={k: _compile(v, f"{name} cues.{k}") for k, v in data.get("cues", {}).items()},
        notes=dict(data.get("notes", {})),
        suggestions=dict(data.get("suggestions", {})),
        dimension_names=dict(data.get("dimension_names", {})),
    )


@cache
def load_model(kind: str) -> dict:
    """Feature definitions (hand-written) merged with fitted weights for ``post``/``reply``.

    Returns ``{"intercept": float, "threshold": float, "features": {name: {...}}}`` where
    each feature has ``weight``, ``prior``, ``cap``, ``dimension`` and ``sign``.
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
    }
