"""How a round of engine fixes is checked: each case is a fresh text of a family, the
label the rubric gives it, and the finding that must carry that label (and, for replies,
one that must not be there). Shared by tests/test_engine_round_*.py, which hold the cases.
"""

from __future__ import annotations

import pytest

from dialogue_coach import analyze_post, analyze_reply

# The columns of a round's cases, in the order its tuples give them.
POST_FIELDS = ("family", "lang", "text", "expected", "kind")
REPLY_FIELDS = ("family", "lang", "comment", "reply", "expected", "present", "absent")


def check_post(lang: str, text: str, expected: str, kind: str) -> None:
    r = analyze_post(text, lang=lang)
    assert (r.label, kind in {f.kind for f in r.findings}) == (expected, True), r.contributions


def check_broadcast_without(lang: str, text: str, kind: str) -> None:
    """A trap that borrows a family's words: broadcast, and the family's finding absent."""
    r = analyze_post(text, lang=lang)
    kinds = {f.kind for f in r.findings}
    assert (r.label, kind in kinds) == ("broadcast", False), (kinds, r.contributions)


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


def round_tests(posts: list[tuple], replies: list[tuple]):
    """The two tests of a round, over its post and reply cases: in a round's module,
    ``test_post, test_reply = round_tests(POSTS, REPLIES)``."""

    @pytest.mark.parametrize(POST_FIELDS, posts)
    def test_post(family, lang, text, expected, kind):
        check_post(lang, text, expected, kind)

    @pytest.mark.parametrize(REPLY_FIELDS, replies)
    def test_reply(family, lang, comment, reply, expected, present, absent):
        check_reply(lang, comment, reply, expected, present, absent)

    return test_post, test_reply
