"""The book and the engine give the same verdict on the book's own examples.

The chapters on traps and on replies show invented posts and replies under headings that
say what they are ("Pseudo-dialogue: six families", "Six poor replies", ...). A learner
who pastes one of them into the rewrite studio must get the verdict the chapter teaches;
when the engine or a chapter changes so that they disagree, this test says which example.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from dialogue_coach import analyze_post, analyze_reply

# (page, H2 heading) -> the label every example under that heading must get.
POST_SECTIONS = {
    ("book/en/traps.md", "Pseudo-dialogue: six families"): "broadcast",
    ("book/en/traps.md", "Reverse traps: dialogue in plain clothes"): "dialogue",
    ("book/nb/fellene.md", "Skinndialog: seks typer"): "broadcast",
    ("book/nb/fellene.md", "Omvendte feller: dialog i hverdagsklær"): "dialogue",
}
REPLY_SECTIONS = {
    ("book/en/listening.md", "What a good reply does"): "good",
    ("book/en/listening.md", "Six poor replies"): "poor",
    ("book/nb/lytte-og-svare.md", "Dette gjør et godt svar"): "good",
    ("book/nb/lytte-og-svare.md", "Seks dårlige svar"): "poor",
}
REPLY_PAIR = re.compile(
    r"^\*\*[^*]+:\*\*\s*(?P<comment>.+?)\s*\*\*(?:Reply|Svar):\*\*\s*(?P<reply>.+)$")


def quotes_under(page: str, heading: str) -> list[str]:
    """The text of each blockquote in the H2 section called heading."""
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    start = lines.index(f"## {heading}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
               len(lines))
    quotes, current = [], []
    for line in lines[start:end] + [""]:
        if line.startswith(">"):
            current.append(line[1:].strip())
        elif current:
            quotes.append(" ".join(part for part in current if part))
            current = []
    return quotes


def _lang(page: str) -> str:
    return "nb" if page.startswith("book/nb/") else "en"


@pytest.mark.parametrize(("page", "heading"), sorted(POST_SECTIONS))
def test_post_examples_get_the_verdict_the_chapter_teaches(page, heading):
    expected = POST_SECTIONS[(page, heading)]
    examples = quotes_under(page, heading)
    assert len(examples) >= 4, f"too few examples found under '{heading}' in {page}"
    wrong = [(analyze_post(t, lang=_lang(page)).score, t[:70]) for t in examples
             if analyze_post(t, lang=_lang(page)).label != expected]
    assert wrong == [], f"the engine does not call these {expected}"


@pytest.mark.parametrize(("page", "heading"), sorted(REPLY_SECTIONS))
def test_reply_examples_get_the_verdict_the_chapter_teaches(page, heading):
    expected = REPLY_SECTIONS[(page, heading)]
    pairs = [m.groupdict() for q in quotes_under(page, heading) if (m := REPLY_PAIR.match(q))]
    assert len(pairs) >= 2, f"too few comment-reply pairs found under '{heading}' in {page}"
    wrong = []
    for pair in pairs:
        result = analyze_reply(pair["comment"], pair["reply"], lang=_lang(page))
        if result.label != expected:
            wrong.append((result.score, pair["reply"][:70]))
    assert wrong == [], f"the engine does not call these replies {expected}"
