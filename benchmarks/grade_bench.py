"""Benchmark: autograde 100 submissions of the rewrite assignment, serial vs the kit.

    .venv/bin/python benchmarks/grade_bench.py [--n 100] [--jobs 2 3 4] [--keep]

In a temporary course folder (a copy of nbgrader_config.py, solutions/, exercises/):

1. hands in N submissions of en-2-rewrite (a deterministic mix of good, broadcast,
   tacked-on and empty answers);
2. **serial**: plain ``nbgrader autograde en-2-rewrite --force``, one process, with the
   course's nbgrader_config.py (the same sandbox and checks);
3. **kit**: ``python -m dialogue_coach.grading grade --no-feedback -j J`` for each J;
4. **checks' share**: the time the kit's checks take per notebook (reading the answers
   and running every check cell in the grader), measured directly on the graded
   notebooks, against the time a notebook takes to grade.

Prints the figures and the ratios; nothing is asserted (run it on a quiet machine).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ANSWERS = [
    "Who made the fish soup you grew up with, and what made it special? Tell us below: "
    "next month we will cook the version you love most. The new fish soup "
    "is on at Bryggen in Bergen, 2 for 1 on Saturday 14 June. ^Ane",
    "NEW fish soup at Bryggen in Bergen! 2 for 1 on Saturday 14 June. Come early!!!",
    "What's the best soup you've ever had on a cold day, and who made it? Tell us! Our new "
    "fish soup is 2 for 1 at Bryggen on Saturday 14 June. ^Mari",
    "🐟 LAUNCH! The NEW fish soup is here! 2 for 1 this Saturday 14 June at Bryggen in "
    "Bergen. What do you think?",
    "...",
    "Tell us about the first time you cooked fish for someone you love. Where were you? "
    "We'll share the best stories next week. ^Jonas",
]


def env() -> dict:
    e = dict(os.environ)
    e["PATH"] = str(Path(sys.executable).parent) + os.pathsep + e.get("PATH", "")
    return e


def make_course(n: int) -> Path:
    import nbformat

    course = Path(tempfile.mkdtemp(prefix="grade-bench-"))
    shutil.copy(ROOT / "nbgrader_config.py", course)
    shutil.copytree(ROOT / "solutions", course / "solutions")
    shutil.copytree(ROOT / "exercises", course / "exercises")
    subprocess.run([sys.executable, "-m", "dialogue_coach.grading", "generate", "en-2-rewrite"],
                   cwd=course, env=env(), check=True, capture_output=True)
    student_version = nbformat.read(course / "exercises/en-2-rewrite/rewrite.ipynb", 4)
    for i in range(n):
        nb = nbformat.from_dict(json.loads(json.dumps(student_version)))
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == "answer-rewrite":
                cell.source = f'rewrite = """{ANSWERS[i % len(ANSWERS)]}"""'
        folder = course / "submitted" / f"learner{i:03d}" / "en-2-rewrite"
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / "rewrite.ipynb")
        (folder / "timestamp.txt").write_text("2025-06-01 12:00:00.000000 UTC")
    return course


def scores(course: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook("sqlite:///" + str(course / ".nbgrader/gradebook.db")) as gb:
        return {s.student.id: s.score for s in gb.find_assignment("en-2-rewrite").submissions}


def run_serial(course: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(["nbgrader", "autograde", "en-2-rewrite", "--force"], cwd=course,
                          env=env(), capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        print(proc.stderr[-3000:])
        raise SystemExit("serial nbgrader autograde failed")
    return seconds


STOCK = """
# --- benchmark only: nbgrader's own defaults, without the kit's sandbox and checks ---
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput", "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec", "nbgrader.preprocessors.OverwriteCells",
    "nbgrader.preprocessors.CheckCellMetadata"]
c.Autograde.autograde_preprocessors = [
    "nbgrader.preprocessors.Execute", "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor", "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades", "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata"]
