"""The engine's verdicts as HTML for the widgets: pure functions, result in, string out.

Nothing here needs a kernel or ipywidgets, so every panel can be tested as a string. The
widgets in :mod:`.live` only decide *when* to call these. All text that comes from a
learner or from the lexicons goes through ``html.escape``: ipywidgets' HTML widget puts
its value into the page as it is.

Headings start at ``level`` (3 by default: the book page has its title and a section
heading above each widget) and go one level deeper inside a panel, never skipping one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from dialogue_coach import PostResult, ReplyResult
from dialogue_coach.lexicon import load_lexicon

from .highlight import MAX_MARKS, Reason, covers_whole, highlight, marked_spans, reasons_of
from .style import STYLE
from .ui_text import text as t

Result = PostResult | ReplyResult
# Quotes in the list of reasons: enough to recognise the passage, short enough to scan.
QUOTE_CHARS = 60
QUOTES_PER_REASON = 3


# --- whole panels -----------------------------------------------------------------------

def original_post_html(result: PostResult, post: str, lang: str, level: int = 3) -> str:
    """The post the learner starts from: its verdict, the text marked, reasons folded away."""
    reasons = reasons_of(result.findings)
    texts = {"post": post}
    return _panel(lang, [
        _heading(level, t("original_heading", lang)),
        _verdict(result, lang),
        _marked_text(post, reasons, "post", lang),
        "<details><summary>" + escape(t("original_why", lang)) + "</summary>"
        + _reasons_list(reasons, texts, lang) + "</details>",
    ])


def post_panel_html(
    result: PostResult | None,
    post: str,
    lang: str,
    *,
    baseline: PostResult | None = None,
    baseline_text: str = "",
    level: int = 3,
) -> str:
    """The live verdict on the learner's post; *baseline* is the original to compare with."""
    heading = _heading(level, t("rewrite_heading", lang))
    if result is None:
        return _panel(lang, [heading, _note(t("rewrite_empty", lang))])
    reasons = reasons_of(result.findings)
    texts = {"post": post}
    parts = [
        heading,
        _verdict(result, lang),
        _legend(lang),
        _marked_text(post, reasons, "post", lang),
    ]
    changes = None if baseline is None else (baseline, post == baseline_text)
    return _panel(lang, parts + _explanation(result, reasons, texts, changes, lang, level + 1))


def reply_panel_html(
    result: ReplyResult | None,
    comment: str,
    reply: str,
    lang: str,
    *,
    baseline: ReplyResult | None = None,
    baseline_text: str = "",
    level: int = 3,
) -> str:
    """The live verdict on the learner's reply; *baseline* is the draft to compare with."""
    heading = _heading(level, t("reply_heading", lang))
    if result is None:
        return _panel(lang, [heading, _note(t("reply_empty", lang))])
    reasons = reasons_of(result.findings)
    texts = {"comment": comment, "reply": reply}
    parts = [heading, _verdict(result, lang), _legend(lang)]
    parts += [f"<p>{escape(t('reply_marked', lang))}</p>",
              _marked_text(reply, reasons, "reply", lang)]
    if marked_spans(comment, reasons, "comment"):
        parts += [f"<p>{escape(t('comment_marked', lang))}</p>",
                  _marked_text(comment, reasons, "comment", lang)]
    changes = None if baseline is None else (baseline, reply == baseline_text)
    return _panel(lang, parts + _explanation(result, reasons, texts, changes, lang, level + 1))


def message_html(heading_key: str, message_key: str, lang: str, level: int = 3) -> str:
    """A panel with one message instead of a verdict: "problem" is shown instead of a
    traceback if the engine fails on some text."""
    return _panel(lang, [_heading(level, t(heading_key, lang)), _note(t(message_key, lang))])


def language_html(heading_key: str, message: str, lang: str, level: int = 3) -> str:
    """Shown instead of a verdict when the text is in a language the coach does not read:
    *message* (the engine's, in the page's language) names the language found."""
    return _panel(lang, [_heading(level, t(heading_key, lang)),
                         f'<p class="dc-note" role="status">{escape(message)}</p>'])


# --- pieces ----------------------------------------------------------------------------

def _panel(lang: str, parts: Sequence[str]) -> str:
    return f'{STYLE}<div class="dc-studio" lang="{escape(lang)}">{"".join(parts)}</div>'


def _heading(level: int, title: str) -> str:
    """A panel's own title (its size is set by class: see style.py)."""
    return f'<h{level} class="dc-title">{escape(title)}</h{level}>'


def _subheading(level: int, title: str) -> str:
    """A section inside a panel; *level* is already one below the panel's title."""
    return f'<h{level} class="dc-sub">{escape(title)}</h{level}>'


def _note(message: str) -> str:
    return f'<p class="dc-note">{escape(message)}</p>'


def _verdict(result: Result, lang: str) -> str:
    """Label in words, score in words and as a bar: the bar only repeats the number."""
    label = t(f"label_{result.label}", lang)
    return (
        '<p class="dc-verdict">'
        f'<span class="dc-badge dc-badge-{escape(result.label)}">{escape(label)}</span>'
        f'<span>{escape(t("score", lang, score=result.score))}</span>'
        f"{_bar(result.score)}</p>"
    )


