"""The static book's widgets, alive in a real Chromium with every request off 127.0.0.1
aborted: Pyodide and the engine come from the built site itself.

On each page a reader focuses a widget, Python starts in a Web Worker, and what the
reader types or clicks is judged by the same engine and drawn by the same renderers as
in a notebook. Also: typed HTML stays text, the page logs no errors, axe finds nothing
serious, and without JavaScript (or from file://) the snapshot stays with its sentence.
"""

from __future__ import annotations

import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import open_offline_page
from playwright.sync_api import expect

from dialogue_coach.widgets import hatcheck, quiz

pytestmark = pytest.mark.timeout(300)

# Starting Python takes 5-6 s on an idle 2-core machine; a busy one may take much longer.
READY_MS = 120_000
VERDICT_MS = 20_000
BLOCKING_IMPACTS = {"serious", "critical"}
HOSTILE = "<img src=x onerror=alert(1)>"

BROADCAST = ("Big news from Harbour Lane Bakery: the new rye is in all our shops from "
             "Monday. Order now and get 20% off!")
DIALOGUE = ("Hi all, Mia from Harbour Lane Bakery here. Last week you told us the rye was "
            "too dense, so we changed the recipe. What do you bake at home on Sundays?")
COMMENT = "My order from last week still has not arrived. Where is it?"
POOR = "We apologise for any inconvenience. Please send us a DM."
GOOD = ("Hi Sam, sorry about that! Your parcel is at our depot in Leeds and arrives "
        "tomorrow before noon. I will send you the tracking link today. ^Lena")


@pytest.fixture
def live_page(browser, site_url):
    """Open a built page offline; after the test, nothing it saw may be wrong."""
    opened = []

    def open_page(path: str):
        context, page, seen = open_offline_page(browser)
        opened.append((context, page, seen))
        page.goto(f"{site_url}/{path}", wait_until="networkidle")
        return page, seen

    yield open_page
    for context, page, seen in opened:
        # What the page did itself: axe's own stylesheet fetches 404 (see test_site_in_browser).
        seen = {key: list(value) for key, value in seen.items()}
        result = Axe().run(page, options={"resultTypes": ["violations"]})
        serious = [f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}"
                   for v in result.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
        context.close()
        assert serious == []
        assert seen["offsite"] == [] and seen["failed"] == []
        assert seen["console"] == [] and seen["page_errors"] == []
        assert seen["dialogs"] == []


def shown_text(view) -> str:
    """The learner's text as the view shows it (marked up first), read past the markers."""
    return view.locator(".dc-text").first.evaluate(
        "el => { const c = el.cloneNode(true);"
        " c.querySelectorAll('.dc-ref').forEach(r => r.remove()); return c.textContent; }")


def expect_shown(view, expected: str) -> None:
    deadline = time.monotonic() + VERDICT_MS / 1000
    while time.monotonic() < deadline:
        if shown_text(view) == expected:
            return
        view.page.wait_for_timeout(100)
    pytest.fail(f"the view shows {shown_text(view)!r}, not {expected!r}")


def score(view) -> int:
    words = view.locator(".dc-verdict").first.inner_text()
    return int(next(w for w in words.split() if w.isdigit()))


def wait_until_live(root) -> None:
    expect(root).to_have_attribute("data-dc-phase", "ready", timeout=READY_MS)


def test_rewrite_studio_follows_the_readers_typing(live_page):
    page, seen = live_page("book/en/rewrite-studio.html")
    root = page.locator('[data-dc-live="studio"]').first
    status = root.locator("[data-dc-status]")
    expect(status).to_contain_text("never leaves this page")
    box = root.get_by_label("Your rewrite")
    box.focus()
    expect(status).to_contain_text("Starting the coach")
    view = root.locator("[data-dc-view]")
    box.fill(BROADCAST)
    wait_until_live(root)
    expect(status).to_contain_text("Live:")
    expect_shown(view, BROADCAST)
    expect(view.locator(".dc-badge")).to_have_text("Broadcast")
    before = score(view)

    box.fill(DIALOGUE)
    expect_shown(view, DIALOGUE)
    expect(view.locator(".dc-badge")).to_have_text("Dialogue")
    assert score(view) > before
    expect(view).to_contain_text("The verdict changed: Broadcast → Dialogue.")

    box.press_sequentially(" " + HOSTILE)  # real keystrokes, as a reader types
    expect_shown(view, DIALOGUE + " " + HOSTILE)
    page.wait_for_timeout(500)  # time for an image's error handler to fire, if one existed
    assert root.locator("img, script").count() == 0


def test_reply_trainer_takes_the_readers_own_comment(live_page):
    page, _ = live_page("book/en/rewrite-studio.html")
    root = page.locator('[data-dc-live="reply"]').first
    view = root.locator("[data-dc-view]")
    comment = root.get_by_label("The comment you are answering")
    reply = root.get_by_label("Your reply")
    comment.fill(COMMENT)
    reply.fill(POOR)
    wait_until_live(root)
    expect_shown(view, POOR)
    expect(view.locator(".dc-badge")).to_have_text("Poor reply")
    before = score(view)
    reply.fill(GOOD)
    expect_shown(view, GOOD)
    expect(view.locator(".dc-badge")).to_have_text("Good reply")
    assert score(view) > before
    comment.fill(HOSTILE)
    expect(view.locator(".dc-verdict")).to_be_visible()
    page.wait_for_timeout(500)
    assert root.locator(".dc-view img").count() == 0
    comment.fill("")
    expect(view).to_contain_text("The comment box is empty", timeout=VERDICT_MS)


