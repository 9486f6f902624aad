"""The studio end to end: Voilà on 127.0.0.1, driven by a real Chromium.

A learner types a broadcast post, then a dialogue rewrite, and the verdict follows; HTML
typed into the box stays text; the live page passes axe and logs no errors. The server is
started exactly as `make studio` starts it, with Jupyter's folders in a temp dir, and is
always stopped (and its kernels with it) when the module's tests end. The quiz and the
hat check (`make studio STUDIO=quiz` / `hat-check`) are clicked through in the same way.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import open_offline_page
from playwright.sync_api import expect

from dialogue_coach.widgets import hatcheck, quiz

pytestmark = pytest.mark.timeout(120)

START_TIMEOUT_S = 30
WIDGET_TIMEOUT_MS = 30_000
VERDICT_TIMEOUT_MS = 10_000
BLOCKING_IMPACTS = {"serious", "critical"}

BROADCAST = ("Big news from Harbour Lane Bakery: the new rye is in all our shops from "
             "Monday. Order now and get 20% off!")
DIALOGUE = ("Hi all, Mia from Harbour Lane Bakery here. Last week you told us the rye was "
            "too dense, so we changed the recipe. What do you bake at home on Sundays?")
HOSTILE = '<script>alert("script")</script><img src=x onerror="alert(\'img\')"> Order now!'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, log_path) -> None:
    """TCP readiness, not a GET: every GET of the page starts a kernel."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the studio exited early:\n{log_path.read_text()[-3000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    pytest.fail(f"the studio did not open port {port} in {START_TIMEOUT_S} s")


@contextmanager
def serving(tmp, widget: str = "studio", lang: str = "en"):
    """`make studio STUDIO=<widget> STUDIO_LANG=<lang>`, on a free port; yields its URL."""
    env = {
        **os.environ,
        "JUPYTER_DATA_DIR": str(tmp / "data"),
        "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
        "JUPYTER_CONFIG_DIR": str(tmp / "config"),
        "IPYTHONDIR": str(tmp / "ipython"),
    }
    port = _free_port()
    log_path = tmp / "studio.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "dialogue_coach.widgets.studio", "--widget", widget,
             "--lang", lang, "--port", str(port), "--no-browser"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: Voilà and kernels stop together
        )
    try:
        _wait_for_port(port, server, log_path)
        yield f"http://127.0.0.1:{port}/"
    finally:
        _stop_group(server)


@pytest.fixture(scope="module")
def studio_url(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("studio")) as url:
        yield url


def _stop_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


@pytest.fixture(scope="module")
def studio(browser, studio_url):
    """The studio page, loaded once, with everything it does recorded."""
    context, page, seen = open_offline_page(browser)
    page.goto(studio_url, wait_until="domcontentloaded")
    expect(page.get_by_label("Your rewrite").first).to_be_visible(timeout=WIDGET_TIMEOUT_MS)
    yield page, seen
    context.close()


def _first_rewrite(page):
    """The first rewrite studio's text box and its live panel."""
    box = page.get_by_label("Your rewrite").first
    panel = page.locator(".dc-studio", has=page.get_by_role("heading", name="Your version")).first
    return box, panel


def _expect_shown_text(panel, expected: str) -> None:
    """Wait until the panel echoes *expected*, reading past the reason markers in it."""
    deadline = time.monotonic() + VERDICT_TIMEOUT_MS / 1000
    shown = None
    while time.monotonic() < deadline:
        shown = panel.locator(".dc-text").first.evaluate(
            "el => { const c = el.cloneNode(true);"
            " c.querySelectorAll('.dc-ref').forEach(r => r.remove()); return c.textContent; }"
        )
        if shown == expected:
            return
        panel.page.wait_for_timeout(100)
    pytest.fail(f"the panel shows {shown!r}, not {expected!r}")


