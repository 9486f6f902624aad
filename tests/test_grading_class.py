"""Grading a class the way an instructor meets it, through the kit's command line.

Four learners: ada hands in the rewrite and the hat check (marked by hand), ben only the
rewrite, cy hands in nothing (an empty folder), nora works in bokmål. Checked: work not
handed in is "not submitted" (never a 0) and the unmarked hat check "awaiting marking",
in grades.csv, checks.csv, the printed class report and the feedback; `report` refreshes
the feedback after marking; a re-grade keeps the hand mark unless the answer changed;
nora's feedback page is in bokmål, holds no hidden test, and wraps at 1,200 px.
"""

from __future__ import annotations

import csv
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import open_offline_page, serve_folder
from fixtures import grading_submissions as F

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.timeout(600)

REFLECTION = "I wear the sender's hat most weeks: " + "we post offers. " * 30


def _run(course: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    run = subprocess.run([sys.executable, "-m", "dialogue_coach.grading", *args], cwd=course,
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return run


def _hat_check(course: Path, text: str) -> None:
    _, nb = F._student_version(course, "en-6-hat-check")
    F._set(nb, "reflection", text)
    F._write(course, "ada", "en-6-hat-check", nb)


def _grades(course: Path) -> dict[tuple[str, str], dict]:
    rows = csv.DictReader((course / "reports" / "grades.csv").open(encoding="utf-8"))
    return {(r["student_id"], r["assignment"]): r for r in rows}


def _page(course: Path, student: str, assignment: str) -> str:
    folder = course / "feedback" / student / assignment
    return next(folder.glob("*.html")).read_text(encoding="utf-8")


def _mark_by_hand(course: Path, points: float) -> None:
    """What the formgrader's save does: a manual score, no longer waiting."""
    from nbgrader.api import Gradebook

    with Gradebook("sqlite:///" + str(course / ".nbgrader" / "gradebook.db")) as gb:
        grade = gb.find_grade("reflection", "hat-check", "en-6-hat-check", "ada")
        grade.manual_score = points
        grade.needs_manual_grade = False
        gb.db.commit()


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = tmp_path_factory.mktemp("class")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for folder in ("solutions", "exercises"):
        shutil.copytree(ROOT / folder, course / folder, ignore=ignore)
    a, nb = F._rewrite(course, F.GOOD_EN)
    F._write(course, "ada", a, nb)
    _hat_check(course, REFLECTION)
    a, nb = F._rewrite(course, F.BROADCAST_EN)
    F._write(course, "ben", a, nb)
    (course / "submitted" / "cy").mkdir(parents=True)
    a, nb = F._rewrite(course, "NY fiskesuppe på Bryggen! 2 for 1 lørdag 14. juni. Kom tidlig!!!",
                       lang="nb")
    F._write(course, "nora", a, nb)
    first = _run(course, "grade", "--timeout", "10")
    return {"path": course, "first": first, "grades": _grades(course),
            "checks": list(csv.DictReader((course / "reports" / "checks.csv").open())),
            "hat_page": _page(course, "ada", "en-6-hat-check")}


def test_work_not_handed_in_is_not_submitted_never_zero(course):
    grades = course["grades"]
    for key in [("cy", "en-2-rewrite"), ("cy", "en-6-hat-check"), ("ben", "en-6-hat-check"),
                ("nora", "en-2-rewrite")]:
        assert grades[key]["status"] == "not submitted", key
        assert grades[key]["score"] == "" and grades[key]["percent"] == "", key
    assert grades[("ben", "en-2-rewrite")]["status"] == "graded"
    assert float(grades[("ben", "en-2-rewrite")]["score"]) == 4
    # the printed class report says so per assignment
    line = "en-6-hat-check (graded 0, 1 awaiting marking, 3 not submitted)"
    assert line in course["first"].stdout
    # and so does each learner's feedback index, in their language
    cy = (course["path"] / "feedback" / "cy" / "index.html").read_text(encoding="utf-8")
    assert cy.count("not submitted") == 2 and "0 of" not in cy
    nora = (course["path"] / "feedback" / "nora" / "index.html").read_text(encoding="utf-8")
    assert 'lang="nb"' in nora and "rettet: 4 av 10 poeng" in nora
    assert "en-2-rewrite" not in nora  # the other edition is not hers


def test_the_hand_marked_hat_check_awaits_marking(course):
    row = course["grades"][("ada", "en-6-hat-check")]
    assert row["status"] == "awaiting marking"
    assert row["score"] == "" and row["points_so_far"] == "0"
    assert {(c["student_id"], c["check"], c["result"]) for c in course["checks"]
            if c["assignment"] == "en-6-hat-check"} == {("ada", "reflection", "awaiting marking")}
    assert "awaiting marking by hand" in course["first"].stdout
    page = course["hat_page"]
    assert "0 of 12 points so far, awaiting marking" in page
    assert "0 of 12 points</" not in page and "Score: 0.0 / 12.0" not in page


def test_checks_csv_is_which_checks_each_learner_passed(course):
    mine = {(c["student_id"], c["assignment"], c["check"]): c["result"] for c in course["checks"]}
    assert mine[("ada", "en-2-rewrite", "check-dialogue")] == "passed"
    assert mine[("ben", "en-2-rewrite", "check-dialogue")] == "failed"
    assert mine[("ben", "en-2-rewrite", "check-message")] == "passed"
    assert not any(student == "cy" for student, _, _ in mine)


def test_bokmal_feedback_is_in_bokmal_and_hides_hidden_tests(course):
    from dialogue_coach.grading.pipeline import feedback_leaks, hidden_sources

    page = _page(course["path"], "nora", "nb-2-skriv-om")
    assert '<html lang="nb">' in page
    for heading in ("Svaret ditt", "Sjekk", "av 10 poeng", "til toppen"):
        assert heading in page, heading
    for english in ("Student's answer", "Test cell", "Grade cell", "Score:", "(Top)",
                    "Comments:"):
        assert english not in page, english
    # one kind of quotation mark in the checks' messages: «...» in bokmål
    outputs = html.unescape(" ".join(re.findall(
        r'<div class="output_subarea[^"]*"[^>]*>(.*?)</div>', page, flags=re.S)))
    assert "«" in outputs and '"' not in re.sub(r"<[^>]+>", "", outputs), outputs[:2000]
    hidden = hidden_sources("sqlite:///" + str(course["path"] / ".nbgrader" / "gradebook.db"))
    assert hidden["nb-2-skriv-om"], "the bokmål master has hidden tests"
    assert feedback_leaks(course["path"] / "feedback" / "nora" / "nb-2-skriv-om" /
                          "skriv-om.html", hidden["nb-2-skriv-om"]) == []


def test_feedback_wraps_at_1200_px(course, browser):
    with serve_folder(course["path"] / "feedback") as url:
        context, page, seen = open_offline_page(browser)
        try:
            page.set_viewport_size({"width": 1200, "height": 900})
            for student, assignment in [("nora", "nb-2-skriv-om"), ("ben", "en-2-rewrite")]:
                folder = course["path"] / "feedback" / student / assignment
                page.goto(f"{url}/{student}/{assignment}/{next(folder.glob('*.html')).name}")
                wide = page.evaluate("""() => [...document.querySelectorAll('pre, .output_area')]
                    .filter(e => e.scrollWidth > e.clientWidth + 1).length""")
                assert wide == 0, (student, wide)
                assert page.evaluate("document.documentElement.scrollWidth") <= 1200
        finally:
            context.close()
    assert seen["page_errors"] == [] and seen["offsite"] == [], seen


def test_report_refreshes_feedback_and_regrading_keeps_the_mark(course):
    path = course["path"]
    _mark_by_hand(path, 9)
    report = _run(path, "report", "--quiet")
    assert "en-6-hat-check (graded 1, 3 not submitted)" in report.stdout
    row = _grades(path)[("ada", "en-6-hat-check")]
    assert (row["status"], row["score"]) == ("graded", "9")
    page = _page(path, "ada", "en-6-hat-check")
    assert "hat-check: 9 of 12 points" in page and "awaiting marking" not in page

    again = _run(path, "grade", "--timeout", "10", "--quiet")
    assert "awaiting marking" not in again.stdout
    row = _grades(path)[("ada", "en-6-hat-check")]
    assert (row["status"], row["score"]) == ("graded", "9")
    assert "awaiting marking" not in _page(path, "ada", "en-6-hat-check")

    # A changed answer is new work: it waits for marking again (the old mark is kept).
    shutil.rmtree(path / "submitted" / "ada" / "en-6-hat-check")
    _hat_check(path, REFLECTION + " I will sign every post with my name from Monday.")
    _run(path, "grade", "--timeout", "10", "--quiet", "--student", "ada")
    row = _grades(path)[("ada", "en-6-hat-check")]
    assert (row["status"], row["points_so_far"]) == ("awaiting marking", "9")
