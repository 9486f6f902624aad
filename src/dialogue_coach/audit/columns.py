"""Which column holds what: the post's text, its time, its engagement counts.

The names are data (``columns.toml``); this module only compares them, and parses the
values exports write (dates in several orders, counts with thousands separators).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from .reading import ExportError, Table

ENGAGEMENT_ROLES = ("comments", "reactions", "shares", "saves", "clicks")


@cache
def _names() -> dict:
    with Path(__file__).with_name("columns.toml").open("rb") as fh:
        return tomllib.load(fh)


def normalise(name: str) -> str:
    """Case-blind, with _ - . and runs of spaces as one space ("Post_ID" == "post id")."""
    return re.sub(r"[\s_\-.]+", " ", name.replace("\ufeff", "")).strip().casefold()


def _find(header: tuple[str, ...], names: list[str]) -> list[int]:
    """Indexes of the header's columns that have one of ``names``, in ``names``' order."""
    where = {}
    for i, col in enumerate(header):
        where.setdefault(normalise(col), i)
    return [where[n] for n in map(normalise, names) if n in where]


@dataclass(frozen=True)
class Columns:
    """Index of each role's column in the header (None when the export lacks it)."""

    text: int
    id: int | None = None
    published: int | None = None
    engagement: dict[str, int] = field(default_factory=dict)  # role -> index

    def described(self, header: tuple[str, ...]) -> dict[str, str]:
        roles = {"text": self.text, "id": self.id, "published": self.published,
                 **self.engagement}
        return {role: header[i] for role, i in roles.items() if i is not None}


def has_text_column(header: tuple[str, ...]) -> bool:
    return bool(_find(header, _names()["text"]["names"]))


def recognise(table: Table, text_column: str | None = None) -> Columns:
    """Find each role's column; a missing text column is an error that lists the columns."""
    names = _names()
    header = table.header
    if text_column is not None:
        found = _find(header, [text_column])
        if not found:
            raise ExportError(_missing(header, f"there is no column named '{text_column}'"))
        text = found[0]
    else:
        candidates = _find(header, names["text"]["names"])
        if not candidates:
            raise ExportError(_missing(header, "no column with the posts' text was recognised"))
        # the first candidate that holds any text at all
        text = next((i for i in candidates if any(row[i].strip() for row in table.rows)),
                    candidates[0])
    taken = {text}

    def first(role_names: list[str]) -> int | None:
        index = next((i for i in _find(header, role_names) if i not in taken), None)
        if index is not None:
            taken.add(index)
        return index

    ident = first(names["id"]["names"])
    published = first(names["published"]["names"])
    engagement = {}
    for role in ENGAGEMENT_ROLES:
        index = first(names["engagement"][role]["names"])
        if index is not None:
            engagement[role] = index
    return Columns(text, ident, published, engagement)


def _missing(header: tuple[str, ...], what: str) -> str:
    shown = ", ".join(f"'{h}'" for h in header[:40]) or "(none)"
    more = f" and {len(header) - 40} more" if len(header) > 40 else ""
    return (f"{what}. Columns found: {shown}{more}. Name the column that holds the posts' "
            "text with --text-column, for example --text-column \"Post text\".")


# --- values ----------------------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(?:[ ,.\u00a0\u202f']\d{3})+$")


def parse_count(value: str) -> int | None:
    """A count as exports write it: 1234, 1,234, 1 234, 1.234 (nb), 12.0 (Excel); else None."""
    s = value.strip()
    if not s:
        return None
    if _GROUPED.match(s):
        return int(re.sub(r"\D", "", s))
    if _NUMBER.match(s):
        return round(float(s.replace(",", ".")))
    return None


_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d %H:%M",
                 "%Y/%m/%d")
_PARTS = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::\d{2})?)?")


def parse_times(values: list[str]) -> list[datetime | None]:
    """Dates of one column, read in one order for the whole column.

    Meta writes 01/08/2025 (month first), Norwegian spreadsheets 08.01.2025 (day first):
    a slash means month first unless a first number above 12 shows the column is day
    first; a dot always means day first. ISO dates, with or without a time and a zone,
    read as they are. A value that fits none is None (it is left out of the time plot).
    """
    day_first = any(
        (m := _PARTS.match(v.strip())) and (m.group(2) == "." or int(m.group(1)) > 12)
        for v in values)
    return [_parse_time(v.strip(), day_first) for v in values]


def _parse_time(s: str, day_first: bool) -> datetime | None:
    if not s:
        return None
    try:
        return datetime.fromisoformat(s.replace(" +0000", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    m = _PARTS.match(s)
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    day, month = (a, b) if day_first else (b, a)
    try:
        return datetime(year, month, day, int(m.group(5) or 0), int(m.group(6) or 0))
    except ValueError:
        return None
