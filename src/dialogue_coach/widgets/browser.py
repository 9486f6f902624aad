"""The widgets on the static book's pages, alive in the reader's browser.

:func:`markup` is what a widget shows on a static page: the same view as in a kernel,
worked out at build time (so the page is complete with JavaScript off or from a file),
its boxes and buttons, a status line, and the widget's *spec* for the browser. In the
browser, ``book/_ext/live/worker.mjs`` runs this package in Pyodide, and
``book/_ext/live/live.mjs`` sends every keystroke or button press to :func:`respond`,
which returns the next view. There is no second engine in JavaScript: the script only
moves text between the page and this module.

A request is JSON: ``{"kind", "spec", "state", "action", "value", "fields"}``; the
answer is ``{"html", "state"}``. Fields are the values of the widget's named inputs
(``data-dc-field``); state is whatever the widget needs to remember between steps
(the quiz's answers), kept by the page and handed back unchanged.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import date
from html import escape

from . import hatcheck, quiz
from .live import check_level, original_html, reply_view, safe_view, studio_view
from .style import LIVE_STYLE
from .ui_text import text as t

KINDS = ("studio", "reply", "quiz", "hat-check")
STATUS_KEYS = ("idle", "loading", "ready", "failed")
_serial = itertools.count(1)


def markup(kind: str, spec: dict) -> str:
    """The widget for a static page: snapshot, inputs, status line and spec."""
    if kind not in KINDS:
        raise ValueError(f"no live widget {kind!r}: use one of {KINDS}")
    lang, _ = check_level(spec["lang"], spec["level"])
    # An id that is unique on the page and stable between builds of the same page.
    digest = hashlib.sha1(json.dumps([kind, spec], sort_keys=True).encode()).hexdigest()[:8]
    spec = {**spec, "id": f"dc-{kind}-{digest}-{next(_serial)}"}
    state = initial_state(kind)
    answer = view(kind, spec, state, initial_fields(kind, spec), live=False)
    texts = " ".join(f'data-dc-text-{key}="{escape(t(f"live_{key}", lang))}"'
                     for key in STATUS_KEYS)
    return (
        f'{LIVE_STYLE}<div class="dc-live" id="{spec["id"]}" lang="{escape(lang)}" '
        f'data-dc-live="{kind}" data-dc-spec="{escape(json.dumps(spec))}" '
        f'data-dc-state="{escape(json.dumps(answer["state"]))}" {texts}>'
        f"{fixed_parts(kind, spec)}"
        f'<p class="dc-status" role="status" data-dc-status>{escape(t("live_snapshot", lang))}</p>'
        f'<div class="dc-view" data-dc-view>{answer["html"]}</div></div>'
    )


def respond(request: str) -> str:
    """One step in the browser: a JSON request in, a JSON answer out."""
    r = json.loads(request)
    answer = view(r["kind"], r["spec"], r.get("state"), r.get("fields") or {},
                  action=r.get("action", "input"), value=r.get("value", ""), live=True)
    return json.dumps(answer)


def initial_state(kind: str):
    if kind == "quiz":
        return quiz.start()
    if kind == "hat-check":
        return {"answers": None, "shown": False}
    return None


def initial_fields(kind: str, spec: dict) -> dict:
    if kind == "studio":
        return {"text": spec["original"]}
    if kind == "reply":
        return {"comment": spec["comment"], "reply": spec["draft"]}
    return {}


def fixed_parts(kind: str, spec: dict) -> str:
    """What stays on the page while the view below it changes: the original post and
    the text boxes (re-drawing a box would lose the cursor)."""
    lang, level, wid = spec["lang"], spec["level"], spec["id"]
    if kind == "studio":
        return (original_html(spec["original"], lang, level)
                + _textarea(wid, "text", t("rewrite_label", lang), spec["original"]))
    if kind == "reply":
        return (_textarea(wid, "comment", t("comment_label", lang), spec["comment"], rows=3)
                + _textarea(wid, "reply", t("reply_label", lang), spec["draft"]))
    return ""


def view(kind: str, spec: dict, state, fields: dict, *, action: str = "input",
         value: str = "", live: bool) -> dict:
    """The next view and state of a widget, given what the reader did."""
    lang, level = check_level(spec["lang"], spec["level"])
    if kind == "studio":
        html = safe_view(lambda: studio_view(spec["original"], fields.get("text", ""), lang,
                                             level), "rewrite_heading", lang, level)
    elif kind == "reply":
        html = safe_view(lambda: reply_view(fields.get("comment", ""), fields.get("reply", ""),
                                            spec["draft"], lang, level),
                         "reply_heading", lang, level)
    elif kind == "quiz":
        if action != "input":
            state = quiz.act(state, action, value, lang)
        asking = quiz.phase(state, lang) == "question"
        html = quiz.quiz_html(state, lang, level) + _buttons(
            quiz.button_keys(state, lang), lang, live, t("quiz_choices", lang) if asking else "")
    elif kind == "hat-check":
        state, html = _hat_check(spec, state, fields, action, live)
    else:
        raise ValueError(f"no live widget {kind!r}")
    return {"html": html, "state": state}


# --- the hat check's form -------------------------------------------------------------

def _hat_check(spec: dict, state: dict, fields: dict, action: str, live: bool):
    lang, level, wid = spec["lang"], spec["level"], spec["id"]
    earlier = fields.get("earlier", "")
    if action == "submit":
        answers = [fields.get(f"q{i}") for i in range(len(hatcheck.statements()))]
        missing = [i + 1 for i, a in enumerate(answers) if a in (None, "")]
        if missing:
            return state, _hat_form(wid, answers, earlier, lang, live,
                                    hatcheck.missing_html(missing, lang))
        state = {"answers": [int(a) for a in answers], "shown": True}
        html = hatcheck.profile_html(state["answers"], lang, day=date.today(), earlier=earlier,
                                     level=level)
        return state, html + _buttons([("retake", "", "hat_retake")], lang, live)
    if action == "retake":
        state = {**state, "shown": False}
    return state, _hat_form(wid, (state or {}).get("answers"), earlier, lang, live)


def _hat_form(wid: str, answers, earlier: str, lang: str, live: bool,
              problem: str = "") -> str:
    items = hatcheck.statements()
    answers = answers or [None] * len(items)
    scale = hatcheck.scale(lang)
    groups = []
    for i, (s, a) in enumerate(zip(items, answers, strict=True)):
        options = "".join(
            f'<label><input type="radio" name="{wid}-q{i}" value="{v}" data-dc-field="q{i}"'
            f'{" checked" if a is not None and int(a) == v else ""}> {escape(word)}</label>'
            for v, word in enumerate(scale)
        )
        number = escape(t("hat_statement", lang, n=i + 1, total=len(items)))
        groups.append(f'<fieldset class="dc-choice"><legend><span class="dc-small">{number}'
                      f"</span> {escape(s.text[lang])}</legend>{options}</fieldset>")
    earlier_box = (f'<label class="dc-label" for="{wid}-earlier">'
                   f'{escape(t("hat_earlier_label", lang))}</label>'
                   f'<input type="text" id="{wid}-earlier" class="dc-input" data-dc-field="earlier"'
                   f' data-dc-recall value="{escape(earlier)}" autocomplete="off">')
    return (f'<div class="dc-studio" lang="{escape(lang)}">'
            f"<p>{escape(t('hat_intro', lang))}</p>{''.join(groups)}{earlier_box}{problem}"
            f"</div>" + _buttons([("submit", "", "hat_submit")], lang, live))


# --- pieces ---------------------------------------------------------------------------

def _textarea(wid: str, field: str, label: str, value: str, rows: int = 6) -> str:
    return (f'<label class="dc-label" for="{wid}-{field}">{escape(label)}</label>'
            f'<textarea id="{wid}-{field}" class="dc-input" rows="{rows}" '
            f'data-dc-field="{field}">{escape(value)}</textarea>')


def _buttons(keys, lang: str, live: bool, group_label: str = "") -> str:
    """The widget's buttons; on a static snapshot they are disabled until the page's
    script knows it can run the coach."""
    disabled = "" if live else " disabled"
    buttons = "".join(
        f'<button type="button" class="dc-button" data-dc-action="{escape(action)}" '
        f'data-dc-value="{escape(value)}"{disabled}>{escape(t(key, lang))}</button>'
        for action, value, key in keys
    )
    label = f' role="group" aria-label="{escape(group_label)}"' if group_label else ""
    return f'<div class="dc-actions"{label}>{buttons}</div>'
