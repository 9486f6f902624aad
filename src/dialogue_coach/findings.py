"""Run a lexicon's phrase rules over a text and keep the evidence as spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .lexicon import Lexicon, Rule
from .result import Finding
from .text import WORD, parse


def run_rules(text: str, rules: Sequence[Rule], part: str) -> list[Finding]:
    """Every non-empty match of every rule, one finding each, overlaps of a kind merged.

    The parts of a rule that need no case run on the lower-cased text when lower-casing
    keeps every offset (it does unless a character such as "İ" grows), so spans still
    index ``text``; the parts that do need case run on ``text`` itself. A run is tried
    only at the places where one of its matches can start (see :mod:`.starts`).
    """
    parsed = parse(text)
    if not parsed.same_offsets:  # lower-casing moved the offsets: each rule, on text
        return dedupe([f for rule in rules for f in _finds(rule.regex.finditer(text), text,
                                                              rule, part)])
    lowered = parsed.lower
    plan = _plan(rules)
    places = plan.places(lowered, parsed.lower_words, parsed.capitals if plan.capital else ())
    found: list[Finding] = []
    for i, (rule, run) in enumerate(plan.runs):
        subject = lowered if run.on_lower else text
        if run.starts is None:
            found += _finds(run.pattern.finditer(subject), text, rule, part)
        elif i in places:
            found += _matches_at(places[i], run.pattern, subject, text, rule, part)
    return dedupe(found)


# The plan of each section of rules, by the identity of its tuple (kept, so the id stays
# its own); a few sections per lexicon, so the limit only matters to tests that make
# rules of their own.
_PLANS: dict[int, tuple] = {}  # id -> (rules, starts.Plan)


def _plan(rules: Sequence[Rule]):
    entry = _PLANS.get(id(rules))
    if entry is None or entry[0] is not rules:
        from .starts import Plan  # (on first use: importing the package stays cheap)

        if len(_PLANS) > 64:
            _PLANS.clear()
        entry = _PLANS[id(rules)] = (rules, Plan([(r, run) for r in rules for run in r.runs]))
    return entry[1]


def _finds(matches, text: str, rule: Rule, part: str) -> list[Finding]:
    return [Finding(m.start(), m.end(), rule.kind, text[m.start():m.end()], rule.note, part)
            for m in matches if m.end() > m.start()]


def _matches_at(places: list[int], pattern, subject: str, text: str, rule: Rule,
                part: str) -> list[Finding]:
    """``pattern``'s matches in ``subject``, tried only at ``places`` (ascending, a
    superset of where a match can start): the same matches finditer finds. ``subject``
    has ``text``'s offsets."""
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
