"""`make grade` on a fresh clone, from an empty gradebook, as the README tells instructors.

The clone gets two hand-ins under submitted/ and nothing else: no gradebook, no
generated assignments. Grading must add the assignments to the gradebook itself, grade,
write feedback and reports, and leave every tracked file of the clone as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures import grading_submissions as fixtures_mod

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.timeout(600)


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)


def test_grade_on_a_fresh_clone(tmp_path):
    assert _git("rev-parse", "HEAD", cwd=ROOT).returncode == 0, "the kit must be a git checkout"
    clone = tmp_path / "clone"
    proc = _git("clone", "--quiet", str(ROOT), str(clone), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (clone / "exercises").is_dir(), "exercises/ is not committed"
    assert (clone / "nbgrader_config.py").exists(), "nbgrader_config.py is not committed"
    assert not (clone / ".nbgrader").exists()

    # Two hand-ins, written from the clone's own student versions.
    scratch = tmp_path / "scratch"
    shutil.copytree(clone / "exercises", scratch / "exercises")
    fixtures = fixtures_mod.build(scratch)
    for student in ("correct", "empty"):
        fx = fixtures[student]
        shutil.copytree(scratch / "submitted" / student / fx.assignment,
                        clone / "submitted" / student / fx.assignment)

    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    run = subprocess.run([sys.executable, "-m", "dialogue_coach.grading", "grade",
                          "--timeout", "10"],
                         cwd=clone, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "Adding 1 assignment(s) to the gradebook: en-2-rewrite" in run.stdout

    from nbgrader.api import Gradebook

    with Gradebook("sqlite:///" + str(clone / ".nbgrader" / "gradebook.db")) as gb:
        got = {s.student.id: s.score for s in gb.find_assignment("en-2-rewrite").submissions}
    assert got == {"correct": 10.0, "empty": 0.0}
    for name in ("grades.csv", "checks.csv", "class_report.png"):
        assert (clone / "reports" / name).exists(), name
    assert (clone / "feedback" / "correct" / "en-2-rewrite" / "rewrite.html").exists()
    # Grading left every tracked file as it was (exercises/ regenerated identically).
    status = _git("status", "--porcelain", "--untracked-files=no", cwd=clone)
    assert status.stdout.strip() == "", status.stdout
