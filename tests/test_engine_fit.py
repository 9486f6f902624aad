"""The fit: folds drawn from the training split only, the one-standard-error rule, sign
constraints, and a weights file that says how it was made."""

import math
import tomllib
from collections import Counter

import pytest

from dialogue_coach import fit
from dialogue_coach.corpus import load_posts, load_replies, split, stratum
from dialogue_coach.lexicon import LEXICON_DIR, load_model


@pytest.mark.parametrize("kind", ["post", "reply"])
def test_cross_validation_sees_the_training_split_only(kind):
    items, xs, ys, _ = fit._training_data(kind)
    train, test = split(load_posts() if kind == "post" else load_replies())
    assert {it["id"] for it in items} == {it["id"] for it in train}
    assert not {it["id"] for it in items} & {it["id"] for it in test}
    assert len(xs) == len(ys) == len(items)


def test_folds_are_fixed_even_and_stratified():
    train, _ = split(load_posts())
    fold = fit.folds(train)
    assert fold == fit.folds(train)
    assert fit.folds(list(reversed(train))) == list(reversed(fold))
    sizes = Counter(fold)
    assert set(sizes) == set(range(fit.FOLDS))
    assert max(sizes.values()) - min(sizes.values()) <= 1
    for key in {stratum(it) for it in train}:
        per_fold = Counter(f for f, it in zip(fold, train, strict=True) if stratum(it) == key)
        counts = [per_fold.get(f, 0) for f in range(fit.FOLDS)]
        assert max(counts) - min(counts) <= 1, key


def _row(l2, error, n=200):
    p = (error * n + 2) / (n + 4)
    return {"l2": l2, "error": error, "se": math.sqrt(p * (1 - p) / n), "log_loss": 0.1}


def test_one_standard_error_rule_prefers_the_prior_when_the_data_cannot_tell():
    table = [_row(0.01, 0.010), _row(0.1, 0.015), _row(1.0, 0.015)]
    assert fit.choose_l2(table) == 1.0


def test_one_standard_error_rule_follows_the_data_when_it_clearly_helps():
    table = [_row(0.01, 0.010), _row(0.1, 0.020), _row(1.0, 0.080)]
    assert fit.choose_l2(table) == 0.01


def test_a_zero_error_does_not_shrink_the_tolerance_to_nothing():
    table = [_row(0.01, 0.0), _row(1.0, 1 / 200)]
    assert table[0]["se"] > 0
    assert fit.choose_l2(table) == 1.0


def test_weights_keep_their_rubric_direction():
    model = load_model("post")
    # A tiny data set that "teaches" the wrong direction: open questions in broadcasts.
    xs = [{"open_question": 1.0}, {"open_question": 1.0}, {}, {}]
    ys = [0, 0, 1, 1]
    _, w = fit.logistic(xs, ys, model, l2=0.001)
    assert w["open_question"] >= 0.0
    xs = [{"hard_sell": 1.0}, {"hard_sell": 1.0}, {}, {}]
    _, w = fit.logistic(xs, [1, 1, 0, 0], model, l2=0.001)
    assert w["hard_sell"] <= 0.0


def test_the_weights_file_records_how_it_was_fitted():
    with (LEXICON_DIR / "weights.toml").open("rb") as fh:
        data = tomllib.load(fh)
    text = (LEXICON_DIR / "weights.toml").read_text(encoding="utf-8")
    assert "cross-validation on the training split" in text
    for kind, items in (("post", load_posts()), ("reply", load_replies())):
        assert data[kind]["l2"] in fit.L2_GRID
        assert data[kind]["trained_on"] == len(split(items)[0])
        assert set(data[kind]["weights"]) == set(load_model(kind)["features"])
