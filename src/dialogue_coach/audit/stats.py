"""What an audit shows, as numbers: the share of dialogue over time, how the dialogue
score moves with each engagement count, the best and worst posts, the common traps.

Rank (Spearman) correlation throughout, so one contest post with a pile of comments
cannot decide a direction on its own; every correlation carries its number of posts and
an approximate 95 % interval, so a handful of posts is not read as a law.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .posts import Audit, AuditedPost

# |rho| below 0.1 is no link; the words for stronger links follow common usage for
# rank correlations in the social sciences (0.1 weak, 0.3 moderate, 0.5 strong).
STRENGTHS = ((0.5, "strong"), (0.3, "moderate"), (0.1, "weak"))
# The assignment's three statements: "more", "fewer" or "no clear link".
DIRECTION_FROM = 0.3
MIN_POSTS = 10  # fewer posts than this and the audit says nothing about a link


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    return pearson(ranks(xs), ranks(ys))


def direction(r: float) -> str:
    """"more", "fewer" or "same": the way the assignment's statements read a correlation."""
    return "more" if r >= DIRECTION_FROM else "fewer" if r <= -DIRECTION_FROM else "same"


@dataclass(frozen=True)
class Link:
    """How one engagement count moves with the dialogue score."""

    role: str
    n: int
    r: float | None  # None: fewer than MIN_POSTS posts with this count
    lo: float | None
    hi: float | None
    strength: str  # "strong", "moderate", "weak" or "none"
    dialogue_mean: float | None
    dialogue_median: float | None
    broadcast_mean: float | None
    broadcast_median: float | None

    @property
    def direction(self) -> str:
        if self.r is None or self.strength == "none":
            return "same"
        return "more" if self.r > 0 else "fewer"


def link(posts: Sequence[AuditedPost], role: str) -> Link:
    pairs = [(p.verdict.score, p.counts[role], p.verdict.label) for p in posts
             if p.scored and p.counts.get(role) is not None]
    d = [c for _, c, label in pairs if label == "dialogue"]
    b = [c for _, c, label in pairs if label == "broadcast"]
    means = (_mean(d), _median(d), _mean(b), _median(b))
    n = len(pairs)
    if n < MIN_POSTS:
        return Link(role, n, None, None, None, "none", *means)
    r = spearman([s for s, _, _ in pairs], [c for _, c, _ in pairs])
    # Fisher's z with the standard error 1.06/sqrt(n-3) that Fieller, Hartley and
    # Pearson (1957) give for Spearman's rho: an approximate 95 % interval.
    z = math.atanh(max(-0.999999, min(0.999999, r)))
    half = 1.96 * 1.06 / math.sqrt(n - 3)
    strength = next((name for bound, name in STRENGTHS if abs(r) >= bound), "none")
    return Link(role, n, r, math.tanh(z - half), math.tanh(z + half), strength, *means)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _median(values: list[int]) -> float | None:
    return statistics.median(values) if values else None


@dataclass(frozen=True)
class Period:
    start: date
    scored: int
    dialogue: int

    @property
    def share(self) -> float:
        return self.dialogue / self.scored if self.scored else 0.0


def periods(posts: Sequence[AuditedPost]) -> tuple[str, list[Period]]:
    """("month" or "week", the share of dialogue per period): weeks when under 4 months."""
    dated = [p for p in posts if p.scored and p.published]
    if not dated:
        return "month", []
    days = (max(p.published for p in dated) - min(p.published for p in dated)).days
    unit = "month" if days >= 120 else "week"

    def start(p: AuditedPost) -> date:
        d = p.published.date()
        return d.replace(day=1) if unit == "month" else d - timedelta(days=d.weekday())

    scored, dialogue = Counter(), Counter()
    for p in dated:
        scored[start(p)] += 1
        dialogue[start(p)] += p.verdict.label == "dialogue"
    return unit, [Period(s, scored[s], dialogue[s]) for s in sorted(scored)]


def best(posts: Sequence[AuditedPost], k: int = 5) -> list[AuditedPost]:
    """The highest scores; among equal scores the post with more comments, then the earlier."""
    ranked = sorted((p for p in posts if p.scored),
                    key=lambda p: (-p.verdict.score, -(p.counts.get("comments") or 0), p.row))
    return _distinct(ranked, k)


def loudest(posts: Sequence[AuditedPost], k: int = 5) -> list[AuditedPost]:
    """The lowest scores; among equal scores the post with more traps, then the earlier row."""
    ranked = sorted((p for p in posts if p.scored),
                    key=lambda p: (p.verdict.score, -len(p.verdict.traps), p.row))
    return _distinct(ranked, k)


def _distinct(ranked: list[AuditedPost], k: int, scan: int = 500) -> list[AuditedPost]:
    """The first ``k`` posts, a post that repeats a chosen one's wording shown once.

    Pages reuse a template ("2 for 1 on X this Friday only!"); five copies of it would
    hide the other four lessons. Only the first ``scan`` posts are compared, so a huge
    export stays fast; if they are all alike, the list is filled in rank order.
    """
    chosen: list[tuple[AuditedPost, set[str]]] = []
    for p in ranked[:scan]:
        words = set(_WORDS.findall(p.text.casefold()))
        if not any(_alike(words, seen) for _, seen in chosen):
            chosen.append((p, words))
            if len(chosen) == k:
                break
    out = [p for p, _ in chosen]
    return out + [p for p in ranked if p not in out][: k - len(out)]


_WORDS = re.compile(r"\w+")


def _alike(a: set[str], b: set[str]) -> bool:
    """Most words shared (Jaccard 0.6 or more): the same template with a slot changed."""
    return bool(a or b) and len(a & b) >= 0.6 * len(a | b)


def traps(posts: Sequence[AuditedPost]) -> list[tuple[str, int]]:
    """Each trap with the number of scored posts that show it, most common first."""
    counts = Counter(kind for p in posts if p.scored for kind in p.verdict.traps)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def reasons(audit: Audit) -> dict[str, list[int]]:
    """Why rows were not scored: reason -> the rows."""
    out: dict[str, list[int]] = {}
    for p in audit.posts:
        if not p.scored:
            out.setdefault(p.verdict.reason, []).append(p.row)
    return out
