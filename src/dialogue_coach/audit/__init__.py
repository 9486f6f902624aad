"""The audit: a page's post export in, a report with figures and a scores table out.

One module for every face of it: the command (``dialogue-coach audit``), the audit
assignment's table and plot (``show_table``, ``plot_score_against``) and the book's
chapter on measuring dialogue all read, score and draw through here. Matplotlib, tqdm
and openpyxl are imported only when a figure, a progress bar or a workbook is needed.
"""

from .columns import Columns, recognise
from .notebook import plot_score_against, show_figure, show_summary, show_table
from .posts import Audit, AuditedPost, load_audit
from .reading import ExportError, read_table
from .report import build_figures, summary_lines, write_report
from .scores_csv import write_scores
from .stats import Link, link, spearman

__all__ = [
    "Audit",
    "AuditedPost",
    "Columns",
    "ExportError",
    "Link",
    "build_figures",
    "link",
    "load_audit",
    "plot_score_against",
    "read_table",
    "recognise",
    "show_figure",
    "show_summary",
    "show_table",
    "spearman",
    "summary_lines",
    "write_report",
    "write_scores",
]
