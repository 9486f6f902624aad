"""One parsed text that every rule reads, with every offset pointing into the original.

``parse(text)`` splits a text once into sentences and words and lower-cases it once; the
phrase rules, the structural checks, the suggestions and the language check all read
that one :class:`Parsed` (cached per text), so a new rule costs one more scan of the
lower-cased text and nothing else.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

# A sentence ends at a run of . ! ? … (bounded, so 100 000 "!" stay linear) followed by
# space or the end, or at a line break. Emoji-only lines become their own short sentences.
# A lone full stop after a number or "kl."/"ca."/"nr." ends nothing when a lower-case word
# or a number follows: bokmål writes dates and times so («lørdag 14. juni», «kl. 12»).
# In a post, an emoji before a capital letter ends a sentence too ("… if you like 💙 On
# Saturday …"), as a full stop would.
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
_SENTENCE_END = re.compile(
    r"(?:[.!?…]{2,50}|[!?…]|\.(?!(?<=\d\.)\s{1,3}[a-zæøå])(?!(?<=\b(?:kl|ca|nr)\.)\s{1,3}\d))"
    r"(?=\s|$)|\n|(?<=[" + _EMOJI + r"\uFE0F])(?=\s{1,3}[A-ZÆØÅ])")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A run of word characters (letters, digits, _): its first character is a word start,
# as \b sees it.
_WORD_RUN = re.compile(r"\w+")
_START = attrgetter("start")


@dataclass(frozen=True, init=False)
class Sentence:
    """One sentence of a text: its offsets in the text, and its text."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str):
        # (through __dict__, as result.Finding does: several times faster than the frozen
        # dataclass's own __init__)
        d = self.__dict__
        d["start"] = start
        d["end"] = end
        d["text"] = text

    @property
    def is_question(self) -> bool:
        return "?" in self.text


class Parsed:
    """A text read once: its sentences (with offsets), its words (as matches, so with
    offsets), and its lower-cased form, which keeps the offsets unless a character such
    as "İ" grows when lower-cased (``same_offsets`` says which)."""

    __slots__ = ("text", "lower", "same_offsets", "sentences", "_starts", "_words",
                 "_lower_words", "_capitals")

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        self.same_offsets = len(self.lower) == len(text)
        self.sentences: tuple[Sentence, ...] = tuple(_split(text))
        self._starts = [s.start for s in self.sentences]
        self._words: tuple[re.Match[str], ...] | None = None
        self._lower_words: list[tuple[int, str]] | None = None
        self._capitals: list[int] | None = None

    @property
    def words(self) -> tuple[re.Match[str], ...]:
        if self._words is None:
            self._words = tuple(WORD.finditer(self.text))
        return self._words

    @property
    def lower_words(self) -> list[tuple[int, str]]:
        """(start, word) for every run of word characters in the lower-cased text, in
        order: the places where a rule whose matches start a word is tried."""
        if self._lower_words is None:
            self._lower_words = [(m.start(), m.group()) for m in _WORD_RUN.finditer(self.lower)]
        return self._lower_words

    @property
    def capitals(self) -> list[int]:
        """Where a word that starts with a capital letter starts (for rules that open
        with a case-bound name, "(?-i:[A-ZÆØÅ][a-z]+) will ...")."""
        if self._capitals is None:
            text = self.text
            self._capitals = [i for i, _w in self.lower_words if text[i].isupper()]
        return self._capitals

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that contains offset ``pos`` (the nearest one before)."""
        return max(0, bisect_right(self._starts, pos) - 1)


@lru_cache(maxsize=64)
def parse(text: str) -> Parsed:
    """The parsed form of ``text``; the same object for the same text (cached)."""
    return Parsed(text)


def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with offsets (from its one parse)."""
    return parse(text).sentences


def _split(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets; whitespace-only pieces are dropped."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        _add(out, text, pos, m.end())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    e = s + len(stripped)
    out.append(Sentence(s, e, text[s:e]))


def words(text: str) -> tuple[re.Match[str], ...]:
    """The words of ``text`` as matches (from its one parse)."""
    return parse(text).words


def sentence_index(sents: Sequence[Sentence], pos: int) -> int:
    """Index of the sentence that contains offset ``pos`` (the nearest one before it)."""
    return max(0, bisect_right(sents, pos, key=_START) - 1)
