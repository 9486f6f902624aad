"""Build the instructor masters of the graded assignments (both editions) in solutions/.

    python solutions/build_masters.py          # rewrite every master notebook
    python solutions/build_masters.py --check  # exit 1 if a master is out of date

The words and answer keys are in ``masters_content.py``; this file only gives every
assignment the same skeleton:

- an introduction (locked), then for each task: the question in its own locked
  markdown cell, one answer cell (``name = "..."`` followed by a solution region that
  nbgrader removes), and a check cell (locked, source collapsed) that calls
  ``dialogue_coach.grading.checks``; hidden tests sit between ``### BEGIN HIDDEN TESTS``
  and ``### END HIDDEN TESTS`` in the same check cells;
- every cell has nbgrader metadata and a stable id, so regenerating gives the same
  files, and the grader can put back cells a learner deleted.

After changing the masters, run ``make exercises`` to regenerate exercises/.
"""

from __future__ import annotations

import importlib.util
import json
import pprint
import shutil
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import masters_content as C  # noqa: E402

LANGS = ("en", "nb")
IMPORT = "from dialogue_coach.grading import checks"


def _data_module():
    spec = importlib.util.spec_from_file_location("make_assignment_data",
                                                  ROOT / "data" / "make_assignment_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lit(value, indent: int = 0) -> str:
    """A Python literal for *value*, readable in a notebook cell: long dicts get one entry
    per line (continuation lines indented by *indent* + 4)."""
    if isinstance(value, dict) and len(repr(value)) > 70:
        pad = " " * (indent + 4)
        entries = "".join(f"{pad}{k!r}: {v!r},\n" for k, v in value.items())
        return "{\n" + entries + " " * indent + "}"
    return pprint.pformat(value, width=88, sort_dicts=False, compact=True)


def _meta(gid: str, *, locked: bool, solution: bool = False, grade: bool = False,
          points: float | None = None) -> dict:
    nbg = {"grade": grade, "grade_id": gid, "locked": locked, "schema_version": 3,
           "solution": solution, "task": False}
    if grade:
        nbg["points"] = points
    meta = {"nbgrader": nbg}
    if locked:
        meta.update(deletable=False, editable=False)
    else:
        meta.update(deletable=False)
    return meta


def md(gid: str, text: str):
    cell = new_markdown_cell(text, id=gid)
    cell.metadata = _meta(gid, locked=True)
    return cell


def code(gid: str, source: str):
    """A ready-made code cell the learner runs but does not edit."""
    cell = new_code_cell(source, id=gid)
    cell.metadata = _meta(gid, locked=True)
    return cell


def answer(gid: str, comment: str, name: str, placeholder: str, solution: str):
    """One answer cell: ``name = <placeholder>`` and the master's solution after it."""
    source = "\n".join([
        comment,
        f"{name} = {placeholder}",
        "### BEGIN SOLUTION",
        f"{name} = {solution}",
        "### END SOLUTION",
    ])
    cell = new_code_cell(source, id=gid)
    cell.metadata = _meta(gid, locked=False, solution=True)
    return cell


def text_literal(text: str) -> str:
    """Triple-quoted text, as learners write it."""
    assert '"""' not in text
    return f'"""{text}"""'


def check(gid: str, points: float, comment: str, visible: list[str],
          hidden: list[str] | None = None):
    lines = [comment, *visible]
    if hidden:
        lines += ["### BEGIN HIDDEN TESTS", *hidden, "### END HIDDEN TESTS"]
    cell = new_code_cell("\n".join(lines), id=gid)
    cell.metadata = _meta(gid, locked=True, grade=True, points=points)
    cell.metadata["jupyter"] = {"source_hidden": True}
    cell.metadata["tags"] = ["check"]
    return cell


def manual(gid: str, points: float, prompt: str, solution: str):
    source = "\n".join([prompt, "", "### BEGIN SOLUTION", solution, "### END SOLUTION"])
    cell = new_markdown_cell(source, id=gid)
    cell.metadata = _meta(gid, locked=False, solution=True, grade=True, points=points)
    return cell


def notebook(lang: str, assignment: str, cells: list) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"},
        "dialogue_coach": {"lang": lang, "assignment": assignment},
    }
    return nb


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def start(lang: str):
    """The first code cell: run it first; it makes Python's errors readable."""
    comment = {"en": "# Run this cell first (Shift + Enter): it prepares the checks.",
               "nb": "# Kjør denne cellen først (Shift + Enter): den gjør klar sjekkene."}[lang]
    return code("start", f'{comment}\n{IMPORT}\nchecks.start(lang="{lang}")')


