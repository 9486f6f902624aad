"""`dialogue-coach audit EXPORT`: read a platform's post export, write scores.csv and
report.html (with its figures) into a folder, and say in a few lines what it did."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("export", metavar="EXPORT",
                   help="the post export: CSV (any common encoding or separator) or .xlsx")
    p.add_argument("--lang", choices=("en", "nb"), default=None,
                   help="the page's language (default: detected from the posts)")
    p.add_argument("--text-column", metavar="NAME", default=None,
                   help="the column that holds the posts' text, when it is not recognised")
    p.add_argument("--out", metavar="DIR", default=None,
                   help="folder for report.html, scores.csv and figures/ "
                        "(default: EXPORT's name + '-audit', in the current folder)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes that score posts (default: 2 for long files, else 1)")


def run(args: argparse.Namespace, bad_input: type[Exception]) -> int:
    from . import ExportError, load_audit, write_report, write_scores
    from .wording import Wording

    export = Path(args.export)
    if not export.exists():
        raise bad_input(f"{export}: no such file")
    if args.workers is not None and args.workers < 1:
        raise bad_input("--workers must be 1 or more")
    out = Path(args.out) if args.out else Path.cwd() / f"{export.stem}-audit"
    try:
        audit = load_audit(export, lang=args.lang, text_column=args.text_column,
                           workers=args.workers, progress=None)
    except ExportError as exc:
        raise bad_input(str(exc)) from None
    try:
        out.mkdir(parents=True, exist_ok=True)
        scores = write_scores(audit, out / "scores.csv")
        report, figures = write_report(audit, out)
    except OSError as exc:
        raise bad_input(f"cannot write into {out}: {exc.strerror or exc}") from None
    scored = len(audit.scored)
    print(f"Read {len(audit.posts)} rows ({Wording('en').source(audit.table)}); text from column "
          f"'{audit.table.header[audit.columns.text]}'; language {audit.lang}.")
    print(f"Scored {scored}; not scored {len(audit.posts) - scored} (kept in scores.csv "
          "with the reason).")
    for path in (report, scores, *figures):
        print(f"  wrote {path}")
    sys.stdout.flush()
    return 0
