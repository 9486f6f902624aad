"""Benchmark: `dialogue-coach audit` on exports of 1,000, 10,000 and 100,000 posts.

    .venv/bin/python benchmarks/audit_bench.py [--sizes 1000 10000 100000] [--workers 1 2]

The exports are the invented Meta Business Suite export (data/audit_export_en.csv)
repeated to size, each row with its own post ID and publish time. Each run does the
command's steps (read and score, write scores.csv, draw the figures and write
report.html) in a fresh process and times each, so Python's own start-up is not counted.
CPU time: the command's and its workers' together, which other work on the machine
does not inflate (wall-clock time it does). Peak memory: the command's own peak
(ru_maxrss), and the peak of the memory of the command and all its workers together
(proportional set size), sampled every 0.2 s.
Targets (issue 9): 100,000 posts in under 60 s and under 1 GB on this 2-core machine,
and time per 1,000 posts flat as the file grows.

Prints the figures; nothing is asserted (run it on a quiet machine).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "audit_export_en.csv"


def make_export(n: int, path: Path) -> Path:
    with SOURCE.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    id_col, time_col = header.index("Post ID"), header.index("Publish time")
    start = datetime(2020, 1, 1, 9, 0)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        for i in range(n):
            row = list(body[i % len(body)])
            row[id_col] = f"{i:012d}"
            row[time_col] = (start + timedelta(hours=6 * i)).strftime("%m/%d/%Y %H:%M")
            out.writerow(row)
    return path


def tree_pss_mb(root: int) -> float:
    """Memory of a process and all its descendants (the workers), in MB.

    Proportional set size: a page shared by the forked workers and the main process is
    counted once in all, split between them, so the sum is what the machine holds.
    """
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        parents[int(stat.parent.name)] = int(fields[1])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in rollup.splitlines()
                       if line.startswith("Pss:")), 0)
    return total * 1024 / 1e6


def one_run(export: Path, workers: int, out: Path) -> dict:
    """Run the command's steps in this process (a fresh one) and time each, while a
    thread samples the memory of this process and its workers every 0.2 s."""
    import os
    import threading

    from dialogue_coach.audit import load_audit, write_report, write_scores

    peak, done = [0.0], threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], tree_pss_mb(os.getpid()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = usage.ru_utime + usage.ru_stime  # Python's start-up and imports
    t0 = time.perf_counter()
    audit = load_audit(export, workers=workers, progress=False)
    t1 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    write_scores(audit, out / "scores.csv")
    t2 = time.perf_counter()
    write_report(audit, out)
    t3 = time.perf_counter()
    done.set()
    sampler.join()
    kib = 1024  # ru_maxrss is in KiB on Linux
    own, workers_ = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                         resource.RUSAGE_CHILDREN))
    cpu = own.ru_utime + own.ru_stime + workers_.ru_utime + workers_.ru_stime
    return {"code": 0 if len(audit.posts) else 1, "seconds": t3 - t0, "score_s": t1 - t0,
            "cpu_s": cpu - cpu_before,
            "csv_s": t2 - t1, "report_s": t3 - t2,
            "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 1e6,
            "peak_mb": peak[0]}


def measure(export: Path, workers: int, out: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--one", str(export), "--workers",
                           str(workers), "--out", str(out)], capture_output=True, text=True,
                          check=True)
    figures = json.loads(proc.stdout)
    if figures["code"] != 0:
        raise SystemExit(f"the audit failed: {proc.stderr}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one, args.workers[0], args.out)))
        return

    print(f"audit benchmark: {', '.join(f'{n:,}' for n in args.sizes)} posts, "
          f"workers {args.workers}; {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} (other work on the machine slows every figure)")
    print(f"{'posts':>8} {'workers':>7} {'seconds':>8} {'CPU s':>7} {'s / 1k':>7} "
          f"{'score s':>8} "
          f"{'report s':>8} {'posts/s':>8} {'main MB':>8} {'peak MB':>8} "
          f"{'speed-up':>8}")
    results = {}
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        for n in args.sizes:
            export = make_export(n, Path(tmp) / f"export_{n}.csv")
            for w in args.workers:
                r = measure(export, w, Path(tmp) / f"out_{n}_{w}")
                results[(n, w)] = r
                base = results.get((n, args.workers[0]))
                speedup = base["seconds"] / r["seconds"] if base else 1.0
                print(f"{n:>8,} {w:>7} {r['seconds']:>8.2f} {r['cpu_s']:>7.1f} "
                      f"{1000 * r['seconds'] / n:>7.3f} "
                      f"{r['score_s']:>8.2f} {r['csv_s'] + r['report_s']:>8.2f} "
                      f"{n / r['seconds']:>8,.0f} {r['main_mb']:>8.0f} {r['peak_mb']:>8.0f} "
                      f"{speedup:>7.2f}x", flush=True)
    biggest = max(args.sizes)
    best = min((results[(biggest, w)] for w in args.workers), key=lambda r: r["seconds"])
    print(f"\n{biggest:,} posts: {best['seconds']:.1f} s (target < 60 s), peak "
          f"{best['peak_mb']:.0f} MB (target < 1,000 MB).")


if __name__ == "__main__":
    main()
