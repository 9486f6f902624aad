"""The widgets' panels as HTML strings: escaping, marks, headings, both languages.

No kernel and no browser: the renderers are pure functions of the engine's results.
"""

from __future__ import annotations

import string
import time
from html.parser import HTMLParser

import pytest

from dialogue_coach import Finding, PostResult, analyze_post, analyze_reply
from dialogue_coach.widgets import browser, render
from dialogue_coach.widgets.highlight import MAX_MARKS, highlight, reasons_of
from dialogue_coach.widgets.ui_text import LANGUAGES, UI_TEXT

HOSTILE = (
    '<script>alert("s")</script> <img src=x onerror="alert(1)"> '
    "<a href=\"javascript:alert(2)\">Order now</a> & get 20% off! \"quoted\" 'single'"
)
ODD = (
    "👩‍👩‍👧 Family dinner? e\u0301 \u202eRTL\u202c 寿司 \r\n"
    "What do you cook on Sundays when everyone is home? ✌🏽 Tell us!"
)


class Page(HTMLParser):
    """What a browser would build from the HTML: tags, attributes, marks, visible text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self.texts: dict[int, str] = {}  # text of each .dc-text block, without the markers
        self.headings: list[int] = []
        self._block = -1
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "style":
            return
        self.stack.append((tag, attrs))
        if "dc-text" in attrs.get("class", ""):
            self._block += 1
            self.texts[self._block] = ""
        if tag == "mark" and self._inside("dc-text"):
            self.marks.append("")
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append(int(tag[1]))

    def handle_endtag(self, tag):
        if tag != "style" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self._inside("dc-text") or self._inside("dc-ref"):
            return
        self.texts[self._block] += data
        if self.stack and self.stack[-1][0] == "mark":
            self.marks[-1] += data

    def _inside(self, cls: str) -> bool:
        return any(cls in a.get("class", "").split() for _, a in self.stack)


def post_html(text: str, lang: str = "en", **kw) -> str:
    return render.post_panel_html(analyze_post(text, lang=lang), text, lang, **kw)


def made_result(text: str, spans: list[tuple[int, int, str, float]]) -> PostResult:
    """A result with findings placed by hand, to test marks without the engine's opinion."""
    findings = tuple(
        Finding(a, b, kind, text[a:b], f"note about {kind}", "post", effect)
        for a, b, kind, effect in spans
    )
    return PostResult("en", 50, "dialogue", {"invitation": 50}, findings, (), {})


# --- escaping --------------------------------------------------------------------------

def test_hostile_post_renders_inert():
    html = post_html(HOSTILE) + render.original_post_html(
        analyze_post(HOSTILE, lang="en"), HOSTILE, "en")
    page = Page(html)
    assert {tag for tag, _ in page.tags} <= {
        "style", "div", "h3", "h4", "p", "span", "mark", "sup", "ol", "ul", "li", "q",
        "details", "summary",
    }
    assert not [
        (tag, name) for tag, attrs in page.tags for name in attrs
        if name.startswith("on") or name in {"href", "src"}
    ]
    assert "&lt;script&gt;" in html and "<script" not in html
    # the learner's text survives, character for character
    assert page.texts[0] == HOSTILE


def test_hostile_reply_and_comment_render_inert():
    comment = 'Why <b>so</b> late?? <img src=x onerror="alert(1)">'
    reply = '<script>alert(1)</script> Sorry! "Send us a DM"'
    result = analyze_reply(comment, reply, lang="en")
    # The live page's markup holds the comment and the reply in their boxes.
    html = render.reply_panel_html(result, comment, reply, "en") + browser.markup(
        "reply", {"comment": comment, "draft": reply, "lang": "en", "level": 3})
    page = Page(html)
    assert not {tag for tag, _ in page.tags} & {"script", "img", "b", "a"}
    assert page.texts[0] == reply


def test_notes_with_markup_are_escaped_in_titles_and_lists():
    text = "Tell us about your day"
    result = PostResult("en", 60, "dialogue", {}, (
        Finding(0, 7, "invitation", "Tell us", 'a "note" <img src=x onerror=alert(1)>',
                "post", 1.0),
    ), ('advice <script>alert(1)</script>',), {})
    html = render.post_panel_html(result, text, "en")
    assert "<img" not in html and "<script" not in html
    assert 'title="a &quot;note&quot; &lt;img' in html


# --- marks -----------------------------------------------------------------------------

def test_marks_cover_exactly_the_findings_in_odd_unicode():
    result = analyze_post(ODD, lang="en")
    page = Page(render.post_panel_html(result, ODD, "en"))
    assert page.texts[0] == ODD  # nothing lost, nothing added but markers
    marked = [f.text for f in result.findings if f.effect]
    assert page.marks, "the engine found nothing to mark in the test text"
    for mark in page.marks:
        assert any(mark in text for text in marked)


