"""Run a lexicon's phrase rules over a text and keep the evidence as spans."""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import Lexicon, Rule
from .result import Finding
from .text import WORD, parse


def run_rules(text: str, rules: Iterable[Rule], part: str) -> list[Finding]:
    """Every non-empty match of every rule, one finding each, overlaps of a kind merged.

    The parts of a rule that need no case run on the lower-cased text when lower-casing
    keeps every offset (it does unless a character such as "İ" grows), so spans still
    index ``text``; the parts that do need case run on ``text`` itself.
    """
    parsed = parse(text)
    lowered = parsed.lower
    same_offsets = parsed.same_offsets
    index = parsed.word_starts if same_offsets else {}
    found = []
    for rule in rules:
        if not same_offsets:  # lower-casing moved the offsets: the whole rule, on text
            found += _finds(rule.regex.finditer(text), text, rule, part)
            continue
        for run in rule.runs:
            subject = lowered if run.on_lower else text
            if run.keys is not None:
                found += _matches_at(index, run.pattern, run.keys, subject, text, rule, part)
            elif run.needles is None or any(n in lowered for n in run.needles):
                found += _finds(run.pattern.finditer(subject), text, rule, part)
    return dedupe(found)


def _finds(matches, text: str, rule: Rule, part: str) -> list[Finding]:
    return [Finding(m.start(), m.end(), rule.kind, text[m.start():m.end()], rule.note, part)
            for m in matches if m.end() > m.start()]


def _matches_at(index: dict[str, list[int]], pattern, keys: frozenset[str], subject: str,
                text: str, rule: Rule, part: str) -> list[Finding]:
    """``pattern``'s matches in ``subject``, tried only where a word starting with one of
    ``keys`` starts (``index``: text.Parsed.word_starts): the same matches finditer
    finds, since every match must start at such a place. ``subject`` has ``text``'s
    offsets."""
    present = keys & index.keys()
    if not present:
        return []
    if len(present) == 1:
        places = index[next(iter(present))]
    else:
        places = sorted(p for k in present for p in index[k])
    out: list[Finding] = []
    end, match = 0, pattern.match
    for p in places:
        if p < end:
            continue
        m = match(subject, p)
        if m and m.end() > p:
            end = m.end()
            out.append(Finding(p, end, rule.kind, text[p:end], rule.note, part))
    return out


def dedupe(found: list[Finding]) -> list[Finding]:
    """Drop a finding that overlaps an earlier, longer finding of the same kind.

    Two rules often catch the same words ("order now" and "now"): counting both would
    let one phrase weigh twice.
    """
    keep: list[Finding] = []
    last_end: dict[str, int] = {}
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if f.start < last_end.get(f.kind, -1):
            continue
        keep.append(f)
        last_end[f.kind] = f.end
    return keep


def make(text: str, start: int, end: int, kind: str, note: str, part: str) -> Finding:
    return Finding(start, end, kind, text[start:end], note, part)


def check_text(value: object, what: str) -> str:
    """Validate one input text: a TypeError or ValueError that names the argument."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"the {what} is empty")
    return value


def advise(keys: Iterable[str], text: str, kinds: set[str], lex: Lexicon) -> list[str]:
    """The tips for ``keys`` in order, without those the text already follows.

    A tip is not given when a finding listed in its ``done_by`` is present (no "talk less
    about we" to a post that reports back), and its example is not offered when the text
    already says it in nearly the same words (most of the example's words in one
    sentence): the tip's ``instead`` wording is given, or none at all.
    """
    checks = lex.suggestion_checks
    text_words: list[set[str]] | None = None
    out: list[str] = []
    for key in keys:
        tip = lex.suggestions.get(key)
        check = checks.get(key, {})
        if not tip or kinds & set(check.get("done_by", ())):
            continue
        example = check.get("example")
        if example:
            if text_words is None:
                text_words = [{w.lower() for w in WORD.findall(s.text)}
                              for s in parse(text).sentences]
            wanted = {w.lower() for w in WORD.findall(example)}
            if any(len(wanted & seen) >= 0.7 * len(wanted) for seen in text_words):
                tip = check.get("instead", "")
        if tip and tip not in out:
            out.append(tip)
    return out
