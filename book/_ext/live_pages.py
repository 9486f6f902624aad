"""The widgets come alive on the static pages: scripts, Python and the engine, all local.

A widget on a book page is the HTML of :func:`dialogue_coach.widgets.browser.markup`,
rendered at build time (the notebook's output). This extension

- adds ``_static/live/live.mjs`` as a module script to the pages that hold such a widget,
  and to no other page (Pyodide starts only when a reader focuses a widget);
- leaves out the ipywidgets scripts (3.7 MB) and the widget state that myst-nb adds to
  every executed notebook with widgets, on pages that show no ipywidget view: the
  course's widgets are shown as their live HTML, so those would load for nothing;
- copies Pyodide's runtime from ``node_modules/pyodide`` (pinned in package.json) into
  ``_static/pyodide/``, never from a CDN;
- zips the engine from ``src/dialogue_coach`` into ``_static/live/dialogue_coach.zip``
  (the package the book was built with, without grading and the Voilà launcher).

Files are copied after the pages are written, so Jupyter Book does not add them to
every page as it does with scripts under the source's static folders.
"""

import shutil
import zipfile
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

HERE = Path(__file__).parent
SCRIPTS = HERE / "live"
MARKER = "data-dc-live="
# What Pyodide needs to start with no packages; pyodide.asm.wasm is most of the weight.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json")
# The browser needs the engine and the widgets' views, not these.
ENGINE_SKIPS = ("grading/", "widgets/notebooks/", "widgets/studio.py", "fit.py", "bench.py",
                "evaluate.py", "corpus.py", "__main__.py", "wording_fit.py")
ENGINE_SUFFIXES = (".py", ".toml", ".json")


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def add_live_script(app: Sphinx, pagename: str, templatename: str, context: dict, doctree):
    if MARKER in context.get("body", ""):
        app.add_js_file("live/live.mjs", type="module")  # this page only (Sphinx >= 3.5)


def drop_unused_widget_scripts(app: Sphinx, pagename: str, templatename: str, context: dict,
                               doctree):
    if WIDGET_VIEW in context.get("body", ""):
        return
    manager_files = tuple(app.config.nb_ipywidgets_js)
    context["script_files"] = [
        script for script in context.get("script_files", [])
        if getattr(script, "attributes", {}).get("type") != WIDGET_STATE
        and not (getattr(script, "filename", None) or "").endswith(manager_files)
    ]


def engine_files(package: Path) -> list[Path]:
    return sorted(
        p for p in package.rglob("*")
        if p.suffix in ENGINE_SUFFIXES and "__pycache__" not in p.parts
        and not p.relative_to(package).as_posix().startswith(ENGINE_SKIPS)
    )


def write_engine_zip(package: Path, target: Path) -> None:
    """A zip with fixed timestamps, so the same sources give the same bytes."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for path in engine_files(package):
            name = Path(package.name, path.relative_to(package)).as_posix()
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)),
                       path.read_bytes(), zipfile.ZIP_DEFLATED)


def copy_runtime(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    root = Path(app.confdir)
    pyodide = root / "node_modules" / "pyodide"
    missing = [name for name in PYODIDE_FILES if not (pyodide / name).exists()]
    if missing:
        raise ExtensionError(f"Pyodide is missing from {pyodide} ({', '.join(missing)}): "
                             "run `npm ci` (make book does)")
    static = Path(app.outdir) / "_static"
    (static / "pyodide").mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(pyodide / name, static / "pyodide" / name)
    shutil.copytree(SCRIPTS, static / "live", dirs_exist_ok=True)
    write_engine_zip(root / "src" / "dialogue_coach", static / "live" / "dialogue_coach.zip")


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", add_live_script)
    # After myst-nb has added the page's widget scripts, before edition.py's clean-up (900).
    app.connect("html-page-context", drop_unused_widget_scripts, priority=800)
    app.connect("build-finished", copy_runtime)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
