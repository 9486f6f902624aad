"""Widgets for the course: rewrite a post or a reply and see, as you type, what changed and
why; sort posts in the broadcaster quiz; hold up the mirror in the hat check.

>>> from dialogue_coach.widgets import rewrite_studio, reply_trainer
>>> rewrite_studio("Hungry? Order now!", lang="en")          # doctest: +SKIP
>>> reply_trainer("Where is my order?", lang="en")           # doctest: +SKIP
>>> broadcaster_quiz(lang="nb"); hat_check(lang="en")       # doctest: +SKIP

The widgets import the engine, never the reverse. ipywidgets is imported only when a
widget is built, so :mod:`.render` (the panels as HTML) works without it.
``python -m dialogue_coach.widgets.studio`` serves them as a web app (Voilà); on the
static book they run in the reader's browser (:mod:`.browser`).
"""

from .hatcheck import hat_check
from .live import reply_trainer, rewrite_studio
from .quiz import broadcaster_quiz

__all__ = ["broadcaster_quiz", "hat_check", "reply_trainer", "rewrite_studio"]
