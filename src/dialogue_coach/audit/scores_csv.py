"""scores.csv: one row per row of the export, in its order, scored or with the reason why not.

Written as UTF-8 with a byte-order mark, so a spreadsheet opened by double-click shows
æ, ø and å right; headers are plain English names for machines, reasons are in the
page's language for people.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .posts import Audit
from .wording import Wording

DIMENSIONS = ("invitation", "listening", "human_voice", "audience_focus", "restraint",
              "sincerity")


def finding_line(finding) -> str:
    return f'{finding.kind}: "{finding.text}" ({finding.note})'


def write_scores(audit: Audit, path: Path) -> Path:
    w = Wording(audit.lang)
    roles = audit.roles
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(["row", "id", "published", "text", *roles, "lang", "score", "label",
                      *DIMENSIONS, "findings", "reason"])
        for p in audit.posts:
            v = p.verdict
            counts = ["" if p.counts[r] is None else p.counts[r] for r in roles]
            if p.scored:
                judged = [audit.lang, v.score, v.label, *(v.dimensions.get(d, "")
                                                          for d in DIMENSIONS),
                          " | ".join(finding_line(f) for f in v.findings), ""]
            else:
                judged = ["", "", "", *([""] * len(DIMENSIONS)), "", w.reason(v.reason)]
            out.writerow([p.row, p.id, _time(p) or p.published_raw, p.text, *counts, *judged])
    return path


def _time(post) -> str:
    if post.published is None:
        return ""
    if post.published.hour == post.published.minute == 0:
        return post.published.date().isoformat()
    return post.published.isoformat(sep=" ", timespec="minutes")
