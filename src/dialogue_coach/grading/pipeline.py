"""The instructor's pipeline: generate, intake, autograde, feedback, export, report.

``make grade`` runs :func:`grade`. It grades every submission under ``submitted/`` with
nbgrader's own machinery (so the formgrader and the gradebook stay the source of
truth), but

- in several worker processes at once (``--jobs``, default: one per core), each driving
  ``NbGraderAPI.autograde`` against the same SQLite gradebook;
- with a progress line per submission and a summary at the end;
- on repaired copies of the submissions (:mod:`.intake`), never on the originals;
- with a watchdog: a worker stuck past its deadline is killed and replaced, and the
  rest of the class is still graded;
- checking every feedback file for hidden-test source before it is left in place.
"""

from __future__ import annotations

import contextlib
import html
import json
import multiprocessing
import os
import shutil
import sys
import time
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from .course import assignments_in, coursedir, db_url, load_config

INTAKE = ".nbgrader/intake"
HIDDEN_BEGIN = "BEGIN HIDDEN TESTS"
HIDDEN_END = "END HIDDEN TESTS"


def _say(*parts: object) -> None:
    print(*parts, flush=True)


# --- generate --------------------------------------------------------------------------

def _api(cfg):
    from nbgrader.apps import NbGraderAPI

    return NbGraderAPI(config=cfg)


def generate(root: Path, assignments: list[str] | None = None, quiet: bool = False) -> list[str]:
    """Regenerate the student versions (exercises/) of *assignments* (default: all)."""
    root = Path(root).resolve()
    cfg = load_config(root)
    (root / ".nbgrader").mkdir(exist_ok=True)
    api = _api(cfg)
    names = assignments or assignments_in(root, coursedir(cfg).source_directory)
    failed = []
    for i, name in enumerate(names, 1):
        t0 = time.perf_counter()
        result = api.generate_assignment(name, force=True)
        ok = result.get("success")
        if not quiet:
            _say(f"[{i:2d}/{len(names)}] {'ok ' if ok else 'FAILED'} {name} "
                 f"({time.perf_counter() - t0:.1f} s)")
        if not ok:
            failed.append(name)
            _say(result.get("error") or result.get("log"))
    if failed:
        raise SystemExit(f"Could not generate: {', '.join(failed)}")
    return names


# --- worker processes ------------------------------------------------------------------

def _submission_score(gb_url: str, assignment: str, student: str) -> dict:
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(gb_url) as gb:
        try:
            sub = gb.find_submission(assignment, student)
        except MissingEntry:
            return {"score": None, "max_score": None}
        return {"score": sub.score, "max_score": sub.max_score,
                "needs_manual_grade": sub.needs_manual_grade}


def _worker(root: str, overrides: dict, conn: Connection) -> None:
    from .sandbox import remove_leftover_kernel_folders

    os.chdir(root)
    # Kernels and libraries write warnings to stderr; keep them out of the progress
    # lines, in a log file per worker.
    logs = Path(root) / ".nbgrader" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    err = open(logs / f"worker-{os.getpid()}.log", "a", encoding="utf-8")  # noqa: SIM115
    os.dup2(err.fileno(), 1)
    os.dup2(err.fileno(), 2)
    sys.stderr = err
    cfg = load_config(Path(root), overrides)
    api = _api(cfg)
    url = db_url(cfg)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        kind, assignment, student = task
        t0 = time.perf_counter()
        try:
            for attempt in range(3):
                if kind == "autograde":
                    result = api.autograde(assignment, student, force=True, create=True)
                else:
                    result = api.generate_feedback(assignment, student, force=True)
                text = (result.get("log") or "") + (result.get("error") or "")
                if result.get("success") or "database is locked" not in text or attempt == 2:
                    break
                time.sleep(0.5 + attempt)
            out = {"ok": bool(result.get("success")),
                   "log": result.get("log") or "", "error": result.get("error") or ""}
            if kind == "autograde":
                out.update(_submission_score(url, assignment, student))
        except Exception:
            out = {"ok": False, "log": "", "error": traceback.format_exc()}
        finally:
            remove_leftover_kernel_folders()  # this submission's kernels are done
        out.update(kind=kind, assignment=assignment, student=student,
                   seconds=time.perf_counter() - t0)
        conn.send(out)