def test_overlapping_findings_are_cut_into_pieces_and_numbered():
    text = "0123456789ABCDEFGHIJ"
    result = made_result(text, [(0, 10, "hard_sell", -2.0), (5, 15, "open_question", 1.0)])
    html = highlight(text, reasons_of(result.findings), "post")
    page = Page(f'<div class="dc-text">{html}</div>')
    assert page.marks == ["01234", "56789", "ABCDE"]
    assert html.count('class="dc-mark dc-hurts"') == 2  # the overlap: -2 + 1 still hurts
    assert html.count('class="dc-mark dc-helps"') == 1
    # reason 1 (the stronger) ends after "9", reason 2 after "E"
    assert '9</mark><sup class="dc-ref">1</sup>' in html
    assert 'E</mark><sup class="dc-ref">2</sup>' in html


def test_a_judgement_on_the_whole_text_is_listed_not_marked():
    text = "  Hungry? Order now!  "
    result = analyze_post(text, lang="en")
    whole = [f for f in result.findings if f.kind == "no_conversation"]
    assert whole, "expected the engine to judge this post as a whole"
    html = render.post_panel_html(result, text, "en")
    assert "(the post as a whole)" in html
    assert all(mark != text.strip() for mark in Page(html).marks)


def test_every_mark_has_a_line_style_and_every_reason_says_helps_or_hurts():
    html = post_html("We are proud of our new app! What do you think of it? Download now!")
    marks = [attrs["class"].split() for tag, attrs in Page(html).tags if tag == "mark"]
    assert marks and all(len({"dc-helps", "dc-hurts"} & set(m)) == 1 for m in marks)
    reasons = html.split('<ol class="dc-reasons">')[1].split("</ol>")[0]
    assert reasons.count("<li>") == reasons.count("Helps:") + reasons.count("Hurts:")


def test_very_long_text_is_capped_and_fast():
    text = "you " * 25_000
    start = time.perf_counter()
    html = post_html(text)
    assert time.perf_counter() - start < 5
    assert html.count("<mark") <= MAX_MARKS + 2  # plus the legend's two examples
    assert f"Only the first {MAX_MARKS} of" in html


# --- structure -------------------------------------------------------------------------

@pytest.mark.parametrize("level", [2, 3])
def test_headings_start_at_the_level_asked_for_and_skip_none(level):
    original = "We are proud to launch our app! Download now!"
    html = post_html("What do you cook on Sundays? Tell us!", level=level,
                     baseline=analyze_post(original, lang="en"), baseline_text=original)
    levels = Page(html).headings
    assert levels[0] == level
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))


def test_what_changed_reports_score_verdict_and_reasons():
    original = "We are proud to launch our app! Download now!"
    baseline = analyze_post(original, lang="en")
    rewrite = "Hi, Ola here. What do you wish our app did for you? Tell us!"
    html = post_html(rewrite, baseline=baseline, baseline_text=original)
    assert "The verdict changed: Broadcast → Dialogue." in html
    assert "New in your version:" in html and "Gone from your version:" in html
    same = post_html(original, baseline=baseline, baseline_text=original)
    assert "You have not changed the text yet." in same


def test_empty_text_gets_a_friendly_prompt():
    for lang in LANGUAGES:
        html = render.post_panel_html(None, "", lang)
        assert "dc-note" in html and "Traceback" not in html
    assert "The box is empty" in render.reply_panel_html(None, "Hi?", "", "en")


def test_reply_panel_points_at_what_the_comment_asks():
    comment = "Do you have anything without gluten? My daughter is coeliac."
    html = render.reply_panel_html(analyze_reply(comment, "Thanks for your message!", lang="en"),
                                   comment, "Thanks for your message!", "en")
    page = Page(html)
    assert "What the comment asks of you:" in html
    assert page.texts[1] == comment
    assert "(in the comment)" in html


# --- both languages --------------------------------------------------------------------

def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_ui_text_exists_in_both_languages_with_the_same_fields():
    for key, texts in UI_TEXT.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(texts[lang].strip() for lang in LANGUAGES), key
        assert _fields(texts["en"]) == _fields(texts["nb"]), key


def test_norwegian_panel_speaks_norwegian():
    text = "Vi er stolte av å lansere nye Fjellbrød! Bestill nå og få 20 % rabatt!"
    html = post_html(text, lang="nb", baseline=analyze_post(text, lang="nb"), baseline_text=text)
    assert 'lang="nb"' in html
    for words in ("Kringkasting", "Poengsum:", "Begrunnelse", "Trekker ned:", "Del for del",
                  "Du har ikke endret teksten ennå."):
        assert words in html
    assert "Score:" not in html and "Hurts" not in html


def test_english_panel_speaks_english():
    html = post_html("What do you cook on Sundays? Tell us!")
    assert 'lang="en"' in html
    for words in ("Dialogue", "Score:", "Why", "Helps:", "Dimension by dimension"):
        assert words in html
