"""python -m dialogue_coach.grading generate|grade|report (``make exercises``, ``make grade``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m dialogue_coach.grading",
        description="Instructor tools for the course's nbgrader assignments.",
    )
    p.add_argument("--root", default=".", help="course folder (default: current folder)")
    sub = p.add_subparsers(dest="command", required=True)

    g = sub.add_parser("generate", help="regenerate exercises/ from the masters in solutions/")
    g.add_argument("assignment", nargs="*", help="assignments (default: all)")

    r = sub.add_parser("grade", help="autograde submitted/, write feedback, grades.csv and "
                                     "the class report")
    r.add_argument("--jobs", "-j", type=int, default=None,
                   help="worker processes (default: cores + 1)")
    r.add_argument("--timeout", type=int, default=None,
                   help="seconds a notebook cell may run (default: nbgrader_config.py, 30)")
    r.add_argument("--assignment", "-a", action="append", help="only this assignment")
    r.add_argument("--student", "-s", action="append", help="only this learner")
    r.add_argument("--require-sandbox", action="store_true",
                   help="refuse to grade if bubblewrap cannot run")
    r.add_argument("--no-sandbox", action="store_true",
                   help="run learners' notebooks without bubblewrap (not recommended)")
    r.add_argument("--no-feedback", action="store_true", help="skip feedback HTML")
    r.add_argument("--regenerate", action="store_true",
                   help="regenerate the assignments in the gradebook from solutions/ first")
    r.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    r.add_argument("--json", action="store_true", help="print the summary as JSON at the end")

    rp = sub.add_parser("report", help="after marking by hand: refresh every learner's "
                                       "feedback, grades.csv, checks.csv and the class report")
    rp.add_argument("--jobs", "-j", type=int, default=None,
                    help="worker processes (default: cores + 1)")
    rp.add_argument("--quiet", "-q", action="store_true", help="no progress lines")

    f = sub.add_parser("fairness", help="grade the learners' answers in data/learners/ "
                                        "through the real pipeline and report fairness")
    f.add_argument("--jobs", "-j", type=int, default=None, help="worker processes")
    f.add_argument("--regrade", action="store_true", help="ignore the cached results")
    f.add_argument("--errors", action="store_true",
                   help="list training and development answers outside their band "
                        "(never test ones)")
    f.add_argument("--margins", action="store_true",
                   help="no grading: how far each good training and development rewrite "
                        "sits from broadcast on the engine's rules alone (never test ones)")
    return p


def main(argv: list[str] | None = None) -> int:
    opts = _parser().parse_args(argv)
    root = Path(opts.root).resolve()
    if not (root / "nbgrader_config.py").exists():
        print(f"No nbgrader_config.py in {root}: run this from the course folder "
              "(the repository's root).", file=sys.stderr)
        return 2
    os.chdir(root)
    from . import pipeline

    if opts.command == "generate":
        pipeline.generate(root, opts.assignment or None)
        return 0
    if opts.command == "grade":
        return pipeline.main_grade(opts)
    if opts.command == "fairness":
        from . import fairness

        if opts.margins:
            subs = fairness.load_submissions(fairness.answers_path(root))
            print(fairness.format_margins(fairness.rule_margins(subs)))
            return 0
        data = fairness.results(root, regrade=opts.regrade, jobs=opts.jobs)
        print(fairness.format_summary(data["summary"]))
        if opts.errors:
            for r in fairness.tuning_misjudged(data):
                print(f"- {r['assignment']} {r['learner']} ({r['quality']}): "
                      f"{r['score']:g}/{r['max_score']:g}")
        return 0 if fairness.meets_targets(data["summary"]) else 1
    if opts.command == "report":
        out = pipeline.report(root, jobs=opts.jobs, progress=not opts.quiet)
        return 1 if out["failed"] or out["leaks"] else 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
