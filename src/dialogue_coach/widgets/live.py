"""The widgets themselves: text boxes wired to the engine and to the panels of :mod:`.render`.

ipywidgets is imported when a widget is built, not when this module is imported, so the
package (and its renderers) import where ipywidgets is missing: in a grader, and in the
reader's browser, where :mod:`.browser` calls the same ``*_view`` functions as the widgets.

Every widget is a :class:`LiveBox`: in a kernel it is an ordinary ipywidget; it also
offers the static book its page markup (``text/html``), which the book's build prefers
(``nb_mime_priority_overrides`` in ``_config.yml``) and brings to life in the browser.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache

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
    import ipywidgets as w

    lang, level = check_level(lang, heading_level)
    header = original_html(original, lang, level)
    box = text_box(t("rewrite_label", lang), original)
    live = w.HTML()
    watch([box], live, lambda: studio_view(original, box.value, lang, level),
          "rewrite_heading", lang, level)
    parts = [w.HTML(header)] if header else []
    return live_box([*parts, box, live], "studio",
                    {"original": original, "lang": lang, "level": level})


def reply_trainer(comment: str, lang: str = "en", *, draft: str = "", heading_level: int = 3):
    """A follower's comment, a box for the reply, and a verdict that follows every keystroke.

    The comment is in a box too, so learners can paste a real comment of their own and
    answer it. *draft* prefills the reply box (a weak reply to improve, say); when given,
    the panel also says what changed against it.
    """
    import ipywidgets as w

    lang, level = check_level(lang, heading_level)
    if not comment.strip():
        raise ValueError("the comment to reply to is empty")
    comment_box = text_box(t("comment_label", lang), comment, rows=3)
    box = text_box(t("reply_label", lang), draft)
    live = w.HTML()
    watch([comment_box, box], live,
          lambda: reply_view(comment_box.value, box.value, draft, lang, level),
          "reply_heading", lang, level)
    return live_box([comment_box, box, live], "reply",
                    {"comment": comment, "draft": draft, "lang": lang, "level": level})


# --- the views: text in, HTML out (the widgets and the browser share them) -------------

def original_html(original: str, lang: str, level: int) -> str:
    try:
        baseline = judge_post(original, lang)
    except UnsupportedLanguageError as exc:
        return render.language_html("original_heading", exc.message_in(lang), lang, level)
    return render.original_post_html(baseline, original, lang, level) if baseline else ""


def studio_view(original: str, post: str, lang: str, level: int) -> str:
    try:
        baseline = judge_post(original, lang)
    except UnsupportedLanguageError:
        baseline = None  # the original has its own message above the box
    return render.post_panel_html(judge_post(post, lang), post, lang, baseline=baseline,
                                  baseline_text=original, level=level)


def reply_view(comment: str, reply: str, draft: str, lang: str, level: int) -> str:
    if not comment.strip():
        return render.message_html("reply_heading", "comment_empty", lang, level)
    return render.reply_panel_html(judge_reply(comment, reply, lang), comment, reply, lang,
                                   baseline=judge_reply(comment, draft, lang),
                                   baseline_text=draft, level=level)


def judge_post(post: str, lang: str) -> PostResult | None:
    """The engine's verdict, or None for a blank text (the panel then invites writing)."""
    return analyze_post(post, lang=lang) if post.strip() else None


def judge_reply(comment: str, reply: str, lang: str) -> ReplyResult | None:
    return analyze_reply(comment, reply, lang=lang) if reply.strip() else None


def safe_view(view: Callable[[], str], heading_key: str, lang: str, level: int) -> str:
    """*view*'s HTML, or a plain message: a learner must never meet a traceback."""
    try:
        return view()
    except UnsupportedLanguageError as exc:  # a message naming the language, not a verdict
        return render.language_html(heading_key, exc.message_in(lang), lang, level)
    except Exception:  # the log keeps it for the instructor
        log.exception("a widget could not show its view (%s)", heading_key)
        return render.message_html(heading_key, "problem", lang, level)


def check_level(lang: str, heading_level: int) -> tuple[str, int]:
    # Panels use this level and the one below it; HTML has six.
    if heading_level not in range(1, 6):
        raise ValueError(f"heading_level must be between 1 and 5, not {heading_level!r}")
    return check_language(lang), heading_level


# --- ipywidgets plumbing ----------------------------------------------------------------

def text_box(label: str, value: str, rows: int = 6):
    import ipywidgets as w

    box = w.Textarea(
        value=value,
        description=label,  # becomes the box's <label>: its name for screen readers
        continuous_update=True,
        rows=rows,
        style={"description_width": "initial"},
        # Label above the box, box as wide as the page: room to write.
        layout=w.Layout(width="auto", flex_flow="column"),
    )
    box.add_class("dc-box")  # styled by the panels' stylesheet (render.STYLE)
    return box


def watch(boxes: list, live, view: Callable[[], str], heading_key: str, lang: str,
          level: int) -> None:
    """Show *view* in *live* now and after every change in any of *boxes*."""
    def show(_change=None) -> None:
        live.value = safe_view(view, heading_key, lang, level)

    for box in boxes:
        box.observe(show, names="value")
    show()


def live_box(children: list, kind: str, spec: dict):
    """A VBox of *children* that also renders, on a static page, as the live markup of
    :func:`.browser.markup` for *kind* and *spec*."""
    return _live_box_class()(children=children, kind=kind, spec=spec)


@cache
def _live_box_class():
    import ipywidgets as w

    class LiveBox(w.VBox):
        """An ipywidget for kernels; for the static book, HTML that comes alive there."""

        def __init__(self, *, children, kind: str, spec: dict):
            super().__init__(children=children, layout=w.Layout(width="100%"))
            self._page = (kind, spec)

        def _repr_mimebundle_(self, **kwargs):
            from .browser import markup  # only static pages need it

            bundle = super()._repr_mimebundle_(**kwargs)
            return {**bundle, "text/html": markup(*self._page)} if bundle else bundle

    return LiveBox
