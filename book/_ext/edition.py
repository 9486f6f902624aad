"""Two editions in one Sphinx project: English and Norwegian bokmål.

Sphinx has one ``language`` per project, but this book holds both editions: pages under
``book/nb/`` are Norwegian bokmål, everything else is English. Screen readers pick their
voice from ``<html lang>``, so a Norwegian page announced as English would be read with
the wrong pronunciation. The site's entry page is a language chooser, written in place of
the bare redirect that the table-of-contents extension would otherwise leave there.
"""

import shutil
from pathlib import Path

from sphinx.application import Sphinx

EDITION_BY_FOLDER = {"book/nb/": "nb"}
DEFAULT_EDITION = "en"
ENTRY_PAGE = Path(__file__).with_name("entry.html")


def edition_of(docname: str) -> str:
    """The language code of the edition a page belongs to."""
    for folder, lang in EDITION_BY_FOLDER.items():
        if docname.startswith(folder):
            return lang
    return DEFAULT_EDITION


def set_page_language(app: Sphinx, pagename: str, templatename: str, context: dict, doctree):
    context["language"] = edition_of(pagename)


def write_entry_page(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        shutil.copyfile(ENTRY_PAGE, Path(app.outdir) / "index.html")


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", set_page_language)
    # Runs before sphinx-external-toc's handler (priority 500), which then leaves it alone.
    app.connect("build-finished", write_entry_page, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
