"""The real evaluation on the real test split meets the targets, and beats the baselines."""

import json
import subprocess
import sys

import pytest

from dialogue_coach.corpus import DEV_BANKS
from dialogue_coach.evaluate import evaluate, format_errors, meets_targets


@pytest.fixture(scope="module")
def report():
    return evaluate("test")


def test_targets_are_met_on_the_test_split(report):
    missed = [(r.name, round(r.engine, 3), r.target) for r in report["rows"] if not r.meets]
    assert meets_targets(report), missed


def test_engine_beats_both_baselines_on_traps(report):
    traps = next(r for r in report["rows"] if r.name == "posts: traps")
    assert traps.engine > traps.question_mark + 0.3
    assert traps.engine > traps.you_we + 0.3


def test_eval_command_prints_the_table_and_exits_zero():
    r = subprocess.run([sys.executable, "-m", "dialogue_coach", "eval", "--no-learners"],
                       capture_output=True,
                       text=True, timeout=300)
    assert "posts: traps nb" in r.stdout and "has ?" in r.stdout
    assert r.returncode == 0, r.stdout


def test_eval_json():
    r = subprocess.run([sys.executable, "-m", "dialogue_coach", "eval", "--json"],
                       capture_output=True, text=True, timeout=300)
    data = json.loads(r.stdout)
    assert data["split"] == "test" and data["rows"]


def test_blind_set_is_reported_but_never_judged():
    """The outsider's set shows how the engine does on unseen writing; it sets no target."""
    blind = evaluate("blind")
    rows = {r.name: r for r in blind["rows"]}
    assert rows["posts: all"].n == 100 and rows["replies: all"].n == 50
    assert all(r.target is None for r in blind["rows"])
    traps = rows["posts: traps"]
    assert traps.engine > max(traps.question_mark, traps.you_we) + 0.3
    r = subprocess.run([sys.executable, "-m", "dialogue_coach", "eval", "--split", "blind"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "blind set" in r.stdout and "MISSED" not in r.stdout


@pytest.mark.parametrize("bank", DEV_BANKS)
def test_a_dev_bank_lists_its_misreads(bank):
    """`eval --split dev3` (and every other development bank) prints accuracy and each
    misread item with its findings; it is reported, never judged against the targets."""
    r = subprocess.run([sys.executable, "-m", "dialogue_coach", "eval", "--split", bank],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    assert f"development bank data/{bank}" in r.stdout
    assert f"Misread items ({bank}):" in r.stdout
    report = evaluate(bank)
    assert all(row.target is None for row in report["rows"])
    for item, _ in report["errors"]:
        assert f"- {item['id']} " in r.stdout


def test_the_test_split_and_blind_sets_never_list_their_misreads():
    for split in ("test", "blind"):
        with pytest.raises(ValueError):
            format_errors({"split": split, "errors": []})
    refused = subprocess.run([sys.executable, "-m", "dialogue_coach", "eval", "--errors"],
                             capture_output=True, text=True, check=False)
    assert refused.returncode == 2 and "Misread" not in refused.stdout
