"""Check the blind writer's data files: valid JSON lines, required fields, allowed values, counts.

Run from the repository root: python3 data/learners/validate.py
Checks data/learners/answers.jsonl, data/languages/texts.jsonl, the later language sets
named in LANGUAGE_SETS and the blind holdout sets named in HOLDOUTS (whichever exist) and
exits non-zero with one line per problem. Standard library only.
"""

import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
ANSWER_VARIABLES = {
    "en-2-rewrite": ("rewrite",),
    "nb-2-skriv-om": ("rewrite",),
    "en-3-reply": ("reply_complaint", "reply_question", "reply_praise", "reply_troll"),
    "nb-3-svar": ("reply_complaint", "reply_question", "reply_praise", "reply_troll"),
}


def read_lines(path, problems):
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            problems.append(f"{path.name}:{number}: not JSON ({error})")
    ids = [row.get("id") for row in rows]
    for duplicate in {i for i in ids if ids.count(i) > 1}:
        problems.append(f"{path.name}: duplicate id {duplicate}")
    return rows


def need(row, fields, where, problems):
    missing = [field for field in fields if field not in row]
    if missing:
        problems.append(f"{where} {row.get('id')}: missing {missing}")
    return not missing


def check_learners(problems):
    path = ROOT / "data/learners/answers.jsonl"
    if not path.exists():
        return
    rows = read_lines(path, problems)
    fields = ("id", "assignment", "lang", "kind", "mistake", "answers", "expected", "why", "split")
    counts = collections.Counter()
    for row in rows:
        if not need(row, fields, path.name, problems):
            continue
        variables = ANSWER_VARIABLES.get(row["assignment"])
        if variables is None:
            problems.append(f"{row['id']}: unknown assignment {row['assignment']}")
            continue
        if row["lang"] != row["assignment"][:2]:  # en-..., nb-...
            problems.append(f"{row['id']}: lang {row['lang']} does not match the notebook")
        if set(row["answers"]) != set(variables):
            problems.append(f"{row['id']}: answers {sorted(row['answers'])} != {sorted(variables)}")
        if any(not str(text).strip() or text == "..." for text in row["answers"].values()):
            problems.append(f"{row['id']}: an empty answer")
        if row["kind"] not in ("good", "weak", "mistake"):
            problems.append(f"{row['id']}: bad kind")
        if row["expected"] not in ("good", "weak"):
            problems.append(f"{row['id']}: bad expected")
        if (row["kind"] == "mistake") != bool(row["mistake"]):
            problems.append(f"{row['id']}: a mistake needs a tag, others null")
        if row["split"] not in ("train", "test", "dev", "judge"):
            problems.append(f"{row['id']}: bad split")
        counts[row["assignment"]] += 1
    for assignment in ANSWER_VARIABLES:
        if counts[assignment] < 44:
            problems.append(f"{assignment}: only {counts[assignment]} learners")


def check_languages(problems):
    path = ROOT / "data/languages/texts.jsonl"
    if not path.exists():
        return
    rows = read_lines(path, problems)
    counts = collections.Counter()
    for row in rows:
        if not need(row, ("id", "lang", "text", "mixed", "split"), path.name, problems):
            continue
        if not 40 <= len(row["text"]) <= 300:
            problems.append(f"{row['id']}: {len(row['text'])} characters")
        if row["split"] not in ("dev", "test") or not isinstance(row["mixed"], bool):
            problems.append(f"{row['id']}: bad split or mixed")
        counts[(row["lang"], row["mixed"])] += 1
    for lang in ("nn", "sv", "da", "nb", "en"):
        if counts[(lang, False)] < 50:
            problems.append(f"languages: {lang} has {counts[(lang, False)]} plain texts")
    for lang in ("nb", "en"):
        if counts[(lang, True)] < 20:
            problems.append(f"languages: {lang} has {counts[(lang, True)]} mixed texts")
    others = sum(n for (lang, _), n in counts.items() if lang not in ("nn", "sv", "da", "nb", "en"))
    if others < 15:
        problems.append(f"languages: {others} texts in other languages")


