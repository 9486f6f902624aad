"""Command line: python -m dialogue_coach post|reply|audit|eval|bench ... (also `dialogue-coach`).

Each subcommand is one entry in COMMANDS: a function that adds its arguments and a
function that runs it and returns the exit code. Another command is added by appending an
entry; nothing else changes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

EXIT_BAD_INPUT = 2


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


class BadInput(Exception):
    """Raised for input the user can fix; printed as one line, exit code 2."""


def _read_arg(value: str, stdin_text: list[str]) -> str:
    if value != "-":
        return value
    if not stdin_text:
        stdin_text.append(sys.stdin.read())
    return stdin_text[0]


def _lang_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", default=None, help="en or nb (default: detect)")
    p.add_argument("--json", action="store_true", help="print JSON for machines")


def _post_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", help='the post, or "-" to read it from stdin')
    _lang_args(p)


def _reply_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("comment", help='the follower\'s comment, or "-" for stdin')
    p.add_argument("reply", help='the brand\'s reply, or "-" for stdin')
    _lang_args(p)


def _analyse(fn, *texts, lang):
    try:
        return fn(*texts, lang=lang)
    except (TypeError, ValueError) as exc:
        raise BadInput(str(exc)) from exc


def _run_post(args: argparse.Namespace) -> int:
    from . import analyze_post

    text = _read_arg(args.text, [])
    result = _analyse(analyze_post, text, lang=args.lang)
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if args.json
          else _describe(result, {"post": text}))
    return 0


def _run_reply(args: argparse.Namespace) -> int:
    from . import analyze_reply

    if args.comment == "-" and args.reply == "-":
        raise BadInput("only one of COMMENT and REPLY can be read from stdin")
    stdin_text: list[str] = []
    comment = _read_arg(args.comment, stdin_text)
    reply = _read_arg(args.reply, stdin_text)
    result = _analyse(analyze_reply, comment, reply, lang=args.lang)
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if args.json
          else _describe(result, {"comment": comment, "reply": reply}))
    return 0


def _describe(result, texts: dict[str, str]) -> str:
    """Readable report: verdict, dimensions, the evidence and what to do next."""
    from .lexicon import load_lexicon

    lex = load_lexicon(result.lang)
    lines = [f"{result.kind} ({lex.name}): {result.label}, score {result.score}/100", ""]
    width = max(len(lex.dimension_names.get(d, d)) for d in result.dimensions)
    for dim, value in result.dimensions.items():
        name = lex.dimension_names.get(dim, dim)
        bar = "#" * round(value / 10)
        lines.append(f"  {name:<{width}}  {value:>3}  {bar}")
    shown = [f for f in result.findings if f.effect]
    if shown:
        lines += ["", "Evidence (points in log-odds; minus pulls towards " +
                  ("broadcast)" if result.kind == "post" else "a poor reply)")]
        for f in sorted(shown, key=lambda f: (f.effect > 0, -abs(f.effect))):
            where = f" [{f.part}]" if len(texts) > 1 else ""
            snippet = f.text if len(f.text) <= 60 else f.text[:57] + "..."
            lines.append(f"  {f.effect:+.2f}  {f.kind}{where}: \"{snippet}\" - {f.note}")
    if result.suggestions:
        lines += ["", "Suggestions:"]
        lines += [f"  {i}. {s}" for i, s in enumerate(result.suggestions, 1)]
    return "\n".join(lines)


def _eval_args(p: argparse.ArgumentParser) -> None:
    from .corpus import DEV_BANKS

    banks = ", ".join(DEV_BANKS)
    p.add_argument("--split", choices=("test", "train", "blind", "dev", *DEV_BANKS),
                   default="test",
                   help=f"which split to score (default: test; tune on train and {banks} "
                        "only; blind: the outsiders' sets, for reporting only; dev: only the "
                        f"language check, on the texts kept for tuning it; {banks}: "
                        "development banks, which also list their misreads)")
    p.add_argument("--errors", action="store_true",
                   help="list the misjudged items (training split and dev banks only)")
    p.add_argument("--no-learners", action="store_true",
                   help="skip grading the learners' answers (the slow part)")
    p.add_argument("--json", action="store_true", help="print JSON for machines")


def _run_eval(args: argparse.Namespace) -> int:
    from .corpus import DEV_BANKS
    from .evaluate import evaluate, format_errors, format_table, meets_targets

    dev_bank = args.split in DEV_BANKS
    if args.errors and args.split != "train" and not dev_bank:
        raise BadInput("--errors lists training errors only: add --split train")
    if args.split == "dev":  # the language check alone: quick, for tuning it
        from .evaluate import language_goals_met, language_report

        rows = language_report("dev")
        print(_languages("dev", rows))
        return 0 if language_goals_met(rows) else 1
    reports = [evaluate(args.split)]
    if args.split == "blind":  # every blind set there is, oldest first
        reports += [evaluate(f"blind{i}") for i in range(2, _blind_sets() + 1)]
    report = reports[0]
    if args.json:
        print(json.dumps([{
            "split": rep["split"],
            "rows": [r.__dict__ | {"meets": r.meets} for r in rep["rows"]],
            "families": {k: {"correct": h, "n": n} for k, (h, n) in rep["families"].items()},
            "meets_targets": meets_targets(rep),
        } for rep in reports] if len(reports) > 1 else {
            "split": report["split"],
            "rows": [r.__dict__ | {"meets": r.meets} for r in report["rows"]],
            "families": {k: {"correct": h, "n": n} for k, (h, n) in report["families"].items()},
            "meets_targets": meets_targets(report),
        }, indent=2))
        return 0 if meets_targets(report) else 1
    print("\n\n".join(format_table(rep) for rep in reports))
    if dev_bank:  # a tuning bank: show what it misreads, and nothing else
        print("\n" + format_errors(report))
        return 0
    print("\n" + _languages(args.split))
    if args.split != "blind" and not args.no_learners:
        print("\n" + _learners(args.split))
    if args.errors:
        print("\n" + format_errors(report))
    return 0 if meets_targets(report) else 1


def _blind_sets() -> int:
    from .corpus import BLIND_SETS, data_dir

    return sum(1 for name in BLIND_SETS if (data_dir() / name / "posts.jsonl").exists())


def _languages(split: str, rows: list[dict] | None = None) -> str:
    from .corpus import language_files
    from .evaluate import format_languages, language_report, language_split

    if split == "blind" and rows is None:
        # each blind file on its own: a fresh one is not averaged with one read before
        return "\n\n".join(format_languages(language_report(split, name), split, name)
                            for name in language_files(language_split(split)))
    return format_languages(language_report(split) if rows is None else rows, split)


def _learners(split: str) -> str:
    """The learners' answers, graded through the real pipeline (cached until the engine,
    the graders or the answers change)."""
    from .grading import fairness

    if not fairness.answers_path().exists():
        return "Learners' answers: data/learners/answers.jsonl is not there yet."
    try:
        data = fairness.results()
    except ImportError as exc:  # nbgrader is not installed: say so, do not guess
        return f"Learners' answers: not graded ({exc}); run `make grade-fairness`."
    wanted = {"test": "test", "train": "train"}[split]
    return fairness.format_summary([s for s in data["summary"] if s["split"] == wanted])


def _bench_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON for machines")
    p.add_argument("--quick", action="store_true", help="fewer repetitions")


def _run_bench(args: argparse.Namespace) -> int:
    from .bench import format_bench, meets_targets, run_bench

    figures = run_bench(quick=args.quick)
    print(json.dumps(figures, indent=2) if args.json else format_bench(figures))
    return 0 if meets_targets(figures) else 1


def _audit_args(p: argparse.ArgumentParser) -> None:
    from .audit.cli import add_arguments

    add_arguments(p)


def _run_audit(args: argparse.Namespace) -> int:
    from .audit.cli import run

    return run(args, BadInput)


COMMANDS: list[Command] = [
    Command("post", "judge a post: dialogue or broadcast, and why", _post_args, _run_post),
    Command("reply", "judge a reply to a comment: good or poor, and why",
            _reply_args, _run_reply),
    Command("audit", "audit a page: a post export in, report.html and scores.csv out",
            _audit_args, _run_audit),
    Command("eval", "accuracy on the corpus's test split, beside naive baselines",
            _eval_args, _run_eval),
    Command("bench", "speed: latency, throughput, import time, long texts",
            _bench_args, _run_bench),
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dialogue-coach",
        description="Is a social-media post dialogue or broadcast, and why?",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for cmd in COMMANDS:
        p = sub.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        cmd.add_arguments(p)
        p.set_defaults(_run=cmd.run)
    return parser


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args._run(args)
    except BadInput as exc:
        print(f"dialogue-coach: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except FileNotFoundError as exc:
        print(f"dialogue-coach: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    """The command line (``dialogue-coach`` and ``python -m dialogue_coach``): ``run``,
    quiet when the reader of stdout goes away (``... | head``)."""
    try:
        code = run(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at devnull so that does not fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
