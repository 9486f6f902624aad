"""How a round of engine fixes is checked: each case is a fresh text of a family, the
label the rubric gives it, and the finding that must carry that label (and, for replies,
one that must not be there). Shared by tests/test_engine_round_*.py, which hold the cases.
"""

from __future__ import annotations

from dialogue_coach import analyze_post, analyze_reply

# The columns of a round's cases, in the order its tuples give them.
POST_FIELDS = ("family", "lang", "text", "expected", "kind")
REPLY_FIELDS = ("family", "lang", "comment", "reply", "expected", "present", "absent")


def check_post(lang: str, text: str, expected: str, kind: str) -> None:
    r = analyze_post(text, lang=lang)
    assert (r.label, kind in {f.kind for f in r.findings}) == (expected, True), r.contributions


def check_reply(lang: str, comment: str, reply: str, expected: str,
                present: str | tuple[str, ...] | None, absent: str | None) -> None:
    """``present``: the finding (or findings) that must be there; ``absent``: one that
    must not."""
    r = analyze_reply(comment, reply, lang=lang)
    kinds = {f.kind for f in r.findings}
    assert r.label == expected, r.contributions
    wanted = (present,) if isinstance(present, str) else present or ()
    assert set(wanted) <= kinds, kinds
    assert absent is None or absent not in kinds, kinds