c.Execute.shutdown_kernel = "graceful"
"""


def stock_course(course: Path) -> Path:
    """A copy of the course whose config is nbgrader's defaults (check cells run in the
    learner's kernel, no sandbox, no trusted checks)."""
    stock = Path(tempfile.mkdtemp(prefix="grade-bench-stock-"))
    shutil.rmtree(stock)
    shutil.copytree(course, stock, ignore=shutil.ignore_patterns("autograded", "feedback"))
    with (stock / "nbgrader_config.py").open("a") as fh:
        fh.write(STOCK)
    return stock


def run_kit(course: Path, jobs: int) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "dialogue_coach.grading", "grade",
                           "--assignment", "en-2-rewrite", "--no-feedback", "--quiet",
                           "--json", "--jobs", str(jobs)],
                          cwd=course, env=env(), capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-3000:])
        raise SystemExit("kit grading failed")
    summary = json.loads(proc.stdout[proc.stdout.index("\n{") + 1:])
    return {"wall": wall, "autograde": summary["autograde_seconds"]}


def checks_share(course: Path) -> list[float]:
    """Seconds the kit's checks take per graded notebook, measured in this process."""
    import nbformat
    from nbgrader.api import Gradebook

    from dialogue_coach.grading import answers
    from dialogue_coach.grading.nbgrader_ext import is_check_cell, run_check_source

    with Gradebook("sqlite:///" + str(course / ".nbgrader/gradebook.db")) as gb:
        nbrec = gb.find_notebook("rewrite", "en-2-rewrite")
        sources = {c.name: c.source for c in nbrec.source_cells}
    times = []
    for path in sorted((course / "autograded").glob("*/en-2-rewrite/rewrite.ipynb")):
        nb = nbformat.read(path, 4)
        t0 = time.perf_counter()
        ns = {"__name__": "__grader__"}
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid == "answer-rewrite":
                ns["rewrite"] = answers.read_answer(cell.source, "rewrite")
        for cell in nb.cells:
            if is_check_cell(cell):
                run_check_source(sources[cell.metadata["nbgrader"]["grade_id"]], dict(ns),
                                 path.parent)
        times.append(time.perf_counter() - t0)
    return times[1:] or times  # the first includes importing the engine once per worker


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--jobs", type=int, nargs="*", default=[2, 3, 4])
    p.add_argument("--keep", action="store_true", help="keep the temporary course folder")
    opts = p.parse_args()
    print(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    course = make_course(opts.n)
    print(f"Course: {course} with {opts.n} submissions of en-2-rewrite")
    try:
        serial = run_serial(course)
        serial_scores = scores(course)
        print(f"serial `nbgrader autograde`: {serial:7.1f} s total, "
              f"{serial / opts.n:5.2f} s per notebook")
        results = {}
        for jobs in opts.jobs:
            r = run_kit(course, jobs)
            results[jobs] = r
            same = scores(course) == serial_scores
            print(f"kit, {jobs} workers:          {r['autograde']:7.1f} s autograde "
                  f"({r['wall']:.1f} s wall with intake and report), "
                  f"{r['autograde'] / opts.n:5.2f} s per notebook, "
                  f"{serial / r['autograde']:4.2f}x faster than serial "
                  f"({serial / r['wall']:4.2f}x on wall time); same grades: {same}")
        stock = stock_course(course)
        try:
            plain = run_serial(stock)
        finally:
            shutil.rmtree(stock, ignore_errors=True)
        print(f"stock nbgrader (no sandbox, checks in the kernel), serial: {plain:7.1f} s, "
              f"{plain / opts.n:5.2f} s per notebook; the kit's sandbox and trusted checks "
              f"change a notebook's serial time by {100 * (serial - plain) / plain:+.0f} %; "
              f"the kit with {max(results, key=lambda j: -results[j]['autograde'])} workers "
              f"is {plain / min(r['autograde'] for r in results.values()):4.2f}x faster than "
              f"stock serial nbgrader")
        share = checks_share(course)
        per_nb = serial / opts.n
        mean = statistics.mean(share)
        print(f"kit's checks: {1000 * mean:.1f} ms per notebook on average "
              f"(max {1000 * max(share):.1f} ms) = {100 * mean / per_nb:.1f} % of a "
              f"notebook's serial grading time ({per_nb:.2f} s)")
    finally:
        if not opts.keep:
            shutil.rmtree(course, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