def _bar(value: int) -> str:
    width = max(0, min(100, int(value)))
    return (f'<span class="dc-bar" aria-hidden="true">'
            f'<span class="dc-fill" style="width: {width}%"></span></span>')


def _legend(lang: str) -> str:
    helps = f'<mark class="dc-mark dc-helps">{escape(t("legend_helps", lang))}</mark>'
    hurts = f'<mark class="dc-mark dc-hurts">{escape(t("legend_hurts", lang))}</mark>'
    # The placeholders are filled with markup, so escape the sentence around them first.
    return f'<p class="dc-legend">{escape(t("legend", lang)).format(helps=helps, hurts=hurts)}</p>'


def _marked_text(text: str, reasons: Sequence[Reason], part: str, lang: str) -> str:
    html = f'<div class="dc-text">{highlight(text, reasons, part)}</div>'
    total = len(marked_spans(text, reasons, part))
    if total > MAX_MARKS:
        html += _note(t("too_many_marks", lang, shown=MAX_MARKS, total=total))
    return html


def _explanation(result: Result, reasons: Sequence[Reason], texts: Mapping[str, str],
                 changes: tuple[Result, bool] | None, lang: str, level: int) -> list[str]:
    """Why, what changed (given the baseline and whether the text is still the same),
    what to try next, and the dimensions: reasons first, numbers last."""
    parts = [_subheading(level, t("why_heading", lang)), _reasons_list(reasons, texts, lang)]
    if changes is not None:
        parts += _changes(result, *changes, lang, level)
    if result.suggestions:
        parts += [
            _subheading(level, t("suggestions_heading", lang)),
            "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in result.suggestions) + "</ul>",
        ]
    parts += _dimensions(result, lang, level)
    return parts


def _sign(reason: Reason, lang: str) -> str:
    arrow, word = ("▲", t("helps", lang)) if reason.helps else ("▼", t("hurts", lang))
    return (f'<span class="dc-sign"><span aria-hidden="true">{arrow} </span>'
            f"{escape(word)}:</span>")


def _reasons_list(reasons: Sequence[Reason], texts: Mapping[str, str], lang: str) -> str:
    if not reasons:
        return _note(t("no_reasons", lang))
    items = [
        f"<li>{_sign(r, lang)} {escape(r.note)} {_where(r, texts, lang)}</li>" for r in reasons
    ]
    return '<ol class="dc-reasons">' + "".join(items) + "</ol>"


def _where(reason: Reason, texts: Mapping[str, str], lang: str) -> str:
    """Quotes of the passages behind a reason, or which text it judges as a whole."""
    quotes, whole = [], None
    for f in reason.findings:
        if covers_whole(texts[f.part], f):
            whole = f.part
        else:
            quotes.append(f.text)
    distinct = list(dict.fromkeys(quotes))
    shown = [f"<q>{escape(_shorten(q))}</q>" for q in distinct[:QUOTES_PER_REASON]]
    if len(distinct) > QUOTES_PER_REASON:
        shown.append(escape(t("more_quotes", lang, count=len(distinct) - QUOTES_PER_REASON)))
    place = None
    if whole:
        place = {"post": "whole_post", "reply": "whole_reply", "comment": "in_comment"}[whole]
    elif reason.findings[0].part == "comment":
        place = "in_comment"
    where = f" ({escape(t(place, lang))})" if place else ""
    return ", ".join(shown) + where


def _shorten(quote: str) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1].rstrip() + "…"


def _changes(result: Result, baseline: Result, same_text: bool, lang: str,
             level: int) -> list[str]:
    """What the learner's edits did: score, verdict, and which reasons came and went."""
    heading = _subheading(level, t("changes_heading", lang))
    if same_text:
        return [heading, _note(t("unchanged_text", lang))]
    delta = result.score - baseline.score
    before, after = t(f"label_{baseline.label}", lang), t(f"label_{result.label}", lang)
    lines = [t("score_change", lang, before=baseline.score, after=result.score,
               delta=f"{delta:+d}")]
    lines.append(t("label_changed", lang, before=before, after=after)
                 if result.label != baseline.label else t("label_same", lang, label=after))
    parts = [heading] + [f"<p>{escape(line)}</p>" for line in lines]
    now = {r.kind: r for r in reasons_of(result.findings)}
    then = {r.kind: r for r in reasons_of(baseline.findings)}
    gained = [r for kind, r in now.items() if kind not in then]
    lost = [r for kind, r in then.items() if kind not in now]
    for key, group in (("gained", gained), ("lost", lost)):
        if group:
            parts.append(f"<p>{escape(t(key, lang))}</p><ul>"
                         + "".join(f"<li>{_sign(r, lang)} {escape(r.note)}</li>" for r in group)
                         + "</ul>")
    if not gained and not lost:
        parts.append(_note(t("same_reasons", lang)))
    return parts


def _dimensions(result: Result, lang: str, level: int) -> list[str]:
    names = load_lexicon(lang).dimension_names
    rows = [
        f'<li><span>{escape(names.get(dim, dim.replace("_", " ")))}</span>'
        f'{_bar(value)}<span class="dc-value">{int(value)}</span></li>'
        for dim, value in result.dimensions.items()
    ]
    return [
        _subheading(level, t("dimensions_heading", lang)),
        _note(t("dimensions_hint", lang)),
        '<ul class="dc-dims">' + "".join(rows) + "</ul>",
    ]
