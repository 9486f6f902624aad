"""Both editions teach the same course: every page has a twin with the same parts.

Pages are paired by their place in `_toc.yml` (see book_pages.py). For each pair, the
twin must have the same number of figures, the same self-check (number of questions, each
with an answer that unfolds), the same widgets and links to the same exercises.
"""

from __future__ import annotations

import pytest
from book_pages import Page, chapter_pairs, page_pairs, toc_editions
from conftest import ROOT

PAIRS = [pytest.param(Page(en), Page(nb), id=en.rsplit("/", 1)[-1]) for en, nb in page_pairs()]
CHAPTERS = [pytest.param(Page(en), Page(nb), id=en.rsplit("/", 1)[-1])
            for en, nb in chapter_pairs()]


def test_both_editions_list_the_same_number_of_pages():
    editions = toc_editions()
    assert len(editions["en"]) == len(editions["nb"]), editions


def test_each_page_links_to_its_twin():
    """The line under each title leads to the same page in the other edition."""
    missing = []
    for en, nb in page_pairs():
        for page, twin in ((Page(en), nb), (Page(nb), en)):
            target = f"../{twin.split('/')[1]}/{twin.rsplit('/', 1)[-1]}."
            if target not in page.markdown:
                missing.append(f"{page.page} does not link to {twin}")
    assert missing == []


@pytest.mark.parametrize(("en", "nb"), PAIRS)
def test_twins_have_the_same_figures_widgets_and_exercise_links(en, nb):
    assert en.figures() == nb.figures(), "figures"
    assert en.widgets() == nb.widgets(), "widgets"
    assert sorted(n for _, n in en.exercise_links()) == sorted(
        n for _, n in nb.exercise_links()), "exercise links"
    assert {lang for lang, _ in en.exercise_links()} <= {"en"}
    assert {lang for lang, _ in nb.exercise_links()} <= {"nb"}


@pytest.mark.parametrize(("en", "nb"), CHAPTERS)
def test_twins_have_the_same_self_check(en, nb):
    assert en.self_check_questions() == nb.self_check_questions()
    assert en.self_check_answers() == nb.self_check_answers()


@pytest.mark.parametrize(("en", "nb"), CHAPTERS)
def test_every_chapter_has_a_self_check_and_exercises(en, nb):
    for page in (en, nb):
        assert 3 <= page.self_check_questions() <= 5, f"{page.page}: self-check questions"
        assert page.self_check_answers() == page.self_check_questions(), (
            f"{page.page}: every self-check question needs an answer that unfolds")
        assert page.exercise_links(), f"{page.page}: no links to exercise notebooks"


def test_the_exercise_links_point_at_notebooks_that_exist():
    missing = []
    for en, nb in page_pairs():
        for page in (Page(en), Page(nb)):
            for match in page.exercise_links_full():
                if not (ROOT / "exercises" / match).is_file():
                    missing.append(f"{page.page}: exercises/{match}")
    assert missing == []
