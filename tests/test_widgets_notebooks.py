"""The notebooks that carry the widgets: the book's studio pages and the Voilà studio's.

The book build executes the book's pages; here we check their conventions (counterpart
link on line 2, code hidden from readers, a python3 kernel) and run the Voilà studio's
notebooks, which no build executes.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
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
}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


@pytest.mark.parametrize("path", sorted(BOOK_PAGES))
def test_book_page_follows_the_books_conventions(path):
    nb = nbformat.read(ROOT / path, as_version=4)
    lines = [line for line in nb.cells[0].source.splitlines() if line.strip()]
    assert lines[0].startswith("# ")
    assert lines[1] == BOOK_PAGES[path]
    counterpart = lines[1].split("](")[1].rstrip(")*")
    assert (ROOT / path).parent.joinpath(counterpart).resolve().exists()
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert len(code) >= 3
    assert all("remove-input" in cell.metadata.get("tags", []) for cell in code)
    assert nb.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_studio_notebook_runs_and_shows_its_widgets(lang, tmp_path):
    nb = nbformat.read(studio_notebook(lang), as_version=4)
    NotebookClient(nb, timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    views = [
        output for cell in nb.cells if cell.cell_type == "code"
        for output in cell.outputs if WIDGET_VIEW in output.get("data", {})
    ]
    assert len(views) == 3
