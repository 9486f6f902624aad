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


def drop_repeated_scripts(app: Sphinx, pagename: str, templatename: str, context: dict, doctree):
    """Include each script once.

    On notebook pages sphinx-thebe's inline configuration arrives twice; its second
    ``const THEBE_JS_URL`` is a script error in every browser.
    """
    seen, unique = set(), []
    for script in context.get("script_files", []):
        # Inline scripts carry their code in attributes; their filename is None or "".
        key = (getattr(script, "filename", script) or None, repr(getattr(script, "attributes", {})))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


def write_entry_page(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        shutil.copyfile(ENTRY_PAGE, Path(app.outdir) / "index.html")


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", set_page_language)
    # Late, so that scripts other extensions add to the page are seen too.
    app.connect("html-page-context", drop_repeated_scripts, priority=900)
    # Runs before sphinx-external-toc's handler (priority 500), which then leaves it alone.
    app.connect("build-finished", write_entry_page, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