def test_verdict_follows_the_learners_typing(studio):
    page, _ = studio
    box, panel = _first_rewrite(page)
    box.fill("")
    box.press_sequentially(BROADCAST)  # real keystrokes, one update each
    _expect_shown_text(panel, BROADCAST)
    expect(panel.locator(".dc-badge")).to_have_text("Broadcast")
    expect(panel.locator(".dc-reasons")).to_contain_text("Hurts")

    box.fill(DIALOGUE)
    expect(panel.locator(".dc-badge")).to_have_text("Dialogue", timeout=VERDICT_TIMEOUT_MS)
    _expect_shown_text(panel, DIALOGUE)
    reasons = panel.locator(".dc-reasons li")
    expect(reasons.first).to_contain_text("Helps")
    assert reasons.count() >= 2
    assert panel.locator("mark.dc-helps").count() >= 2
    expect(panel).to_contain_text("The verdict changed: Broadcast → Dialogue.")


def test_typed_html_stays_text(studio):
    page, seen = studio
    box, panel = _first_rewrite(page)
    box.fill(HOSTILE)
    _expect_shown_text(panel, HOSTILE)
    page.wait_for_timeout(500)  # time for an image error handler to fire, if one existed
    assert seen["dialogs"] == []
    assert page.locator(".dc-studio img, .dc-studio script").count() == 0


def test_empty_box_invites_writing(studio):
    page, _ = studio
    box, panel = _first_rewrite(page)
    box.fill("")
    expect(panel).to_contain_text("The box is empty", timeout=VERDICT_TIMEOUT_MS)
    box.fill(DIALOGUE)
    expect(panel.locator(".dc-badge")).to_have_text("Dialogue", timeout=VERDICT_TIMEOUT_MS)


def test_live_page_has_no_serious_accessibility_violations(studio):
    page, _ = studio
    result = Axe().run(page, options={"resultTypes": ["violations"]})
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}"
        for v in result.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]
    assert serious == []


def test_nothing_leaves_the_machine_and_the_console_is_clean(studio):
    _, seen = studio
    assert seen["offsite"] == []
    assert seen["console"] == []
    assert seen["page_errors"] == []


def _checked_page(browser, url):
    context, page, seen = open_offline_page(browser)
    page.goto(url, wait_until="domcontentloaded")
    return context, page, seen


def _clean(page, seen) -> None:
    result = Axe().run(page, options={"resultTypes": ["violations"]})
    serious = [v["id"] for v in result.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert serious == []
    assert seen["offsite"] == [] and seen["console"] == [] and seen["page_errors"] == []


def test_make_studio_serves_the_quiz(browser, tmp_path):
    with serving(tmp_path, "quiz", "nb") as url:
        context, page, seen = _checked_page(browser, url)
        first = quiz.quiz_items("nb")[0]
        pick = {"broadcast": "Kringkasting", "dialogue": "Dialog"}[first.label]
        page.get_by_role("button", name=pick, exact=True).click(timeout=WIDGET_TIMEOUT_MS)
        expect(page.get_by_text("Riktig!")).to_be_visible(timeout=VERDICT_TIMEOUT_MS)
        expect(page.get_by_text("Så langt: 1 av 1 riktige.")).to_be_visible()
        page.get_by_role("button", name="Neste innlegg").click()
        expect(page.get_by_text("Innlegg 2 av")).to_be_visible(timeout=VERDICT_TIMEOUT_MS)
        _clean(page, seen)
        context.close()


def test_make_studio_serves_the_hat_check(browser, tmp_path):
    with serving(tmp_path, "hat-check", "en") as url:
        context, page, seen = _checked_page(browser, url)
        button = page.get_by_role("button", name="Show my profile")
        expect(button).to_be_visible(timeout=WIDGET_TIMEOUT_MS)
        groups = page.locator(".widget-radio-box")
        assert groups.count() == len(hatcheck.statements())
        for i in range(groups.count()):
            groups.nth(i).get_by_label("Often", exact=True).check()
        button.click()
        expect(page.get_by_role("heading", name="Your hat profile")).to_be_visible(
            timeout=VERDICT_TIMEOUT_MS)
        expect(page.get_by_text("HC1-")).to_be_visible()
        _clean(page, seen)
        context.close()
