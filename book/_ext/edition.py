"""Two editions in one Sphinx project: English and Norwegian bokmål.

Sphinx has one ``language`` per project, but this book holds both editions: pages under
``book/nb/`` are Norwegian bokmål, everything else is English. Screen readers pick their
voice from ``<html lang>``, so a Norwegian page announced as English would be read with
the wrong pronunciation. The site's entry page is a language chooser, written in place of
the bare redirect that the table-of-contents extension would otherwise leave there.

The theme's own words (search box, "Contents", previous/next, the header buttons) come
from message catalogs that follow the project's one language. While a bokmål page is
written, this extension answers those look-ups from ``interface-nb.toml`` instead, gives
the page its own search page (``book/nb/sok.html``), and tells the browser-side scripts
(search results, answers that unfold, copy buttons) the same words.
"""

import gettext
import hashlib
import json
import shutil
import tomllib
from pathlib import Path

import sphinx.locale
from bs4 import BeautifulSoup
from sphinx.application import Sphinx

EDITION_BY_FOLDER = {"book/nb/": "nb"}
DEFAULT_EDITION = "en"
# Pages inside an edition get that edition's navigation only: the sidebar shows its own
# part of _toc.yml (by caption) and previous/next never lead into the other edition.
OWN_EDITION_FOLDERS = {"book/en/": "en", "book/nb/": "nb"}
PART_CAPTIONS = {"English": "en", "Norsk (bokmål)": "nb"}
ENTRY_PAGE = Path(__file__).with_name("entry.html")
INTERFACE_NB = tomllib.loads(Path(__file__).with_name("interface-nb.toml").read_text("utf-8"))
# The catalogs whose words appear on a page: Sphinx's, the book theme's (pydata-sphinx-theme
# adds its own to Sphinx's) and the toggle button's. Value: (folder, language) of the
# installed translation used where interface-nb.toml has no entry.
CATALOGS = {
    "sphinx": (Path(sphinx.locale.__file__).parent, "nb_NO"),
    "booktheme": ("sphinx_book_theme", "no"),
    "togglebutton": ("sphinx_togglebutton", "no"),
}
SEARCH_PAGE = {"nb": "book/nb/sok"}
BROWSER_STRINGS = "edition-nb.js"  # written into _static from INTERFACE_NB


class EditionCatalog(gettext.NullTranslations):
    """The edition's own words first, then an installed catalog for anything else."""

    def __init__(self, messages: dict[str, str], fallback: gettext.NullTranslations):
        super().__init__()
        self.messages = messages
        self.add_fallback(fallback)

    def gettext(self, message):
        return self.messages.get(message) or self._fallback.gettext(message)

    def ngettext(self, singular, plural, n):
        return self._fallback.ngettext(singular, plural, n)


def installed_catalog(name: str, folder, lang: str) -> gettext.NullTranslations:
    if isinstance(folder, str):  # a package: its locale folder is found where it lives
        folder = next(Path(__import__(folder).__file__).parent.rglob(f"{lang}/LC_MESSAGES"))
        folder = folder.parents[1]
    return gettext.translation(name, localedir=folder, languages=[lang], fallback=True)


class Interface:
    """Which edition's words the catalogs answer with, switched page by page."""

    def __init__(self):
        self.english = {}
        self.bokmal = {
            name: EditionCatalog(INTERFACE_NB["page"], installed_catalog(name, *where))
            for name, where in CATALOGS.items()
        }

    def remember_english(self, app: Sphinx) -> None:
        self.english = {name: sphinx.locale.get_translator(name) for name in CATALOGS}
        templates = getattr(app.builder, "templates", None)
        environment = getattr(templates, "environment", None)
        if environment is not None:
            # The templates looked their gettext up once; make it follow the switch.
            environment.install_gettext_callables(
                lambda message: sphinx.locale.get_translator().gettext(message),
                lambda singular, plural, n: sphinx.locale.get_translator().ngettext(
                    singular, plural, n),
            )
            templates.render = self.localized(templates.render)

    @staticmethod
    def localized(render):
        """Render, then replace the few words a theme template spells out in English."""

        def render_page(template: str, context: dict) -> str:
            html = render(template, context)
            if context.get("language") == "nb":
                for english, bokmal in INTERFACE_NB["markup"].items():
                    html = html.replace(english, bokmal)
            return html

        return render_page

    def use(self, lang: str) -> None:
        chosen = self.bokmal if lang == "nb" else self.english
        for name, catalog in chosen.items():
            sphinx.locale.translators["general", name] = catalog


INTERFACE = Interface()


def edition_of(docname: str) -> str:
    """The language code of the edition a page belongs to."""
    for folder, lang in EDITION_BY_FOLDER.items():
        if docname.startswith(folder):
            return lang
    return DEFAULT_EDITION


def set_page_language(app: Sphinx, pagename: str, templatename: str, context: dict, doctree):
    """The page's language, and its interface in that language.

    Runs before the themes' handlers (priority 500), which translate button labels.
    """
    lang = edition_of(pagename)
    context["language"] = lang
    INTERFACE.use(lang)
    if lang in SEARCH_PAGE:
        send_searches_to(SEARCH_PAGE[lang], context)
        app.add_js_file(BROWSER_STRINGS, priority=900)


def own_edition(pagename: str) -> str | None:
    """The edition whose folder holds the page; None for the shared pages at the root."""
    for folder, lang in OWN_EDITION_FOLDERS.items():
        if pagename.startswith(folder):
            return lang
    return None