def after_hand_in(lang: str) -> str:
    return f'checks.after_hand_in(lang="{lang}")'


# --- the six assignments ----------------------------------------------------------------

def spot(lang: str):
    a = C.SPOT
    name = a["names"][lang][0]
    cells = [
        md("intro", f"# {a['title'][lang]}\n\n{a['intro'][lang]}\n\n{C.HOW_IT_WORKS[lang]}"),
        start(lang),
    ]
    choice = {"dialogue": "dialogue" if lang == "en" else "dialog",
              "broadcast": "broadcast" if lang == "en" else "kringkasting"}
    for n, (en, nb, key, why_en, why_nb) in enumerate(a["posts"], start=1):
        text = en if lang == "en" else nb
        cells.append(md(f"post-{n}", f"### {a['post_heading'][lang].format(n=n)}\n\n{quote(text)}"))
        cells.append(answer(f"answer-{n}", a["answer_comment"][lang], f"label_{n}", '"..."',
                            f'"{choice[key]}"'))
        if n == 3:
            warm = {str(i): a["posts"][i - 1] for i in (1, 2, 3)}
            cells.append(check(
                "check-warmup", 3, a["check_warmup_comment"][lang],
                [IMPORT,
                 "checks.labels(",
                 "    {" + ", ".join(f'"{i}": label_{i}' for i in warm) + "},",
                 f"    key={lit({i: p[2] for i, p in warm.items()}, 4)},",
                 f"    why={lit({i: p[3] if lang == 'en' else p[4] for i, p in warm.items()}, 4)},",
                 f'    lang="{lang}",',
                 ")"]))
    rest = {str(i): a["posts"][i - 1] for i in range(4, 11)}
    answers = "{" + ", ".join(f'"{i}": label_{i}' for i in rest) + "}"
    cells.append(check(
        "check-posts-4-10", 7, a["check_rest_comment"][lang],
        [IMPORT, f'checks.label_choices({answers}, lang="{lang}")'],
        ["checks.labels(",
         f"    {answers},",
         f"    key={lit({i: p[2] for i, p in rest.items()}, 4)},",
         f"    why={lit({i: p[3] if lang == 'en' else p[4] for i, p in rest.items()}, 4)},",
         f'    lang="{lang}",',
         ")"]))
    cells.append(md("hand-in", C.HAND_IN[lang]))
    return name, a["names"][lang][1], notebook(lang, name, cells), {}


def rewrite(lang: str):
    a = C.REWRITE
    name = a["names"][lang][0]
    cells = [
        md("intro", f"# {a['title'][lang]}\n\n{a['intro'][lang]}\n\n{C.HOW_IT_WORKS[lang]}"),
        start(lang),
        md("original", f"## {a['original_heading'][lang]}\n\n{quote(a['original'][lang])}"),
        md("example", f"## {a['example_heading'][lang]}\n\n{a['example_intro'][lang]}\n\n"
                      f"{quote(a['example_before'][lang])}\n\n{a['example_after_intro'][lang]}"
                      f"\n\n{quote(a['example'][lang])}"),
        md("question", a["question"][lang]),
        answer("answer-rewrite", a["answer_comment"][lang], "rewrite", '"""..."""',
               text_literal(a["solution"][lang])),
        check("check-dialogue", 6, a["check_dialogue_comment"][lang],
              [IMPORT, f'checks.is_dialogue(rewrite, lang="{lang}")'],
              ["checks.own_rewrite(",
               "    rewrite,",
               f"    original={lit(a['original'][lang])},",
               f"    example={lit(a['example'][lang])},",
               f'    lang="{lang}",',
               ")"]),
        check("check-message", 4, a["check_message_comment"][lang],
              [IMPORT,
               "checks.keeps_message(",
               "    rewrite,",
               "    keep=" + lit(a["keep"][lang], 4) + ",",
               f'    lang="{lang}",',
               ")"]),
        md("hand-in", C.HAND_IN[lang]),
    ]
    return name, a["names"][lang][1], notebook(lang, name, cells), {}


