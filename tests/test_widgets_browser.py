"""The Python side of the live static pages: markup at build time, respond() in the worker.

The browser's copy of the engine is the zip the book's extension writes; here it is
unpacked and run as the browser runs it, with nothing but the standard library (python -I -S: no
site-packages, so no ipywidgets), to prove the zip holds everything respond() needs.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from html import unescape
from pathlib import Path

import pytest

from dialogue_coach.widgets import browser

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = "<img src=x onerror=alert(1)>"


def spec_of(html: str) -> dict:
    return json.loads(unescape(html.split('data-dc-spec="', 1)[1].split('"', 1)[0]))


def ask(kind: str, spec: dict, state=None, action="input", value="", **fields) -> dict:
    request = {"kind": kind, "spec": spec, "state": state, "action": action, "value": value,
               "fields": fields}
    return json.loads(browser.respond(json.dumps(request)))


def test_markup_is_a_complete_snapshot_with_inert_buttons():
    html = browser.markup("quiz", {"lang": "en", "level": 3})
    assert 'data-dc-live="quiz"' in html and "Post 1 of" in html
    assert html.count(" disabled>") == 2  # until the page's script can run Python
    assert "make serve" in html  # the sentence for readers without live Python
    assert 'data-dc-text-ready="Live:' in html


def test_ids_differ_between_widgets_on_one_page():
    spec = {"original": "Buy now!", "lang": "en", "level": 3}
    assert spec_of(browser.markup("studio", spec))["id"] != spec_of(
        browser.markup("studio", spec))["id"]


def test_typed_html_comes_back_as_text_from_every_text_widget():
    studio = spec_of(browser.markup("studio", {"original": "Buy!", "lang": "nb", "level": 3}))
    reply = spec_of(browser.markup("reply", {"comment": "Hvor er pakken?", "draft": "",
                                             "lang": "en", "level": 3}))
    answers = [ask("studio", studio, text=HOSTILE)["html"],
               ask("reply", reply, comment=HOSTILE, reply=HOSTILE)["html"]]
    for html in answers:
        assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_the_quiz_state_travels_through_the_page():
    spec = {"lang": "en", "level": 3, "id": "q"}
    answer = ask("quiz", spec, browser.initial_state("quiz"), "answer", "broadcast")
    assert answer["state"] == {"answers": ["broadcast"], "revealed": True}
    assert 'data-dc-action="next"' in answer["html"] and " disabled" not in answer["html"]


def test_hat_check_form_keeps_answers_and_names_what_is_missing():
    spec = {"lang": "nb", "level": 3, "id": "h"}
    answer = ask("hat-check", spec, browser.initial_state("hat-check"), "submit", q0="2",
                 earlier=HOSTILE)
    assert "Disse mangler: 2, 3" in answer["html"]
    assert 'name="h-q0" value="2" data-dc-field="q0" checked' in answer["html"]
    assert 'value="&lt;img src=x onerror=alert(1)&gt;"' in answer["html"]


def test_an_unknown_widget_is_a_clear_error():
    with pytest.raises(ValueError, match="no live widget"):
        browser.markup("slider", {"lang": "en", "level": 3})


def test_the_browsers_zip_runs_with_the_standard_library_alone(tmp_path):
    spec = importlib.util.spec_from_file_location("live_pages", ROOT / "book/_ext/live_pages.py")
    live_pages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(live_pages)
    archive = tmp_path / "dialogue_coach.zip"
    live_pages.write_engine_zip(ROOT / "src" / "dialogue_coach", archive)
    with zipfile.ZipFile(archive) as z:  # as worker.mjs unpacks it into Pyodide's disk
        z.extractall(tmp_path / "engine")
    request = json.dumps({"kind": "quiz", "spec": {"lang": "nb", "level": 3, "id": "q"},
                          "state": {"answers": [], "revealed": False}, "action": "answer",
                          "value": "dialogue", "fields": {}})
    code = ("import sys, json; sys.path.insert(0, sys.argv[1]); "
            "from dialogue_coach.widgets.browser import respond; "
            "print(json.loads(respond(sys.argv[2]))['state'])")
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", code, str(tmp_path / "engine"), request],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "{'answers': ['dialogue'], 'revealed': True}"
    packed = [p.as_posix() for p in live_pages.engine_files(ROOT / "src" / "dialogue_coach")]
    assert not [p for p in packed if "/grading/" in p]
