"""The instructor pipeline end to end, in a temporary course folder.

generate -> hand in the fixture submissions -> `python -m dialogue_coach.grading grade`
(autograde in parallel, feedback, grades.csv, class report) -> assert every fixture's
score, the feedback, the course folder, and that a second run gives the same grades.
The fixtures are in tests/fixtures/grading_submissions.py.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixtures import grading_submissions as fixtures_mod

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.timeout(900)

GRADER_OUTPUTS = {"autograded", "feedback", "reports", ".nbgrader"}


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    return env


def _run(course: Path, *args: str, tmpdir: Path | None = None) -> subprocess.CompletedProcess:
    env = _env() if tmpdir is None else {**_env(), "TMPDIR": str(tmpdir)}
    return subprocess.run([sys.executable, "-m", "dialogue_coach.grading", *args],
                          cwd=course, env=env, capture_output=True, text=True, timeout=900)


def _tree(course: Path) -> dict[str, str]:
    """Hash of every file the grader does not own (what learners' code must not change)."""
    out = {}
    for path in sorted(course.rglob("*")):
        rel = path.relative_to(course)
        if rel.parts[0] in GRADER_OUTPUTS or not path.is_file():
            continue
        out[str(rel)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _scores(course: Path) -> dict[tuple[str, str], tuple[float, float, bool]]:
    from nbgrader.api import Gradebook

    url = "sqlite:///" + str(course / ".nbgrader" / "gradebook.db")
    out = {}
    with Gradebook(url) as gb:
        for assignment in gb.assignments:
            for sub in assignment.submissions:
                out[(assignment.name, sub.student.id)] = (
                    sub.score, sub.max_score, sub.needs_manual_grade)
    return out


def _sandbox_ok() -> bool:
    from dialogue_coach.grading.sandbox import sandbox_available

    return sandbox_available()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    shutil.copytree(ROOT / "solutions", course / "solutions", ignore=ignore)
    shutil.copytree(ROOT / "exercises", course / "exercises", ignore=ignore)
    gen = _run(course, "generate")
    assert gen.returncode == 0, gen.stdout + gen.stderr
    fixtures = fixtures_mod.build(course)
    before = _tree(course)
    # A temp folder of its own, so other graders on the machine cannot be mistaken for ours.
    scratch = tmp_path_factory.mktemp("scratch")
    args = ["grade", "--timeout", "5", "--json"]
    if _sandbox_ok():
        args.append("--require-sandbox")
    t0 = time.perf_counter()
    first = _run(course, *args, tmpdir=scratch)
    seconds = time.perf_counter() - t0
    after = _tree(course)
    scores = _scores(course)
    summary = json.loads(first.stdout[first.stdout.index("\n{") + 1:])
    return {"course": course, "fixtures": fixtures, "run": first, "summary": summary,
            "before": before, "after": after, "scores": scores, "seconds": seconds,
            "args": args, "scratch": scratch}


def test_grade_runs_and_reports_progress(graded):
    run = graded["run"]
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    n = len(graded["fixtures"])
    assert f"[{n}/{n}] autograde" in run.stdout
    assert "Summary" in run.stdout
    assert graded["summary"]["graded"] == n
    assert graded["summary"]["failed"] == []
    assert graded["summary"]["leaks"] == {}
    assert graded["summary"]["jobs"] >= 2 or (os.cpu_count() or 1) < 2


def test_every_fixture_gets_exactly_what_its_answers_earn(graded):
    wrong = {}
    for student, fx in graded["fixtures"].items():
        score, max_score, _ = graded["scores"][(fx.assignment, student)]
        if (score, max_score) != (fx.expected, fx.max_score):
            wrong[student] = (score, max_score, "expected", fx.expected, fx.max_score)
    assert not wrong, wrong


def test_tampered_submissions_never_earn_more_than_untouched_twins(graded):
    for student, fx in graded["fixtures"].items():
        if fx.twin:
            twin = graded["fixtures"][fx.twin]
            mine = graded["scores"][(fx.assignment, student)][0]
            theirs = graded["scores"][(twin.assignment, fx.twin)][0]
            assert mine == theirs, (student, mine, fx.twin, theirs)


def test_manual_part_waits_for_the_instructor(graded):
    for student, fx in graded["fixtures"].items():
        needs_manual = graded["scores"][(fx.assignment, student)][2]
        assert needs_manual == fx.manual, student


def test_feedback_is_readable_and_explains(graded):
    course = graded["course"]
    for student, fx in graded["fixtures"].items():
        pages = list((course / "feedback" / student / fx.assignment).glob("*.html"))
        assert pages, f"no feedback for {student}"
        text = pages[0].read_text(encoding="utf-8")
        assert len(text) < 3_000_000, (student, len(text))
        for note in fx.notes:
            assert note in text, (student, note)


def test_feedback_never_holds_hidden_tests(graded):
    from dialogue_coach.grading.pipeline import feedback_leaks, hidden_sources

    course = graded["course"]
    hidden = hidden_sources("sqlite:///" + str(course / ".nbgrader" / "gradebook.db"))
    assert sum(len(v) for v in hidden.values()) > 10  # the masters do have hidden tests
    pages = [p for p in (course / "feedback").rglob("*.html") if p.name != "index.html"]
    assert len(pages) == len(graded["fixtures"])
    for page in pages:
        assignment = page.parent.name
        assert feedback_leaks(page, hidden[assignment]) == [], page


def test_learners_code_changes_nothing_outside_its_own_folders(graded):
    assert _sandbox_ok(), "bubblewrap is missing: install it (`.ci/run` does) to test the sandbox"
    assert graded["before"] == graded["after"]
    course = graded["course"]
    assert not (course / "evil.txt").exists()
    assert (course / ".nbgrader" / "gradebook.db").exists()
    # the learner the wrecker aimed at was graded normally
    assert graded["scores"][("en-2-rewrite", "correct")][0] == 10
    # every kernel's scratch folder is gone
    sandboxes = list(graded["scratch"].glob("dialogue-coach-sandbox-*"))
    assert sandboxes, "the grader did not use its own temp folder (TMPDIR)"
    assert list(graded["scratch"].glob("dialogue-coach-sandbox-*/kernel-*")) == []


def test_a_loop_is_stopped_and_the_class_still_graded(graded):
    course = graded["course"]
    import nbformat

    nb = nbformat.read(course / "autograded" / "loops" / "en-2-rewrite" / "rewrite.ipynb", 4)
    text = json.dumps(nb)
    assert "still running after 5 seconds" in text
    # one loop costs one timeout, not one per cell, and not the whole run
    assert graded["seconds"] < 240


def test_fifty_megabytes_of_output_stay_small(graded):
    course = graded["course"]
    path = course / "autograded" / "prints" / "en-2-rewrite" / "rewrite.ipynb"
    assert path.stat().st_size < 200_000


def test_repaired_files_are_explained(graded):
    summary = graded["summary"]
    repaired = summary["repairs"]
    assert any("Rewrite (1).ipynb" in p for p in repaired["en-2-rewrite/renamed"])
    assert any("damaged" in p for p in repaired["en-2-rewrite/truncated"])
    assert any("UTF-8" in p for p in repaired["nb-2-skriv-om/latin1"])
    # the learners' own files are never changed
    course = graded["course"]
    raw = (course / "submitted" / "truncated" / "en-2-rewrite" / "rewrite.ipynb").read_text()
    assert not raw.rstrip().endswith("}")


def test_grades_csv_checks_csv_and_class_report(graded):
    course = graded["course"]
    rows = list(csv.DictReader((course / "reports" / "grades.csv").open()))
    assert len(rows) >= len(graded["fixtures"])
    by_student = {(r["assignment"], r["student_id"]): r for r in rows}
    for student, fx in graded["fixtures"].items():
        row = by_student[(fx.assignment, student)]
        if fx.manual:
            assert (row["status"], row["score"]) == ("awaiting marking", ""), student
            assert float(row["points_so_far"]) == fx.expected
        else:
            assert (row["status"], float(row["score"])) == ("graded", fx.expected), student
    checks = list(csv.DictReader((course / "reports" / "checks.csv").open()))
    assert {c["result"] for c in checks if c["student_id"] == "wrong"
            and c["check"] == "check-dialogue"} == {"failed"}
    summary = list(csv.DictReader((course / "reports" / "check_summary.csv").open()))
    assert any(c["check"] == "check-dialogue" and int(c["no_points"]) > 0 for c in summary)
    png = course / "reports" / "class_report.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000


def test_grading_twice_gives_the_same_grades(graded):
    course = graded["course"]
    again = _run(course, *graded["args"])
    assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-2000:]
    assert _scores(course) == graded["scores"]
    assert _tree(course) == graded["after"]
