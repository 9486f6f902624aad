"""The widgets' wiring, without a kernel or a browser: a change in the box updates the panel."""

from __future__ import annotations

import logging

import ipywidgets as w
import pytest

from dialogue_coach.widgets import live, reply_trainer, rewrite_studio

BROADCAST = "We are proud to launch the new Fjordcase! Order now and get 20% off!"
DIALOGUE = "Hi, Ola from Fjordcase here. What do you carry on your daily commute? Tell us!"
COMMENT = "I waited 40 minutes for my pizza and it was cold. Not good enough!"


def parts(widget: w.VBox) -> tuple[w.Textarea, w.HTML]:
    """The box the learner writes in (the last one) and the live panel."""
    box = [c for c in widget.children if isinstance(c, w.Textarea)][-1]
    return box, widget.children[-1]


def test_rewrite_studio_shows_the_original_and_a_labelled_box():
    studio = rewrite_studio(BROADCAST, lang="en")
    header, box, panel = studio.children
    assert "The original post" in header.value and "Broadcast" in header.value
    assert box.value == BROADCAST
    assert box.description == "Your rewrite" and box.continuous_update
    assert "Broadcast" in panel.value


def test_every_change_in_the_box_updates_the_verdict():
    box, panel = parts(rewrite_studio(BROADCAST, lang="en"))
    box.value = DIALOGUE
    assert "dc-badge-dialogue" in panel.value
    assert "The verdict changed: Broadcast → Dialogue." in panel.value
    box.value = "   "
    assert "The box is empty" in panel.value and "dc-badge-" not in panel.value.split("</style>")[1]


def test_norwegian_studio_labels_its_box_in_norwegian():
    box, panel = parts(rewrite_studio("Kjøp nå! 50 % rabatt på alt!", lang="nb"))
    assert box.description == "Din omskriving"
    assert 'lang="nb"' in panel.value and "Kringkasting" in panel.value


def test_an_empty_original_starts_with_an_invitation_to_write():
    studio = rewrite_studio("", lang="en")
    assert len(studio.children) == 2  # no original to show
    assert "The box is empty" in studio.children[-1].value


def test_reply_trainer_judges_the_reply_against_the_comment():
    trainer = reply_trainer(COMMENT, lang="en", draft="Sorry for any inconvenience. DM us.")
    box, panel = parts(trainer)
    assert trainer.children[0].value == COMMENT
    assert trainer.children[0].description.startswith("The comment you are answering")
    assert box.description == "Your reply"
    assert "dc-badge-poor" in panel.value and "You have not changed the text yet." in panel.value
    box.value = ("Hi Tom, a cold pizza after a 40-minute wait is no fun, sorry. We have "
                 "refunded your order and I am checking the delivery times today. ^Lena")
    assert "dc-badge-good" in panel.value and "Poor reply → Good reply" in panel.value


def test_the_learner_can_answer_a_comment_of_their_own():
    trainer = reply_trainer(COMMENT, lang="en")
    comment_box, box, panel = trainer.children
    box.value = "Thanks, we have sent a new one and your next delivery is free. ^Lena"
    before = panel.value
    comment_box.value = "Do you deliver to Tromsø? <b>asap</b>"
    assert panel.value != before
    assert "<b>" not in panel.value  # the comment is judged, and any of it shown is text
    comment_box.value = "  "
    assert "The comment box is empty" in panel.value


def test_reply_trainer_in_norwegian_labels_both_boxes():
    comment_box, box, _ = reply_trainer(COMMENT, lang="nb").children
    assert comment_box.description.startswith("Kommentaren du svarer på")
    assert box.description == "Svaret ditt"


def test_reply_trainer_without_a_draft_starts_empty():
    box, panel = parts(reply_trainer(COMMENT, lang="nb"))
    assert box.value == "" and "Feltet er tomt" in panel.value


def test_an_engine_failure_shows_a_message_not_a_traceback(monkeypatch, caplog):
    box, panel = parts(rewrite_studio(BROADCAST, lang="en"))

    def broken(*args, **kwargs):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(live, "analyze_post", broken)
    with caplog.at_level(logging.ERROR, logger=live.__name__):
        box.value = DIALOGUE
    assert "could not read this text" in panel.value and "Traceback" not in panel.value
    assert "engine bug" in caplog.text


@pytest.mark.parametrize("make", [
    lambda: rewrite_studio(BROADCAST, lang="de"),
    lambda: rewrite_studio(BROADCAST, heading_level=6),
    lambda: reply_trainer("  ", lang="en"),
])
def test_mistakes_in_the_notebook_are_clear_errors(make):
    with pytest.raises(ValueError):
        make()


def test_typed_html_reaches_every_text_widget_as_text():
    hostile = "<img src=x onerror=alert(1)> Order now!"
    box, panel = parts(rewrite_studio(BROADCAST, lang="en"))
    box.value = hostile
    assert "&lt;img src=x onerror=alert(1)&gt;" in panel.value and "<img" not in panel.value
    comment_box, box, panel = reply_trainer(COMMENT, lang="nb").children
    comment_box.value = box.value = hostile
    assert "<img" not in panel.value


def test_a_text_in_a_language_the_coach_does_not_read_gets_a_message_not_a_verdict():
    box, panel = parts(rewrite_studio(BROADCAST, lang="nb"))
    box.value = "Kva er det beste minnet ditt frå sommarferien? Vi vil gjerne høyre frå dykk!"
    after_style = panel.value.split("</style>")[1]
    assert "nynorsk" in after_style and "norsk bokmål" in after_style
    assert "dc-badge-" not in after_style
    box, panel = parts(reply_trainer(COMMENT, lang="en"))
    box.value = "Hej! Vad tråkigt att höra. Vi ska kolla upp det och återkomma till dig."
    after_style = panel.value.split("</style>")[1]
    assert "Swedish" in after_style and "English and Norwegian bokmål" in after_style
    assert "dc-badge-" not in after_style
