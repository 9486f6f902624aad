"""The audit's small readers: dates and counts as exports write them, column names, the
reasons a post cannot be scored, and the statistics the report states."""

from __future__ import annotations

from datetime import datetime

import pytest

from dialogue_coach.audit.columns import normalise, parse_count, parse_times, recognise
from dialogue_coach.audit.reading import ExportError, Table
from dialogue_coach.audit.scoring import unscorable
from dialogue_coach.audit.stats import spearman


def test_dates_are_read_in_one_order_per_column():
    # Meta writes month first; a day above 12 anywhere shows a column is day first.
    assert parse_times(["01/08/2025 09:15", "02/03/2025"]) == [
        datetime(2025, 1, 8, 9, 15), datetime(2025, 2, 3)]
    assert parse_times(["01/08/2025", "25/03/2025"]) == [
        datetime(2025, 8, 1), datetime(2025, 3, 25)]
    # Norwegian spreadsheets: dots, day first
    assert parse_times(["08.01.2025 14:30"]) == [datetime(2025, 1, 8, 14, 30)]
    assert parse_times(["2025-03-01T09:00:00+01:00", "2025-03-02 09:00 +0000", "Lifetime",
                        ""]) == [datetime(2025, 3, 1, 9), datetime(2025, 3, 2, 9), None, None]


@pytest.mark.parametrize(("text", "count"), [
    ("1234", 1234), ("1,234", 1234), ("1 234", 1234), ("1\u00a0234", 1234), ("1.234", 1234),
    ("12.0", 12), ("7", 7), ("", None), ("n/a", None), ("--", None),
])
def test_counts_as_exports_write_them(text, count):
    assert parse_count(text) == count


def test_column_names_are_matched_loosely_and_the_text_column_must_hold_text():
    assert normalise("\ufeffPost_ID") == normalise("post-id") == "post id"
    table = Table(("Title", "Description", "Publish time", "Reactions, Comments and Shares",
                   "Reactions", "Comments"),
                  (("", "Hello, what do you cook?", "01/02/2025 10:00", "9", "5", "4"),))
    cols = recognise(table)
    assert cols.described(table.header) == {
        "text": "Description", "published": "Publish time", "comments": "Comments",
        "reactions": "Reactions"}
    with pytest.raises(ExportError, match="Columns found: 'Title', 'Description'"):
        recognise(Table(("Title", "Description"), ()), text_column="Body")


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"), ("  \n ", "empty"), ("https://example.org/a?b=c", "link_only"),
    ("www.example.org", "link_only"), ("🐟🐟 🎉!!", "no_words"), ("12 34", "no_words"),
    ("Ok 👍", None), ("#fish #soup", None), ("Read this: https://example.org", None),
])
def test_what_the_engine_cannot_judge(text, reason):
    assert unscorable(text) == reason


def test_rank_correlation_with_ties():
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [40, 30, 20, 10]) == pytest.approx(-1.0)
    # ties share their mean rank: x ranks 1.5 1.5 3 4 against y ranks 1 2 3 4
    assert spearman([5, 5, 7, 9], [1, 2, 3, 4]) == pytest.approx(0.9486833, abs=1e-6)
