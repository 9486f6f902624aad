"""Accuracy of the engine on the kit's corpus, beside two naive baselines.

The baselines are what a marketer might guess without the rubric: "a post with a
question mark is dialogue" and "a post that says you more than we is dialogue". They do
well on plain posts and badly on the traps, which is the point of the course.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .corpus import load_blind, load_posts, load_replies, split
from .lexicon import load_lexicon
from .post import analyze_post
from .reply import analyze_reply

# Targets from the issue: the engine must reach these on the test split.
TARGETS = {"posts": 0.90, "posts_traps": 0.85, "replies": 0.85}


def has_question_mark(text: str) -> bool:
    return "?" in text


def more_you_than_we(text: str, lang: str) -> bool:
    cues = load_lexicon(lang).cues
    return len(cues["reader"].findall(text)) > len(cues["self"].findall(text))


@dataclass(frozen=True)
class Row:
    name: str
    n: int
    engine: float
    question_mark: float
    you_we: float
    target: float | None = None

    @property
    def meets(self) -> bool:
        return self.target is None or self.engine >= self.target


def _accuracy(items: list[dict], predict: Callable[[dict], bool], positive: str) -> float:
    if not items:
        return float("nan")
    return sum(predict(it) == (it["label"] == positive) for it in items) / len(items)


def _rows(items, engine_pred, positive, text_of, kind, judged=True) -> list[Row]:
    def row(name, subset, target=None):
        target = target if judged else None
        return Row(
            name, len(subset),
            _accuracy(subset, lambda it: engine_pred[it["id"]], positive),
            _accuracy(subset, lambda it: has_question_mark(text_of(it)), positive),
            _accuracy(subset, lambda it: more_you_than_we(text_of(it), it["lang"]), positive),
            target,
        )

    traps = [it for it in items if it.get("trap")]
    plain = [it for it in items if not it.get("trap")]
    overall = TARGETS[kind]
    # The issue sets a trap target for posts only; reply trap rows are shown, not judged.
    trap_target = TARGETS.get(f"{kind}_traps")
    rows = [row(f"{kind}: all", items, overall)]
    for lang in ("en", "nb"):
        rows.append(row(f"{kind}: {lang}", [it for it in items if it["lang"] == lang], overall))
    rows.append(row(f"{kind}: traps", traps, trap_target))
    for lang in ("en", "nb"):
        rows.append(row(f"{kind}: traps {lang}", [it for it in traps if it["lang"] == lang],
                        trap_target))
    rows.append(row(f"{kind}: non-traps", plain))
    return rows


def evaluate(which: str = "test") -> dict:
    """Predictions and the table of accuracies on ``which`` split.

    "test" and "train" are the corpus's splits; "blind" is the outsider's set, reported
    beside them but never judged against the targets (which the issue sets on the test
    split) and never used for tuning.
    """
    if which == "blind":
        posts, replies = load_blind()
    else:
        pick = 1 if which == "test" else 0
        posts = split(load_posts())[pick]
        replies = split(load_replies())[pick]
    judged = which != "blind"
    post_pred = {it["id"]: analyze_post(it["text"], it["lang"]) for it in posts}
    reply_pred = {
        it["id"]: analyze_reply(it["comment"], it["reply"], it["lang"]) for it in replies
    }
    rows = _rows(posts, {k: r.label == "dialogue" for k, r in post_pred.items()}, "dialogue",
                 lambda it: it["text"], "posts", judged)
    rows += _rows(replies, {k: r.label == "good" for k, r in reply_pred.items()}, "good",
                  lambda it: it["reply"], "replies", judged)
    families = {}
    for it in posts + replies:
        if it.get("trap"):
            res = post_pred.get(it["id"]) or reply_pred[it["id"]]
            ok = res.label == it["label"]
            hits, total = families.get(it["trap"], (0, 0))
            families[it["trap"]] = (hits + ok, total + 1)
    errors = [
        (it, post_pred.get(it["id"]) or reply_pred[it["id"]])
        for it in posts + replies
        if (post_pred.get(it["id"]) or reply_pred[it["id"]]).label != it["label"]
    ]
    return {"split": which, "rows": rows, "families": families, "errors": errors}


def format_table(report: dict) -> str:
    source = ("the blind set (an outsider's, to the rubric; reported, never tuned on)"
              if report["split"] == "blind" else f"the {report['split']} split")
    lines = [
        f"Accuracy on {source}",
        "",
        f"{'subset':<20}{'n':>5}{'engine':>9}{'has ?':>8}{'you>we':>8}{'target':>9}",
    ]
    for r in report["rows"]:
        target = f"≥{r.target:.2f}" if r.target is not None else ""
        mark = "" if r.target is None else ("  ok" if r.meets else "  MISSED")
        lines.append(
            f"{r.name:<20}{r.n:>5}{r.engine:>9.3f}{r.question_mark:>8.3f}{r.you_we:>8.3f}"
            f"{target:>9}{mark}"
        )
    lines += ["", "Trap families (engine accuracy):"]
    for fam, (hits, total) in sorted(report["families"].items()):
        lines.append(f"  {fam:<28}{hits:>3}/{total:<3} {hits / total:.2f}")
    return "\n".join(lines)


def meets_targets(report: dict) -> bool:
    return all(r.meets for r in report["rows"])