@dataclass
class _Slot:
    process: multiprocessing.Process
    conn: Connection
    task: tuple | None = None
    started: float = 0.0


@dataclass
class RunStats:
    results: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def _context():
    # fork: workers inherit the already imported nbgrader (no second start-up cost);
    # the parent holds no threads or open database connections when it forks.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class WorkerPool:
    """*jobs* worker processes, each driving nbgrader's API, with a watchdog.

    A worker that does not answer within *deadline* seconds (or dies) is killed and
    replaced; its task is reported as failed and the rest of the class carries on.
    """

    def __init__(self, root: Path, jobs: int, overrides: dict, deadline: float):
        self.root, self.jobs, self.overrides, self.deadline = root, jobs, overrides, deadline
        self.ctx = _context()
        if self.ctx.get_start_method() == "fork":
            import nbgrader.apps  # noqa: F401  (imported once, shared by every worker)
        self.slots = [self._start() for _ in range(jobs)]

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(str(self.root), self.overrides, child),
                                daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def run(self, tasks: list[tuple[str, str, str]], label: str,
            progress: bool = True) -> RunStats:
        pending = list(tasks)
        stats = RunStats()
        t_start = time.perf_counter()
        total = len(tasks)
        slots = self.slots
        while pending or any(s.task for s in slots):
            for slot in slots:
                if slot.task is None and pending:
                    slot.task = pending.pop(0)
                    slot.started = time.perf_counter()
                    slot.conn.send(slot.task)
            ready = wait([s.conn for s in slots if s.task], timeout=1.0)
            for slot in slots:
                if slot.task is None:
                    continue
                result = None
                if slot.conn in ready:
                    try:
                        result = slot.conn.recv()
                    except EOFError:
                        result = None
                overdue = time.perf_counter() - slot.started > self.deadline
                died = not slot.process.is_alive()
                if result is None and (overdue or died or slot.conn in ready):
                    kind, assignment, student = slot.task
                    why = (f"stopped after {self.deadline:.0f} s" if overdue
                           else "worker process died")
                    slot.process.kill()
                    slot.process.join(5)
                    result = {"kind": kind, "assignment": assignment, "student": student,
                              "ok": False, "error": why, "log": "", "score": None,
                              "seconds": time.perf_counter() - slot.started}
                    new = self._start()
                    slot.process, slot.conn = new.process, new.conn
                if result is not None:
                    slot.task = None
                    stats.results.append(result)
                    if progress:
                        _progress(label, result, len(stats.results), total, t_start)
        stats.seconds = time.perf_counter() - t_start
        return stats

    def close(self) -> None:
        for slot in self.slots:
            with contextlib.suppress(BrokenPipeError, OSError):
                slot.conn.send(None)
        for slot in self.slots:
            slot.process.join(10)
            if slot.process.is_alive():
                slot.process.kill()


def run_tasks(root: Path, tasks: list[tuple[str, str, str]], *, jobs: int, overrides: dict,
              deadline: float, label: str, progress: bool = True) -> RunStats:
    """Run (kind, assignment, student) tasks in a fresh pool of *jobs* workers."""
    t0 = time.perf_counter()
    pool = WorkerPool(root, min(jobs, max(1, len(tasks))), overrides, deadline)
    try:
        stats = pool.run(tasks, label, progress)
    finally:
        pool.close()
    stats.seconds = time.perf_counter() - t0
    return stats


def _progress(label: str, result: dict, done: int, total: int, t_start: float) -> None:
    elapsed = time.perf_counter() - t_start
    eta = elapsed / done * (total - done)
    if result["kind"] == "autograde":
        if result.get("score") is not None and result["ok"]:
            score = f"{result['score']:g}/{result['max_score']:g}"
        else:
            score = "FAILED"
    else:
        score = "ok" if result["ok"] else "FAILED"
    width = len(str(total))
    _say(f"[{done:{width}d}/{total}] {label:<9} {result['assignment']:<26} "
         f"{result['student']:<20} {score:>9}  {result['seconds']:5.1f} s   "
         f"eta {int(eta) // 60}:{int(eta) % 60:02d}")


# --- the whole grading run -------------------------------------------------------------

@dataclass
class Submission:
    student: str
    assignment: str