# Language sets written after texts.jsonl: file -> (its split, least texts per language,
# least texts in other languages).
LANGUAGE_SETS = {
    "dev2.jsonl": ("dev", {"nn": 40, "da": 40, "sv": 40, "nb": 30, "en": 30}, 10),
    "blind.jsonl": ("blind", {"nn": 45, "da": 45, "sv": 45, "nb": 45, "en": 45}, 15),
    "dev3.jsonl": ("dev", {"nn": 60, "da": 25, "sv": 25, "nb": 60, "en": 25}, 0),
    "blind2.jsonl": ("blind", {"nn": 45, "da": 45, "sv": 45, "nb": 45, "en": 45}, 0),
    "dev4.jsonl": ("dev", {"nn": 70, "da": 35, "sv": 25, "nb": 70, "en": 20}, 10),
    "blind3.jsonl": ("blind", {"nn": 45, "da": 45, "sv": 45, "nb": 45, "en": 45}, 15),
    "dev5.jsonl": ("dev", {"nn": 80, "da": 80, "sv": 20, "nb": 60, "en": 10}, 10),
    "blind4.jsonl": ("blind", {"nn": 45, "da": 45, "sv": 45, "nb": 45, "en": 45}, 15),
    "dev6.jsonl": ("dev", {"nn": 90, "da": 50, "sv": 30, "nb": 50, "en": 10}, 10),
    "blind5.jsonl": ("blind", {"nn": 50, "da": 45, "sv": 45, "nb": 50, "en": 45}, 15),
}


def check_language_sets(problems):
    """Short texts (a few words and up), every one in the file's own split."""
    for name, (split, wanted, others) in LANGUAGE_SETS.items():
        path = ROOT / "data/languages" / name
        if not path.exists():
            continue
        counts = collections.Counter()
        for row in read_lines(path, problems):
            if not need(row, ("id", "lang", "text", "mixed", "split"), path.name, problems):
                continue
            if not 10 <= len(row["text"]) <= 300:
                problems.append(f"{row['id']}: {len(row['text'])} characters")
            if row["split"] != split or not isinstance(row["mixed"], bool):
                problems.append(f"{row['id']}: bad split or mixed (all of {name} is {split})")
            counts[row["lang"]] += 1
        for lang, n in wanted.items():
            if counts[lang] < n:
                problems.append(f"{name}: {lang} has {counts[lang]} texts, expected {n}")
        if sum(n for lang, n in counts.items() if lang not in wanted) < others:
            problems.append(f"{name}: fewer than {others} texts in other languages")


# Blind holdout folders and their row counts (posts, replies).
# data/holdout (the first set) is not checked here.
HOLDOUTS = {"data/holdout2": (120, 80), "data/holdout3": (120, 100),
            "data/holdout4": (120, 100), "data/holdout5": (120, 100)}


def check_holdouts(problems):
    for folder, (posts, replies) in HOLDOUTS.items():
        check_holdout(folder, posts, replies, problems)


def check_holdout(folder, posts, replies, problems):
    for name, text_fields, labels, wanted in (
        ("posts.jsonl", ("text",), ("dialogue", "broadcast"), posts),
        ("replies.jsonl", ("comment", "reply"), ("good", "poor"), replies),
    ):
        path = ROOT / folder / name
        where = f"{folder}/{name}"
        if not path.exists():
            continue
        rows = read_lines(path, problems)
        if len(rows) != wanted:
            problems.append(f"{where}: {len(rows)} rows, expected {wanted}")
        balance = collections.Counter()
        for row in rows:
            if not need(row, ("id", "lang", *text_fields, "label", "trap", "why"), where, problems):
                continue
            if row["label"] not in labels or row["lang"] not in ("en", "nb"):
                problems.append(f"{row['id']}: bad label or lang")
            balance[(row["lang"], row["label"])] += 1
        if len(set(balance.values())) > 1:
            problems.append(f"{where}: unbalanced {dict(balance)}")


def main():
    problems = []
    check_learners(problems)
    check_languages(problems)
    check_language_sets(problems)
    check_holdouts(problems)
    for problem in problems:
        print(problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
