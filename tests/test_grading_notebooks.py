"""The assignments themselves: masters, student versions, and how they stay in step.

- the masters in solutions/ are what solutions/build_masters.py writes;
- exercises/ is exactly what nbgrader generates from solutions/ (`make exercises`);
- the student versions hold no solution text and no hidden test, and their answer cells
  are usable by people who do not program;
- every master's own solutions earn full points through the same trusted checks the
  autograder runs, in both editions;
- the hat check's manual cell matches the instructor guide's rubric (12 points).
"""

from __future__ import annotations

import ast
import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from dialogue_coach.grading import answers
from dialogue_coach.grading.nbgrader_ext import is_check_cell, run_check_source

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
MASTERS = sorted(SOLUTIONS.glob("*/*.ipynb"))
STUDENT = sorted(EXERCISES.glob("*/*.ipynb"))
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)


def _gid(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def test_six_assignments_in_two_editions():
    names = sorted(p.name for p in SOLUTIONS.iterdir() if p.is_dir())
    assert len(names) == 12
    assert sum(n.startswith("en-") for n in names) == 6
    assert sum(n.startswith("nb-") for n in names) == 6
    for n in names:
        assert re.fullmatch(r"(en|nb)-[1-6]-[a-z0-9-]+", n), n
    assert sorted(p.name for p in EXERCISES.iterdir() if p.is_dir()) == names


def test_masters_are_what_the_builder_writes():
    proc = subprocess.run([sys.executable, str(SOLUTIONS / "build_masters.py"), "--check"],
                          capture_output=True, text=True, env=_env())
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_exercises_are_what_nbgrader_generates(tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", course)
    shutil.copytree(SOLUTIONS, course / "solutions")
    proc = subprocess.run([sys.executable, "-m", "dialogue_coach.grading", "generate"],
                          cwd=course, capture_output=True, text=True, env=_env(), timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    fresh = course / "exercises"
    drift = []
    for path in sorted(fresh.rglob("*")):
        if path.is_file():
            committed = EXERCISES / path.relative_to(fresh)
            if not committed.exists() or not filecmp.cmp(path, committed, shallow=False):
                drift.append(str(path.relative_to(fresh)))
    for path in sorted(EXERCISES.rglob("*")):
        if path.is_file() and not (fresh / path.relative_to(EXERCISES)).exists():
            drift.append(f"{path.relative_to(EXERCISES)} (not generated)")
    assert not drift, "exercises/ differs from `make exercises`: " + ", ".join(drift)


@pytest.mark.parametrize("master", MASTERS, ids=lambda p: p.parent.name)
def test_student_version_holds_no_solution_and_no_hidden_test(master):
    student = EXERCISES / master.parent.name / master.name
    text = student.read_text(encoding="utf-8")
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS",
                   "NotImplementedError", "YOUR CODE HERE", "YOUR ANSWER HERE"):
        assert marker not in text, marker
    nb_master = nbformat.read(master, 4)
    nb_student = nbformat.read(student, 4)
    student_sources = "\n".join(c.source for c in nb_student.cells)
    visible = "\n".join(HIDDEN.sub("", SOLUTION.sub("", c.source)) for c in nb_master.cells)
    secrets = []
    for cell in nb_master.cells:
        for block in SOLUTION.findall(cell.source) + HIDDEN.findall(cell.source):
            secrets += [line.strip() for line in block.splitlines()
                        if len(line.strip()) > 12 and line.strip() not in visible]
    assert secrets
    leaked = [s for s in secrets if s in student_sources]
    assert not leaked, leaked[:3]


@pytest.mark.parametrize("student", STUDENT, ids=lambda p: p.parent.name)
def test_answer_cells_are_usable_without_programming(student):
    nb = nbformat.read(student, 4)
    answer_cells = [(i, c) for i, c in enumerate(nb.cells)
                    if c.metadata.get("nbgrader", {}).get("solution")]
    assert answer_cells
    for i, cell in answer_cells:
        # the question sits in its own cell right above the answer
        assert nb.cells[i - 1].cell_type == "markdown", _gid(cell)
        if cell.cell_type == "markdown":
            continue
        tree = ast.parse(cell.source)
        assigns = [s for s in tree.body if isinstance(s, ast.Assign)]
        assert len(tree.body) == 1 and len(assigns) == 1, _gid(cell)  # one answer per cell
        value = assigns[0].value
        placeholder = ast.literal_eval(value)
        assert placeholder in ("...", []), (_gid(cell), placeholder)
        assert cell.source.lstrip().startswith("# ✏️"), _gid(cell)  # says what to type
    for cell in nb.cells:
        if is_check_cell(cell) or _gid(cell) in (None,):
            continue
        meta = cell.metadata.get("nbgrader", {})
        if not meta.get("solution"):
            assert meta.get("locked"), _gid(cell)


def _master_namespace(nb) -> dict:
    ns = {"__name__": "__grader__"}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.cell_type == "code":
            student_line = cell.source.split("### BEGIN SOLUTION")[0]
            name = answers.assigned_name(student_line.split("\n", 1)[1])
            ns[name] = answers.read_answer(cell.source, name)
    return ns


@pytest.mark.parametrize("master", MASTERS, ids=lambda p: p.parent.name)
def test_master_solutions_earn_every_point(master):
    nb = nbformat.read(master, 4)
    ns = _master_namespace(nb)
    for cell in nb.cells:
        if not is_check_cell(cell):
            continue
        outcome = run_check_source(cell.source, dict(ns), master.parent)
        points = cell.metadata["nbgrader"]["points"]
        assert not outcome.failed, (_gid(cell), [o.get("evalue") for o in outcome.outputs])
        results = [o for o in outcome.outputs if o.output_type == "execute_result"]
        if results:  # partial credit: must be all of the cell's points
            assert float(results[0].data["text/plain"]) == points, _gid(cell)


@pytest.mark.parametrize("master", MASTERS, ids=lambda p: p.parent.name)
def test_placeholders_earn_nothing_and_say_so(master):
    nb = nbformat.read(EXERCISES / master.parent.name / master.name, 4)
    ns = _master_namespace(nbformat.read(master, 4))
    for key in list(ns):
        if key != "__name__":
            ns[key] = "..." if not isinstance(ns[key], list) else []
    lang = nb.metadata["dialogue_coach"]["lang"]
    master_nb = nbformat.read(master, 4)
    for cell in master_nb.cells:
        if not is_check_cell(cell):
            continue
        outcome = run_check_source(cell.source, dict(ns), master.parent)
        results = [o for o in outcome.outputs if o.output_type == "execute_result"]
        assert outcome.failed or (results and float(results[0].data["text/plain"]) == 0), \
            _gid(cell)
        assert not outcome.grader_error, _gid(cell)
        text = " ".join(str(o.get("evalue", "")) + str(o.get("text", "")) for o in outcome.outputs)
        assert text.strip()
        if lang == "nb":
            assert re.search(r"[æøå]|ikke|svar", text), text[:200]


def test_points_per_assignment():
    expected = {"1": 10, "2": 10, "3": 12, "4": 10, "5": 10, "6": 12}
    for master in MASTERS:
        nb = nbformat.read(master, 4)
        total = sum(c.metadata["nbgrader"].get("points", 0) for c in nb.cells
                    if c.metadata.get("nbgrader", {}).get("grade"))
        number = master.parent.name.split("-")[1]
        assert total == expected[number], master.parent.name


def test_hat_check_is_twelve_points_marked_by_hand_with_the_guide_rubric():
    for edition, guide, label in (("en-6-hat-check", "book/en/instructor-guide.md",
                                   "hat-check-rubric"),
                                  ("nb-6-hattesjekk", "book/nb/instruktorveiledning.md",
                                   "hattesjekk-vurdering")):
        nb = nbformat.read(next((EXERCISES / edition).glob("*.ipynb")), 4)
        manual = [c for c in nb.cells if c.cell_type == "markdown"
                  and c.metadata.get("nbgrader", {}).get("grade")]
        assert len(manual) == 1 and manual[0].metadata["nbgrader"]["points"] == 12
        assert not any(is_check_cell(c) for c in nb.cells)
        intro = nb.cells[0].source
        assert "12" in intro and ("0–3" in intro)
        guide_text = (ROOT / guide).read_text(encoding="utf-8")
        assert f"({label})=" in guide_text, f"{guide} lacks the rubric label {label}"


def test_data_files_are_the_generated_ones():
    for folder, name, source in (("en-4-listen", "comments.csv", "comments_en.csv"),
                                 ("nb-4-lytt", "kommentarer.csv", "comments_nb.csv"),
                                 ("en-5-audit", "post_history.csv", "post_history_en.csv"),
                                 ("nb-5-gjennomgang", "innleggshistorikk.csv",
                                  "post_history_nb.csv")):
        data = ROOT / "data" / source
        assert (SOLUTIONS / folder / name).read_bytes() == data.read_bytes()
        assert (EXERCISES / folder / name).read_bytes() == data.read_bytes()