def find_submissions(root: Path, known: list[str], submitted: str = "submitted",
                     assignments: list[str] | None = None,
                     students: list[str] | None = None) -> tuple[list[Submission], list[str]]:
    base = Path(root) / submitted
    subs: list[Submission] = []
    unknown: list[str] = []
    if not base.is_dir():
        return subs, unknown
    for student_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        if student_dir.name.startswith(".") or (students and student_dir.name not in students):
            continue
        for adir in sorted(p for p in student_dir.iterdir() if p.is_dir()):
            if adir.name.startswith("."):
                continue
            if adir.name not in known:
                unknown.append(f"{student_dir.name}/{adir.name}")
                continue
            if assignments and adir.name not in assignments:
                continue
            subs.append(Submission(student_dir.name, adir.name))
    return subs, unknown


def assignments_in_gradebook(url: str) -> set[str]:
    from nbgrader.api import Gradebook

    with Gradebook(url) as gb:
        return {a.name for a in gb.assignments if a.notebooks}


def hidden_sources(url: str) -> dict[str, list[str]]:
    """assignment -> the lines of hidden tests in its check cells (to scan feedback for)."""
    from nbgrader.api import Gradebook

    out: dict[str, list[str]] = {}
    with Gradebook(url) as gb:
        for assignment in gb.assignments:
            lines: list[str] = []
            for nb in assignment.notebooks:
                for cell in nb.source_cells:
                    inside = False
                    for line in cell.source.splitlines():
                        if HIDDEN_BEGIN in line:
                            inside = True
                        elif HIDDEN_END in line:
                            inside = False
                        elif inside and len(line.strip()) >= 12:
                            lines.append(line.strip())
            out[assignment.name] = lines
    return out


