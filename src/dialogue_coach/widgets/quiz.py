"""The broadcaster quiz: posts one at a time, the learner says broadcast or dialogue.

After each answer the learner sees whether the course agrees, which trap or habit the
post shows, and the engine's reasons; at the end, a score and the families missed. The
posts are data (``data/quiz.toml``). The quiz's state is a small JSON-able dict, and every
step is a pure function of it, so the notebook widget and the static book's live page
(:mod:`.browser`) run the same code: the widget keeps the state in the kernel, the page
keeps it in the browser and asks Python in a Web Worker for the next view.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

from dialogue_coach import analyze_post

from .highlight import reasons_of
from .render import _heading, _marked_text, _note, _panel, _reasons_list, _subheading, _verdict
from .ui_text import check_language
from .ui_text import text as t

QUIZ_FILE = Path(__file__).with_name("data") / "quiz.toml"
CHOICES = ("broadcast", "dialogue")
State = dict  # {"answers": ["broadcast", ...], "revealed": bool}


@dataclass(frozen=True)
class QuizItem:
    text: str
    label: str
    family: str


@cache
def _data() -> dict:
    with QUIZ_FILE.open("rb") as f:
        return tomllib.load(f)


def quiz_items(lang: str) -> tuple[QuizItem, ...]:
    return tuple(QuizItem(**item) for item in _data()[check_language(lang)])


def family_name(family: str, lang: str) -> str:
    return _data()["families"][family][lang]


# --- the steps: state in, new state out -----------------------------------------------

def start() -> State:
    return {"answers": [], "revealed": False}


def answer(state: State, choice: str, lang: str) -> State:
    """Record *choice* for the current post and reveal the verdict; a second click on a
    revealed post, or a click after the last post, changes nothing."""
    if choice not in CHOICES:
        raise ValueError(f"a quiz answer is one of {CHOICES}, not {choice!r}")
    if phase(state, lang) != "question":
        return state
    return {"answers": [*state["answers"], choice], "revealed": True}


def advance(state: State) -> State:
    return {"answers": list(state["answers"]), "revealed": False}


def phase(state: State, lang: str) -> str:
    """"question", "feedback" (the last answer revealed) or "summary"."""
    if state["revealed"]:
        return "feedback"
    return "summary" if len(state["answers"]) >= len(quiz_items(lang)) else "question"


def right_answers(state: State, lang: str) -> int:
    return sum(a == item.label for a, item in zip(state["answers"], quiz_items(lang),
                                                   strict=False))


def missed_families(state: State, lang: str) -> list[str]:
    """The families of the posts answered wrongly, each once, in quiz order."""
    missed = [item.family for a, item in zip(state["answers"], quiz_items(lang), strict=False)
              if a != item.label]
    return list(dict.fromkeys(missed))


# --- the views ------------------------------------------------------------------------

def quiz_html(state: State, lang: str, level: int = 3) -> str:
    """The current step as HTML, without its buttons (the widget or page adds those)."""
    step = phase(state, lang)
    if step == "summary":
        return _summary(state, lang, level)
    items = quiz_items(lang)
    n = len(state["answers"]) if step == "feedback" else len(state["answers"]) + 1
    item = items[n - 1]
    title = t("quiz_progress", lang, n=n, total=len(items))
    parts = [_heading(level, title)]
    if step == "question":
        parts += [f'<div class="dc-text">{escape(item.text)}</div>',
                  f"<p>{escape(t('quiz_prompt', lang))}</p>"]
    else:
        parts += _feedback(item, state["answers"][-1], lang, level + 1)
    if state["answers"]:
        parts.append(_running(state, lang))
    return _panel(lang, parts)


def _feedback(item: QuizItem, given: str, lang: str, level: int) -> list[str]:
    result = analyze_post(item.text, lang=lang)
    reasons = reasons_of(result.findings)
    said, label = t(f"word_{given}", lang), t(f"word_{item.label}", lang)
    verdict = (t("quiz_right", lang, answer=said) if given == item.label
               else t("quiz_wrong", lang, answer=said, label=label))
    return [
        # Focus moves here after an answer, so a screen reader reads the verdict first.
        f'<p class="dc-quiz-verdict" tabindex="-1" data-dc-focus><strong>{escape(verdict)}'
        f"</strong> {escape(t('quiz_family', lang, family=family_name(item.family, lang)))}</p>",
        _verdict(result, lang),
        _marked_text(item.text, reasons, "post", lang),
        _subheading(level, t("quiz_reasons", lang)),
        _reasons_list(reasons, {"post": item.text}, lang),
    ]


def _running(state: State, lang: str) -> str:
    line = t("quiz_running", lang, right=right_answers(state, lang),
             answered=len(state["answers"]))
    return f'<p class="dc-running">{escape(line)}</p>'


def _summary(state: State, lang: str, level: int) -> str:
    total = len(quiz_items(lang))
    parts = [
        _heading(level, t("quiz_summary_heading", lang)),
        f'<p tabindex="-1" data-dc-focus><strong>'
        f'{escape(t("quiz_summary", lang, right=right_answers(state, lang), total=total))}'
        "</strong></p>",
    ]
    missed = missed_families(state, lang)
    if missed:
        parts += [f"<p>{escape(t('quiz_missed', lang))}</p>",
                  "<ul>" + "".join(f"<li>{escape(family_name(f, lang))}</li>" for f in missed)
                  + "</ul>"]
    else:
        parts.append(_note(t("quiz_none_missed", lang)))
    return _panel(lang, parts)


def button_keys(state: State, lang: str) -> list[tuple[str, str, str]]:
    """The buttons the current step offers, as (action, value, ui_text key)."""
    step = phase(state, lang)
    if step == "question":
        return [("answer", choice, f"label_{choice}") for choice in CHOICES]
    if step == "feedback":
        last = len(state["answers"]) >= len(quiz_items(lang))
        return [("next", "", "quiz_finish" if last else "quiz_next")]
    return [("restart", "", "quiz_restart")]


def act(state: State, action: str, value: str, lang: str) -> State:
    """One button press: the same dispatch for the widget and the page."""
    if action == "answer":
        return answer(state, value, lang)
    if action == "next":
        return advance(state)
    if action == "restart":
        return start()
    raise ValueError(f"the quiz has no action {action!r}")


def broadcaster_quiz(lang: str = "en", *, heading_level: int = 3):
    """The quiz as an ipywidget: the current step, and a row of buttons under it."""
    import ipywidgets as w

    from .live import check_level, live_box, safe_view

    lang, level = check_level(lang, heading_level)
    state = start()
    shown = w.HTML()
    row = w.HBox(layout=w.Layout(flex_flow="row wrap"))

    def show() -> None:
        shown.value = safe_view(lambda: quiz_html(state, lang, level), "quiz_summary_heading",
                                lang, level)
        row.children = [_button(action, value, key) for action, value, key
                        in button_keys(state, lang)]

    def _button(action: str, value: str, key: str):
        button = w.Button(description=t(key, lang))

        def press(_):
            nonlocal state
            state = act(state, action, value, lang)
            show()

        button.on_click(press)
        return button

    show()
    return live_box([shown, row], "quiz", {"lang": lang, "level": level})
