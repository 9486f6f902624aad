"""Grades to CSV and a one-page class report (PNG) for the instructor.

- ``reports/grades.csv``: nbgrader's own CSV export (one row per learner and assignment);
- ``reports/checks.csv``: for every check cell, how many submissions lost points on it;
- ``reports/class_report.png``: left, the score distribution of each assignment; right,
  the checks most often failed (hidden ones marked), so the next session can start
  where the class struggled.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path


def collect(db_url: str) -> dict:
    """Scores per assignment and failures per check, straight from the gradebook."""
    from nbgrader.api import Gradebook

    scores: dict[str, list[float]] = defaultdict(list)
    checks: dict[tuple[str, str], dict] = {}
    with Gradebook(db_url) as gb:
        hidden_ids = set()
        for assignment in gb.assignments:
            for nb in assignment.notebooks:
                for cell in nb.source_cells:
                    if "BEGIN HIDDEN TESTS" in cell.source:
                        hidden_ids.add((assignment.name, cell.name))
        for assignment in gb.assignments:
            for sub in assignment.submissions:
                if sub.max_score:
                    scores[assignment.name].append(100.0 * sub.score / sub.max_score)
                for snb in sub.notebooks:
                    for grade in snb.grades:
                        if grade.cell_type != "code":
                            continue
                        key = (assignment.name, grade.name)
                        entry = checks.setdefault(key, {
                            "assignment": assignment.name, "check": grade.name,
                            "max_score": grade.max_score, "submissions": 0,
                            "lost_points": 0, "failed": 0,
                            "hidden": key in hidden_ids,
                        })
                        entry["submissions"] += 1
                        got = grade.score or 0.0
                        if got < grade.max_score:
                            entry["lost_points"] += 1
                        if got == 0:
                            entry["failed"] += 1
    return {"scores": dict(scores), "checks": sorted(
        checks.values(), key=lambda c: (-c["lost_points"], c["assignment"], c["check"]))}


def write_checks_csv(data: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        fields = ["assignment", "check", "hidden", "max_score", "submissions", "lost_points",
                  "failed"]
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        for row in data["checks"]:
            writer.writerow({k: row[k] for k in fields})


def draw(data: dict, path: Path, top: int = 12) -> Path:
    """The class report: score distributions and the most often failed checks."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    names = sorted(data["scores"])
    failing = [c for c in data["checks"] if c["lost_points"] > 0][:top]
    height = max(4.0, 0.45 * max(len(names), len(failing), 1) + 2)
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, height),
                                      gridspec_kw={"width_ratios": [1, 1.2]})
    if names:
        values = [data["scores"][n] for n in names]
        left.boxplot(values, vert=False, widths=0.5, showfliers=False)
        for i, vals in enumerate(values, start=1):
            jitter = [i + ((j * 37) % 21 - 10) / 60 for j in range(len(vals))]
            left.scatter(vals, jitter, s=12, alpha=0.5, color="#1f5f8b")
        left.set_yticks(range(1, len(names) + 1),
                        [f"{n} (n={len(data['scores'][n])})" for n in names])
        left.set_xlim(-2, 102)
    else:
        left.text(0.5, 0.5, "No graded submissions", ha="center", va="center")
    left.set_xlabel("Score (% of the assignment's points)")
    left.set_title("Score distribution per assignment")
    left.grid(axis="x", alpha=0.3)

    if failing:
        labels = [f"{c['assignment']} · {c['check']}"
                  + (" (has a hidden part)" if c["hidden"] else "") for c in failing]
        rates = [100.0 * c["lost_points"] / c["submissions"] for c in failing]
        ypos = list(range(len(failing)))[::-1]
        bars = right.barh(ypos, rates, color=["#b5533c" if c["hidden"] else "#d9904a"
                                              for c in failing])
        right.set_yticks(ypos, labels)
        for bar, c in zip(bars, failing, strict=True):
            right.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2,
                       f"{c['lost_points']}/{c['submissions']}", va="center", fontsize=8)
        right.set_xlim(0, 115)
    else:
        right.text(0.5, 0.5, "No check lost any points", ha="center", va="center")
        right.set_yticks([])
    right.set_xlabel("Submissions that lost points on the check (%)")
    right.set_title("Checks most often failed")
    right.grid(axis="x", alpha=0.3)
    fig.suptitle("Talk With, Not At: class report")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def export_and_report(root: Path, cfg, results: list[dict] | None = None) -> dict:
    """grades.csv (nbgrader's exporter), checks.csv and class_report.png under reports/."""
    from nbgrader.api import Gradebook
    from nbgrader.plugins.export import CsvExportPlugin

    reports = Path(root) / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    from .pipeline import db_url

    url = db_url(cfg)
    grades_csv = reports / "grades.csv"
    plugin = CsvExportPlugin(config=cfg)
    plugin.to = str(grades_csv)
    with Gradebook(url) as gb:
        plugin.export(gb)
    data = collect(url)
    checks_csv = reports / "checks.csv"
    write_checks_csv(data, checks_csv)
    png = draw(data, reports / "class_report.png")
    return {"grades_csv": str(grades_csv), "checks_csv": str(checks_csv), "report_png": str(png)}
