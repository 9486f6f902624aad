"""Slides and handouts for workshops, made the way an instructor makes them.

`make slides` and `make handouts` run in a fresh shell (no activated virtualenv). Each
handout PDF is rendered to an image and read back: one A4 page, ink on it, and the four
checks' headings in its text. A deck per edition opens in Chromium over http on
127.0.0.1 with every other request aborted: reveal.js starts from the copied files with
no console errors, and the engine's verdict on one of the chapter's examples is on a
slide the presenter can show.
"""

from __future__ import annotations

import os
import re
import subprocess

import pypdfium2
import pytest
from conftest import ROOT, open_offline_page, serve_folder

from dialogue_coach.slides import Sources, deck, toc_chapters

FRESH_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
             "LANG": "C.UTF-8"}
SLIDES = ROOT / "_build" / "slides"
HANDOUTS = ROOT / "_build" / "handouts"
HEADINGS = {
    "cheatsheet-en": ["The café test", "The purpose test", "The traps", "The reply checklist"],
    "huskeliste-nb": ["Kafétesten", "Formålstesten", "Fellene", "Sjekkliste for svar"],
}
VERDICT = {"en": r"The coach: (Broadcast|Dialogue|Good reply|Poor reply), \d+/100",
           "nb": r"Coachen: (Kringkasting|Dialog|Godt svar|Svakt svar), \d+/100"}
A4_POINTS = (595, 842)


def make(verb: str) -> None:
    run = subprocess.run(["make", "--no-print-directory", verb], cwd=ROOT, env=FRESH_ENV,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, (verb, run.stdout[-2000:], run.stderr[-2000:])


@pytest.fixture(scope="module")
def slides():
    make("slides")
    return SLIDES


@pytest.fixture(scope="module")
def handouts():
    for pdf in HANDOUTS.glob("*.pdf"):
        pdf.unlink()  # printed afresh, not left over from an earlier run
    make("handouts")
    return HANDOUTS


@pytest.mark.parametrize("name", HEADINGS)
def test_each_handout_is_one_printed_page_with_the_four_checks(handouts, name):
    pdf = pypdfium2.PdfDocument(handouts / f"{name}.pdf")
    assert len(pdf) == 1, f"{name}.pdf has {len(pdf)} pages"
    page = pdf[0]
    assert tuple(round(x) for x in page.get_size()) == A4_POINTS
    image = page.render(scale=1).to_pil().convert("L")
    ink = sum(image.histogram()[:128]) / (image.width * image.height)
    assert ink > 0.02, f"{name}.pdf renders almost blank ({ink:.1%} dark pixels)"
    text = " ".join(page.get_textpage().get_text_range().split())
    missing = [h for h in HEADINGS[name] if h not in text]
    assert missing == [], f"{name}.pdf lacks headings {missing}"


def _text(pdf_path) -> str:
    return " ".join(pypdfium2.PdfDocument(pdf_path)[0].get_textpage().get_text_range().split())


@pytest.mark.parametrize("name", HEADINGS)
def test_the_book_offers_the_handout_as_printed_today(handouts, name):
    offered = ROOT / "book" / "downloads" / f"{name}.pdf"
    assert _text(offered) == _text(handouts / f"{name}.pdf"), (
        f"book/downloads/{name}.pdf is out of date: run `make handouts` and copy "
        f"_build/handouts/{name}.pdf there")


def test_every_chapter_has_a_deck_in_both_editions_and_an_index(slides):
    for lang, pages in toc_chapters(ROOT).items():
        assert len(pages) >= 8, (lang, pages)
        index = (slides / lang / "index.html").read_text(encoding="utf-8")
        for page in pages:
            assert (slides / lang / f"{page.stem}.html").exists(), page
            assert f'href="{page.stem}.html"' in index, page
    for name in ("reveal.js", "reveal.css", "white.css", "notes.js"):
        assert (slides / "reveal" / name).stat().st_size > 1000, name


def test_text_from_the_book_is_escaped_on_slides():
    markdown = """# Hostile <b>title</b>

## A section
Some text with <img src=x onerror=alert(1)> and {footcite:p}`kelleher2006` inside.

A second paragraph, for the presenter only.

## Examples
% engine-examples: broadcast

> BUY NOW <script>alert(1)</script> and get 50 % off! Shop today!
"""
    title, html = deck(markdown, "en", Sources.read(ROOT / "book" / "references.bib"))
    assert title == "Hostile <b>title</b>"
    assert "<img" not in html and "<script>" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "(Kelleher &amp; Miller, 2006)" in html
    assert re.search(VERDICT["en"], html)
    assert re.search(r'<aside class="notes"><p>A second paragraph, for the presenter only\.',
                     html)


def test_an_unknown_citation_is_a_clear_error():
    with pytest.raises(KeyError, match="no-such-key"):
        deck("# T\n\n## S\nText {footcite:t}`no-such-key`.\n", "en",
             Sources.read(ROOT / "book" / "references.bib"))


@pytest.fixture(scope="module")
def slides_url(slides):
    with serve_folder(slides) as url:
        yield url


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_a_deck_opens_offline_with_reveal_notes_and_a_verdict(browser, slides, slides_url,
                                                              lang):
    deck_file = next(p for p in sorted((slides / lang).glob("*.html"))
                     if "dc-verdict" in p.read_text(encoding="utf-8"))
    context, page, seen = open_offline_page(browser)
    try:
        page.goto(f"{slides_url}/{lang}/{deck_file.name}", wait_until="networkidle")
        page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=15000)
        assert page.locator(".reveal .slides section").count() > 1
        assert page.evaluate("Reveal.hasPlugin('notes')")
        assert page.locator("aside.notes").count() > 0
        # Go to the first slide with a verdict, as a presenter would, and read it there.
        page.evaluate("""() => {
          const slide = document.querySelector('.dc-verdict').closest('section');
          const at = Reveal.getIndices(slide);
          Reveal.slide(at.h, at.v);
        }""")
        shown = page.locator("section.present > .dc-verdict")
        shown.wait_for(state="visible", timeout=5000)
        assert re.fullmatch(VERDICT[lang], shown.inner_text().strip())
        assert page.evaluate("document.documentElement.lang") == lang
    finally:
        context.close()
    assert seen["offsite"] == [], seen["offsite"]
    assert seen["console"] == [] and seen["page_errors"] == [], seen
    assert seen["failed"] == [], seen["failed"]
