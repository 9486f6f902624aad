"""Accuracy of the engine on the kit's corpus, beside two naive baselines.

The baselines are what a marketer might guess without the rubric: "a post with a
question mark is dialogue" and "a post that says you more than we is dialogue". They do
well on plain posts and badly on the traps, which is the point of the course.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .corpus import (
    BLIND_SETS,
    DEV_BANKS,
    JUDGING_SETS,
    language_files,
    load_blind,
    load_dev_bank,
    load_language_texts,
    load_posts,
    load_replies,
    split,
)
from .language import detect_language, recognise
from .lexicon import load_lexicon, supported_languages
from .post import analyze_post
from .reply import analyze_reply

# Targets on the test split: each language at least the first issue's (posts 0.90, traps
# 0.85, replies 0.85), and overall no figure below the one issue 11 started from.
TARGETS = {"posts": 0.90, "posts_traps": 0.85, "replies": 0.85}
# (Today's counts on the test split: 99 of 107 posts, 66 of 74 traps, 46 of 52 replies.)
OVERALL_TARGETS = {"posts": 99 / 107, "posts_traps": 66 / 74, "replies": 46 / 52}
# Issue 11's goals for the blind sets (reported beside the figures, never tuned on).
BLIND_GOALS = {"posts: all": 0.95, "posts: traps": 0.92, "replies: all": 0.92,
               "replies: en": 0.90, "replies: nb": 0.90}
# Recognising the language: the ones the coach refuses, and the ones it reads.
LANGUAGE_GOALS = {"nn": 0.95, "sv": 0.95, "da": 0.95, "nb": 0.99, "en": 0.99}


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
    rows = [row(f"{kind}: all", items, OVERALL_TARGETS[kind])]
    for lang in ("en", "nb"):
        rows.append(row(f"{kind}: {lang}", [it for it in items if it["lang"] == lang], overall))
    rows.append(row(f"{kind}: traps", traps, OVERALL_TARGETS.get(f"{kind}_traps")))
    for lang in ("en", "nb"):
        rows.append(row(f"{kind}: traps {lang}", [it for it in traps if it["lang"] == lang],
                        trap_target))
    rows.append(row(f"{kind}: non-traps", plain))
    return rows


def evaluate(which: str = "test") -> dict:
    """Predictions and the table of accuracies on ``which`` split.

    "test" and "train" are the corpus's splits; "blind", "blind2", "blind3" are the
    outsiders' sets (``BLIND_SETS``), reported beside them but never judged against the
    targets (which the issue sets on the test split) and never used for tuning. "dev3"
    and "dev4" (``DEV_BANKS``) are development banks written blind like them but meant for
    tuning: their figures are not judged either, and their misreads may be listed
    (``format_errors``).
    """
    if which.startswith("blind"):
        posts, replies = load_blind(BLIND_SETS[int(which[5:] or 1) - 1])
    elif which in DEV_BANKS:
        posts, replies = load_dev_bank(which)
    else:
        pick = 1 if which == "test" else 0
        posts = split(load_posts())[pick]
        replies = split(load_replies())[pick]
    judged = not which.startswith("blind") and which not in DEV_BANKS
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


def format_errors(report: dict) -> str:
    """Each misread item with its findings and their effects: for tuning sets only (the
    training split and the development banks), never the test split or a blind set."""
    if report["split"] == "test" or report["split"].startswith("blind"):
        raise ValueError("misreads are listed for the training split and dev banks only")
    lines = [f"Misread items ({report['split']}): {len(report['errors'])}"]
    for item, res in report["errors"]:
        text = item.get("text") or f"{item['comment']}  =>  {item['reply']}"
        lines.append(f"- {item['id']} [{item['lang']}] {item['label']} "
                     f"(trap {item.get('trap')}) read {res.label} {res.score}: {text!r}")
        for f in sorted(res.findings, key=lambda f: f.effect):
            if f.effect:
                where = f" [{f.part}]" if f.part != "post" else ""
                lines.append(f"    {f.effect:+.2f} {f.kind}{where}: {f.text[:70]!r}")
    return "\n".join(lines)


def blind_goals(report: dict) -> list[tuple[str, float, float, bool]]:
    """Issue 11's goals for a blind set: (row, engine, goal, met)."""
    rows = {r.name: r for r in report["rows"]}
    return [(name, rows[name].engine, goal, rows[name].engine >= goal)
            for name, goal in BLIND_GOALS.items() if name in rows]


