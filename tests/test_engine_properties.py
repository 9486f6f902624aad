"""Odd input never crashes the engine, and every span indexes the text it came from."""

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_engine_fresh_bank import BANK

from dialogue_coach import Finding, UnsupportedLanguageError, analyze_post, analyze_reply
from dialogue_coach.findings import dedupe, run_rules
from dialogue_coach.language import recognise
from dialogue_coach.lexicon import load_lexicon, top_level_alternatives

# Characters that have broken text tools before: emoji and ZWJ sequences, direction
# marks, combining marks, NUL, characters that change length when case-folded, and the
# punctuation the rules look at.
AWKWARD = [
    "👩‍👩‍👧‍👦", "🏳️‍🌈", "❤️", "👍🏽", "\u200d", "\u200b", "\u200e", "\u200f", "\u202e",
    "\u0301", "\u0308", "\x00", "İ", "ß", "ﬁ", "Σ", "ς", "Æ", "ø", "å", "!", "?", "#", "^",
    "–", "—", "\n", "\r\n", "\t", " ", "%", "kr", "@", "’", "'", '"', "«", "»", "…",
]
WORDS = ["you", "we", "our", "du", "vi", "dere", "tag", "win", "buy now", "kjøp nå",
         "tell us", "fortell oss", "Hi Lina", "Hei Kari", "sorry", "beklager", "DM us",
         "send oss en PM", "20% off", "kl. 10", "^Ola", "what", "hva", "ORDER NOW"]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(AWKWARD), st.sampled_from(WORDS), st.text(max_size=5)),
             max_size=80).map("".join),
    st.lists(st.sampled_from(WORDS + [" ", ". ", "? ", "! "]), max_size=60).map(" ".join),
    st.builds(lambda ch, n: ch * n, st.sampled_from(["!", "?", "#", "A", "😀", "\u0301", " a"]),
              st.integers(1, 3000)),
)


def _check_spans(result, parts):
    for f in result.findings:
        source = parts[f.part]
        assert 0 <= f.start <= f.end <= len(source)
        assert source[f.start:f.end] == f.text
        assert isinstance(f.note, str) and f.note


def _check_ranges(result):
    assert 0 <= result.score <= 100
    assert all(0 <= v <= 100 for v in result.dimensions.values())


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from([None, "en", "nb"]))
def test_post_never_crashes_and_spans_hold(text, lang):
    if not text.strip():
        with pytest.raises(ValueError):
            analyze_post(text, lang)
        return
    try:
        r = analyze_post(text, lang)
    except UnsupportedLanguageError as exc:  # random words can look like Italian
        assert recognise(text) == exc.found and exc.message
        return
    _check_ranges(r)
    _check_spans(r, {"post": text})
    assert r.to_dict()


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(comment=texts, reply=texts, lang=st.sampled_from([None, "en", "nb"]))
def test_reply_never_crashes_and_spans_hold(comment, reply, lang):
    if not comment.strip() or not reply.strip():
        with pytest.raises(ValueError):
            analyze_reply(comment, reply, lang)
        return
    try:
        r = analyze_reply(comment, reply, lang)
    except UnsupportedLanguageError as exc:
        assert recognise(reply) == exc.found
        return
    _check_ranges(r)
    _check_spans(r, {"comment": comment, "reply": reply})


@pytest.mark.parametrize("text", [
    "!" * 100_000, "?" * 100_000, "#" * 100_000, "a" * 100_000, "you " * 25_000,
    "BUY NOW " * 12_500, "👩‍👩‍👧‍👦" * 10_000, ("Tell us! " * 12_000),
])
def test_very_long_texts_finish(text):
    """No catastrophic backtracking: these finish (bench times them)."""
    r = analyze_post(text)
    _check_spans(r, {"post": text})


def test_spans_survive_case_folding_characters():
    # "İ" grows when lower-cased; matching case-insensitively keeps offsets intact.
    text = "İİİ Tell us what you think! ßß ORDER NOW"
    r = analyze_post(text)
    _check_spans(r, {"post": text})
    assert {"invitation", "hard_sell"} <= {f.kind for f in r.findings}


def test_reply_spans_point_into_the_right_text():
    comment = "Is the café open on Monday?"
    reply = "Hi Anna! Thanks for asking, we love our visitors."
    r = analyze_reply(comment, reply)
    parts = {f.part for f in r.findings}
    assert {"comment", "reply"} <= parts
    _check_spans(r, {"comment": comment, "reply": reply})


def _whole_rule_kinds(text, rules, part):
    """What the rules find run the slow, obvious way: each whole pattern, case-blind."""
    found = [
        Finding(m.start(), m.end(), r.kind, m.group(), r.note, part)
        for r in rules for m in r.regex.finditer(text) if m.end() > m.start()
    ]
    return Counter(f.kind for f in dedupe(found))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(texts, st.sampled_from([t for _, _, t in BANK])),
       lang=st.sampled_from(["en", "nb"]))
def test_fast_twins_find_what_the_whole_rules_find(text, lang):
    """Rules run as a lower-case twin plus a case-keeping twin; the counts must not move."""
    lex = load_lexicon(lang)
    for rules, part in ((lex.post_rules, "post"), (lex.reply_rules, "reply")):
        fast = Counter(f.kind for f in run_rules(text, rules, part))
        assert fast == _whole_rule_kinds(text, rules, part)


def test_top_level_alternatives_respect_groups_classes_and_escapes():
    assert top_level_alternatives(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]
    assert top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert top_level_alternatives("plain") == ["plain"]
    rule = next(r for r in load_lexicon("en").post_rules
                if any(not run.on_lower for run in r.runs))
    # the rule's case-free alternatives still run on the lower-cased text, fast
    assert any(run.on_lower for run in rule.runs)
