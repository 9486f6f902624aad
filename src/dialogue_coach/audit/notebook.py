"""The audit in a notebook: the scored table and the score-against-comments plot that the
audit assignment's ready-made cells show (learners run them, never edit them)."""

from __future__ import annotations

import base64
import io
import textwrap
from html import escape
from pathlib import Path

from .figures import score_against
from .posts import Audit, load_audit
from .wording import Wording


def _load(export: str | Path, lang: str) -> Audit:
    return load_audit(export, lang=lang, workers=1, progress=False)


def show_summary(audit: Audit) -> None:
    """The report's plain-language summary, as a list."""
    from IPython.display import Markdown, display

    from .report import summary_lines

    display(Markdown("\n".join(f"- {line}" for line in summary_lines(audit, Wording(audit.lang)))))


def show_table(export: str | Path = "post_history.csv", lang: str = "en") -> Audit:
    """Print every post with its date, dialogue score, label and comments."""
    w = Wording(lang)
    audit = _load(export, lang)
    row = w["table"]
    print(row.format(**w["table_head"]))
    for p in audit.posts:
        v = p.verdict
        print(row.format(id=p.id or p.row, date=p.published_raw[:10],
                         score="–" if v.score is None else v.score,
                         label=w.label(v.label) if v.label else w.reason(v.reason),
                         comments="" if p.counts.get("comments") is None else p.counts["comments"],
                         text=textwrap.shorten(p.text, 60, placeholder="…")))
    return audit


def plot_score_against(export: str | Path = "post_history.csv", role: str = "comments",
                       lang: str = "en") -> None:
    """Dialogue score across, comments (or another count) up, each dot with its post's ID."""
    w = Wording(lang)
    audit = _load(export, lang)
    fig, alt = score_against(audit.posts, role, w, annotate=len(audit.posts) <= 40,
                             title=w.fill("plot_title", what=w.role(role)))
    show_figure(fig, alt)


def show_figure(fig, alt: str) -> None:
    """Show a figure as an <img> with alt text, so a screen reader hears what it shows
    (a figure displayed the usual way has none)."""
    from IPython.display import HTML, display

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    png = base64.b64encode(buf.getvalue()).decode("ascii")
    display(HTML(f'<img src="data:image/png;base64,{png}" alt="{escape(alt)}">'))
