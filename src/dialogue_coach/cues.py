"""A lexicon's cues (``[cues]``: "pitch", "reader", "open_question" ...), searched fast.

The structural checks ask a cue about every sentence ("does this line pitch?"), so a cue
is asked far more often than a rule runs. A case-blind pattern is slow in Python's regex
engine (every letter is compared through its lower case, and the quick rejection of an
alternative by its first letter is lost), so :class:`Cue` searches the lower-cased string
with the pattern's lower-case twin (see :func:`.lexicon.lower_twin`), and the parts that
must match case (``(?-i:...)``) on the string itself. Where the first match starts, the
cue's own pattern is matched, so callers get exactly the ``re.Match`` that
``pattern.search`` gives. A string whose lower-cased form moves offsets ("İ") or holds a
character whose case-blind match lower-casing does not show ("ſ" matches "s") is
searched by the pattern itself. Asked for every match (``finditer``), a cue whose matches
start at capitalised words or at a piece of text (shouting: "!", "?", "FREE") tries its
pattern only there; any other lets its pattern find them in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .lexicon import NEEDS_CASE, lower_twin, outside_classes, top_level_alternatives
from .starts import Starts, can_match_empty, find_all, starts_of
from .text import parse

# Characters that a case-blind pattern matches beyond what str.lower() shows: the
# non-ASCII ones among Python's extra case-folding pairs (re._casefix, checked in
# tests/test_engine_parse.py), "İ" (two characters lower-cased) and "Σ" (final "ς").
UNSHOWN_CASES = (
    "\u00b5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1"
    "\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441"
    "\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b"
    "\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06\u0130\u03a3"
)
_UNSHOWN = re.compile(f"[{UNSHOWN_CASES}]")


@lru_cache(maxsize=256)
def lower_of(string: str) -> str | None:
    """``string`` lower-cased, or None when that would not find what a case-blind
    pattern finds in it."""
    lower = string.lower()
    if len(lower) != len(string) or (not string.isascii() and _UNSHOWN.search(string)):
        return None
    return lower


class Cue:
    """A case-blind compiled pattern (``regex``), searched through ``blind`` (its
    alternatives that need no case, as a lower-case twin) and ``cased`` (those that
    do): a match of ``regex`` starts where one of the two matches. Without ``blind``,
    the pattern itself searches."""

    __slots__ = ("regex", "pattern", "_blind", "_cased", "_starts")

    def __init__(self, regex: re.Pattern[str], blind: re.Pattern[str] | None = None,
                 cased: re.Pattern[str] | None = None, starts: Starts | None = None):
        self.regex = regex
        self.pattern = regex.pattern
        self._blind = blind
        self._cased = cased if blind is not None else None
        # Where finditer tries the pattern, when no pass over the words is needed to tell
        # (capitalised words, "!", "?": the shouting cue); otherwise it scans.
        self._starts = starts

    def __repr__(self) -> str:
        return f"Cue({self.regex!r})"

    def _next(self, string: str, lower: str, pos: int) -> int:
        """Where the next match at or after ``pos`` starts, or -1."""
        m = self._blind.search(lower, pos)
        found = m.start() if m else -1
        if self._cased is not None:
            m = self._cased.search(string, pos)
            if m and (found < 0 or m.start() < found):
                found = m.start()
        return found

    def search(self, string: str) -> re.Match[str] | None:
        lower = lower_of(string) if self._blind is not None else None
        if lower is None:
            return self.regex.search(string)
        at = self._next(string, lower, 0)
        if at < 0:
            return None
        return self.regex.match(string, at) or self.regex.search(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        s = self._starts
        parsed = parse(string) if s is not None and lower_of(string) is not None else None
        if parsed is None or not parsed.same_offsets:
            return self.regex.finditer(string)
        places = list(parsed.capitals) if s.capital else []
        if s.at_start:
            places.append(0)
        places += find_all(parsed.lower, s.finds)
        places.sort()
        return _matches(self.regex, string, places)

    def findall(self, string: str) -> list:
        return self.regex.findall(string)


def _matches(regex: re.Pattern[str], string: str, places: list[int]
             ) -> Iterator[re.Match[str]]:
    """``regex``'s matches in ``string`` tried at ``places`` (ascending, a superset of
    where one starts), skipping places inside the last match: what finditer finds."""
    end = 0
    for p in places:
        if p >= end and (m := regex.match(string, p)):
            end = m.end()
            yield m


def make_cue(regex: re.Pattern[str]) -> Cue:
    """A cue, searched through the lower-case twin of its case-free alternatives unless
    it can match nothing at all (then "next match" would need finditer's own rules for
    empty matches) or its twin would not be one."""
    source = regex.pattern
    if can_match_empty(source):
        return Cue(regex)
    starts = starts_of(source, capitals=True)
    if starts is not None and (starts.words or starts.prefixes or starts.digit):
        starts = None
    blind, cased = split_by_case(source)
    twin = lower_twin(blind) if blind else None
    # (a twin only pays where there are letters to compare: not in "!{2,50}")
    if (twin is None or any(ch.isupper() for ch in _spelled(twin.pattern))
            or not any(ch.isalpha() for ch in _spelled(blind))):
        return Cue(regex, starts=starts)
    return Cue(regex, twin, re.compile(cased, regex.flags) if cased else None, starts)


# An escape such as \W or \b: not a letter the pattern spells.
_ESCAPE = re.compile(r"\\.")
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
# "\b(?:a|b|c)\b": one group of alternatives between two word boundaries.
_WRAPPED = re.compile(r"\\b\(\?:(?P<inner>.*)\)\\b", re.DOTALL)


def split_by_case(source: str) -> tuple[str, str]:
    """(the alternatives of ``source`` that need no case, those that do), each a
    pattern ("" for none): a match of ``source`` starts where one of the two matches. A
    pattern that is one group of alternatives between word boundaries is split inside
    the group."""
    items = top_level_alternatives(source)
    wrapped = _WRAPPED.fullmatch(source) if len(items) == 1 else None
    if wrapped and _one_group(wrapped["inner"]):
        items = top_level_alternatives(wrapped["inner"])
    blind = "|".join(p for p in items if not NEEDS_CASE.search(p))
    cased = "|".join(p for p in items if NEEDS_CASE.search(p))
    if wrapped and _one_group(wrapped["inner"]):
        blind, cased = (rf"\b(?:{p})\b" if p else "" for p in (blind, cased))
    return blind, cased


def _one_group(inner: str) -> bool:
    """Is "(?:" + ``inner`` + ")" one group: no ")" in ``inner`` closes it early?"""
    depths = [depth for _i, _ch, depth in outside_classes(inner)]
    return min(depths, default=0) >= 0 and not (depths and depths[-1])


def _spelled(source: str) -> str:
    """The characters a pattern spells: without escapes (\\W, \\b) and group names."""
    return _ESCAPE.sub("", _GROUP_NAME.sub("", source))
