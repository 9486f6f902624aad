"""The notebooks that carry the widgets: the book's widget pages and the Voilà studio's.

The book build executes the book's pages; here we check their conventions (counterpart
link on line 2, code hidden from readers, a python3 kernel, an install cell for Colab and
Binder that names the repository in _config.yml) and run the Voilà studio's notebooks,
which no build executes.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
import yaml
from nbclient import NotebookClient

from dialogue_coach.widgets.studio import studio_notebook

ROOT = Path(__file__).resolve().parents[1]
BOOK_PAGES = {
    "book/en/rewrite-studio.ipynb": (
        "*Norsk utgave: [Omskrivingsverkstedet](../nb/omskrivingsverkstedet.ipynb)*"
    ),
    "book/nb/omskrivingsverkstedet.ipynb": (
        "*English edition: [Rewrite studio](../en/rewrite-studio.ipynb)*"
    ),
    "book/en/broadcaster-quiz.ipynb": (
        "*Norsk utgave: [Kringkasterquiz](../nb/kringkasterquiz.ipynb)*"
    ),
    "book/nb/kringkasterquiz.ipynb": (
        "*English edition: [Broadcaster quiz](../en/broadcaster-quiz.ipynb)*"
    ),
    "book/en/hat-check.ipynb": "*Norsk utgave: [Hattesjekk](../nb/hattesjekk.ipynb)*",
    "book/nb/hattesjekk.ipynb": "*English edition: [Hat check](../en/hat-check.ipynb)*",
}
PIP_LINE = re.compile(r'^\s+%pip install --quiet "dialogue_coach\[widgets\] @ git\+(\S+)"$', re.M)
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.mark.parametrize("path", sorted(BOOK_PAGES))
def test_book_page_follows_the_books_conventions(path):
    nb = nbformat.read(ROOT / path, as_version=4)
    lines = [line for line in nb.cells[0].source.splitlines() if line.strip()]
    assert lines[0].startswith("# ")
    assert lines[1] == BOOK_PAGES[path]
    counterpart = lines[1].split("](")[1].rstrip(")*")
    assert (ROOT / path).parent.joinpath(counterpart).resolve().exists()
    install, *code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert "remove-cell" in install.metadata.get("tags", [])
    assert code
    assert all("remove-input" in cell.metadata.get("tags", []) for cell in code)
    assert nb.metadata.kernelspec.name == "python3"


def test_every_book_notebook_installs_the_coach_from_the_configured_repository():
    """Launch buttons open a bare Colab or Binder kernel: the first code cell installs the
    package from the repository that _config.yml names (the one line a fork changes), and
    only when it is missing, so the book's own build never reaches the network."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    url = config["repository"]["url"]
    for path in sorted((ROOT / "book").rglob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        first = next(cell for cell in nb.cells if cell.cell_type == "code").source
        assert PIP_LINE.findall(first) == [url], path
        assert 'if importlib.util.find_spec("dialogue_coach") is None:' in first, path


@pytest.mark.parametrize(("widget", "count"), [("studio", 3), ("quiz", 1), ("hat-check", 1)])
@pytest.mark.parametrize("lang", ["en", "nb"])
def test_studio_notebook_runs_and_shows_its_widgets(lang, widget, count, tmp_path):
    nb = nbformat.read(studio_notebook(lang, widget), as_version=4)
    NotebookClient(nb, timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    views = [
        output for cell in nb.cells if cell.cell_type == "code"
        for output in cell.outputs if WIDGET_VIEW in output.get("data", {})
    ]
    assert len(views) == count
