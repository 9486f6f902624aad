"""The widgets themselves: a text box wired to the engine and to the panels of :mod:`.render`.

ipywidgets is imported when a widget is built, not when this module is imported, so the
package (and its renderers) import where ipywidgets is missing, as in a grader.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from dialogue_coach import (
    PostResult,
    ReplyResult,
    UnsupportedLanguageError,
    analyze_post,
    analyze_reply,
)

from . import render
from .ui_text import check_language
from .ui_text import text as t

log = logging.getLogger(__name__)


def rewrite_studio(original: str, lang: str = "en", *, heading_level: int = 3):
    """A post to rewrite, and a verdict that follows every keystroke.

    Shows *original* with its verdict, a text box prefilled with it, and a panel that
    judges what is in the box as the learner types: label, score, the passages that
    count, why, what changed against the original, what to try next, and the dimensions.
    *lang* ("en" or "nb") is the language of the page and of the engine's verdicts.
    """
    lang, level = _check(lang, heading_level)
    try:
        baseline = judge_post(original, lang)
        header = render.original_post_html(baseline, original, lang, level) if baseline else ""
    except UnsupportedLanguageError as exc:
        baseline = None
        header = render.language_html("original_heading", exc.message_in(lang), lang, level)

    def panel(post: str) -> str:
        return render.post_panel_html(judge_post(post, lang), post, lang, baseline=baseline,
                                      baseline_text=original, level=level)

    return _studio(header, t("rewrite_label", lang), original, panel, "rewrite_heading",
                   lang, level)


def reply_trainer(comment: str, lang: str = "en", *, draft: str = "", heading_level: int = 3):
    """A follower's comment, a box for the reply, and a verdict that follows every keystroke.

    *draft* prefills the box (a weak reply to improve, say); when given, the panel also
    says what changed against it.
    """
    lang, level = _check(lang, heading_level)
    if not comment.strip():
        raise ValueError("the comment to reply to is empty")
    try:
        baseline = judge_reply(comment, draft, lang)
    except UnsupportedLanguageError:
        baseline = None  # the panel says so as soon as it judges the draft

    def panel(reply: str) -> str:
        return render.reply_panel_html(judge_reply(comment, reply, lang), comment, reply, lang,
                                       baseline=baseline, baseline_text=draft, level=level)

    return _studio(render.comment_html(comment, lang, level), t("reply_label", lang), draft,
                   panel, "reply_heading", lang, level)


def judge_post(post: str, lang: str) -> PostResult | None:
    """The engine's verdict, or None for a blank text (the panel then invites writing)."""
    return analyze_post(post, lang=lang) if post.strip() else None


def judge_reply(comment: str, reply: str, lang: str) -> ReplyResult | None:
    return analyze_reply(comment, reply, lang=lang) if reply.strip() else None


def _check(lang: str, heading_level: int) -> tuple[str, int]:
    # Panels use this level and the one below it; HTML has six.
    if heading_level not in range(1, 6):
        raise ValueError(f"heading_level must be between 1 and 5, not {heading_level!r}")
    return check_language(lang), heading_level


def _studio(header_html: str, box_label: str, start_text: str, panel: Callable[[str], str],
            heading_key: str, lang: str, level: int):
    import ipywidgets as w

    box = w.Textarea(
        value=start_text,
        description=box_label,  # becomes the box's <label>: its name for screen readers
        continuous_update=True,
        rows=6,
        style={"description_width": "initial"},
        # Label above the box, box as wide as the page: room to write.
        layout=w.Layout(width="auto", flex_flow="column"),
    )
    box.add_class("dc-box")  # styled by the panels' stylesheet (render.STYLE)
    live = w.HTML()

    def show(value: str) -> None:
        try:
            live.value = panel(value)
        except UnsupportedLanguageError as exc:  # a message, not a verdict
            live.value = render.language_html(heading_key, exc.message_in(lang), lang, level)
        except Exception:  # a learner must never meet a traceback; the log keeps it
            log.exception("could not judge the text in the %s", box_label)
            live.value = render.problem_html(heading_key, lang, level)

    box.observe(lambda change: show(change["new"]), names="value")
    show(start_text)
    parts = [w.HTML(header_html)] if header_html else []
    return w.VBox([*parts, box, live], layout=w.Layout(width="100%"))
