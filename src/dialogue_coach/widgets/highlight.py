"""From the engine's findings to numbered reasons, and to a text with those reasons marked.

A *reason* is every finding of one kind taken together ("a hard-sell call to action",
found twice): learners read one line per idea, not one line per match. Reasons are
numbered by how much they move the score, and the same numbers appear as small markers
after each marked passage, so the text and the list point at each other.

Findings may overlap or nest (a question inside a sentence that is a sales line), so the
text is cut at every start and end, and each piece is marked by all findings covering it.
Every piece of text is escaped here, because ipywidgets' HTML widget does not sanitise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from dialogue_coach import Finding

# Marking tens of thousands of matches in a pasted novel would only slow the page down.
MAX_MARKS = 300


@dataclass(frozen=True)
class Reason:
    number: int
    kind: str
    note: str
    effect: float  # the summed effect of its findings, in the score's log-odds
    findings: tuple[Finding, ...]

    @property
    def helps(self) -> bool:
        return self.effect > 0


def reasons_of(findings: Iterable[Finding]) -> list[Reason]:
    """Findings that move the score, grouped by kind, strongest first."""
    by_kind: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.effect:  # a finding with no weight explains no point of the score
            by_kind.setdefault(f.kind, []).append(f)
    groups = sorted(by_kind.values(), key=lambda fs: (-abs(sum(f.effect for f in fs)), fs[0].start))
    return [
        Reason(n, fs[0].kind, fs[0].note, sum(f.effect for f in fs), tuple(fs))
        for n, fs in enumerate(groups, 1)
    ]


def covers_whole(text: str, finding: Finding) -> bool:
    """True for a judgement on the whole text ("nothing left to answer"), not on a passage:
    marking all of it would point at nothing."""
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    return finding.start <= first and finding.end >= last


def marked_spans(text: str, reasons: Sequence[Reason], part: str) -> list[tuple[Finding, Reason]]:
    """The passages of *text* (one *part* of the input) to mark, in reading order."""
    spans = [
        (f, r)
        for r in reasons
        for f in r.findings
        if f.part == part and f.end > f.start and not covers_whole(text, f)
    ]
    return sorted(spans, key=lambda fr: (fr[0].start, fr[0].end))


def highlight(text: str, reasons: Sequence[Reason], part: str, limit: int = MAX_MARKS) -> str:
    """*text*, escaped, with each marked passage in a <mark> and numbered markers after it."""
    spans = marked_spans(text, reasons, part)[:limit]
    cuts = sorted({0, len(text)} | {f.start for f, _ in spans} | {f.end for f, _ in spans})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        covering = [(f, r) for f, r in spans if f.start <= a and b <= f.end]
        out.append(_mark(piece, covering) if covering else piece)
        ending = sorted({r.number for f, r in spans if f.end == b})
        if ending:
            out.append(f'<sup class="dc-ref">{" ".join(map(str, ending))}</sup>')
    return "".join(out)


def _mark(piece: str, covering: list[tuple[Finding, Reason]]) -> str:
    effect = sum(f.effect for f, _ in covering)
    tone = "dc-helps" if effect > 0 else "dc-hurts"
    notes = " · ".join(dict.fromkeys(r.note for _, r in covering))
    return f'<mark class="dc-mark {tone}" title="{escape(notes)}">{piece}</mark>'