def reply(lang: str):
    a = C.REPLY
    name = a["names"][lang][0]
    cells = [
        md("intro", f"# {a['title'][lang]}\n\n{a['intro'][lang]}\n\n{C.HOW_IT_WORKS[lang]}"),
        start(lang),
        md("facts", a["facts"][lang]),
        md("example", f"## {a['example_heading'][lang]}\n\n{quote(a['example_comment'][lang])}"
                      f"\n\n{quote(a['example'][lang])}"),
    ]
    earlier: dict[str, str] = {}  # replies already written: copy-paste is caught by the later one
    for n, c in enumerate(a["comments"], start=1):
        to = c["to"]
        heading = a["comment_heading"][lang].format(n=n, kind=c["kind"][lang])
        cells.append(md(f"comment-{to}", f"## {heading}\n\n{quote(c['name'] + ': ' + c['comment'][lang])}"))
        cells.append(answer(f"answer-{to}", a["answer_comment"][lang].format(name=c["name"]),
                            c["var"], '"""..."""', text_literal(c["solution"][lang])))
        others = "{" + ", ".join(f'"{k}": {v}' for k, v in earlier.items()) + "}"
        earlier[to] = c["var"]
        hidden = ["checks.reply_fits(",
                  f"    {lit(c['comment'][lang])},",
                  f"    {c['var']},",
                  f'    to="{to}",',
                  f"    others={others},",
                  f"    example={lit(a['example'][lang])},"]
        if c["must_mention"]:
            hidden += [f"    must_mention={lit(c['must_mention'][lang])},",
                       f"    hint={lit(c['hint'][lang])},"]
        hidden += [f'    lang="{lang}",', ")"]
        to_label = {"en": {"complaint": "the complaint", "question": "the question",
                           "praise": "the praise", "troll": "the troll"},
                    "nb": {"complaint": "klagen", "question": "spørsmålet",
                           "praise": "rosen", "troll": "trollet"}}[lang][to]
        cells.append(check(
            f"check-{to}", 3, a["check_comment"][lang].format(to=to_label),
            [IMPORT,
             f"checks.good_reply({lit(c['comment'][lang])}, {c['var']}, to=\"{to}\", "
             f"lang=\"{lang}\")"],
            hidden))
    cells.append(md("hand-in", C.HAND_IN[lang]))
    return name, a["names"][lang][1], notebook(lang, name, cells), {}


def listen(lang: str):
    a = C.LISTEN
    data = _data_module()
    name = a["names"][lang][0]
    f = a["data_file"][lang]
    questions, complaints = data.unanswered("question"), data.unanswered("complaint")
    cells = [
        md("intro", f"# {a['title'][lang]}\n\n{a['intro'][lang]}\n\n{C.HOW_IT_WORKS[lang]}"),
        start(lang),
        code("show-comments", f"{a['show_comment'][lang]}\n"
                              "from dialogue_coach.grading.notebook import show_comments\n"
                              f'show_comments("{f}", lang="{lang}")'),
        md("question-questions", a["q_questions"][lang]),
        answer("answer-questions", a["answer_comment"][lang], "unanswered_questions", "[]",
               lit(questions)),
        md("question-complaints", a["q_complaints"][lang]),
        answer("answer-complaints", a["answer_comment"][lang], "unanswered_complaints", "[]",
               lit(complaints)),
        check("check-lists", 2, a["check_lists_comment"][lang],
              [IMPORT, "checks.listed_comments(unanswered_questions, unanswered_complaints, "
                       f'data="{f}", lang="{lang}")']),
        md("plot-heading", a["plot_heading"][lang]),
        code("plot", "from dialogue_coach.grading.notebook import plot_unanswered\n"
                     f'plot_unanswered(unanswered_questions, unanswered_complaints, "{f}", '
                     f'lang="{lang}")'),
        check("check-questions", 4, a["check_questions_comment"][lang],
              [IMPORT, after_hand_in(lang)],
              [f"checks.found_comments(unanswered_questions, expected={lit(questions)}, "
               f'what="questions", points=4, data="{f}", lang="{lang}")']),
        check("check-complaints", 4, a["check_complaints_comment"][lang],
              [IMPORT, after_hand_in(lang)],
              [f"checks.found_comments(unanswered_complaints, expected={lit(complaints)}, "
               f'what="complaints", points=4, data="{f}", lang="{lang}")']),
        md("hand-in", C.HAND_IN[lang]),
    ]
    files = {f: ROOT / "data" / a["source"][lang]}
    return name, a["names"][lang][1], notebook(lang, name, cells), files


