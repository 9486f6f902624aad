"""Grades, checks and a one-page class report for the instructor, from the gradebook.

Every learner in the gradebook gets a row for every assignment the class has handed in
(at least one submission), with a status that never passes for a score:

- ``graded``: autograded, and any hand-marked part marked;
- ``awaiting marking``: a hand-marked part (the hat check) is not marked yet; the
  points so far are given apart, never as the score;
- ``not submitted``: nothing handed in; no score at all (a 0 would read as a real zero).

Files under ``reports/``:

- ``grades.csv``: one row per learner and assignment (status, score, points so far);
- ``checks.csv``: one row per learner, assignment and graded cell: which checks each
  learner passed (``passed``, ``partly``, ``failed``, ``awaiting marking``);
- ``check_summary.csv``: one row per graded cell for the class: how many submissions
  got full, some or no points on it;
- ``class_report.png``: the score distribution of each assignment (graded work only),
  with how many wait for marking or were not handed in, and the checks most often failed.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from .course import AWAITING, GRADED, NOT_SUBMITTED, coursedir, db_url
from .feedback import write_indexes


@dataclass
class Row:
    """One learner and one assignment."""

    student: str
    assignment: str
    status: str
    score: float | None = None        # only when graded
    max_score: float = 0.0
    so_far: float | None = None       # autograded points while a hand-marked part waits
    timestamp: str = ""
    checks: list[dict] = field(default_factory=list)

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.max_score:
            return None
        return 100 * self.score / self.max_score


def _check_result(score: float | None, max_score: float, awaiting: bool) -> str:
    if awaiting:
        return AWAITING
    got = score or 0.0
    if got >= max_score:
        return "passed"
    return "partly" if got > 0 else "failed"


def collect(url: str) -> dict:
    """Rows for every learner x assignment handed in by anyone, and which cells hide tests."""
    from nbgrader.api import Gradebook, MissingEntry

    rows: list[Row] = []
    with Gradebook(url) as gb:
        hidden = {(a.name, cell.name) for a in gb.assignments for nb in a.notebooks
                  for cell in nb.source_cells if "BEGIN HIDDEN TESTS" in cell.source}
        handed_in = [a for a in gb.assignments if a.submissions]
        students = sorted(s.id for s in gb.students)
        for assignment in sorted(handed_in, key=lambda a: a.name):
            max_score = assignment.max_score
            for student in students:
                try:
                    sub = gb.find_submission(assignment.name, student)
                except MissingEntry:
                    rows.append(Row(student, assignment.name, NOT_SUBMITTED,
                                    max_score=max_score))
                    continue
                waiting = bool(sub.needs_manual_grade)
                row = Row(student, assignment.name, AWAITING if waiting else GRADED,
                          score=None if waiting else sub.score, max_score=sub.max_score,
                          so_far=sub.score if waiting else None,
                          timestamp=str(sub.timestamp or ""))
                for snb in sub.notebooks:
                    for grade in sorted(snb.grades, key=lambda g: g.name):
                        row.checks.append({
                            "check": grade.name,
                            "hidden": (assignment.name, grade.name) in hidden,
                            "score": grade.score, "max_score": grade.max_score,
                            "result": _check_result(grade.score, grade.max_score,
                                                    bool(grade.needs_manual_grade)),
                        })
                rows.append(row)
    return {"rows": rows, "summary": _summary(rows)}


def _summary(rows: list[Row]) -> list[dict]:
    """Per graded cell: submissions with full, some and no points (marked work only)."""
    out: dict[tuple[str, str], dict] = {}
    for row in rows:
        for c in row.checks:
            entry = out.setdefault((row.assignment, c["check"]), {
                "assignment": row.assignment, "check": c["check"], "hidden_part": c["hidden"],
                "max_points": c["max_score"], "submissions": 0, "full_points": 0,
                "some_points_lost": 0, "no_points": 0, "awaiting_marking": 0})
            entry["submissions"] += 1
            key = {"passed": "full_points", "partly": "some_points_lost",
                   "failed": "no_points", AWAITING: "awaiting_marking"}[c["result"]]
            entry[key] += 1
    return sorted(out.values(), key=lambda c: (-(c["some_points_lost"] + c["no_points"]),
                                               c["assignment"], c["check"]))


def status_counts(rows: list[Row]) -> dict[str, dict[str, int]]:
    """assignment -> {status: learners}."""
    out: dict[str, dict[str, int]] = {}
    for r in rows:
        counts = out.setdefault(r.assignment, {GRADED: 0, AWAITING: 0, NOT_SUBMITTED: 0})
        counts[r.status] += 1
    return out


def status_line(assignment: str, counts: dict[str, int]) -> str:
    """'en-6-hat-check (graded 0, 1 awaiting marking, 2 not submitted)'."""
    extra = "".join(f", {counts[s]} {s}" for s in (AWAITING, NOT_SUBMITTED) if counts[s])
    return f"{assignment} (graded {counts[GRADED]}{extra})"


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _write_csv(path: Path, fields: list[str], rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_grades_csv(rows: list[Row], path: Path) -> Path:
    return _write_csv(path, ["student_id", "assignment", "status", "score", "max_score",
                             "percent", "points_so_far", "timestamp"], [
        {"student_id": r.student, "assignment": r.assignment, "status": r.status,
         "score": _fmt(r.score), "max_score": _fmt(r.max_score),
         "percent": "" if r.percent is None else f"{r.percent:.1f}",
         "points_so_far": _fmt(r.so_far), "timestamp": r.timestamp} for r in rows])


def write_checks_csv(rows: list[Row], path: Path) -> Path:
    return _write_csv(path, ["student_id", "assignment", "check", "hidden_part", "points",
                             "max_points", "result"], [
        {"student_id": r.student, "assignment": r.assignment, "check": c["check"],
         "hidden_part": "yes" if c["hidden"] else "no",
         "points": "" if c["result"] == AWAITING else _fmt(c["score"] or 0.0),
         "max_points": _fmt(c["max_score"]), "result": c["result"]}
        for r in rows for c in r.checks])


def write_check_summary_csv(summary: list[dict], path: Path) -> Path:
    fields = ["assignment", "check", "hidden_part", "max_points", "submissions",
              "full_points", "some_points_lost", "no_points", "awaiting_marking"]
    return _write_csv(path, fields, [
        {**c, "hidden_part": "yes" if c["hidden_part"] else "no",
         "max_points": _fmt(c["max_points"])} for c in summary])


def draw(data: dict, path: Path, top: int = 12) -> Path:
    """The class report: score distributions and the most often failed checks."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    rows: list[Row] = data["rows"]
    names = sorted({r.assignment for r in rows})
    scores = {n: [r.percent for r in rows if r.assignment == n and r.percent is not None]
              for n in names}
    counts = status_counts(rows)
    failing = [c for c in data["summary"] if c["some_points_lost"] + c["no_points"] > 0][:top]
    height = max(4.0, 0.45 * max(len(names), len(failing), 1) + 2)
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, height),
                                      gridspec_kw={"width_ratios": [1, 1.2]})
    if names:
        values = [scores[n] or [float("nan")] for n in names]
        left.boxplot(values, vert=False, widths=0.5, showfliers=False)
        for i, vals in enumerate(values, start=1):
            jitter = [i + ((j * 37) % 21 - 10) / 60 for j in range(len(vals))]
            left.scatter(vals, jitter, s=12, alpha=0.5, color="#1f5f8b")
        left.set_yticks(range(1, len(names) + 1), [status_line(n, counts[n]) for n in names])
        left.set_xlim(-2, 102)
    else:
        left.text(0.5, 0.5, "No graded submissions", ha="center", va="center")
    left.set_xlabel("Score of graded work (% of the assignment's points)")
    left.set_title("Score distribution per assignment")
    left.grid(axis="x", alpha=0.3)

    if failing:
        labels = [f"{c['assignment']} · {c['check']}"
                  + (" (has a hidden part)" if c["hidden_part"] else "") for c in failing]
        lost = [c["some_points_lost"] + c["no_points"] for c in failing]
        marked = [c["submissions"] - c["awaiting_marking"] for c in failing]
        rates = [100.0 * n / m for n, m in zip(lost, marked, strict=True)]
        ypos = list(range(len(failing)))[::-1]
        bars = right.barh(ypos, rates, color=["#b5533c" if c["hidden_part"] else "#d9904a"
                                              for c in failing])
        right.set_yticks(ypos, labels)
        for bar, n, m in zip(bars, lost, marked, strict=True):
            right.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2,
                       f"{n}/{m}", va="center", fontsize=8)
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


def export_and_report(root: Path, cfg) -> dict:
    """grades.csv, checks.csv, check_summary.csv and class_report.png under reports/, and
    each learner's feedback/<learner>/index.html with the status of every assignment."""
    reports = Path(root) / "reports"
    data = collect(db_url(cfg))
    out = {
        "grades_csv": write_grades_csv(data["rows"], reports / "grades.csv"),
        "checks_csv": write_checks_csv(data["rows"], reports / "checks.csv"),
        "check_summary_csv": write_check_summary_csv(data["summary"],
                                                     reports / "check_summary.csv"),
        "report_png": draw(data, reports / "class_report.png"),
    }
    write_indexes(data["rows"], Path(root) / coursedir(cfg).feedback_directory)
    return {"status": [status_line(a, c) for a, c in sorted(status_counts(data["rows"]).items())],
            **{k: str(v) for k, v in out.items()}}
