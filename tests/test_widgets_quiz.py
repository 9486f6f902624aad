"""The broadcaster quiz: its posts (data), its steps (pure functions) and its ipywidget."""

from __future__ import annotations

import ipywidgets as w
import pytest

from dialogue_coach import analyze_post
from dialogue_coach.widgets import broadcaster_quiz, quiz

LANGS = ("en", "nb")


@pytest.mark.parametrize("lang", LANGS)
def test_the_engine_agrees_with_every_quiz_post(lang):
    """The quiz shows the engine's reasons under the course's answer: they must agree."""
    wrong = [(item.text, item.label) for item in quiz.quiz_items(lang)
             if analyze_post(item.text, lang=lang).label != item.label]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_quiz_has_traps_both_labels_and_named_families(lang):
    items = quiz.quiz_items(lang)
    assert len(items) >= 8
    assert {item.label for item in items} == set(quiz.CHOICES)
    traps = {"rhetorical-question", "engagement-bait", "promo-poll", "no-question-dialogue"}
    assert traps <= {item.family for item in items}
    assert all(quiz.family_name(item.family, lang) for item in items)


def buttons(widget) -> dict[str, w.Button]:
    return {b.description: b for b in widget.children[1].children}


def test_a_learner_answers_every_post_and_sees_the_summary():
    widget = broadcaster_quiz("en")
    shown = widget.children[0]
    items = quiz.quiz_items("en")
    assert "Post 1 of" in shown.value and "Broadcast or dialogue?" in shown.value
    for n, item in enumerate(items, 1):
        assert set(buttons(widget)) == {"Broadcast", "Dialogue"}
        # Right on odd posts, wrong on even ones.
        pick = item.label if n % 2 else next(c for c in quiz.CHOICES if c != item.label)
        buttons(widget)[pick.capitalize()].click()
        assert ("Right!" if n % 2 else "Not this time") in shown.value
        assert "What it shows:" in shown.value and "The coach" in shown.value
        assert f"Score so far: {(n + 1) // 2} of {n}." in shown.value
        label = "See your result" if n == len(items) else "Next post"
        buttons(widget)[label].click()
    right = (len(items) + 1) // 2
    assert f"You sorted {right} of {len(items)} posts right." in shown.value
    missed = [quiz.family_name(item.family, "en") for n, item in enumerate(items, 1)
              if n % 2 == 0]
    for family in missed:
        assert family.replace('"', "&quot;") in shown.value
    buttons(widget)["Start again"].click()
    assert "Post 1 of" in shown.value


def test_the_norwegian_quiz_speaks_norwegian():
    widget = broadcaster_quiz("nb")
    assert "Innlegg 1 av" in widget.children[0].value
    assert set(buttons(widget)) == {"Kringkasting", "Dialog"}
    buttons(widget)["Dialog"].click()
    assert "Så langt:" in widget.children[0].value
    assert set(buttons(widget)) == {"Neste innlegg"}


def test_steps_ignore_a_second_answer_and_reject_unknown_ones():
    state = quiz.answer(quiz.start(), "broadcast", "en")
    assert quiz.answer(state, "dialogue", "en") == state
    with pytest.raises(ValueError):
        quiz.answer(quiz.start(), "<img src=x>", "en")
    with pytest.raises(ValueError):
        quiz.act(quiz.start(), "cheat", "", "en")


def test_quiz_offers_static_html_next_to_the_widget_view():
    bundle = broadcaster_quiz("en")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert 'data-dc-live="quiz"' in bundle["text/html"]