def audit(lang: str):
    a = C.AUDIT
    name = a["names"][lang][0]
    f = a["data_file"][lang]
    choices = a["choices"][lang]
    listed = "\n".join(f"- **{k}**: {v}" for k, v in choices.items())
    answers = {"more": "A", "fewer": "B", "same": "C"}
    cells = [
        md("intro", f"# {a['title'][lang]}\n\n{a['intro'][lang]}\n\n{C.HOW_IT_WORKS[lang]}"),
        start(lang),
        code("table", f"{a['table_comment'][lang]}\n"
                      "from dialogue_coach.audit import show_table\n"
                      f'history = show_table("{f}", lang="{lang}")'),
        code("plot", f"{a['plot_comment'][lang]}\n"
                     "from dialogue_coach.audit import plot_score_against\n"
                     f'plot_score_against("{f}", lang="{lang}")'),
        md("question-pattern", a["q_pattern"][lang].format(choices=listed)),
        answer("answer-pattern", a["answer_choice_comment"][lang], "pattern", '"..."',
               f'"{a["solution_pattern"]}"'),
        check("check-pattern", 3, a["check_pattern_comment"][lang],
              [IMPORT, "checks.choice(", "    pattern,", f"    choices={lit(choices, 4)},",
               f'    lang="{lang}",', ")"],
              ["checks.audit_pattern(", "    pattern,", f'    history="{f}",',
               f"    choices={lit(choices, 4)},", f"    answers={lit(answers, 4)},",
               f'    lang="{lang}",', ")"]),
        md("question-surprise", a["q_surprise"][lang]),
        answer("answer-surprise", a["answer_post_comment"][lang], "surprise_post", '"..."',
               f'"{a["solution_surprise"]}"'),
        check("check-surprise", 2, a["check_surprise_comment"][lang],
              [IMPORT, f'checks.history_post(surprise_post, history="{f}", lang="{lang}")'],
              [f'checks.audit_surprise(surprise_post, history="{f}",',
               f"                      why={lit(a['surprise_why'][lang])},",
               f'                      lang="{lang}")']),
        md("question-summary", a["q_summary"][lang]),
        answer("answer-summary", a["answer_summary_comment"][lang], "what_the_data_shows",
               '"""..."""', text_literal(a["solution_summary"][lang])),
        check("check-summary", 2, a["check_summary_comment"][lang],
              [IMPORT, f'checks.summary_mentions(what_the_data_shows, lang="{lang}")']),
        check("check-summary-fits", 3, a["check_summary_fits_comment"][lang],
              [IMPORT, after_hand_in(lang)],
              ["checks.summary_fits(", "    what_the_data_shows,", f'    history="{f}",',
               f"    choices={lit(choices, 4)},", f'    lang="{lang}",', ")"]),
        md("hand-in", C.HAND_IN[lang]),
    ]
    files = {f: ROOT / "data" / a["source"][lang]}
    return name, a["names"][lang][1], notebook(lang, name, cells), files


def hat_check(lang: str):
    a = C.HAT_CHECK
    name = a["names"][lang][0]
    cells = [
        md("intro", f"# {a['title'][lang]}\n\n{a['intro'][lang]}\n\n{C.HOW_IT_WORKS[lang]}"),
        start(lang),
        md("mirror-heading", a["mirror_heading"][lang]),
        answer("answer-my-post", a["answer_post_comment"][lang], "my_post", '"""..."""',
               text_literal(a["solution_post"][lang])),
        code("mirror", f"{a['mirror_comment'][lang]}\n"
                       "from dialogue_coach.grading.notebook import show_analysis\n"
                       f'show_analysis(my_post, lang="{lang}")'),
        md("question", a["question"][lang]),
        manual("reflection", a["points"], a["answer_prompt"][lang], a["solution"][lang]),
        md("hand-in", C.HAND_IN[lang]),
    ]
    return name, a["names"][lang][1], notebook(lang, name, cells), {}


BUILDERS = [spot, rewrite, reply, listen, audit, hat_check]


def build_all():
    """(assignment, notebook name, notebook, data files) for every assignment and edition."""
    out = []
    for builder in BUILDERS:
        for lang in LANGS:
            out.append(builder(lang))
    return out


def _dump(nb) -> str:
    return json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    stale = []
    for assignment, nb_name, nb, files in build_all():
        nbformat.validate(nb)
        folder = HERE / assignment
        target = folder / f"{nb_name}.ipynb"
        text = _dump(nb)
        wanted = {target: text.encode()}
        for fname, src in files.items():
            wanted[folder / fname] = src.read_bytes()
        for path, content in wanted.items():
            if not path.exists() or path.read_bytes() != content:
                stale.append(str(path.relative_to(ROOT)))
                if not check_only:
                    folder.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(content)
        if not check_only:
            for extra in folder.iterdir():
                if extra not in wanted and extra.name != ".ipynb_checkpoints":
                    (shutil.rmtree if extra.is_dir() else Path.unlink)(extra)
    if check_only:
        if stale:
            print("Out of date (run python solutions/build_masters.py):", *stale, sep="\n  ")
            return 1
        print("All masters are up to date.")
        return 0
    print(f"Wrote {len(stale)} file(s)." if stale else "Nothing to do: masters up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