def test_norwegian_studio_comes_alive_in_norwegian(live_page):
    page, _ = live_page("book/nb/omskrivingsverkstedet.html")
    root = page.locator('[data-dc-live="studio"]').first
    view = root.locator("[data-dc-view]")
    text = "Hei! Hva baker dere selv på søndager? Fortell oss, vi er nysgjerrige."
    root.get_by_label("Din omskriving").fill(text)
    wait_until_live(root)
    expect(root.locator("[data-dc-status]")).to_contain_text("Direkte:")
    expect_shown(view, text)
    expect(view.locator(".dc-badge")).to_have_text("Dialog")


@pytest.mark.parametrize(("path", "lang", "labels"), [
    ("book/en/broadcaster-quiz.html", "en", {"broadcast": "Broadcast", "dialogue": "Dialogue"}),
    ("book/nb/kringkasterquiz.html", "nb", {"broadcast": "Kringkasting", "dialogue": "Dialog"}),
])
def test_quiz_to_the_end_with_the_keyboard(live_page, path, lang, labels):
    page, _ = live_page(path)
    root = page.locator('[data-dc-live="quiz"]')
    view = root.locator("[data-dc-view]")
    items = quiz.quiz_items(lang)
    for n, item in enumerate(items, 1):
        # Every other answer wrong, so the summary has families to name.
        pick = item.label if n % 2 else next(c for c in quiz.CHOICES if c != item.label)
        button = view.get_by_role("button", name=labels[pick], exact=True)
        button.focus()
        page.keyboard.press("Enter")
        if n == 1:
            wait_until_live(root)
        expect(view.locator(".dc-running")).to_contain_text(f"{(n + 1) // 2} ", timeout=VERDICT_MS)
        expect(view.locator(".dc-verdict")).to_be_visible()
        # Focus moved to the verdict; Tab reaches the next button.
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
    right = (len(items) + 1) // 2
    summary = {"en": f"You sorted {right} of {len(items)} posts right.",
               "nb": f"Du hadde {right} av {len(items)} riktige."}[lang]
    expect(view).to_contain_text(summary, timeout=VERDICT_MS)
    missed = {quiz.family_name(item.family, lang) for n, item in enumerate(items, 1)
              if n % 2 == 0}
    for family in missed:
        expect(view.locator("li", has_text=family)).to_be_visible()


@pytest.mark.parametrize(("path", "lang"), [("book/en/hat-check.html", "en"),
                                            ("book/nb/hattesjekk.html", "nb")])
def test_hat_check_draws_a_profile_and_remembers_the_code(live_page, path, lang):
    page, _ = live_page(path)
    root = page.locator('[data-dc-live="hat-check"]')
    view = root.locator("[data-dc-view]")
    scale = hatcheck.scale(lang)
    groups = view.locator("fieldset")
    assert groups.count() == len(hatcheck.statements())
    submit = {"en": "Show my profile", "nb": "Vis profilen min"}[lang]
    groups.nth(0).get_by_label(scale[4], exact=True).check()
    view.get_by_role("button", name=submit).click()
    wait_until_live(root)
    expect(view.locator(".dc-problem")).to_be_visible(timeout=VERDICT_MS)
    for i, s in enumerate(hatcheck.statements()):
        groups.nth(i).get_by_label(scale[4 if s.hat == "sender" else 0], exact=True).check()
    root.get_by_label({"en": "A code from an earlier", "nb": "En kode fra en tidligere"}[lang]
                      ).fill(HOSTILE)
    view.get_by_role("button", name=submit).click()
    heading = {"en": "Your hat profile", "nb": "Hatteprofilen din"}[lang]
    expect(view.get_by_role("heading", name=heading)).to_be_visible(timeout=VERDICT_MS)
    expect(view).to_contain_text(HOSTILE)  # explained as not a code, shown as text
    code = view.locator("code.dc-code").inner_text()
    assert hatcheck.read_code(code)[1] == [4 if s.hat == "sender" else 0
                                           for s in hatcheck.statements()]
    # A month later, in the same browser: the code is waiting in the box.
    page.reload(wait_until="networkidle")
    earlier = page.locator("[data-dc-recall]")
    expect(earlier).to_have_value(code)


@pytest.mark.parametrize("javascript", [False, True])
def test_without_live_python_the_snapshot_stays_with_its_sentence(browser, site, javascript):
    """JavaScript off, or the page opened as a file (browsers refuse module scripts there)."""
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else r.abort())
    page.goto((site / "book/en/rewrite-studio.html").as_uri())
    root = page.locator('[data-dc-live="studio"]').first
    expect(root.locator("[data-dc-status]")).to_contain_text("make serve")
    expect(root.locator(".dc-badge").first).to_be_visible()
    root.get_by_label("Your rewrite").fill(DIALOGUE)
    page.wait_for_timeout(1000)
    expect(root.locator("[data-dc-status]")).to_contain_text("snapshot")
    context.close()
