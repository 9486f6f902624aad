"""The README's first command builds the whole course, cleanly, into _build/html."""

import re

from book_pages import toc_editions
from conftest import SITE

# Sphinx says "WARNING:", Python says "...Warning:"; the config dump's "suppress_warnings"
# is neither.
WARNING_LINE = re.compile(r"WARNING|Warning\b|warning:")


def test_make_book_exits_zero_without_warnings(book_build):
    output = book_build.stdout + book_build.stderr
    assert book_build.returncode == 0, output[-4000:]
    warnings = [line for line in output.splitlines() if WARNING_LINE.search(line)]
    assert warnings == [], "\n".join(warnings)
    assert str(SITE / "index.html") in output, "make book should print where the site is"


def test_entry_page_leads_to_both_editions(site):
    entry = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="book/en/index.html"' in entry
    assert 'href="book/nb/index.html"' in entry
    assert (site / "book" / "en" / "index.html").is_file()
    assert (site / "book" / "nb" / "index.html").is_file()


def test_each_edition_links_to_its_counterpart(site):
    """Every page of one edition links to a page of the other, so readers can switch.

    (Pages in the table of contents: an edition's search page is reached from its pages.)
    """
    editions = toc_editions()
    for folder, other in (("en", "nb"), ("nb", "en")):
        pages = [site / f"{name}.html" for name in editions[folder]]
        assert len(pages) >= 2, f"the {folder} edition has too few pages"
        for page in pages:
            html = page.read_text(encoding="utf-8")
            body = html.split('<article class="bd-article"', 1)[-1]
            assert f'href="../{other}/' in body, f"{page.name} does not link to the {other} edition"


def test_solutions_and_exercises_are_not_published(site):
    published = {p.relative_to(site).parts[0] for p in site.rglob("*.html")}
    assert not published & {"solutions", "exercises", "tests", "data", "src"}
