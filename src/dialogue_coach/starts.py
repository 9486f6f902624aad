"""Where a match of a pattern can start, so that a rule is tried there and nowhere else.

A phrase rule is a long alternation ("\\b(?:buy|order|shop) now|..."): scanning it over
every character of a text costs far more than trying it at the few places where one of
its openings occurs. :func:`starts_of` reads a pattern with Python's own regex parser and
names those places (:class:`Starts`): words (a whole word, or a word's first letters), a
capitalised word, a word that starts with a digit, the text's first character, or a
piece of literal text anywhere. It answers None when some way of matching starts with
something else (``\\w{2,20}``, ``\\s``); such a pattern scans.

:class:`Plan` turns the starts of a section's runs into the places to try in one text,
from one pass over the text's words. The places are a superset of where a match starts,
and each is tried with ``pattern.match`` in order, skipping places inside the last match:
exactly what ``finditer`` finds (patterns that can match the empty string always scan).
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser

# A word, as the index of a text sees it: a maximal run of word characters.
_WORD_RUN = re.compile(r"\w+")
# Ways of starting beyond which a pattern is not worth dissecting: it scans.
_MAX_WAYS = 512
# Characters of an opening read past its first word (see _enough).
_AFTER_WORD = 4
# A character class is expanded into its characters up to this many.
_MAX_CLASS = 12
# Zero-width items that may stand before the first character of a match.
_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT)
_CASED = object()  # marks the start and end of a (?-i:...) part while reading a pattern
_UNCASED = object()


class Starts:
    """The places where a match can start (any of them; a superset of the real ones).

    ``words``: where a word (lower-cased) is exactly one of these (each with the literal
    openings that start with it, "we'll" and "we will" for "we"); ``prefixes``: where a
    word starts with one of these; ``capital``: where a word starts with a capital;
    ``digit``: where a word starts with a digit; ``finds``: (text, offset): ``offset``
    characters before anywhere the lower-cased text has ``text``; ``at_start``: offset 0.
    (A plain class: a dataclass would cost the package's import a millisecond.)
    """

    __slots__ = ("words", "prefixes", "capital", "digit", "finds", "at_start")

    def __init__(self, words: dict[str, tuple[str, ...]], prefixes: frozenset[str], capital: bool,
                 digit: bool, finds: frozenset[tuple[str, int]], at_start: bool):
        self.words = words
        self.prefixes = prefixes
        self.capital = capital
        self.digit = digit
        self.finds = finds
        self.at_start = at_start


def starts_of(source: str, flags: int = re.IGNORECASE, capitals: bool = False
              ) -> Starts | None:
    """Where a match of ``source`` (case-blind unless it says otherwise) can start, or
    None when that cannot be told from its openings (then it scans). With ``capitals``,
    a word spelled in capitals in a part that must match case ("(?-i:\\bFREE\\b)") is
    found among the capitalised words, not by its own letters."""
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0 or parsed.state.flags & (re.MULTILINE | re.VERBOSE):
        return None  # an empty match, or ^ at every line: finditer's own rules apply
    ways = _Reader(capitals).ways(list(parsed), False, "", False, False)
    if not ways:
        return None
    words: dict[str, set[str]] = {}
    prefixes, finds = set(), set()
    capital = digit = at_start = False
    for way in ways:
        if way == "start":
            at_start = True
        elif way == "capital":
            capital = True
        elif way == "digit":
            digit = True
        else:
            anchored, text, complete, offset = way
            word = _WORD_RUN.match(text)
            if anchored and word and not offset:
                if word.end() < len(text) or complete:
                    words.setdefault(word.group(), set()).add(text)
                else:
                    prefixes.add(text)
            else:
                finds.add((text, offset))
    # (an opening that starts with another one adds no place: "❤ if" beside "❤")
    prefixes = {p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes)}
    words = {w: tuple(t for t in texts if not any(t != u and t.startswith(u) for u in texts))
             for w, texts in words.items() if not w.startswith(tuple(prefixes))}
    finds = {(t, o) for t, o in finds
             if not any(t != u and o == v and t.startswith(u) for u, v in finds)}
    return Starts(words, frozenset(prefixes), capital, digit, frozenset(finds), at_start)


def can_match_empty(source: str, flags: int = re.IGNORECASE) -> bool:
    """Can ``source`` match the empty string (or not be read at all)?"""
    try:
        return _parser.parse(source, flags).getwidth()[0] == 0
    except re.error:
        return True


class _Reader:
    """Reads the openings of a parsed pattern (see :func:`starts_of`)."""

    def __init__(self, capitals: bool):
        self.capitals = capitals

    def ways(self, items: list, anchored: bool, prefix: str, cased: bool, complete: bool):
        """Each way ``items`` can start, after ``prefix`` (literal text already read, lower-
        cased) and a word boundary (``anchored``): "start", "capital", "digit", or
        (anchored, literal opening, the word ends after it, offset); None when unknown."""
        for i, item in enumerate(items):
            if prefix and _enough(prefix):
                break
            if item is _CASED or item is _UNCASED:
                cased = item is _CASED
                continue
            op, arg = item
            rest = items[i + 1:]
            if not prefix:
                if op is _c.AT:
                    if arg is _c.AT_BOUNDARY:
                        anchored = True
                        continue
                    if arg in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
                        return ["start"]
                    return None
                if op in _ZERO_WIDTH:
                    continue
            elif op is _c.AT and arg is _c.AT_BOUNDARY and _WORD_RUN.fullmatch(prefix):
                complete = True  # "we\b": the word is "we", not "week"
                break
            if op is _c.LITERAL:
                if self.capitals and cased and anchored and not prefix and chr(arg).isupper():
                    return ["capital"]
                prefix += chr(arg).lower()
                continue
            if op is _c.IN:
                if not prefix and anchored and cased and _only_capitals(arg):
                    return ["capital"]
                chars = _class_chars(arg)
                if chars:
                    return _join(self.ways(rest, anchored, prefix + ch, cased, False)
                                 for ch in chars)
                if not prefix and anchored and arg == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
                    return ["digit"]
                if not prefix and not anchored and _one_char(arg):
                    return _shifted(self.ways(rest, False, "", cased, False))
                break
            if op is _c.SUBPATTERN:
                _group, add, delete, sub = arg
                if add or delete & ~re.IGNORECASE:
                    break
                inner = [_CASED, *sub, _CASED if cased else _UNCASED] if delete else list(sub)
                return self.ways(inner + rest, anchored, prefix, cased, False)
            if op is _c.BRANCH:
                return _or_read(_join(self.ways(list(b) + rest, anchored, prefix, cased, False)
                                      for b in arg[1]), anchored, prefix, complete)
            if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                low, high, sub = arg
                once = list(sub) + rest if high == 1 else list(sub)  # x? is x or nothing
                taken = self.ways(once, anchored, prefix, cased, False)
                skipped = self.ways(rest, anchored, prefix, cased, False) if not low else None
                return _or_read(taken if low else _join([taken, skipped]), anchored, prefix,
                                complete)
            break
        if not prefix:
            return None
        return [(anchored, prefix, complete, 0)]


def _enough(prefix: str) -> bool:
    """Does this opening say enough of where a match starts: its first word is whole
    and a few letters follow (which the places are checked against: "the fe", not
    every "the"), or (a piece of text that does not start a word) it is a few
    characters long?"""
    word = _WORD_RUN.match(prefix)
    return len(prefix) >= word.end() + _AFTER_WORD if word else len(prefix) >= 3


def _or_read(ways: list | None, anchored: bool, prefix: str, complete: bool) -> list | None:
    """``ways``, or, when what follows cannot be told (too many ways, a class that cannot
    be listed) but a whole word and what comes after it are already read ("samler "), that
    opening alone: every match still starts with it, so it names a superset of the places,
    and the rule need not scan the text."""
    if ways is not None:
        return ways
    word = _WORD_RUN.match(prefix)
    return [(anchored, prefix, complete, 0)] if word and word.end() < len(prefix) else None


def _join(parts) -> list | None:
    out: list = []
    for part in parts:
        if part is None:
            return None
        out += part
        if len(out) > _MAX_WAYS:
            out = _coarsened(out)
            if len(out) > _MAX_WAYS:
                return None
    return out


def _coarsened(ways: list) -> list:
    """Fewer ways naming a superset of the same places: each literal opening cut after its
    first word and the character after it ("samler alle" and "samler de" are both
    "samler "), as a long alternation of verbs, each with many continuations, has more
    ways than are worth keeping but few first words."""
    out = {}
    for way in ways:
        if isinstance(way, tuple):
            anchored, text, complete, offset = way
            word = _WORD_RUN.match(text)
            if word and word.end() < len(text):
                way = (anchored, text[:word.end() + 1], False, offset)
        out[way] = None
    return list(out)


def _shifted(ways: list | None) -> list | None:
    """The ways after one character of a class that cannot be listed (``\\s``): the
    literal that follows, one character further on."""
    if not ways or any(isinstance(w, str) for w in ways):
        return None
    return [(False, text, False, offset + 1) for _a, text, _c, offset in ways]


def _one_char(items: list) -> bool:
    return all(op in (_c.LITERAL, _c.RANGE, _c.CATEGORY, _c.NEGATE) for op, _a in items)


def _class_chars(items: list) -> list[str] | None:
    """The characters of a class such as ``[23]`` or ``['’]``, lower-cased, when it lists
    a few; None for categories, negations and long ranges."""
    chars: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL:
            chars.append(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < _MAX_CLASS:
            chars += [chr(c) for c in range(arg[0], arg[1] + 1)]
        else:
            return None
    chars = list(dict.fromkeys(ch.lower() for ch in chars))
    return chars if len(chars) <= _MAX_CLASS else None


def _only_capitals(items: list) -> bool:
    """Is this character class made of capital letters only (A-Z, Æ, Ø, Å ...)?"""
    chars = []
    for op, arg in items:
        if op is _c.LITERAL:
            chars.append(chr(arg))
        elif op is _c.RANGE:
            chars += [chr(arg[0]), chr(arg[1])]
        else:
            return False
    return bool(chars) and all(ch.isupper() for ch in chars)


def find_all(lower: str, finds) -> list[int]:
    """The places that ``finds`` ((text, offset) pairs, see :class:`Starts`) name in
    ``lower``: ``offset`` characters before each occurrence of ``text``."""
    out: list[int] = []
    for text, offset in finds:
        at = lower.find(text)
        while at >= 0:
            if at >= offset:
                out.append(at - offset)
            at = lower.find(text, at + 1)
    return out


class Plan:
    """The places to try each run of a section's rules in one text.

    ``runs`` are (rule, run) in the rules' order. What a word opens is worked out once
    per distinct word and remembered (a vocabulary, not texts, so it stays small)."""

    _MEMO_LIMIT = 50_000

    def __init__(self, runs: list):
        self.runs = runs
        self._words: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self._prefixes: dict[str, list[tuple[str, int]]] = {}
        self._digit: list[int] = []
        self.capital: list[int] = []
        self.at_start: list[int] = []
        self.finds: dict[tuple[str, int], list[int]] = {}
        self.mixed: set[int] = set()  # runs whose places come from more than one source
        for i, (_rule, run) in enumerate(runs):
            s = run.starts
            if s is None:
                continue
            for w, openings in s.words.items():
                self._words.setdefault(w, []).append((i, openings))
            for p in s.prefixes:
                self._prefixes.setdefault(p[0], []).append((p, i))
            if s.digit:
                self._digit.append(i)
            if s.capital:
                self.capital.append(i)
            if s.at_start:
                self.at_start.append(i)
            for f in s.finds:
                self.finds.setdefault(f, []).append(i)
            by_word = bool(s.words or s.prefixes or s.digit)
            if by_word + s.capital + s.at_start + bool(s.finds) > 1 or len(s.finds) > 1:
                self.mixed.add(i)
        self._memo: dict[str, tuple[tuple[int, tuple[str, ...] | None], ...]] = {}

    def opened_by(self, word: str) -> tuple[tuple[int, tuple[str, ...] | None], ...]:
        """The runs (by index) that can match where ``word`` (lower-cased) starts, each
        with the openings the text must have there (None: any)."""
        found = self._memo.get(word)
        if found is None:
            runs: dict[int, tuple[str, ...] | None] = dict(self._words.get(word, ()))
            for i in [i for p, i in self._prefixes.get(word[0], ()) if word.startswith(p)]:
                runs[i] = None
            for i in self._digit if word[0].isdecimal() else ():
                runs[i] = None
            found = tuple(sorted(runs.items()))
            if len(self._memo) >= self._MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = found
        return found

    def places(self, lower: str, words, capitals) -> dict[int, list[int]]:
        """Run index -> the places to try it, ascending (a place may repeat), for a text
        whose lower-cased form is ``lower``, whose words are ``words`` ((start, word)
        pairs, in order) and whose capitalised words start at ``capitals``."""
        out: dict[int, list[int]] = {}
        opened_by, starts_with = self.opened_by, lower.startswith
        for start, word in words:
            for i, openings in opened_by(word):
                if openings is not None and not starts_with(openings, start):
                    continue  # (a str method call: cheaper than trying the pattern)
                if i in out:
                    out[i].append(start)
                else:
                    out[i] = [start]
        for i in self.capital:
            if capitals:
                out.setdefault(i, []).extend(capitals)
        for i in self.at_start:
            out.setdefault(i, []).append(0)
        for find, ids in self.finds.items():
            found = find_all(lower, (find,))
            for i in ids if found else ():
                out.setdefault(i, []).extend(found)
        for i in self.mixed & out.keys():
            out[i].sort()
        return out
