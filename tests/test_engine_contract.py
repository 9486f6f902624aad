"""The engine's contract (DESIGN.md): shapes, ranges, immutability, bad input, language."""

import dataclasses
import json
import math

import pytest

from dialogue_coach import (
    Finding,
    PostResult,
    ReplyResult,
    analyze_post,
    analyze_reply,
    detect_language,
    supported_languages,
)
from dialogue_coach.scoring import sigmoid

POST_EN = "What was the first fish you ever caught? Tell us below! ^Kari"
POST_NB = "Hva var den første fisken du fikk? Fortell oss under! ^Kari"
COMMENT = "When do you open on Saturday?"
REPLY = "Hi Lina! We open at 10 on Saturdays. See you then ^Ola"


def test_post_result_shape():
    r = analyze_post(POST_EN)
    assert isinstance(r, PostResult)
    assert r.lang == "en"
    assert isinstance(r.score, int) and 0 <= r.score <= 100
    assert r.label in ("dialogue", "broadcast")
    assert set(r.dimensions) == {"invitation", "listening", "human_voice", "audience_focus",
                                 "restraint", "sincerity"}
    assert all(isinstance(v, int) and 0 <= v <= 100 for v in r.dimensions.values())
    assert all(isinstance(f, Finding) for f in r.findings)
    assert r.suggestions and all(isinstance(s, str) and s for s in r.suggestions)


def test_reply_result_shape():
    r = analyze_reply(COMMENT, REPLY)
    assert isinstance(r, ReplyResult)
    assert r.label in ("good", "poor")
    assert set(r.dimensions) == {"acknowledgement", "answer", "empathy", "next_step",
                                 "human_voice", "follow_up", "respect"}
    assert all(0 <= v <= 100 for v in r.dimensions.values())


def test_results_are_frozen_and_comparable():
    r = analyze_post(POST_EN)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.score = 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.findings[0].note = "changed"
    assert analyze_post(POST_EN) == r
    assert hash(r.findings[0]) == hash(analyze_post(POST_EN).findings[0])


def test_to_dict_is_json_ready():
    for r in (analyze_post(POST_EN), analyze_post(POST_NB), analyze_reply(COMMENT, REPLY)):
        d = json.loads(json.dumps(r.to_dict(), ensure_ascii=False))
        assert d["score"] == r.score and d["label"] == r.label and d["lang"] == r.lang
        assert len(d["findings"]) == len(r.findings)
        assert {"kind", "start", "end", "text", "note", "part", "effect"} <= set(d["findings"][0])


@pytest.mark.parametrize("text", [POST_EN, POST_NB, "BUY NOW!!! 50% OFF", "Kjøp nå!"])
def test_every_point_traces_to_findings(text):
    """score = squashed sum of contributions; findings share their feature's contribution."""
    r = analyze_post(text)
    z = sum(r.contributions.values())
    assert r.score == round(100 * sigmoid(z))
    assert math.isclose(r.contributions["baseline"] + sum(f.effect for f in r.findings), z,
                        abs_tol=1e-9)
    for kind, value in r.contributions.items():
        if kind != "baseline" and value:
            assert any(f.kind == kind for f in r.findings), kind


def test_label_follows_score():
    for text in (POST_EN, "Order now! 30% off today only!"):
        r = analyze_post(text)
        assert (r.label == "dialogue") == (r.score >= 50)


def test_findings_carry_notes_in_the_texts_language():
    en = analyze_post("Tag three friends to win a hamper!")
    nb = analyze_post("Tagg tre venner for å vinne en kurv!")
    assert en.lang == "en" and nb.lang == "nb"
    bait_en = next(f for f in en.findings if f.kind == "engagement_bait")
    bait_nb = next(f for f in nb.findings if f.kind == "engagement_bait")
    assert "bait" in bait_en.note.lower()
    assert "agn" in bait_nb.note.lower()
    assert any("tagg" in s.lower() for s in nb.suggestions)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_suggestions_are_in_the_results_language(lang):
    from dialogue_coach.lexicon import load_lexicon

    r = analyze_post("Order now!" if lang == "en" else "Bestill nå!", lang)
    known = set(load_lexicon(lang).suggestions.values())
    assert r.suggestions and set(r.suggestions) <= known


# ---------------------------------------------------------------- bad input
@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"]])
def test_post_must_be_a_string(bad):
    with pytest.raises(TypeError, match="post"):
        analyze_post(bad)


@pytest.mark.parametrize("blank", ["", "   ", "\n\t "])
def test_empty_post(blank):
    with pytest.raises(ValueError, match="post is empty"):
        analyze_post(blank)


def test_reply_arguments_are_named_in_errors():
    with pytest.raises(TypeError, match="comment"):
        analyze_reply(None, "fine")
    with pytest.raises(TypeError, match="reply"):
        analyze_reply("fine", 3)
    with pytest.raises(ValueError, match="comment is empty"):
        analyze_reply(" ", "fine")
    with pytest.raises(ValueError, match="reply is empty"):
        analyze_reply("fine", "")


@pytest.mark.parametrize("lang", ["de", "no", "EN-US", ""])
def test_unsupported_language_lists_the_supported(lang):
    with pytest.raises(ValueError, match="en, nb"):
        analyze_post("hello", lang=lang)
    with pytest.raises(ValueError, match="en, nb"):
        analyze_reply("hi", "hello", lang=lang)


def test_language_code_is_forgiving_about_case():
    assert analyze_post("Hello there", lang="EN").lang == "en"
    with pytest.raises(TypeError, match="lang"):
        analyze_post("Hello", lang=1)


# ---------------------------------------------------------------- language detection
def test_supported_languages():
    assert supported_languages() == ("en", "nb")


@pytest.mark.parametrize(("text", "lang"), [
    ("What do you think about the new bus route?", "en"),
    ("Hva synes du om den nye bussruta?", "nb"),
    ("blåbær", "nb"),
    ("Takk!", "nb"),
    ("Thanks!", "en"),
    ("🎉🎉🎉", "en"),
    ("12345", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_reply_language_comes_mostly_from_the_reply():
    r = analyze_reply("When do you open?", "Hei! Vi åpner kl. 10 på lørdager.")
    assert r.lang == "nb"
