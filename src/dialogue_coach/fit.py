"""Fit the weights that turn features into a score, on the training split only.

Pure-Python logistic regression with sign constraints and an L2 penalty that pulls each
weight towards its prior in features.toml (not towards zero): the rubric gives each
feature its direction and a starting size, the data only adjusts how much it counts. A
feature the training split rarely shows (mocking, say) keeps roughly its prior instead
of dropping to zero, so the engine still catches it in texts it has never seen.

How hard the pull towards the priors is (the L2 strength) is not a guess: it is chosen
by k-fold cross-validation on the training split, never on the test split. The training
items are dealt into ``FOLDS`` folds, stratified like the split itself (language x label
x trap-or-not, ordered by a hash of the id, so the folds are fixed). For each strength in
``L2_GRID`` the model is fitted on all folds but one and judged on the one left out, so
every training item is predicted once by a model that never saw it; the measure is the
error rate of those predictions (what the kit's targets measure). The choice follows the
"one-standard-error rule" (Breiman et al. 1984; Hastie, Tibshirani & Friedman, *The
Elements of Statistical Learning*, 7.10): the *strongest* pull towards the priors whose
held-out error is within one standard error of the best. The standard error is the
binomial one with the Agresti-Coull "plus four" adjustment, sqrt(p(1-p)/n) with
p = (errors + 2) / (n + 4), so that a best error of zero, which the training split can
reach, does not shrink the tolerance to nothing and let one item decide. Two reasons for leaning
that way: the corpus has one writer per file, so held-out folds share the house style
of the folds the model learned from and flatter weak regularisation; and the features
separate the training split almost perfectly, so held-out log-loss keeps falling as the
pull weakens (over-confidence costs nothing on texts in the same style) and would always
pick the weakest strength on offer. The log-loss is still shown beside the error. The
chosen strength and the whole table are written into weights.toml.

    python -m dialogue_coach.fit            # cross-validate, refit, rewrite weights.toml
    python -m dialogue_coach.fit --cv       # only print the cross-validation tables
"""

from __future__ import annotations

import argparse
import math
from collections import defaultdict
from datetime import date

from .corpus import _hash, load_posts, load_replies, split, stratum
from .lexicon import LEXICON_DIR, load_lexicon, load_model
from .post import post_findings
from .reply import reply_findings
from .scoring import feature_values, sigmoid

# Candidate strengths of the pull towards the priors, weakest first: from weights that
# follow the training data almost freely (0.005) to weights held within about a tenth of
# their priors (1.0). Fixed before looking at any result.
L2_GRID = (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0)
FOLDS = 5
STEPS = 4000
RATE = 0.3


def post_vectors(items: list[dict], model: dict) -> list[dict[str, float]]:
    return [
        feature_values(post_findings(it["text"], load_lexicon(it["lang"])), model)
        for it in items
    ]


def reply_vectors(items: list[dict], model: dict) -> list[dict[str, float]]:
    return [
        feature_values(
            reply_findings(it["comment"], it["reply"], load_lexicon(it["lang"])), model
        )
        for it in items
    ]


def logistic(xs: list[dict[str, float]], ys: list[int], model: dict,
             l2: float) -> tuple[float, dict]:
    """Projected gradient descent on mean log-loss + l2/2 * |w - prior|^2.

    The intercept is not penalised; each weight is clipped to its feature's sign after
    every step. Rows are kept sparse (most features are 0 in most posts).
    """
    names = list(model["features"])
    index = {n: j for j, n in enumerate(names)}
    signs = [model["features"][n]["sign"] for n in names]
    prior = [model["features"][n]["prior"] for n in names]
    rows = [[(index[k], v) for k, v in x.items() if v] for x in xs]
    w = list(prior)
    b = model["intercept_prior"]
    n = len(rows)
    for _ in range(STEPS):
        gw = [l2 * (wi - pi) for wi, pi in zip(w, prior, strict=True)]
        gb = 0.0
        for row, y in zip(rows, ys, strict=True):
            err = (sigmoid(b + sum(w[j] * v for j, v in row)) - y) / n
            gb += err
            for j, v in row:
                gw[j] += err * v
        b -= RATE * gb
        for j in range(len(w)):
            w[j] -= RATE * gw[j]
            if signs[j] > 0:
                w[j] = max(0.0, w[j])
            elif signs[j] < 0:
                w[j] = min(0.0, w[j])
    return b, dict(zip(names, w, strict=True))


def log_loss(xs, ys, b, w) -> float:
    total = 0.0
    for x, y in zip(xs, ys, strict=True):
        p = sigmoid(b + sum(w[k] * v for k, v in x.items()))
        p = min(max(p, 1e-9), 1 - 1e-9)
        total -= y * math.log(p) + (1 - y) * math.log(1 - p)
    return total / len(xs)


def accuracy(xs, ys, b, w) -> float:
    hits = sum(
        (b + sum(w[k] * v for k, v in x.items()) >= 0) == bool(y)
        for x, y in zip(xs, ys, strict=True)
    )
    return hits / len(xs)


