"""What a learner reads around the checks' messages, in the assignment's language.

- :data:`LABELS`: the words of the feedback page (nbgrader's template is English only);
  the template in ``templates/feedback_kit/`` reads them through the
  ``FeedbackLabels`` preprocessor (:mod:`.nbgrader_ext`);
- :func:`write_indexes`: ``feedback/<learner>/index.html``, one page per learner with the
  status of every assignment the class handed in: a link to the feedback when graded,
  "awaiting marking" while a hand-marked part waits, "not submitted" when nothing came in.

Quotation marks: English text uses "straight" quotes throughout, bokmål uses «guillemets»
around quoted words; code to type keeps Python's straight quotes in both.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from .course import AWAITING, NOT_SUBMITTED, assignment_lang

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "score": "Score",
        "points": "{got} of {max} points",
        "so_far": "{got} of {max} points so far",
        "awaiting": "awaiting marking",
        "awaiting_note": "Your instructor marks the written part by hand; this page is "
                         "updated when it is marked.",
        "answer": "Your answer",
        "task": "Your task",
        "check": "Check",
        "written": "Written answer",
        "code_answer": "Your answer",
        "comments": "Comments",
        "no_response": "You left this answer as it was handed out.",
        "late": "Late hand-in: minus {points} points",
        "top": "back to top",
        "contents": "Contents",
        "index_title": "Your feedback",
        "index_intro": "Every assignment your class has handed in, and where you stand.",
        "assignment": "Assignment",
        "status": "Status",
        "graded": "graded",
        "not_submitted": "not submitted",
        "open": "open the feedback",
    },
    "nb": {
        "score": "Poeng",
        "points": "{got} av {max} poeng",
        "so_far": "{got} av {max} poeng så langt",
        "awaiting": "venter på retting",
        "awaiting_note": "Instruktøren retter den skriftlige delen for hånd; siden oppdateres "
                         "når den er rettet.",
        "answer": "Svaret ditt",
        "task": "Oppgaven din",
        "check": "Sjekk",
        "written": "Skriftlig svar",
        "code_answer": "Svaret ditt",
        "comments": "Kommentarer",
        "no_response": "Du leverte dette svaret slik det var i utdelt versjon.",
        "late": "Levert for sent: minus {points} poeng",
        "top": "til toppen",
        "contents": "Innhold",
        "index_title": "Tilbakemeldingene dine",
        "index_intro": "Alle oppgavene klassen har levert, og hvor du står.",
        "assignment": "Oppgave",
        "status": "Status",
        "graded": "rettet",
        "not_submitted": "ikke levert",
        "open": "åpne tilbakemeldingen",
    },
}

# nbgrader's own automatic comment on an answer left as handed out (SaveAutoGrades).
NBGRADER_NO_RESPONSE = "No response."

_STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ccc; }
.awaiting { color: #7a4b00; } .not-submitted { color: #8b1a1a; }
"""


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def _fmt(value: float | None) -> str:
    return f"{round(value or 0.0, 2):g}"


def points_text(lang: str, got: float | None, out_of: float | None, so_far: bool = False) -> str:
    """"7 of 10 points" in the learner's language ("so far" while marking waits)."""
    return labels(lang)["so_far" if so_far else "points"].format(got=_fmt(got), max=_fmt(out_of))


def learner_lang(assignments: list[str]) -> str:
    """The edition a learner works in: the language of most of their assignments."""
    counts = Counter(assignment_lang(a) for a in assignments)
    return "nb" if counts["nb"] > counts["en"] else "en"


def index_html(student: str, rows: list, feedback_dir: Path) -> str:
    """One learner's page: every assignment, its status and a link to its feedback."""
    lang = learner_lang([r.assignment for r in rows if r.status != NOT_SUBMITTED]
                        or [r.assignment for r in rows])
    t = labels(lang)
    lines = []
    # the other edition's assignments are no concern of this learner unless handed in
    shown = [r for r in rows if r.status != NOT_SUBMITTED or assignment_lang(r.assignment) == lang]
    for r in shown:
        pages = sorted((feedback_dir / student / r.assignment).glob("*.html"))
        name = html.escape(r.assignment)
        if r.status == NOT_SUBMITTED:
            status = f'<span class="not-submitted">{t["not_submitted"]}</span>'
        elif r.status == AWAITING:
            so_far = t["so_far"].format(got=_fmt(r.so_far), max=_fmt(r.max_score))
            status = f'<span class="awaiting">{t["awaiting"]}</span> ({so_far})'
        else:
            points = t["points"].format(got=_fmt(r.score), max=_fmt(r.max_score))
            status = f'{t["graded"]}: {points}'
        links = " ".join(f'<a href="{html.escape(r.assignment)}/{html.escape(p.name)}">'
                         f'{t["open"]}</a>' for p in pages) if r.status != NOT_SUBMITTED else ""
        lines.append(f"<tr><td>{name}</td><td>{status}</td><td>{links}</td></tr>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{t['index_title']}: {html.escape(student)}</title><style>{_STYLE}</style>"
            f"</head><body><main><h1>{t['index_title']}</h1><p>{t['index_intro']}</p>"
            f"<table><thead><tr><th>{t['assignment']}</th><th>{t['status']}</th><th></th></tr>"
            f"</thead><tbody>{''.join(lines)}</tbody></table></main></body></html>\n")


def write_indexes(rows: list, feedback_dir: Path) -> list[Path]:
    """feedback/<learner>/index.html for every learner in *rows*."""
    by_student: dict[str, list] = {}
    for r in rows:
        by_student.setdefault(r.student, []).append(r)
    written = []
    for student, mine in sorted(by_student.items()):
        folder = feedback_dir / student
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "index.html"
        path.write_text(index_html(student, mine, feedback_dir), encoding="utf-8")
        written.append(path)
    return written