def keep_navigation_in_edition(app: Sphinx, pagename: str, templatename: str, context, doctree):
    """A reader of one edition is not walked into the other one.

    Runs after pydata-sphinx-theme has put its sidebar function into the context.
    """
    lang = own_edition(pagename)
    if lang is None:
        return
    relations = app.env.collect_relations().get(pagename, [None, None, None])
    for key, related in zip(("prev", "next"), relations[1:], strict=True):
        if related and own_edition(related) not in (None, lang):
            context[key] = None
    generate = context.get("generate_toctree_html")
    if generate is None:
        return

    def own_part_only(kind, *args, **kwargs):
        toctree = generate(kind, *args, **kwargs)
        if kind != "sidebar":
            return toctree
        soup = BeautifulSoup(str(toctree), "html.parser")  # the theme caches its own
        for caption in soup.find_all("p", class_="caption"):
            if PART_CAPTIONS.get(caption.get_text(strip=True), lang) != lang:
                part = caption.find_next_sibling("ul")
                caption.decompose()
                if part is not None:
                    part.decompose()
        return soup

    context["generate_toctree_html"] = own_part_only


def switch_interface(app: Sphinx, doctree, docname: str) -> None:
    """Body text written from the doctree (e.g. heading links' titles) follows the page."""
    INTERFACE.use(edition_of(docname))


def translate_theme_options(app: Sphinx, pagename: str, templatename: str, context, doctree):
    """Theme options and the footer are set once for the project, in English."""
    if edition_of(pagename) == DEFAULT_EDITION:
        return
    context.update(INTERFACE_NB["context"])
    if "theme_search_bar_text" in context:
        context["theme_search_bar_text"] = sphinx.locale.get_translator().gettext(
            context["theme_search_bar_text"])


def send_searches_to(search_page: str, context: dict) -> None:
    """The search box and the search dialog of an edition lead to its own search page."""
    pathto = context["pathto"]

    def edition_pathto(otheruri, *args, **kwargs):
        return pathto(search_page if otheruri == "search" else otheruri, *args, **kwargs)

    context["pathto"] = edition_pathto


def edition_search_pages(app: Sphinx):
    """One search page per edition besides the default one, for html-collect-pages."""
    for search_page in SEARCH_PAGE.values():
        # Templates that load the search scripts once on "the" search page ask for its
        # name; the page is still written to, and linked from, search_page.
        yield search_page, {"pagename": "search"}, "search.html"


def browser_strings_script() -> str:
    """The script that gives a bokmål page's own scripts their words, from the same data."""
    catalog = {"locale": "nb", "messages": INTERFACE_NB["browser"], "plural_expr": "(n != 1)"}
    toggle, copy = INTERFACE_NB["toggle"], INTERFACE_NB["copy"]
    return "\n".join([
        "// Written by book/_ext/edition.py from interface-nb.toml; do not edit.",
        f"Documentation.addTranslations({json.dumps(catalog, ensure_ascii=False)});",
        # sphinx-togglebutton and sphinx-copybutton read these globals once the page has
        # loaded; this script runs after theirs and before that.
        "if (typeof toggleHintShow !== 'undefined') {",
        f"  toggleHintShow = {json.dumps(toggle['show'], ensure_ascii=False)};",
        f"  toggleHintHide = {json.dumps(toggle['hide'], ensure_ascii=False)};",
        "}",
        "if (typeof messages !== 'undefined' && typeof locale !== 'undefined') {",
        f"  messages.nb = {json.dumps(copy, ensure_ascii=False)};",
        "  locale = 'nb';",
        "}",
        "",
    ])


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


def launch_buttons_on_notebooks_only(app: Sphinx, pagename: str, templatename: str,
                                     context: dict, doctree) -> None:
    """Chapters written in MyST markdown run code only to draw their figures; Colab cannot
    open a .md file at all, so the rocket menu is kept for the real notebooks (the
    studio, the quiz, the hat check), whose first cell installs the coach."""
    if str(context.get("sourcename", "")).endswith((".md", ".md.txt")):
        context["header_buttons"] = [
            button for button in context.get("header_buttons", [])
            if "fa-rocket" not in str(button.get("icon", ""))
        ]


def write_entry_page(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        shutil.copyfile(ENTRY_PAGE, Path(app.outdir) / "index.html")


def write_browser_strings(app: Sphinx) -> None:
    """Before any page is written, so that Sphinx can stamp the script's checksum."""
    if app.builder.format == "html":
        static = Path(app.outdir) / "_static"
        static.mkdir(parents=True, exist_ok=True)
        (static / BROWSER_STRINGS).write_text(browser_strings_script(), encoding="utf-8")


def setup(app: Sphinx) -> dict:
    # Pages built before this file or its words changed are rebuilt (Sphinx re-reads every
    # page when an "env" setting changes, and does not watch extensions' code).
    digest = hashlib.sha1(b"".join(
        path.read_bytes() for path in sorted(Path(__file__).parent.glob("*.*")))).hexdigest()
    app.add_config_value("edition_interface_digest", digest, "env")
    app.connect("builder-inited", INTERFACE.remember_english)
    app.connect("builder-inited", write_browser_strings)
    app.connect("doctree-resolved", switch_interface)
    app.connect("html-page-context", set_page_language, priority=100)
    app.connect("html-page-context", translate_theme_options, priority=600)
    app.connect("html-page-context", keep_navigation_in_edition, priority=600)
    app.connect("html-page-context", launch_buttons_on_notebooks_only, priority=900)
    app.connect("html-collect-pages", edition_search_pages)
    # Late, so that scripts other extensions add to the page are seen too.
    app.connect("html-page-context", drop_repeated_scripts, priority=900)
    # Runs before sphinx-external-toc's handler (priority 500), which then leaves it alone.
    app.connect("build-finished", write_entry_page, priority=100)
    # Writing switches the catalogs page by page, which needs the pages written in turn.
    return {"parallel_read_safe": True, "parallel_write_safe": False}
