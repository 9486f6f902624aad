"""Turn feature values into a score, a label, dimensions and per-finding effects.

score = 100 * sigmoid(intercept + sum(weight * min(value, cap))). Each feature's
contribution is shared equally among the findings of that kind, so the points of the
score can be traced, finding by finding, back to spans of text.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

from .lexicon import load_model
from .result import Finding

# The label a text gets at a score of 50 or more, and below it.
LABELS = {"post": ("dialogue", "broadcast"), "reply": ("good", "poor")}


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _fields(f: Finding) -> tuple:
    return (f.start, f.end, f.kind, f.text, f.note, f.part, f.effect)


def feature_values(findings: list[Finding], model: dict) -> dict[str, float]:
    """How many findings of each feature's kind there are, capped."""
    counts = Counter(f.kind for f in findings)
    return {
        name: float(min(counts.get(name, 0), spec["cap"]))
        for name, spec in model["features"].items()
    }


def dissent(rules: float, words: float) -> float:
    """The words' share of the log-odds: all of it when it pulls against the rules' verdict
    (*rules*, their log-odds), none when it agrees. Words that agree could not change the
    verdict, only push the score to 0 or 100, where a rewrite would no longer move it."""
    return words if (words < 0) == (rules >= 0) and words else 0.0


def combine(findings: list[Finding], model: dict, words: float = 0.0,
            spans: Callable[[], list[Finding]] | None = None):
    """Return (score 0..100, contributions, dimensions, findings with effects).

    *words*: the wording model's log-odds (see :mod:`.wording`), shared among the
    findings of kind ``wording`` that *spans* makes; it belongs to no dimension. The words
    count only when they disagree with the rules (see :func:`dissent`), and only then are
    their spans made.
    """
    values = feature_values(findings, model)
    contributions: dict[str, float] = {"baseline": model["intercept"]}
    for name, value in values.items():
        if value:
            contributions[name] = model["features"][name]["weight"] * value
    if words := dissent(sum(contributions.values()), words):
        contributions["wording"] = words
        findings = findings + (spans() if spans else [])
    z = sum(contributions.values())
    score = round(100 * sigmoid(z))

    counts = Counter(f.kind for f in findings)
    # (built directly: dataclasses.replace costs several times a plain constructor call;
    # sorted by the fields, in Finding's own order, computed once per finding rather than
    # once per comparison)
    with_effects = sorted(
        (Finding(f.start, f.end, f.kind, f.text, f.note, f.part,
                 contributions.get(f.kind, 0.0) / counts[f.kind])
         for f in findings),
        key=_fields,
    )

    dims: dict[str, int] = {}
    for dim, spec in model["dimensions"].items():
        total = sum(
            c for n, c in contributions.items()
            if n in model["features"] and model["features"][n]["dimension"] == dim
        )
        shape = spec["shape"]
        if shape == "evidence":  # 0 with nothing found, rising towards 100
            value = 1 - math.exp(-max(0.0, total))
        elif shape == "penalty":  # 100 when clean, falling with each problem
            value = math.exp(-max(0.0, -total))
        else:  # balance: 50 is neutral
            value = sigmoid(total)
        dims[dim] = round(100 * value)
    return score, contributions, dims, with_effects


def judge(findings: list[Finding], kind: str, words: float = 0.0,
          spans: Callable[[], list[Finding]] | None = None):
    """Score findings with the fitted model for kind ("post" or "reply") and label them;
    *words* is the wording model's share of the log-odds.

    Returns (score, label, contributions, dimensions, findings with effects).
    """
    score, contributions, dims, with_effects = combine(findings, load_model(kind), words, spans)
    above, below = LABELS[kind]
    return score, (above if score >= 50 else below), contributions, dims, with_effects
