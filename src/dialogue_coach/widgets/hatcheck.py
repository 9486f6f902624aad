"""The hat check: a short self-assessment that draws the sender's hat against the
dialogue partner's hat, with advice, and a code to compare with a month later.

The statements are data (``data/hat_check.toml``). Answers are numbers from 0 (never) to
4 (always); a code such as ``HC1-2026-12-03-31204213`` holds the date and the answers, so
a learner can keep it anywhere (a note, an e-mail; the static book's page also keeps it
in the browser's local storage) and paste it into the next check. Everything here is a
pure function, shared by the notebook widget and the static book's live page.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from html import escape
from pathlib import Path

from .render import _bar, _heading, _note, _panel, _subheading
from .ui_text import check_language
from .ui_text import text as t

HAT_FILE = Path(__file__).with_name("data") / "hat_check.toml"
HATS = ("sender", "partner")
TOP = 4  # "always"
# Answers at or past these lean towards the sender's hat and earn the statement's advice.
SENDER_LEANS_FROM = 3
PARTNER_LEANS_UP_TO = 1
# A difference of more than this many points between the hats names the one worn most.
CLEAR_LEAN = 15
CODE = re.compile(r"^HC1-(\d{4})-(\d{2})-(\d{2})-([0-4]+)$")


@dataclass(frozen=True)
class Statement:
    hat: str
    text: dict[str, str]
    advice: dict[str, str]


@cache
def _data() -> dict:
    with HAT_FILE.open("rb") as f:
        return tomllib.load(f)


def statements() -> tuple[Statement, ...]:
    return tuple(Statement(s["hat"], {k: s[k] for k in ("en", "nb")}, s["advice"])
                 for s in _data()["statements"])


def scale(lang: str) -> list[str]:
    return _data()["scale"][check_language(lang)]


# --- scores, advice and codes ---------------------------------------------------------

def check_answers(answers: Sequence[int]) -> list[int]:
    items = statements()
    if len(answers) != len(items) or any(a not in range(TOP + 1) for a in answers):
        raise ValueError(f"the hat check needs {len(items)} answers from 0 to {TOP}")
    return list(answers)


def profile(answers: Sequence[int]) -> dict[str, int]:
    """Each hat from 0 to 100: how often the learner does what that hat does. The two are
    measured apart, because one can sell in every post and still answer every comment."""
    answers = check_answers(answers)
    scores = {}
    for hat in HATS:
        mine = [a for s, a in zip(statements(), answers, strict=True) if s.hat == hat]
        scores[hat] = round(100 * sum(mine) / (TOP * len(mine)))
    return scores


def advice(answers: Sequence[int], lang: str) -> list[str]:
    """The advice of every statement whose answer leans towards the sender's hat."""
    return [
        s.advice[lang]
        for s, a in zip(statements(), check_answers(answers), strict=True)
        if (s.hat == "sender" and a >= SENDER_LEANS_FROM)
        or (s.hat == "partner" and a <= PARTNER_LEANS_UP_TO)
    ]


def save_code(answers: Sequence[int], day: date) -> str:
    return f"HC1-{day.isoformat()}-{''.join(map(str, check_answers(answers)))}"


def read_code(code: str) -> tuple[date, list[int]]:
    """The date and answers in *code*, or a ValueError."""
    match = CODE.match(code.strip())
    if not match:
        raise ValueError(f"not a hat-check code: {code!r}")
    year, month, day, digits = match.groups()
    return date(int(year), int(month), int(day)), check_answers([int(d) for d in digits])


def example_code() -> str:
    return save_code([2] * len(statements()), date(2026, 12, 3))


# --- the views ------------------------------------------------------------------------

