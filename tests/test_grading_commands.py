"""Every command the README and both instructor guides tell a reader to type works as
written in a fresh shell: no activated virtualenv, only the system's PATH.

Commands are the code spans and fenced lines that start with `make ` or `.venv/bin/`.
`make` verbs run as a dry run (`make -n`, which fails on an unknown target or a broken
rule); `.venv/bin/` commands run for real (they are quick and change nothing), except the
measurements (`eval`, `bench`: minutes, and figures that depend on the machine's load),
whose dry run is `--help`. A code
span that starts with a bare `python `, `jupyter ` or `pip ` would fail in a fresh shell,
so none may remain.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["README.md", "book/en/instructor-guide.md", "book/nb/instruktorveiledning.md"]
FRESH_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
             "LANG": "C.UTF-8"}


def _spans(text: str) -> list[str]:
    fenced = re.findall(r"```(?:bash|sh|console)\n(.*?)```", text, flags=re.S)
    lines = [line.split(" #")[0].strip() for block in fenced for line in block.splitlines()]
    inline = re.findall(r"(?<!`)`([^`\n]+)`(?!`)", re.sub(r"```.*?```", "", text, flags=re.S))
    return [s.strip() for s in lines + inline if s.strip()]


def _commands() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for span in _spans((ROOT / doc).read_text(encoding="utf-8")):
            if span.startswith(("make ", ".venv/bin/")) or span == "make":
                found.append((doc, span))
    return sorted(set(found))


COMMANDS = _commands()


def test_the_docs_name_the_instructor_verbs():
    verbs = {c.split()[1] for _, c in COMMANDS if c.startswith("make ")}
    assert {"book", "test", "exercises", "grade", "report", "formgrader", "masters",
            "hub", "studio"} <= verbs, verbs


@pytest.mark.parametrize(("doc", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_command_works_in_a_fresh_shell(doc, command, tmp_path):
    if command.startswith("make"):
        argv = ["make", "-n", *shlex.split(command)[1:]]
    else:
        # the docs' placeholders, filled in as a reader would: a post, and the invented export
        command = command.replace('"TEXT"', '"Tell us your favourite fish soup!"')
        command = command.replace(" EXPORT", f" data/audit_export_en.csv --out {tmp_path}")
        argv = shlex.split(command)
        if argv[-1] in ("eval", "bench"):
            argv.append("--help")
    run = subprocess.run(argv, cwd=ROOT, env=FRESH_ENV, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, (doc, command, run.stdout[-1500:], run.stderr[-1500:])
    if " audit " in command:
        assert (tmp_path / "report.html").is_file() and (tmp_path / "scores.csv").is_file()
    if command.startswith("make"):
        # what make would run uses the virtualenv's tools, never a bare python or jupyter
        for line in run.stdout.splitlines():
            first = line.split()[0] if line.split() else ""
            assert first not in ("python", "jupyter", "pip", "nbgrader"), (command, line)


def test_no_bare_python_or_jupyter_commands():
    bare = [(doc, span) for doc in DOCS
            for span in _spans((ROOT / doc).read_text(encoding="utf-8"))
            if re.match(r"(python3?|jupyter|pip|nbgrader) ", span)
            and not re.match(r"nbgrader (autograde)$", span)]  # named in a benchmark table
    assert bare == [], bare


def test_the_engine_command_piped_into_head_ends_quietly():
    """`... | head` closes the pipe early: no BrokenPipeError traceback on the screen.
    (`| true` closes it before Python writes anything, so the test does not hang on timing.)"""
    command = (".venv/bin/python -m dialogue_coach reply \"Are you open on Sunday?\" "
               "\"Yes, 12 to 20 at Bryggen. Welcome! ^Ane\"")
    for reader in ("head -1", "true", "true", "true"):
        run = subprocess.run(["bash", "-c", f"{command} | {reader}"], cwd=ROOT, env=FRESH_ENV,
                             capture_output=True, text=True, timeout=60)
        assert run.stdout.startswith("reply") or reader == "true", run.stdout
        assert "Traceback" not in run.stderr and "BrokenPipe" not in run.stderr, run.stderr