def feedback_leaks(path: Path, hidden_lines: list[str]) -> list[str]:
    """Hidden-test lines (or markers) that appear in a feedback HTML file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    plain = html.unescape(text)
    leaks = [m for m in (HIDDEN_BEGIN, HIDDEN_END) if m in plain]
    leaks += [line for line in hidden_lines if line in plain or html.escape(line) in text]
    return leaks


def _write_feedback(pool: WorkerPool, pairs: list[tuple[str, str]], url: str, fb_dir: Path,
                    progress: bool) -> tuple[RunStats, dict[str, list[str]]]:
    """Feedback for (assignment, student) *pairs*; any page holding a hidden test is deleted."""
    stats = pool.run([("feedback", a, s) for a, s in pairs], "feedback", progress)
    hidden = hidden_sources(url)
    leaks: dict[str, list[str]] = {}
    for a, s in pairs:
        for page in (fb_dir / s / a).glob("*.html"):
            found = feedback_leaks(page, hidden.get(a, []))
            if found:
                leaks[str(page)] = found
                page.unlink()
    if leaks:
        _say(f"ERROR: hidden tests found in {len(leaks)} feedback file(s); they were "
             "deleted. Please report this.")
    return stats, leaks


def learners_in(root: Path, submitted: str = "submitted") -> list[str]:
    """Every learner folder under submitted/, also the empty ones (nothing handed in yet)."""
    base = Path(root) / submitted
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))


def add_learners(url: str, learners: list[str]) -> None:
    """Put learners in the gradebook, so work they never handed in shows as not submitted."""
    from nbgrader.api import Gradebook

    with Gradebook(url) as gb:
        for learner in learners:
            gb.update_or_create_student(learner)


def report(root: Path, *, jobs: int | None = None, progress: bool = True) -> dict:
    """After marking by hand: feedback for every graded submission again, then the reports."""
    from nbgrader.api import Gradebook

    from . import report as report_mod

    root = Path(root).resolve()
    cfg = load_config(root)
    cdir = coursedir(cfg)
    url = db_url(cfg)
    add_learners(url, learners_in(root, cdir.submitted_directory))
    with Gradebook(url) as gb:
        pairs = sorted((a.name, sub.student.id) for a in gb.assignments
                       for sub in a.submissions)
    pairs = [(a, s) for a, s in pairs if (root / cdir.autograded_directory / s / a).is_dir()]
    leaks: dict[str, list[str]] = {}
    failed = []
    if pairs:
        jobs = jobs or (os.cpu_count() or 1) + 1
        pool = WorkerPool(root, min(jobs, len(pairs)), {}, deadline=120)
        try:
            stats, leaks = _write_feedback(pool, pairs, url, root / cdir.feedback_directory,
                                           progress)
        finally:
            pool.close()
        failed = [(r["assignment"], r["student"]) for r in stats.results if not r["ok"]]
    outputs = report_mod.export_and_report(root, cfg)
    _say(f"Feedback refreshed for {len(pairs) - len(failed)} submission(s)"
         + (f"; FAILED for {failed}" if failed else "") + ".")
    _print_outputs(outputs)
    return {"feedback": len(pairs) - len(failed), "failed": failed, "leaks": leaks, **outputs}


def grade(root: Path, *, jobs: int | None = None, timeout: int | None = None,
          assignments: list[str] | None = None, students: list[str] | None = None,
          require_sandbox: bool = False, sandbox: bool = True, feedback: bool = True,
          report: bool = True, regenerate: bool = False, progress: bool = True) -> dict:
    """Grade everything under submitted/; returns a summary (also printed)."""
    from . import intake
    from . import report as report_mod
    from .sandbox import sandbox_available

    t_all = time.perf_counter()
    root = Path(root).resolve()
    cfg = load_config(root)
    (root / ".nbgrader").mkdir(exist_ok=True)
    cdir = coursedir(cfg)
    source, release, submitted = (cdir.source_directory, cdir.release_directory,
                                  cdir.submitted_directory)
    known = assignments_in(root, source)
    # One worker more than cores: a kernel spends part of its start-up waiting, and the
    # third worker fills that time (benchmarks/grade_bench.py: 2.6x vs 2.0x on 2 cores).
    jobs = jobs or (os.cpu_count() or 1) + 1

    if sandbox and not sandbox_available():
        if require_sandbox:
            raise SystemExit("bubblewrap (bwrap) cannot run here and --require-sandbox was given.")
        _say("WARNING: bubblewrap (bwrap) is not available. Learners' notebooks will run "
             "WITHOUT a sandbox and could change files in this folder. Install the "
             "'bubblewrap' package (Debian/Ubuntu: apt-get install bubblewrap).")

    subs, unknown = find_submissions(root, known, submitted, assignments, students)
    learners = learners_in(root, submitted)
    for item in unknown:
        _say(f"WARNING: submitted/{item} is not an assignment of this course; skipped.")
    if not subs:
        _say(f"Nothing to grade: no submissions under {root / submitted}.")
        return {"graded": 0}
    _say(f"Grading {len(subs)} submission(s) of {len({s.assignment for s in subs})} "
         f"assignment(s) with {jobs} worker(s).")

    url = db_url(cfg)
    add_learners(url, [s for s in learners if not students or s in students])
    needed = sorted({s.assignment for s in subs})
    have = assignments_in_gradebook(url)
    missing = [a for a in needed if regenerate or a not in have]
    if missing:
        _say(f"Adding {len(missing)} assignment(s) to the gradebook: {', '.join(missing)}")
        generate(root, missing, quiet=not progress)

    # Intake: repaired copies of every submission, never the originals.
    t0 = time.perf_counter()
    intake_root = root / INTAKE
    repairs = {}
    for sub in subs:
        res = intake.intake_submission(
            root / submitted / sub.student / sub.assignment,
            intake_root / sub.student / sub.assignment,
            root / release / sub.assignment, sub.student, sub.assignment)
        if res.problems:
            repairs[(sub.assignment, sub.student)] = res.problems
    _say(f"Read {len(subs)} submission(s) in {time.perf_counter() - t0:.1f} s"
         + (f"; repaired {len(repairs)}." if repairs else "."))
    for (a, s), problems in sorted(repairs.items()):
        _say(f"  repaired {a} / {s}: {'; '.join(problems)}")

    overrides = {"CourseDirectory.submitted_directory": INTAKE}
    if timeout:
        overrides["Execute.timeout"] = int(timeout)
        overrides["SandboxedExecute.notebook_timeout"] = int(timeout) * 4
    if not sandbox:
        overrides["SandboxKernelManager.enabled"] = False
    if require_sandbox:
        overrides["SandboxKernelManager.require"] = True
    per_cell = int(timeout or cfg.get("Execute", {}).get("timeout", 30) or 30)
    deadline = max(120, per_cell * 12)

    tasks = [("autograde", s.assignment, s.student) for s in subs]
    t_pool = time.perf_counter()
    pool = WorkerPool(root, min(jobs, len(tasks)), overrides, deadline)
    try:
        graded = pool.run(tasks, "autograde", progress)
        graded.seconds = time.perf_counter() - t_pool
        fb_stats = None
        leaks: dict[str, list[str]] = {}
        if feedback:
            ok_subs = [(r["assignment"], r["student"]) for r in graded.results if r["ok"]]
            fb_stats, leaks = _write_feedback(pool, ok_subs, url,
                                              root / cdir.feedback_directory, progress)
    finally:
        pool.close()
    logs = root / "reports" / "logs"
    failures = [r for r in graded.results if not r["ok"]]
    for r in graded.results:
        if not r["ok"] or "WARNING" in r.get("log", ""):
            folder = logs / r["assignment"]
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{r['student']}.autograde.log").write_text(
                r.get("log", "") + "\n" + r.get("error", ""), encoding="utf-8")
    if fb_stats is not None:
        failures += [r for r in fb_stats.results if not r["ok"]]

    outputs = {}
    if report:
        outputs = report_mod.export_and_report(root, cfg)

    summary = {
        "graded": len(graded.results),
        "failed": [(r["kind"], r["assignment"], r["student"], r["error"].splitlines()[-1:])
                   for r in failures],
        "autograde_seconds": graded.seconds,
        "feedback_seconds": fb_stats.seconds if fb_stats else 0.0,
        "total_seconds": time.perf_counter() - t_all,
        "jobs": jobs,
        "leaks": leaks,
        "repairs": {f"{a}/{s}": p for (a, s), p in repairs.items()},
        **outputs,
    }
    _print_summary(summary, graded.results)
    return summary


def _print_summary(summary: dict, results: list[dict]) -> None:
    marked: dict[str, list[float]] = {}
    waiting: dict[str, int] = {}
    for r in results:
        if r.get("ok") and r.get("max_score"):
            if r.get("needs_manual_grade"):
                waiting[r["assignment"]] = waiting.get(r["assignment"], 0) + 1
            else:
                marked.setdefault(r["assignment"], []).append(r["score"] / r["max_score"])
    _say("")
    _say("Summary")
    for name in sorted(set(marked) | set(waiting)):
        done = marked.get(name, [])
        mean = f"mean {100 * sum(done) / len(done):5.1f} %" if done else "no score yet"
        later = (f"; {waiting[name]} awaiting marking by hand (make formgrader)"
                 if waiting.get(name) else "")
        _say(f"  {name:<26} {len(done):4d} graded, {mean}{later}")
    n = summary["graded"]
    if n:
        _say(f"  autograde: {summary['autograde_seconds']:.1f} s "
             f"({summary['autograde_seconds'] / n:.2f} s per submission, {summary['jobs']} "
             f"worker(s)); feedback: {summary['feedback_seconds']:.1f} s; "
             f"total {summary['total_seconds']:.1f} s")
    for kind, a, s, err in summary["failed"]:
        _say(f"  FAILED {kind} {a} / {s}: {' '.join(err)} (see reports/logs/{a}/{s}.*.log)")
    _print_outputs(summary)


def _print_outputs(outputs: dict) -> None:
    """Where each learner stands per assignment, and where the reports are."""
    for line in outputs.get("status", []):
        _say(f"  {line}")
    for key in ("grades_csv", "checks_csv", "check_summary_csv", "report_png"):
        if outputs.get(key):
            _say(f"  {key.replace('_', ' ')}: {outputs[key]}")


def main_grade(argv_opts) -> int:
    summary = grade(Path(argv_opts.root), jobs=argv_opts.jobs, timeout=argv_opts.timeout,
                    assignments=argv_opts.assignment or None,
                    students=argv_opts.student or None,
                    require_sandbox=argv_opts.require_sandbox,
                    sandbox=not argv_opts.no_sandbox, feedback=not argv_opts.no_feedback,
                    regenerate=argv_opts.regenerate, progress=not argv_opts.quiet)
    if argv_opts.json:
        json.dump({k: v for k, v in summary.items()}, sys.stdout, indent=2, default=str)
        print()
    return 1 if summary.get("failed") or summary.get("leaks") else 0


def clean_outputs(root: Path) -> None:
    """Remove everything grading produced (not the submissions): for tests and re-runs."""
    for name in ("autograded", "feedback", "reports", INTAKE):
        shutil.rmtree(Path(root) / name, ignore_errors=True)