def profile_html(answers: Sequence[int], lang: str, *, day: date, earlier: str = "",
                 level: int = 3) -> str:
    """The profile of *answers*, the advice, the code to keep, and the change since the
    check in *earlier* (a code; ignored when blank, explained when unreadable)."""
    scores = profile(answers)
    code = save_code(answers, day)
    lean = scores["sender"] - scores["partner"]
    key = ("hat_lean_sender" if lean > CLEAR_LEAN
           else "hat_lean_partner" if lean < -CLEAR_LEAN else "hat_lean_both")
    tips = advice(answers, lang)
    parts = [
        _heading(level, t("hat_profile_heading", lang)),
        f'<p tabindex="-1" data-dc-focus><strong>{escape(t(key, lang))}</strong></p>',
        '<ul class="dc-dims dc-hats">' + "".join(_hat_row(h, scores[h], lang) for h in HATS)
        + "</ul>",
        _note(t("hat_scale_note", lang)),
    ]
    if earlier.strip():
        parts += _comparison(earlier, scores, lang, level + 1)
    parts.append(_subheading(level + 1, t("hat_advice_heading", lang)))
    parts.append("<ul>" + "".join(f"<li>{escape(tip)}</li>" for tip in tips) + "</ul>"
                 if tips else _note(t("hat_no_advice", lang)))
    parts += [
        _subheading(level + 1, t("hat_code_heading", lang)),
        f'<p>{escape(t("hat_code_label", lang))}: '
        f'<code class="dc-code" data-dc-remember="{escape(code)}">{escape(code)}</code></p>',
        f"<p>{escape(t('hat_code_hint', lang))}</p>",
    ]
    return _panel(lang, parts)


def _hat_row(hat: str, value: int, lang: str) -> str:
    return (f'<li><span>{escape(t(f"hat_{hat}", lang))}</span>{_bar(value)}'
            f'<span class="dc-value">{escape(t("hat_value", lang, value=value))}</span></li>')


def _comparison(earlier: str, now: dict[str, int], lang: str, level: int) -> list[str]:
    try:
        then_day, then_answers = read_code(earlier)
    except ValueError:
        problem = t("hat_bad_code", lang, code=earlier.strip()[:80], example=example_code())
        return [f'<p class="dc-problem">{escape(problem)}</p>']
    then = profile(then_answers)
    lines = [t("hat_compare_line", lang, hat=t(f"hat_{h}", lang), before=then[h], after=now[h],
               delta=f"{now[h] - then[h]:+d}") for h in HATS]
    return [_subheading(level, t("hat_compare_heading", lang, date=then_day.isoformat())),
            "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"]


def missing_html(missing: Sequence[int], lang: str) -> str:
    """Shown instead of a profile while statements (numbered from 1) are unanswered."""
    numbers = ", ".join(map(str, missing))
    return (f'<p class="dc-problem" tabindex="-1" data-dc-focus>'
            f'{escape(t("hat_missing", lang, numbers=numbers))}</p>')


def hat_check(lang: str = "en", *, heading_level: int = 3, today: date | None = None):
    """The hat check as an ipywidget: one group of options per statement, a box for an
    earlier code, a button, and the profile under it. *today* dates the code (tests)."""
    import ipywidgets as w

    from .live import check_level, live_box, safe_view

    lang, level = check_level(lang, heading_level)
    words = scale(lang)
    groups = [
        w.RadioButtons(options=[(word, v) for v, word in enumerate(words)], value=None,
                       description=f"{n}. {s.text[lang]}",
                       style={"description_width": "initial"},
                       layout=w.Layout(flex_flow="column", width="auto"))
        for n, s in enumerate(statements(), 1)
    ]
    earlier = w.Text(description=t("hat_earlier_label", lang),
                     style={"description_width": "initial"}, layout=w.Layout(width="auto"))
    button = w.Button(description=t("hat_submit", lang))
    shown = w.HTML()

    def show(_=None) -> None:
        answers = [g.value for g in groups]
        missing = [n for n, a in enumerate(answers, 1) if a is None]
        if missing:
            shown.value = _panel(lang, [missing_html(missing, lang)])
            return
        day = today or date.today()
        shown.value = safe_view(lambda: profile_html(answers, lang, day=day,
                                                     earlier=earlier.value, level=level),
                                "hat_profile_heading", lang, level)

    button.on_click(show)
    intro = w.HTML(_panel(lang, [f"<p>{escape(t('hat_intro', lang))}</p>"]))
    return live_box([intro, *groups, earlier, button, shown], "hat-check",
                    {"lang": lang, "level": level})