def folds(items: list[dict], k: int = FOLDS) -> list[int]:
    """The fold (0..k-1) of each item: stratified like the split, dealt by id hash."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        groups[stratum(it)].append(i)
    fold = [0] * len(items)
    offset = 0
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda i: _hash(items[i]["id"]))
        for rank, i in enumerate(members):
            fold[i] = (offset + rank) % k
        # continue dealing where the last stratum stopped, so fold sizes stay even
        offset += len(members)
    return fold


def standard_error(wrong: int, n: int) -> float:
    """Of an error rate of wrong/n, with the Agresti-Coull adjustment: never zero."""
    adjusted = (wrong + 2) / (n + 4)
    return math.sqrt(adjusted * (1 - adjusted) / n)


def cross_validate(xs, ys, fold: list[int], model: dict,
                   grid: tuple[float, ...] = L2_GRID) -> list[dict]:
    """Held-out error (with its standard error) and held-out log-loss for each L2 value."""
    k = max(fold) + 1
    n = len(xs)
    table = []
    for l2 in grid:
        wrong, loss = 0, 0.0
        for f in range(k):
            tr = [i for i in range(n) if fold[i] != f]
            te = [i for i in range(n) if fold[i] == f]
            b, w = logistic([xs[i] for i in tr], [ys[i] for i in tr], model, l2)
            held_x, held_y = [xs[i] for i in te], [ys[i] for i in te]
            wrong += round((1 - accuracy(held_x, held_y, b, w)) * len(te))
            loss += log_loss(held_x, held_y, b, w) * len(te)
        table.append({
            "l2": l2,
            "error": wrong / n,
            "se": standard_error(wrong, n),
            "log_loss": loss / n,
        })
    return table


def choose_l2(table: list[dict]) -> float:
    """One-standard-error rule: the strongest L2 within one SE of the lowest error.

    A tiny tolerance keeps floating-point noise from deciding.
    """
    best = min(table, key=lambda r: (r["error"], -r["l2"]))
    limit = best["error"] + best["se"] + 1e-9
    return max(r["l2"] for r in table if r["error"] <= limit)


def _training_data(kind: str) -> tuple[list[dict], list, list[int], dict]:
    model = load_model(kind)
    if kind == "post":
        items = split(load_posts())[0]
        xs = post_vectors(items, model)
        ys = [1 if it["label"] == "dialogue" else 0 for it in items]
    else:
        items = split(load_replies())[0]
        xs = reply_vectors(items, model)
        ys = [1 if it["label"] == "good" else 0 for it in items]
    return items, xs, ys, model


def fit_all() -> dict[str, dict]:
    """Cross-validate L2 on the training split, then refit on all of it, per kind."""
    load_model.cache_clear()
    out = {}
    for kind in ("post", "reply"):
        items, xs, ys, model = _training_data(kind)
        table = cross_validate(xs, ys, folds(items), model)
        l2 = choose_l2(table)
        b, w = logistic(xs, ys, model, l2)
        out[kind] = {"intercept": b, "weights": w, "n": len(items), "l2": l2,
                     "cv": table, "train_accuracy": accuracy(xs, ys, b, w)}
    return out


def format_cv(kind: str, fitted: dict) -> list[str]:
    lines = [f"{kind}: {FOLDS}-fold cross-validation on the {fitted['n']} training items"]
    lines.append("   L2     held-out error (± SE)   held-out log-loss")
    for r in fitted["cv"]:
        mark = "  <- chosen" if r["l2"] == fitted["l2"] else ""
        lines.append(f"  {r['l2']:<6}  {r['error']:.4f} (± {r['se']:.4f})"
                     f"        {r['log_loss']:.4f}{mark}")
    return lines


def write_weights(fitted: dict[str, dict]) -> str:
    lines = [
        "# Generated by `python -m dialogue_coach.fit` on the training split only; do not",
        "# edit by hand. score = 100 * sigmoid(intercept + sum(weight * capped count)).",
        f"# Fitted {date.today().isoformat()}: logistic regression, an L2 pull towards the",
        "# priors in features.toml, each weight constrained to its feature's sign. The L2",
        f"# strength is chosen by {FOLDS}-fold cross-validation on the training split (the",
        "# strongest within one standard error of the lowest held-out error):",
        "#",
    ]
    for kind, f in fitted.items():
        lines += [f"# {line}" for line in format_cv(kind, f)]
        lines.append("#")
    for kind, f in fitted.items():
        lines += ["", f"[{kind}]", f"trained_on = {f['n']}", f"l2 = {f['l2']}",
                  f"intercept = {f['intercept']:.4f}", "", f"[{kind}.weights]"]
        lines += [f"{name} = {value:.4f}" for name, value in f["weights"].items()]
    text = "\n".join(lines) + "\n"
    (LEXICON_DIR / "weights.toml").write_text(text, encoding="utf-8")
    load_model.cache_clear()
    return text


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m dialogue_coach.fit", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cv", action="store_true",
                   help="print the cross-validation tables, do not rewrite weights.toml")
    args = p.parse_args(argv)
    fitted = fit_all()
    if args.cv:
        for kind, f in fitted.items():
            print("\n".join(format_cv(kind, f)))
            print(f"  training accuracy at the chosen L2: {f['train_accuracy']:.3f}\n")
        return
    print(write_weights(fitted))


if __name__ == "__main__":
    main()
