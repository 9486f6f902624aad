"""Text helpers that keep every offset pointing into the original string."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at a run of . ! ? … (bounded, so 100 000 "!" stay linear) followed by
# space or the end, or at a line break. Emoji-only lines become their own short sentences.
_SENTENCE_END = re.compile(r"[.!?…]{1,50}(?=\s|$)|\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    @property
    def is_question(self) -> bool:
        return "?" in self.text


def sentences(text: str) -> list[Sentence]:
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


def words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def sentence_index(sents: list[Sentence], pos: int) -> int:
    """Index of the sentence that contains offset ``pos`` (the nearest one before it)."""
    lo, hi = 0, len(sents) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sents[mid].start <= pos:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
