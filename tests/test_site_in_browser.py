"""Every built page, opened in a real Chromium that may only talk to 127.0.0.1.

A reader with no network (or a course hosted on an intranet) must get complete pages:
a title, a main landmark, the edition's language, widgets that render from local files,
no console errors, and no accessibility violations that axe rates serious or critical.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import open_offline_page

BLOCKING_IMPACTS = {"serious", "critical"}
# The theme's own words a reader meets on every chapter page, per edition: what the search
# box says, the heading over the page's contents, the labels on previous/next.
INTERFACE = {
    "en": {"search": "Search this book...", "contents": "Contents",
           "previous": "previous", "next": "next"},
    "nb": {"search": "Søk i boka …", "contents": "Innhold",
           "previous": "forrige", "next": "neste"},
}
READ_INTERFACE = """() => {
  const text = (selector) => {
    const node = document.querySelector(selector);
    return node ? node.textContent.trim() : null;
  };
  const box = document.querySelector("form.bd-search input[name=q]");
  return {
    search: box ? box.placeholder : null,
    contents: text(".page-toc.tocsection"),
    previous: text(".left-prev .prev-next-subtitle"),
    next: text(".right-next .prev-next-subtitle"),
  };
}"""


def expected_lang(page_path: str) -> str:
    return "nb" if page_path.startswith("book/nb/") else "en"


@pytest.fixture(scope="module")
def visits(browser, site_url, site_pages):
    """Load each page once; the tests below read what was seen."""
    results = {}
    for path in site_pages:
        context, page, seen = open_offline_page(browser)
        page.goto(f"{site_url}/{path}", wait_until="networkidle")
        seen["title"] = page.title()
        seen["lang"] = page.evaluate("document.documentElement.lang")
        seen["mains"] = page.locator("main, [role=main]").count()
        seen["interface"] = page.evaluate(READ_INTERFACE)
        seen["widgets_expected"] = page.locator(
            'script[type="application/vnd.jupyter.widget-view+json"]'
        ).count()
        seen["widgets_rendered"] = page.locator(".widget-container, .jupyter-widgets").count()
        # The course's own widgets: markup with a snapshot, alive once a reader focuses them.
        seen["live_widgets"] = page.locator("[data-dc-live]").count()
        seen["live_snapshots"] = page.locator("[data-dc-live] [data-dc-view] .dc-studio").count()
        # Snapshot what the page did by itself: axe fetches stylesheets of its own while it
        # checks, resolving CSS @imports against the page, which 404s for reasons of axe's.
        seen = {key: list(v) if isinstance(v, list) else v for key, v in seen.items()}
        axe = Axe().run(page, options={"resultTypes": ["violations"]})
        seen["axe"] = [
            f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}"
            for v in axe.response["violations"]
            if v["impact"] in BLOCKING_IMPACTS
        ]
        results[path] = seen
        context.close()
    return results


def _report(visits, key) -> dict:
    return {path: seen[key] for path, seen in visits.items() if seen[key]}


def test_every_page_has_a_title_and_one_main_landmark(visits):
    untitled = [p for p, s in visits.items() if not s["title"].strip()]
    assert untitled == []
    assert {p: s["mains"] for p, s in visits.items() if s["mains"] != 1} == {}


def test_every_page_declares_its_editions_language(visits):
    wrong = {p: s["lang"] for p, s in visits.items() if s["lang"] != expected_lang(p)}
    assert wrong == {}


def test_no_request_leaves_the_machine(visits):
    assert _report(visits, "offsite") == {}


def test_no_console_errors_failed_requests_or_script_errors(visits):
    assert _report(visits, "failed") == {}
    assert _report(visits, "console") == {}
    assert _report(visits, "page_errors") == {}


def test_widgets_render_offline(visits):
    """Embedded ipywidgets render from local files; the course's live widgets show their
    build-time snapshot before any script has run Python."""
    with_widgets = {p: s for p, s in visits.items() if s["widgets_expected"] or s["live_widgets"]}
    assert with_widgets, "no page has a widget, so offline widget support is untested"
    blank = [p for p, s in with_widgets.items()
             if s["widgets_expected"] and s["widgets_rendered"] == 0
             or s["live_snapshots"] < s["live_widgets"]]
    assert blank == []


def test_no_serious_or_critical_accessibility_violations(visits):
    assert _report(visits, "axe") == {}


def _chapter_pages(visits) -> list[str]:
    return [p for p in visits if p.startswith("book/") and p.count("/") == 2]


def test_each_editions_interface_speaks_its_language(visits):
    """Search box, page contents and previous/next are in the page's edition's language.

    Notebook pages without headings have no contents box, the first and last pages lack a
    previous or next link: only what a page has is compared, but every kind must occur.
    """
    wrong, found = {}, set()
    for path in _chapter_pages(visits):
        lang = expected_lang(path)
        for item, shown in visits[path]["interface"].items():
            if shown is None:
                continue
            found.add((lang, item))
            if shown != INTERFACE[lang][item]:
                wrong[f"{path} {item}"] = shown
    assert wrong == {}
    assert found == {(lang, item) for lang in INTERFACE for item in INTERFACE[lang]}


def test_a_search_from_a_bokmal_page_is_answered_in_bokmal(browser, site_url):
    context, page, seen = open_offline_page(browser)
    page.goto(f"{site_url}/book/nb/kafetesten.html", wait_until="networkidle")
    page.keyboard.press("Control+k")  # the theme's search dialog
    box = page.locator("form.bd-search input[name=q]:visible")
    box.fill("kafétesten")
    box.press("Enter")
    page.wait_for_url("**/book/nb/sok.html?q=*")
    page.wait_for_function(
        "() => document.querySelector('#search-results h2')?.textContent === 'Søkeresultater'")
    results = page.locator("#search-results li a")
    status = page.locator("#search-results p.search-summary").text_content()
    assert page.evaluate("document.documentElement.lang") == "nb"
    assert results.count() > 0
    assert "sider passer med søket" in status, status
    assert page.title().startswith("Søk")
    context.close()
    assert seen["page_errors"] == [] and seen["console"] == [] and seen["offsite"] == []


def test_answers_unfold_with_a_hint_in_the_pages_language(browser, site_url):
    hints = {}
    for path in ("book/en/traps.html", "book/nb/fellene.html"):
        context, page, _ = open_offline_page(browser)
        page.goto(f"{site_url}/{path}", wait_until="networkidle")
        button = page.locator(".admonition.dropdown button.toggle-button").first
        hints[path] = button.get_attribute("data-toggle-hint") or button.inner_text()
        context.close()
    assert hints == {"book/en/traps.html": "Click to show",
                     "book/nb/fellene.html": "Klikk for å vise"}