def language_split(which: str) -> str:
    """The data/languages/ split that goes with an eval split: the corpus's training split
    goes with the texts the check is tuned on ("dev"); "test" and "blind" report."""
    return which if which in ("test", "blind") else "dev"


def language_report(which: str, file: str | None = None) -> list[dict]:
    """How often the language check names each language right, on data/languages/
    (split "dev" for tuning, "test" and "blind" for reporting; every file of the split, or
    ``file`` alone). A language the coach reads is right when the text is read, in that
    language; another is right when the coach refuses it and names it."""
    texts = load_language_texts(language_split(which), file)
    supported = set(supported_languages())
    by_lang: dict[str, list[bool]] = {}
    refused: dict[str, list[bool]] = {}
    for it in texts:
        lang = it["lang"]
        found = recognise(it["text"])
        if lang in supported:
            ok = found is None and detect_language(it["text"]) == lang
        else:
            ok = found == lang
        by_lang.setdefault(lang, []).append(ok)
        refused.setdefault(lang, []).append(found is not None)
    order = [c for c in ("nn", "sv", "da", "nb", "en") if c in by_lang]
    order += sorted(c for c in by_lang if c not in order)
    return [{"lang": c, "n": len(by_lang[c]), "right": sum(by_lang[c]) / len(by_lang[c]),
             "refused": sum(refused[c]) / len(refused[c]), "goal": LANGUAGE_GOALS.get(c)}
            for c in order]


def language_goals_met(rows: list[dict]) -> bool:
    return all(r["goal"] is None or r["right"] >= r["goal"] for r in rows)


def format_languages(rows: list[dict], which: str, file: str | None = None) -> str:
    split_name = language_split(which)
    if not rows:
        return f"Language check: no data/languages/ texts in the {split_name} split yet."
    files = file or ", ".join(language_files(split_name))
    lines = [f"Language check on data/languages/ ({split_name} split of {files}): read as "
             "itself (en, nb) or refused and named (the rest)", "",
             f"{'language':<10}{'n':>5}{'right':>8}{'refused':>9}{'goal':>8}"]
    for r in rows:
        goal = f"≥{r['goal']:.2f}" if r["goal"] else ""
        mark = "" if not r["goal"] else ("  met" if r["right"] >= r["goal"] else "  not met")
        lines.append(f"{r['lang']:<10}{r['n']:>5}{r['right']:>8.3f}{r['refused']:>9.3f}"
                     f"{goal:>8}{mark}")
    return "\n".join(lines)


def format_table(report: dict) -> str:
    source = f"the {report['split']} split"
    if report["split"].startswith("blind"):
        number = int(report["split"][5:] or 1)
        name = BLIND_SETS[number - 1]
        # (the sets the word model's weight beside the rules was chosen on: see wording_fit)
        use = ("a validation set: the word model's weight was chosen on it"
               if name not in JUDGING_SETS else "reported, never tuned on")
        source = f"blind set {number} (data/{name}: an outsider's, to the rubric; {use})"
    elif report["split"] in DEV_BANKS:
        source = f"the development bank data/{report['split']} (tuned on)"
    lines = [
        f"Accuracy on {source}",
        "",
        f"{'subset':<20}{'n':>5}{'engine':>9}{'has ?':>8}{'you>we':>8}{'target':>9}",
    ]
    for r in report["rows"]:
        target = f"≥{r.target:.3f}" if r.target is not None else ""
        mark = "" if r.target is None else ("  ok" if r.meets else "  MISSED")
        lines.append(
            f"{r.name:<20}{r.n:>5}{r.engine:>9.3f}{r.question_mark:>8.3f}{r.you_we:>8.3f}"
            f"{target:>9}{mark}"
        )
    lines += ["", "Trap families (engine accuracy):"]
    for fam, (hits, total) in sorted(report["families"].items()):
        lines.append(f"  {fam:<28}{hits:>3}/{total:<3} {hits / total:.2f}")
    if report["split"].startswith("blind"):
        lines += ["", "Issue 11's goals for the blind sets (reported, not tuned on):"]
        lines += [f"  {name:<18}{value:.3f}  goal ≥{goal:.2f}  {'met' if met else 'not met'}"
                  for name, value, goal, met in blind_goals(report)]
    return "\n".join(lines)


def meets_targets(report: dict) -> bool:
    return all(r.meets for r in report["rows"])
