"""The wording model beside the rules (dialogue_coach.wording, docs/engine.md, "The stacked
rules"): the words speak only against the rules, within a cap, and what they say is shown
as spans of the learner's own text.

The texts here were written for this file.
"""

from __future__ import annotations

import json
import math

import pytest

from dialogue_coach import analyze_post, analyze_reply
from dialogue_coach.lexicon import load_lexicon
from dialogue_coach.scoring import dissent
from dialogue_coach.wording import (
    CAP,
    SHOWN,
    load_wording,
    post_grams,
    reply_grams,
    word_log_odds,
    wording_spans,
)

TEXTS = [
    ("en", "Our library is open late on Thursdays now. Which book kept you up at night?"),
    ("nb", "Biblioteket har åpent til 21 på torsdager nå. Hvilken bok holdt deg våken sist?"),
    ("en", "BIG SALE!!! Everything must go, 50% off today only. Shop now!"),
    ("nb", "STORT SALG!!! Alt skal ut, 50 % rabatt bare i dag. Handle nå!"),
    ("en", "İstanbul trip report: the ferry café at Kadıköy was packed. Where should we eat next?"),
    ("en", '<script>alert("x")</script><img src=x> What is your favourite <b>fish</b> dish? 1 2 3'),
]


@pytest.mark.parametrize(("rules", "words", "counted"), [
    (2.0, -1.5, -1.5),   # the rules say dialogue, the words disagree: they count
    (2.0, 1.5, 0.0),     # they agree: nothing added, the score stays the rules'
    (-0.5, 2.5, 2.5),    # the rules say broadcast, the words disagree
    (-0.5, -2.0, 0.0),
    (0.0, -0.1, -0.1),   # a score of exactly 50 reads as dialogue, so a push down disagrees
    (0.0, 0.3, 0.0),
    (1.0, 0.0, 0.0),
])
def test_the_words_count_only_against_the_rules(rules, words, counted):
    assert dissent(rules, words) == counted


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_posts_words_are_capped_and_shown_as_its_own_spans(lang, text):
    lex = load_lexicon(lang)
    grams = post_grams(text, lex.stopwords)
    words = word_log_odds("post", grams)
    shown = wording_spans("post", grams, words, text, "post", lex)
    assert abs(words) <= CAP
    assert len(shown) <= SHOWN
    for f in shown:
        assert text[f.start:f.end] == f.text and f.part == "post" and f.kind == "wording"
        # a single function word is never shown as a reason: it tells a learner nothing
        assert " " in f.text or f.text.lower() not in lex.stopwords
        # nor a stray letter ("b" of a tag, "t" of "doesn't") or a number
        assert " " in f.text or (len(f.text) > 1 and any(c.isalpha() for c in f.text))
    spans = sorted((f.start, f.end) for f in shown)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "spans overlap"


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_score_is_the_rules_and_the_words_traced_to_their_spans(lang, text):
    r = analyze_post(text, lang=lang)
    z = sum(r.contributions.values())
    assert r.score == round(100 / (1 + math.exp(-z)))
    shown = [f for f in r.findings if f.kind == "wording"]
    if "wording" in r.contributions:
        rules = z - r.contributions["wording"]
        assert (r.contributions["wording"] < 0) == (rules >= 0), "words that agree add nothing"
        assert shown and math.isclose(sum(f.effect for f in shown), r.contributions["wording"])
    else:
        assert shown == []


def test_a_replys_spans_are_in_the_reply_never_the_comment():
    comment = "Why is the pool closed again? Third Monday in a row."
    reply = "Hi Omar, fair question. The pump broke on Friday; a new one arrives Wednesday."
    lex = load_lexicon("en")
    grams = reply_grams(comment, reply, lex.stopwords)
    assert any(g.startswith("comment ") for g in grams)
    shown = wording_spans("reply", grams, word_log_odds("reply", grams), reply, "reply", lex)
    assert all(reply[f.start:f.end] == f.text and f.part == "reply" for f in shown)
    r = analyze_reply(comment, reply, lang="en")
    assert all(f.part == "reply" for f in r.findings if f.kind == "wording")


def test_the_weights_file_says_how_it_was_made():
    model = load_wording()
    assert "wording_fit" in model["about"]
    for kind in ("post", "reply"):
        assert model[kind]["alpha"] > 0 and model[kind]["trained_on"] > 1000
        assert "bias" in model[kind]["weights"]
        assert all(g == "bias" or g.startswith(("w:", "comment w:"))
                   for g in model[kind]["weights"])


def test_the_floor_still_holds_the_rules_verdicts():
    """data/floor.jsonl labels each text with the rules' verdict (wording_fit). When a rule
    changes a verdict there, the floor is stale: re-record it and refit the words
    (``python -m dialogue_coach.wording_fit --record-floor``, then without options)."""
    from dialogue_coach.corpus import data_dir
    from dialogue_coach.wording_fit import FLOOR, GOOD, rules_log_odds

    rows = [json.loads(line) for line in (data_dir() / FLOOR).read_text("utf-8").splitlines()]
    assert len(rows) > 2000
    stale = [row["id"] for row in rows
             if (rules_log_odds(row["kind"], row) >= 0) != (row["label"] == GOOD[row["kind"]])]
    assert stale == [], f"{len(stale)} floor texts have a new verdict from the rules"
