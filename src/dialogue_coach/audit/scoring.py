"""Score every post of an export with the engine, on both cores when the file is long.

The engine is a pure function of the text, so posts are scored in chunks by worker
processes and put back in their order. Posts the engine cannot judge (no text, only a
link, only emoji) keep their row with the reason; no row is ever dropped.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from dialogue_coach import Finding, analyze_post, detect_language

# Below this many posts a second process costs more to start than it saves.
PARALLEL_FROM = 2000
CHUNK = 500
MAX_FINDINGS = 4  # the findings that moved the score most, kept per post
# Findings that move the log-odds less than this ("you" once more) are not worth a line.
MIN_EFFECT = 0.25

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Verdict:
    """The engine's verdict on one row, or why there is none (``reason``)."""

    score: int | None = None
    label: str | None = None
    dimensions: dict[str, int] = field(default_factory=dict, compare=False)
    findings: tuple[Finding, ...] = ()
    traps: frozenset[str] = frozenset()  # the kinds that pulled clearly towards broadcast
    reason: str | None = None  # "empty", "link_only", "no_words"


def unscorable(text: str) -> str | None:
    """Why the engine cannot judge this text, or None when it can."""
    if not text.strip():
        return "empty"
    without_links = _URL.sub(" ", text)
    if _WORD.search(without_links):
        return None
    return "link_only" if without_links != text else "no_words"


def judge_post(text: str, lang: str) -> Verdict:
    reason = unscorable(text)
    if reason:
        return Verdict(reason=reason)
    result = analyze_post(text, lang=lang)
    moved = sorted((f for f in result.findings if abs(f.effect) >= MIN_EFFECT),
                   key=lambda f: -abs(f.effect))
    return Verdict(result.score, result.label, result.dimensions, tuple(moved[:MAX_FINDINGS]),
                   frozenset(f.kind for f in result.findings if f.effect <= -MIN_EFFECT))


def _judge_chunk(job: tuple[Sequence[str], str]) -> list[Verdict]:
    texts, lang = job
    return [judge_post(t, lang) for t in texts]


def page_language(texts: Sequence[str], sample: int = 500) -> str:
    """The language most posts are in (the engine's detection, on up to ``sample`` posts)."""
    usable = [t for t in texts if not unscorable(t)]
    if not usable:
        return "en"
    step = max(1, len(usable) // sample)
    votes = Counter(detect_language(t) for t in usable[::step])
    return votes.most_common(1)[0][0]


def default_workers(n: int) -> int:
    return 1 if n < PARALLEL_FROM else max(1, min(2, os.cpu_count() or 1))


def judge_all(texts: Sequence[str], lang: str, *, workers: int | None = None,
              progress: bool | None = None) -> list[Verdict]:
    """One verdict per text, in order. ``progress`` None: a bar only on a terminal."""
    from tqdm import tqdm

    workers = default_workers(len(texts)) if workers is None else workers
    jobs = [(texts[i:i + CHUNK], lang) for i in range(0, len(texts), CHUNK)]
    bar = tqdm(total=len(texts), unit=" posts", file=sys.stderr, leave=False,
               disable=None if progress is None else not progress, desc="Scoring")
    with bar:
        if workers <= 1:
            return _collect(map(_judge_chunk, jobs), bar.update)
        # Forked workers share the main process's pages until they write to them; a
        # fork server or spawn would re-run the caller's __main__ (a script, a notebook).
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return _collect(pool.map(_judge_chunk, jobs), bar.update)


def _collect(chunks, tick: Callable[[int], object]) -> list[Verdict]:
    out: list[Verdict] = []
    for chunk in chunks:
        out += chunk
        tick(len(chunk))
    return out
