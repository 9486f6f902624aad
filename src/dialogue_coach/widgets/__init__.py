"""Widgets for the course: rewrite a post or a reply and see, as you type, what changed and why.

>>> from dialogue_coach.widgets import rewrite_studio, reply_trainer
>>> rewrite_studio("Hungry? Order now!", lang="en")          # doctest: +SKIP
>>> reply_trainer("Where is my order?", lang="en")           # doctest: +SKIP

The widgets import the engine, never the reverse. ipywidgets is imported only when a
widget is built, so :mod:`.render` (the panels as HTML) works without it.
``python -m dialogue_coach.widgets.studio`` serves them as a web app (Voilà).
"""

from .live import reply_trainer, rewrite_studio

__all__ = ["reply_trainer", "rewrite_studio"]
