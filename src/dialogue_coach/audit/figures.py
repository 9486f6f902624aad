"""The audit's figures, with their alt text: one place for the command's report, the audit
assignment's plot and the book's chapter.

Figures are built as plain ``matplotlib.figure.Figure`` objects (no pyplot state), so the
command runs headless and a notebook shows a returned figure like any other. Colours are
Okabe-Ito, which stay apart for colour-blind readers; dialogue and broadcast also differ
in marker shape, so nothing is told by colour alone.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path

from .posts import AuditedPost
from .stats import Link, Period
from .wording import Wording

DIALOGUE, BROADCAST, LINE = "#0072B2", "#D55E00", "#000000"
MARKERS = {"dialogue": "o", "broadcast": "^"}
COLOURS = {"dialogue": DIALOGUE, "broadcast": BROADCAST}


def _figure(width: float = 7.0, height: float = 4.2):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def share_over_time(unit: str, periods: Sequence[Period], w: Wording):
    """Bars: the share of dialogue posts per month (or week), with the count on each bar."""
    fig, ax = _figure(7.0, 3.6)
    shares = [100 * p.share for p in periods]
    labels = [w.period(unit, p.start) for p in periods]
    bars = ax.bar(range(len(periods)), shares, color=DIALOGUE, width=0.7)
    ax.bar_label(bars, labels=[str(p.scored) for p in periods], fontsize=8, padding=2)
    ax.set_xticks(range(len(periods)), labels, rotation=45 if len(periods) > 8 else 0,
                  ha="right" if len(periods) > 8 else "center", fontsize=8)
    ax.set_ylim(0, 110)
    ax.set_yticks(range(0, 101, 25))
    ax.set_ylabel(w["over_time_ylabel"])
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    points = "; ".join(f"{lab} {share:.0f} %" for lab, share in zip(labels, shares,
                                                                       strict=True))
    alt = w.fill("over_time_alt", unit=w.unit(unit), first=labels[0], last=labels[-1],
                 points=points)
    return fig, alt


def score_against(posts: Sequence[AuditedPost], role: str, w: Wording, *,
                  link: Link | None = None, ylabel: str | None = None,
                  annotate: bool = False, title: str | None = None):
    """Dots: dialogue score across, an engagement count up, shaped and coloured by label.

    ``annotate`` writes each post's ID beside its dot (for short files such as the
    assignment's twenty posts); long files get a median line per band of ten points.
    """
    fig, ax = _figure(7.0, 4.5)
    pairs = [p for p in posts if p.scored and p.counts.get(role) is not None]
    many = len(pairs) > 200
    for label in ("dialogue", "broadcast"):
        xs = [p.verdict.score for p in pairs if p.verdict.label == label]
        ys = [p.counts[role] for p in pairs if p.verdict.label == label]
        ax.scatter(xs, ys, s=8 if many else 30, alpha=0.35 if many else 0.85,
                   marker=MARKERS[label], color=COLOURS[label], label=w.label(label),
                   linewidths=0, rasterized=many)
    if annotate:
        for p in pairs:
            ax.annotate(p.id or str(p.row), (p.verdict.score, p.counts[role]), fontsize=8,
                        xytext=(3, 3), textcoords="offset points")
    else:
        # one short bar per band, so empty bands are not bridged by a line
        for i, (band, median) in enumerate(_band_medians(pairs, role)):
            ax.hlines(median, 10 * band + 1, 10 * band + 9, color=LINE, linewidth=2,
                      label=w["scatter_median"] if i == 0 else None)
    counts = [p.counts[role] for p in pairs]
    if counts and max(counts) > 20 * (statistics.median(counts) + 1):
        from matplotlib.ticker import FuncFormatter

        ax.set_yscale("symlog", linthresh=10)  # a few viral posts would flatten the rest
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.axvline(50, color="grey", linewidth=0.8, linestyle="--")
    ax.set_xlim(-3, 103)
    ax.set_xlabel(w["scatter_xlabel"])
    ax.set_ylabel(ylabel or w.role(role).capitalize())
    if title:
        ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    finding = w.meaning(link) if link else ""
    alt = w.fill("scatter_alt", what=w.role(role), n=len(pairs), finding=finding).strip()
    return fig, alt


def _band_medians(pairs: Sequence[AuditedPost], role: str) -> list[tuple[int, float]]:
    """(band, median count) for each band of ten score points with three posts or more."""
    bands: dict[int, list[int]] = {}
    for p in pairs:
        bands.setdefault(min(p.verdict.score // 10, 9), []).append(p.counts[role])
    return [(b, statistics.median(v)) for b, v in sorted(bands.items()) if len(v) >= 3]


def save(fig, path: Path) -> Path:
    fig.savefig(path, dpi=110, format=path.suffix.lstrip("."))
    return path
