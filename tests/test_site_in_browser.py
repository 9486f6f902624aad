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
