"""Every kind of panel, in both languages, checked by axe in a real Chromium.

The live studio test sees the panels a learner reaches by typing; this one puts all of
them on one page (empty box, original post, changes, replies with the comment marked),
each under a section heading as on the book's pages, so contrast, heading order and
names are checked for every state the renderers can produce.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from dialogue_coach import analyze_post, analyze_reply
from dialogue_coach.widgets import browser, hatcheck, quiz, render

BLOCKING_IMPACTS = {"serious", "critical"}
EXAMPLES = {
    "en": {
        "post": "We are proud to launch the new Fjordcase! Order now and get 20% off! #new",
        "rewrite": "Hi, Ola here. What do you carry on your daily commute? Tell us!",
        "comment": "Do you have anything without gluten? My daughter is coeliac.",
        "reply": "Thanks for your message! Check out our menu on the website.",
    },
    "nb": {
        "post": "Vi er stolte av å lansere nye Fjordveska! Bestill nå og få 20 % rabatt! #nyhet",
        "rewrite": "Hei, det er Ola. Hva har du med deg til jobben hver dag? Fortell oss!",
        "comment": "Har dere noe uten gluten? Dattera mi har cøliaki.",
        "reply": "Takk for meldingen! Sjekk menyen vår på nettsiden.",
    },
}


def panels(lang: str) -> list[str]:
    ex = EXAMPLES[lang]
    original = analyze_post(ex["post"], lang=lang)
    draft = analyze_reply(ex["comment"], ex["reply"], lang=lang)
    return [
        render.original_post_html(original, ex["post"], lang),
        render.post_panel_html(analyze_post(ex["rewrite"], lang=lang), ex["rewrite"], lang,
                               baseline=original, baseline_text=ex["post"]),
        render.post_panel_html(original, ex["post"], lang, baseline=original,
                               baseline_text=ex["post"]),
        render.post_panel_html(None, "", lang),
        render.reply_panel_html(draft, ex["comment"], ex["reply"], lang, baseline=draft,
                                baseline_text=ex["reply"]),
        render.reply_panel_html(None, ex["comment"], "", lang),
        render.message_html("reply_heading", "problem", lang),
        *quiz_and_hat_check(lang),
        *[browser.markup(kind, spec) for kind, spec in (
            ("studio", {"original": ex["post"], "lang": lang, "level": 3}),
            ("reply", {"comment": ex["comment"], "draft": ex["reply"], "lang": lang,
                       "level": 3}),
            ("quiz", {"lang": lang, "level": 3}),
            ("hat-check", {"lang": lang, "level": 3}),
        )],
    ]


def quiz_and_hat_check(lang: str) -> list[str]:
    """The quiz after a right and a wrong answer and at the end; a hat profile compared
    with an earlier one, and one with a code that cannot be read."""
    right = quiz.answer(quiz.start(), quiz.quiz_items(lang)[0].label, lang)
    wrong = quiz.answer(quiz.advance(right), "broadcast" if quiz.quiz_items(lang)[1].label
                        == "dialogue" else "dialogue", lang)
    done = {"answers": ["dialogue"] * len(quiz.quiz_items(lang)), "revealed": False}
    answers = [i % 5 for i in range(len(hatcheck.statements()))]
    earlier = hatcheck.example_code()
    today = hatcheck.read_code(earlier)[0]
    return [quiz.quiz_html(s, lang) for s in (right, wrong, done)] + [
        hatcheck.profile_html(answers, lang, day=today, earlier=earlier),
        hatcheck.profile_html(answers, lang, day=today, earlier="not a code"),
    ]


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_all_panels_pass_axe(browser, lang):
    sections = "".join(f"<h2>Section {i}</h2>{html}" for i, html in enumerate(panels(lang), 1))
    page = browser.new_page()
    try:
        page.set_content(
            f'<!DOCTYPE html><html lang="{lang}"><head><title>Panels</title></head>'
            f"<body><main><h1>Panels</h1>{sections}</main></body></html>"
        )
        result = Axe().run(page, options={"resultTypes": ["violations"]})
    finally:
        page.close()
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}"
        for v in result.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]
    assert blocking == []
