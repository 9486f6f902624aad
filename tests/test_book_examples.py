"""The book and the engine give the same verdict on the book's own examples.

A chapter marks a section of worked examples with a MyST comment as the first line under
its H2 heading, `% engine-examples: <label>` (broadcast, dialogue, good or poor). Every
blockquote in that section is an example of that label: a post, or for replies one
comment-reply pair (`> **Comment:** ... **Reply:** ...`, any name before the first
colon). A learner who pastes one into the rewrite studio must get the verdict the chapter
teaches; when the engine or a chapter changes so that they disagree, this test says
which example.
"""

from __future__ import annotations

import re

import pytest
from book_pages import Page, toc_editions

from dialogue_coach import analyze_post, analyze_reply

MARKER = re.compile(r"^% engine-examples:\s*(?P<label>\S+)\s*$")
POST_LABELS = {"broadcast", "dialogue"}
REPLY_LABELS = {"good", "poor"}
REPLY_PAIR = re.compile(
    r"^\*\*[^*]+:\*\*\s*(?P<comment>.+?)\s*\*\*(?:Reply|Svar):\*\*\s*(?P<reply>.+)$")


def marked_sections(page: Page) -> list[tuple[str, str, list[str]]]:
    """(heading, label, blockquotes) for each H2 section marked for the engine."""
    lines = page.markdown.splitlines()
    sections = []
    for i, line in enumerate(lines):
        if not line.startswith("## "):
            continue
        following = next((x for x in lines[i + 1:] if x.strip()), "")
        if marker := MARKER.match(following):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("## ")),
                       len(lines))
            sections.append((line[3:], marker["label"], blockquotes(lines[i + 1:end])))
    return sections


def blockquotes(lines: list[str]) -> list[str]:
    quotes, current = [], []
    for line in lines + [""]:
        if line.startswith(">"):
            current.append(line[1:].strip())
        elif current:
            quotes.append(" ".join(part for part in current if part))
            current = []
    return quotes


SECTIONS = [
    pytest.param(page, heading, label, quotes, id=f"{page.page}: {heading}")
    for pages in toc_editions().values() for name in pages
    if (page := Page(name)).markdown and (found := marked_sections(page))
    for heading, label, quotes in found
]


def test_the_convention_is_in_use_in_both_editions():
    langs = {page.lang for page, *_ in (p.values for p in SECTIONS)}
    labels = {label for _, _, label, _ in (p.values for p in SECTIONS)}
    assert langs == {"en", "nb"}
    assert labels == POST_LABELS | REPLY_LABELS


@pytest.mark.parametrize(("page", "heading", "label", "quotes"), SECTIONS)
def test_examples_get_the_verdict_the_chapter_teaches(page, heading, label, quotes):
    assert label in POST_LABELS | REPLY_LABELS, f"unknown engine-examples label '{label}'"
    assert quotes, f"'{heading}' is marked for the engine but holds no blockquote"
    wrong = []
    if label in POST_LABELS:
        for text in quotes:
            result = analyze_post(text, lang=page.lang)
            if result.label != label:
                wrong.append((result.score, text[:70]))
    else:
        pairs = [REPLY_PAIR.match(q) for q in quotes]
        unreadable = [q[:70] for q, m in zip(quotes, pairs, strict=True) if m is None]
        assert unreadable == [], "blockquotes that are not one comment-reply pair"
        for m in pairs:
            result = analyze_reply(m["comment"], m["reply"], lang=page.lang)
            if result.label != label:
                wrong.append((result.score, m["reply"][:70]))
    assert wrong == [], f"the engine does not call these {label}"
