"""The command line: readable text, --json, stdin, one-line errors and exit codes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "dialogue_coach", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_post_prints_a_readable_verdict():
    r = run("post", "Tired of cold feet? Our socks fix it. Order now!")
    assert r.returncode == 0
    assert "broadcast" in r.stdout and "rhetorical_question" in r.stdout
    assert "Suggestions" in r.stdout


def test_post_json_from_stdin():
    r = run("post", "--json", "-", stdin="Hva er ditt beste fiskeminne? Fortell oss!")
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data["lang"] == "nb" and data["label"] == "dialogue"


def test_reply_with_language_and_stdin():
    r = run("reply", "--lang", "en", "--json", "When do you open?", "-",
            stdin="We open at 10 on weekdays.")
    assert r.returncode == 0
    assert json.loads(r.stdout)["kind"] == "reply"


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (("post", "   "), None, "post is empty"),
    (("post", "-"), "", "post is empty"),
    (("post", "--lang", "de", "Hallo"), None, "supported are en, nb"),
    (("reply", "", "Thanks!"), None, "comment is empty"),
    (("reply", "Hi?", " "), None, "reply is empty"),
    (("reply", "-", "-"), "x", "only one of COMMENT and REPLY"),
    (("eval", "--errors"), None, "training errors only"),
])
def test_bad_input_is_one_line_and_exit_2(args, stdin, message):
    r = run(*args, stdin=stdin)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("dialogue-coach:")


@pytest.mark.parametrize("args", [(), ("post",), ("reply", "only one"), ("frobnicate",)])
def test_usage_errors_exit_non_zero(args):
    r = run(*args)
    assert r.returncode == 2
    assert "usage" in r.stderr


def test_console_script_is_installed():
    exe = shutil.which("dialogue-coach") or str(
        __import__("pathlib").Path(sys.executable).with_name("dialogue-coach"))
    r = subprocess.run([exe, "post", "--json", "Tell us your story!"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and json.loads(r.stdout)["label"] == "dialogue"


def test_the_installed_command_stops_quietly_when_its_reader_goes_away():
    # `dialogue-coach post ... | head -1`: the reader closes the pipe after one line.
    command = shutil.which("dialogue-coach", path=str(Path(sys.executable).parent))
    assert command, "the dialogue-coach command is installed beside this Python"
    # A long post, so its JSON (over a megabyte) cannot all fit in the pipe before it closes.
    post = "Hva synes dere om logoen vår? " * 2000
    proc = subprocess.Popen([command, "post", "--json", post],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err
