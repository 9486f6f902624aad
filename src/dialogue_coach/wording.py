"""The wording model: what the words of a text say, beside the rules (issue 11).

The rules explain a verdict; on their own they misread texts written in words they were
never given. So a logistic regression over the text's word 1-2-grams (for a reply, its own
words and the comment's single words) reads it too: its log-odds, times ``alpha`` and
capped at ``CAP``, are added to the rules' when they disagree with the rules' verdict (see
:func:`.scoring.dissent`). :mod:`.wording_fit` fits it and chose ``alpha``
(docs/engine.md, "Four steps" and "The stacked rules"). The weights are data,
``lexicons/wording.json``, read on the first text judged (not at import).

What the words add is shown like any other evidence: the few word spans that pushed the
verdict hardest, in the direction they pushed it, as findings of kind ``wording``.
"""

from __future__ import annotations

import os
import re
from functools import cache

from .lexicon import _FOLDER, Lexicon
from .result import Finding

WORD = re.compile(r"\w+")
BIAS = "bias"  # a column every text sets: the word model's intercept
COMMENT = "comment "  # the prefix of the comment's words, in a reply's grams
# The spans shown for the words' share of the verdict: the strongest few, so that the
# learner sees what moved it rather than every word of the text.
SHOWN = 3
# The most the words can move the log-odds either way (3: a score of 50 to 95): the rules
# stay the main voice, and a verdict they hold firmly cannot be overturned by wording.
CAP = 3.0


@cache
def load_wording() -> dict:
    import json  # (here, not at the top: the package's import stays lean)

    with open(os.path.join(_FOLDER, "wording.json"), encoding="utf-8") as fh:
        return json.load(fh)


Grams = dict[str, None]  # the grams of a text, in the order they first occur


def word_grams(text: str, skip: frozenset[str], prefix: str = "") -> Grams:
    """The word 1-2-grams of *text*, lower-cased: what the words' log-odds sum over.

    A single word in *skip* (the language's function words: "the", "and", «og») is left
    out: alone it says nothing a learner could act on. Pairs keep it ("on us", "tusen takk").
    """
    found = [w.lower() for w in WORD.findall(text)]
    # a dict, not a set: the grams keep the text's order, so their weights are summed in
    # the same order in every run (a set's order changes with Python's string hashing)
    grams = dict.fromkeys(f"{prefix}w:{w}" for w in found if w not in skip)
    grams.update(dict.fromkeys(f"{prefix}w:{a} {b}"
                               for a, b in zip(found, found[1:], strict=False)))
    return grams


def gram_spans(text: str) -> dict[str, tuple[int, int]]:
    """Each word 1-2-gram of *text* and the span of its first occurrence: what a shown
    reason points at (worked out only when the words count, see :func:`wording_spans`)."""
    found = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]
    spans: dict[str, tuple[int, int]] = {}
    for word, start, end in found:
        spans.setdefault(f"w:{word}", (start, end))
    for (a, start, _), (b, _, end) in zip(found, found[1:], strict=False):
        spans.setdefault(f"w:{a} {b}", (start, end))
    return spans


def post_grams(text: str, skip: frozenset[str]) -> Grams:
    grams = word_grams(text, skip)
    grams[BIAS] = None
    return grams


def reply_grams(comment: str, reply: str, skip: frozenset[str]) -> Grams:
    # The reply's words carry the verdict; the comment's single words say what it owes.
    grams = post_grams(reply, skip)
    grams.update((g, None) for g in word_grams(comment, skip, COMMENT)
                 if " " not in g[len(COMMENT):])
    return grams


def showable(gram: str) -> bool:
    """Whether a gram can be shown as a reason: one of the judged text's own word pairs, or
    a word of two letters or more (not "b" of a stray tag, "t" of "doesn't", or a number)."""
    if not gram.startswith("w:"):
        return False  # the intercept, or the comment's words
    word = gram[2:]
    return " " in word or (len(word) > 1 and any(c.isalpha() for c in word))


def word_log_odds(kind: str, grams: Grams) -> float:
    """The words' log-odds, times alpha and capped: what they would add to the rules'."""
    model = load_wording()[kind]
    weights = model["weights"]
    total = model["alpha"] * sum(weights.get(g, 0.0) for g in grams)
    return max(-CAP, min(CAP, total))


def wording_spans(kind: str, grams: Grams, total: float, text: str, part: str,
                  lex: Lexicon) -> list[Finding]:
    """The findings that show what moved the words most, in the direction of *total*.

    *text* and *part* are the judged text (the post, or the reply): only its spans are
    shown, since the comment's words only set the context. Built only when the words
    count (see :func:`.scoring.dissent`).
    """
    weights = load_wording()[kind]["weights"]
    direction = 1 if total > 0 else -1
    pushing = sorted(((weights[g] * direction, g) for g in grams
                      if g in weights and weights[g] * direction > 0 and showable(g)),
                     reverse=True)
    spans = gram_spans(text)
    shown: list[Finding] = []
    note = lex.note(f"wording_{kind}_{'up' if direction > 0 else 'down'}")
    for _, gram in pushing:
        start, end = spans[gram]
        if any(start < f.end and f.start < end for f in shown):
            continue  # a word already shown inside a pair, or the pair around it
        shown.append(Finding(start, end, "wording", text[start:end], note, part))
        if len(shown) == SHOWN:
            break
    return shown
