"""The engine's answers: immutable, printable, comparable values with one way to JSON."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True, init=False)
class Finding:
    """One piece of evidence: a span of the text that a feature of the engine noticed.

    ``part`` says which text the span indexes: ``"post"`` for posts, and ``"comment"``
    or ``"reply"`` for replies, so ``text_of_part[start:end] == text`` always holds.
    ``effect`` is the feature's weight in the score's log-odds: positive findings push
    towards dialogue (or a good reply), negative ones towards broadcast (or a poor reply).
    """

    start: int
    end: int
    kind: str
    text: str
    note: str
    part: str = "post"
    effect: float = 0.0

    def __init__(self, start: int, end: int, kind: str, text: str, note: str,
                 part: str = "post", effect: float = 0.0):
        # (through __dict__: the frozen dataclass's own __init__ calls object.__setattr__
        # once per field, four times slower, and a text makes dozens of findings)
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["kind"] = kind
        d["text"] = text
        d["note"] = note
        d["part"] = part
        d["effect"] = effect

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "part": self.part,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "note": self.note,
            "effect": round(self.effect, 3),
        }


@dataclass(frozen=True)
class _Result:
    """What a post and a reply result share (see :class:`PostResult`, :class:`ReplyResult`)."""

    lang: str
    score: int
    label: str
    dimensions: dict[str, int] = field(compare=False, hash=False)
    findings: tuple[Finding, ...]
    suggestions: tuple[str, ...]
    # log-odds contribution of each feature that fired, the intercept under "baseline":
    # the sum of these values, squashed, is the score.
    contributions: dict[str, float] = field(compare=False, hash=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "lang": self.lang,
            "score": self.score,
            "label": self.label,
            "dimensions": dict(self.dimensions),
            "findings": [f.to_dict() for f in self.findings],
            "suggestions": list(self.suggestions),
            "contributions": {k: round(v, 3) for k, v in self.contributions.items()},
        }


@dataclass(frozen=True)
class PostResult(_Result):
    """Verdict on a post: ``label`` is ``"dialogue"`` or ``"broadcast"``."""

    kind = "post"


@dataclass(frozen=True)
class ReplyResult(_Result):
    """Verdict on a reply to a comment: ``label`` is ``"good"`` or ``"poor"``."""

    kind = "reply"
