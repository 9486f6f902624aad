"""Is grading fair to learners' real answers? Grade them through the real pipeline and see.

    python -m dialogue_coach.grading fairness        (or: make grade-fairness)

``data/learners/answers.jsonl`` holds learners' answers to the assignments the engine
grades (rewrite and reply, both editions), written by someone who never saw the engine's
rules, each labelled good, weak or a typical mistake and put in the train or test split.
For each learner and assignment this module writes the answers into the real student
notebook (``exercises/``), hands it in to a temporary copy of the course, and grades
everything with ``make grade``'s pipeline (nbgrader, the sandbox, the hidden tests). Then,
per assignment and split, it reports what the issue asks:

- the share of good answers that earn at least 75 % of the points;
- the share of weak answers that earn at most 40 %;
- whether every good learner scores above every weak one.

Results are cached in ``.nbgrader/fairness.json`` under a fingerprint of the engine, the
graders' code, the masters and the answers, so ``eval`` can print the figures without
grading again until one of those changes. Test-split answers are graded and reported, but
their texts are never printed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOOD_SHARE, WEAK_SHARE = 0.75, 0.40
TIMESTAMP = "2025-06-01 12:00:00.000000 UTC"


@dataclass(frozen=True)
class Submission:
    learner: str
    assignment: str
    lang: str
    quality: str          # "good", "weak", or another label (a typical mistake, ...)
    split: str            # "train", "test" or "dev" (a development bank)
    answers: dict         # answer name ("rewrite", "reply_complaint", ...) -> text


def answers_path(root: Path = ROOT) -> Path:
    return root / "data" / "learners" / "answers.jsonl"


def _quality(row: dict) -> str:
    # "expected" is what a fair grader should conclude (a typical mistake is expected to
    # land as good or weak); the other names are for files that label learners directly.
    for key in ("expected", "quality", "level", "label", "kind", "profile"):
        if key in row:
            return str(row[key]).lower()
    return "unknown"


def _answer_map(row: dict) -> dict:
    answers = row.get("answers")
    if isinstance(answers, dict):
        return answers
    # One answer per line: {"answer": "reply_troll" or "troll", "text": ...}
    name = row.get("answer") or row.get("item") or row.get("question") or row.get("field")
    text = row.get("text") or row.get("value") or row.get("response")
    return {name: text} if name and isinstance(text, str) else {}


def load_submissions(path: Path | None = None) -> list[Submission]:
    """Learners' answers grouped into one submission per learner and assignment."""
    path = path or answers_path()
    grouped: dict[tuple[str, str], dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        learner = str(row.get("learner") or row.get("learner_id") or row.get("student")
                      or row["id"])
        assignment = row["assignment"]
        entry = grouped.setdefault((learner, assignment), {
            "lang": row.get("lang") or assignment.split("-")[0], "quality": _quality(row),
            "split": row.get("split", "train"), "answers": {}})
        entry["answers"].update(_answer_map(row))
    return [Submission(learner, assignment, e["lang"], e["quality"], e["split"],
                       e["answers"])
            for (learner, assignment), e in sorted(grouped.items())]


# --- writing the answers into real notebooks ---------------------------------------------

_ASSIGN = re.compile(r"^(\w+)\s*=\s*(?:\"\"\"|'''|\"|')", re.M)


def _answer_cells(nb) -> dict[str, object]:
    """answer name -> the student notebook's answer cell that sets it."""
    out = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution"):
            m = _ASSIGN.search(cell.source)
            if m:
                out[m.group(1)] = cell
    return out


def _quoted(text: str) -> str:
    """The text as a learner types it: between three double quotes."""
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return f'"""{body}"""'


def _resolve(name: str, cells: dict) -> str | None:
    for candidate in (name, f"reply_{name}", name.removeprefix("answer-"),
                      f"reply_{name.removeprefix('answer-')}"):
        if candidate in cells:
            return candidate
    return None


def write_submission(course: Path, sub: Submission, student: str) -> list[str]:
    """Hand in ``sub`` as ``student``; returns the answer names that matched no cell."""
    import nbformat

    folder = course / "exercises" / sub.assignment
    path = next(folder.glob("*.ipynb"))
    nb = nbformat.read(path, as_version=4)
    cells = _answer_cells(nb)
    unknown = []
    for name, text in sub.answers.items():
        target = _resolve(str(name), cells)
        if target is None or not isinstance(text, str):
            unknown.append(str(name))
            continue
        cells[target].source = f"{target} = {_quoted(text)}"
    out = course / "submitted" / student / sub.assignment
    out.mkdir(parents=True, exist_ok=True)
    (out / "timestamp.txt").write_text(TIMESTAMP)
    nbformat.write(nb, out / path.name)
    return unknown


# --- grading ----------------------------------------------------------------------------

def fingerprint(root: Path = ROOT) -> str:
    """Changes when the engine, the graders, the masters or the answers change."""
    h = hashlib.sha256()
    folders = [root / "src" / "dialogue_coach", root / "solutions"]
    files = sorted(p for f in folders for p in f.rglob("*")
                   if p.is_file() and p.suffix in (".py", ".toml", ".ipynb", ".csv")
                   and "__pycache__" not in p.parts)
    for p in [*files, root / "nbgrader_config.py", answers_path(root)]:
        if p.exists():
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def grade_submissions(subs: list[Submission], jobs: int | None = None) -> list[dict]:
    """Grade every submission through the real pipeline; one result row each."""
    from nbgrader.api import Gradebook

    from .pipeline import grade

    course = Path(tempfile.mkdtemp(prefix="grade-fairness-"))
    try:
        shutil.copy(ROOT / "nbgrader_config.py", course)
        shutil.copytree(ROOT / "solutions", course / "solutions")
        shutil.copytree(ROOT / "exercises", course / "exercises")
        students = {}
        problems = {}
        for i, sub in enumerate(subs):
            student = f"learner{i:04d}"
            students[student] = sub
            unknown = write_submission(course, sub, student)
            if unknown:
                problems[student] = unknown
        env_path = os.environ.get("PATH", "")
        bin_dir = str(Path(os.sys.executable).parent)
        if bin_dir not in env_path.split(os.pathsep):
            os.environ["PATH"] = bin_dir + os.pathsep + env_path
        grade(course, jobs=jobs, feedback=False, report=False, progress=False)
        rows = []
        with Gradebook("sqlite:///" + str(course / ".nbgrader" / "gradebook.db")) as gb:
            for student, sub in students.items():
                s = gb.find_submission(sub.assignment, student)
                rows.append({
                    "learner": sub.learner, "assignment": sub.assignment,
                    "lang": sub.lang, "quality": sub.quality, "split": sub.split,
                    "score": float(s.score), "max_score": float(s.max_score),
                    "unmatched_answers": problems.get(student, []),
                })
        return rows
    finally:
        shutil.rmtree(course, ignore_errors=True)


def summarise(rows: list[dict]) -> list[dict]:
    """Per assignment and split: the shares and the separation the issue asks for."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["assignment"], r["split"])].append(r)
    out = []
    for (assignment, split), members in sorted(groups.items()):
        share = {id(r): r["score"] / r["max_score"] if r["max_score"] else 0.0
                 for r in members}
        good = [share[id(r)] for r in members if r["quality"] == "good"]
        weak = [share[id(r)] for r in members if r["quality"] == "weak"]
        out.append({
            "assignment": assignment, "split": split, "n": len(members),
            "good": len(good), "weak": len(weak),
            "good_at_least_75": (sum(g >= GOOD_SHARE for g in good) / len(good)
                                 if good else None),
            "weak_at_most_40": (sum(w <= WEAK_SHARE for w in weak) / len(weak)
                                if weak else None),
            "separated": (min(good) > max(weak)) if good and weak else None,
            "good_min": min(good) if good else None,
            "weak_max": max(weak) if weak else None,
        })
    return out


def cache_path(root: Path = ROOT) -> Path:
    return root / ".nbgrader" / "fairness.json"


def results(root: Path = ROOT, *, regrade: bool = False, jobs: int | None = None) -> dict:
    """The graded rows and their summary, from the cache when nothing has changed."""
    key = fingerprint(root)
    cache = cache_path(root)
    if not regrade and cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("fingerprint") == key:
            return data
    rows = grade_submissions(load_submissions(answers_path(root)), jobs=jobs)
    data = {"fingerprint": key, "rows": rows, "summary": summarise(rows)}
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    return data


def format_summary(summary: list[dict]) -> str:
    def pct(x):
        return "   -" if x is None else f"{100 * x:4.0f}%"

    lines = [
        "Learners' answers, graded through the real pipeline (nbgrader, sandbox, hidden tests)",
        "",
        f"{'assignment':<22}{'split':<7}{'n':>4}{'good':>6}{'≥75 %':>8}{'weak':>6}{'≤40 %':>8}"
        f"{'good > weak':>13}",
    ]
    for s in summary:
        sep = "-" if s["separated"] is None else ("yes" if s["separated"] else
                                                   f"NO ({s['good_min']:.0%}≤{s['weak_max']:.0%})")
        lines.append(f"{s['assignment']:<22}{s['split']:<7}{s['n']:>4}{s['good']:>6}"
                     f"{pct(s['good_at_least_75']):>8}{s['weak']:>6}"
                     f"{pct(s['weak_at_most_40']):>8}{sep:>13}")
    lines.append("Targets: every good answer ≥ 75 %, every weak one ≤ 40 %, every good learner "
                 "above every weak one.")
    return "\n".join(lines)


def meets_targets(summary: list[dict]) -> bool:
    return all(s["good_at_least_75"] in (None, 1.0) and s["weak_at_most_40"] in (None, 1.0)
               and s["separated"] in (None, True) for s in summary)


def tuning_misjudged(data: dict) -> list[dict]:
    """Rows of the training split and the development bank that miss their band (for
    tuning; never the test split)."""
    out = []
    for r in data["rows"]:
        if r["split"] not in ("train", "dev") or not r["max_score"]:
            continue
        share = r["score"] / r["max_score"]
        if (r["quality"] == "good" and share < GOOD_SHARE) or (
                r["quality"] == "weak" and share > WEAK_SHARE):
            out.append(r)
    return out


# --- how far inside its band a good rewrite sits, on the rules alone -------------------

def rule_margins(subs: list[Submission]) -> list[dict]:
    """For each good training or development rewrite (never a test one): the rules'
    log-odds alone, and the word model's share as the engine counts it (only when it
    disagrees with the rules, see :func:`dialogue_coach.scoring.dissent`).

    A good rewrite that the rules read as broadcast and only the words save sits on the
    edge of its band: an unseen answer worded a little differently falls to 4/10. Listing
    them is how round eleven found the ways of promising to use the answers that no rule
    knew (docs/engine.md)."""
    from dialogue_coach import analyze_post

    out = []
    for s in subs:
        text = s.answers.get("rewrite")
        if s.split not in ("train", "dev") or s.quality != "good" or not isinstance(text, str):
            continue
        contributions = dict(analyze_post(text, lang=s.lang).contributions)
        words = contributions.pop("wording", 0.0)
        out.append({"learner": s.learner, "assignment": s.assignment,
                    "rules": sum(contributions.values()), "words": words})
    return sorted(out, key=lambda r: (r["assignment"], r["rules"]))


def format_margins(margins: list[dict], show: int = 10) -> str:
    """Per rewrite assignment: how many good rewrites the rules alone read as broadcast
    (and how many of those the words save), then the ``show`` closest to the line."""
    lines = ["Good training and development rewrites on the rules alone (log-odds; below 0 is "
             "broadcast)", ""]
    by_assignment: dict[str, list[dict]] = defaultdict(list)
    for m in margins:
        by_assignment[m["assignment"]].append(m)
    for assignment, rows in sorted(by_assignment.items()):
        below = [r for r in rows if r["rules"] < 0]
        saved = [r for r in below if r["rules"] + r["words"] >= 0]
        lines.append(f"{assignment}: {len(rows)} good rewrites, {len(below)} broadcast by the "
                     f"rules, {len(saved)} of them saved by the words")
        lines += [f"  {r['learner']:<28} rules {r['rules']:+6.2f}   words {r['words']:+5.2f}"
                  for r in rows[:show]]
    return "\n".join(lines)
