"""Parse once: one Parsed text per string that every rule reads, and the word-start index
that lets a rule skip the places where it cannot match, finding exactly what a full
regex scan finds."""

from __future__ import annotations

import dataclasses
import re._casefix as _casefix

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_engine_fresh_bank import BANK
from test_engine_properties import texts

from dialogue_coach.corpus import load_posts, load_replies
from dialogue_coach.cues import UNSHOWN_CASES
from dialogue_coach.findings import run_rules
from dialogue_coach.lexicon import load_lexicon, scan_runs
from dialogue_coach.text import parse, sentence_index

SECTIONS = ("post_rules", "reply_rules", "comment_rules")


def scan_only(rules):
    """The same rules without their shortcuts: every pattern scans the whole text."""
    return tuple(dataclasses.replace(r, runs=scan_runs(r.regex.pattern)) for r in rules)


def corpus_texts() -> list[str]:
    out = [it["text"] for it in load_posts()]
    out += [it[k] for it in load_replies() for k in ("comment", "reply")]
    out += [v for item in BANK for v in (item if isinstance(item, (list, tuple)) else [item])
            if isinstance(v, str) and len(v) > 15]
    return out


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("section", SECTIONS)
def test_the_word_start_index_finds_what_a_full_scan_finds(lang, section):
    rules = getattr(load_lexicon(lang), section)
    assert any(run.starts for r in rules for run in r.runs), "no rule uses the index"
    plain = scan_only(rules)
    for text in corpus_texts():
        assert run_rules(text, rules, "x") == run_rules(text, plain, "x"), text


@settings(max_examples=400, deadline=None)
@given(text=texts, lang=st.sampled_from(["en", "nb"]), section=st.sampled_from(SECTIONS))
def test_the_index_agrees_with_a_full_scan_on_odd_text(text, lang, section):
    rules = getattr(load_lexicon(lang), section)
    assert run_rules(text, rules, "x") == run_rules(text, scan_only(rules), "x")


def _same_matches(cue, text):
    assert [m.span() for m in cue.finditer(text)] == [m.span() for m in cue.regex.finditer(text)]
    for piece in [text, *(s.text for s in parse(text).sentences)]:
        ours, theirs = cue.search(piece), cue.regex.search(piece)
        assert (ours and (ours.span(), ours.groupdict())) == (
            theirs and (theirs.span(), theirs.groupdict())), piece


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_cues_find_what_their_patterns_find(lang):
    for cue in load_lexicon(lang).cues.values():
        for text in corpus_texts():
            _same_matches(cue, text)


@settings(max_examples=300, deadline=None)
@given(text=texts, lang=st.sampled_from(["en", "nb"]))
def test_the_cues_agree_with_their_patterns_on_odd_text(text, lang):
    for cue in load_lexicon(lang).cues.values():
        _same_matches(cue, text)


def test_a_text_is_parsed_once_and_its_offsets_hold():
    text = "Hei Kari! Hva synes du?\nVi leser alt. ^Ola"
    parsed = parse(text)
    assert parse(text) is parsed
    assert [s.text for s in parsed.sentences] == ["Hei Kari!", "Hva synes du?",
                                                  "Vi leser alt.", "^Ola"]
    for pos in range(len(text)):
        assert parsed.sentence_of(pos) == sentence_index(list(parsed.sentences), pos)
    assert all(text[m.start():m.end()] == m.group() for m in parsed.words)
    assert parsed.lower == text.lower() and parsed.same_offsets
    assert [w for _i, w in parsed.lower_words][:3] == ["hei", "kari", "hva"]
    assert all(parsed.lower.startswith(w, i) for i, w in parsed.lower_words)
    assert [text[i] for i in parsed.capitals] == ["H", "K", "H", "V", "O"]


def test_the_cues_know_every_letter_whose_case_blind_match_lower_casing_hides():
    """A cue searches the lower-cased string only when case-blind matching finds there
    what lower-casing shows; Python's extra case pairs (such as "ſ" and "s") are not."""
    extra = {chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)}
    assert {ch for ch in extra if not ch.isascii()} <= set(UNSHOWN_CASES)
    cue = load_lexicon("en").cues["reader"]
    for text in ("Thank ſou, you rock", "YOU and yours", "İyou you"):
        assert [m.span() for m in cue.finditer(text)] == [
            m.span() for m in cue.regex.finditer(text)]
