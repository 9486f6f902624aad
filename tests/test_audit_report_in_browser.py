"""The audit's report.html in a real Chromium that may only talk to 127.0.0.1.

A marketer opens the report from a mail or a shared drive with no network: it must be
complete, quiet in the console, free of any outside request, and clean for axe, also
when a post tries to inject markup.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import open_offline_page, serve_folder

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ('<script>alert("post")</script><img src=x onerror="alert(1)"> What is your '
           "favourite <b>fish</b> dish? Tell us!")




@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Both invented exports plus one with a hostile post, audited into one served folder."""
    folder = tmp_path_factory.mktemp("reports")
    hostile = folder / "hostile.csv"
    with (ROOT / "data" / "audit_export_en.csv").open(newline="", encoding="utf-8") as fh:
        # four others at most: the report quotes its five best and five loudest posts, so
        # the hostile one is quoted whatever the engine makes of it
        posts = [(r["Description"], r["Comments"]) for r in csv.DictReader(fh)][:4]
    with hostile.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([("Description", "Comments"), (HOSTILE, "40"), *posts])
    for name, export in (("en", ROOT / "data" / "audit_export_en.csv"),
                         ("nb", ROOT / "data" / "audit_export_nb.csv"), ("hostile", hostile)):
        subprocess.run([sys.executable, "-m", "dialogue_coach", "audit", str(export), "--out",
                        str(folder / name)], check=True, capture_output=True, timeout=300)
    with serve_folder(folder) as url:
        yield url


@pytest.mark.parametrize(("name", "lang"), [("en", "en"), ("nb", "nb"), ("hostile", "en")])
def test_report_opens_offline_clean_and_accessible(browser, reports, name, lang):
    context, page, seen = open_offline_page(browser)
    page.goto(f"{reports}/{name}/report.html", wait_until="networkidle")
    assert page.evaluate("document.documentElement.lang") == lang
    assert page.locator("main").count() == 1 and page.locator("h1").count() == 1
    images = page.locator("img")
    assert images.count() >= 1
    for i in range(images.count()):
        img = images.nth(i)
        assert len(img.get_attribute("alt")) > 40
        assert img.evaluate("el => el.complete && el.naturalWidth > 300")
    seen = {key: list(value) for key, value in seen.items()}
    violations = Axe().run(page, options={"resultTypes": ["violations"]}).response["violations"]
    context.close()
    assert seen == {"offsite": [], "console": [], "page_errors": [], "failed": [],
                    "dialogs": []}
    assert [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations] == []


def test_hostile_post_shows_as_text(browser, reports):
    context, page, seen = open_offline_page(browser)
    page.goto(f"{reports}/hostile/report.html", wait_until="networkidle")
    quotes = page.locator("blockquote").all_inner_texts()
    assert HOSTILE in quotes
    assert page.locator("main script, main b, main img[src=x]").count() == 0
    context.close()
    assert seen["dialogs"] == []


def test_report_prints_to_pdf(browser, reports):
    context, page, _ = open_offline_page(browser)
    page.goto(f"{reports}/en/report.html", wait_until="networkidle")
    pdf = page.pdf(format="A4")
    context.close()
    assert pdf[:5] == b"%PDF-" and len(pdf) > 100_000
