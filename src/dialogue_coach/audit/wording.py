"""The audit's words in the page's language (from ``texts.toml``), and its number style."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from .stats import Link


@cache
def _texts() -> dict:
    with Path(__file__).with_name("texts.toml").open("rb") as fh:
        return tomllib.load(fh)


class Wording:
    """Sentences for one language; numbers with a decimal comma in Norwegian."""

    def __init__(self, lang: str):
        texts = _texts()
        self.lang = lang if lang in texts else "en"
        self.t = texts[self.lang]

    def __getitem__(self, key: str) -> str:
        return self.t[key]

    def fill(self, key: str, **fields: object) -> str:
        return self.t[key].format(**fields)

    def number(self, x: float | None, digits: int = 1) -> str:
        if x is None:
            return "–"
        s = f"{x:.{digits}f}"
        return s.replace(".", ",").replace("-", "−") if self.lang == "nb" else s.replace("-", "−")

    def percent(self, share: float) -> str:
        return f"{100 * share:.0f} %"

    def source(self, table) -> str:
        return table.describe(self.t["separators"], self.t["sheet"])

    def quote(self, text: str) -> str:
        opening, closing = self.t["quotes"]
        return opening + text + closing

    def label(self, label: str) -> str:
        return self.t["labels"][label]

    def role(self, role: str) -> str:
        return self.t["roles"].get(role, role)

    def reason(self, reason: str) -> str:
        return self.t["reasons"][reason]

    def trap(self, kind: str) -> str:
        return self.t["traps"].get(kind, kind.replace("_", " "))

    def unit(self, unit: str) -> str:
        return self.t["unit_" + unit]

    @staticmethod
    def period(unit: str, start: date) -> str:
        return start.strftime("%Y-%m") if unit == "month" else start.isoformat()

    def strength(self, link: Link) -> str:
        return self.t["strength_" + link.strength]

    def meaning(self, link: Link) -> str:
        """One sentence: which way, and how strongly, the count moves with the score."""
        what = self.role(link.role)
        if link.r is None:
            return self.fill("correlation_few", n=link.n, what=what)
        key = {"more": "meaning_more", "fewer": "meaning_fewer"}.get(link.direction,
                                                                     "meaning_none")
        return self.fill(key, what=what, strength=self.strength(link))

    def correlation(self, link: Link) -> str:
        if link.r is None:
            return self.meaning(link)
        return self.fill("correlation", what=self.role(link.role), r=self.number(link.r, 2),
                         lo=self.number(link.lo, 2), hi=self.number(link.hi, 2), n=link.n,
                         meaning=self.meaning(link))
