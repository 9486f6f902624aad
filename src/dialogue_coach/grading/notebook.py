"""Small display helpers the assignments' notebooks call in their ready-made cells.

The audit assignment's table and plot live with the audit command, in
``dialogue_coach.audit`` (``show_table``, ``plot_score_against``).

Learners run these cells; they never have to edit them. Tables print as plain text (so
they also read well in feedback files), plots use matplotlib.
"""

from __future__ import annotations

import textwrap
from collections import Counter

from . import checks

_TEXT = {
    "en": {
        "page": "the page", "reply_to": "reply to", "no_data": "No comments in the file.",
        "post": "Post", "questions": "Unanswered questions", "complaints": "Unanswered complaints",
        "count": "Number of comments", "title_listen": "What is still waiting for an answer",
        "verdict": "The coach: {label}, {score}/100",
        "noticed": "What it noticed:", "try": "Try:",
        "labels": {"dialogue": "dialogue", "broadcast": "broadcast"},
        "empty": "Paste a post between the quotes above first.",
    },
    "nb": {
        "page": "siden", "reply_to": "svar til", "no_data": "Ingen kommentarer i filen.",
        "post": "Innlegg", "questions": "Ubesvarte spørsmål", "complaints": "Ubesvarte klager",
        "count": "Antall kommentarer", "title_listen": "Dette venter fortsatt på svar",
        "verdict": "Coachen: {label}, {score}/100",
        "noticed": "Dette la den merke til:", "try": "Prøv:",
        "labels": {"dialogue": "dialog", "broadcast": "kringkasting"},
        "empty": "Lim inn et innlegg mellom anførselstegnene over først.",
    },
}


def _t(lang: str) -> dict:
    return _TEXT.get(lang, _TEXT["en"])


def show_comments(data: str = "comments.csv", lang: str = "en") -> None:
    """Print the comments, each page reply indented under the comment it answers."""
    t = _t(lang)
    rows = checks.read_rows(data)
    if not rows:
        print(t["no_data"])
        return
    replies: dict[str, list[dict]] = {}
    for row in rows:
        if row["reply_to"]:
            replies.setdefault(row["reply_to"], []).append(row)
    by_post: dict[str, list[dict]] = {}
    for row in rows:
        if not row["reply_to"]:
            by_post.setdefault(row["post_id"], []).append(row)

    def line(row: dict, depth: int) -> None:
        who = t["page"] if row["from_page"].lower() in ("yes", "ja") else row["author"]
        head = f"{'    ' * depth}{'└ ' if depth else ''}{row['comment_id']}  {who}: "
        body = textwrap.fill(row["text"], width=100, initial_indent=head,
                             subsequent_indent=" " * len(head))
        print(body)
        for child in replies.get(row["comment_id"], []):
            line(child, depth + 1)

    for post_id, top in by_post.items():
        print(f"\n=== {t['post']} {post_id} ===")
        for row in top:
            line(row, 0)


def plot_unanswered(questions, complaints, data: str = "comments.csv", lang: str = "en"):
    """Bar chart: the comments in your two lists, counted per post."""
    import matplotlib.pyplot as plt

    t = _t(lang)
    rows = {r["comment_id"]: r for r in checks.read_rows(data)}
    posts = sorted({r["post_id"] for r in rows.values()})
    qs = Counter(rows[i]["post_id"] for i in checks.read_ids(questions, lang) if i in rows)
    cs = Counter(rows[i]["post_id"] for i in checks.read_ids(complaints, lang) if i in rows)
    fig, ax = plt.subplots(figsize=(7, 3.5))
    x = range(len(posts))
    ax.bar([i - 0.2 for i in x], [qs[p] for p in posts], width=0.4, label=t["questions"],
           color="#1f5f8b")
    ax.bar([i + 0.2 for i in x], [cs[p] for p in posts], width=0.4, label=t["complaints"],
           color="#d9904a")
    ax.set_xticks(list(x), [f"{t['post']} {p}" for p in posts])
    ax.set_ylabel(t["count"])
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(t["title_listen"])
    ax.legend()
    fig.tight_layout()
    plt.show()
    print(f"{t['questions']}: {sum(qs.values())}   {t['complaints']}: {sum(cs.values())}")


def show_analysis(post, lang: str = "en") -> None:
    """What the coach says about one post: label, score, findings, suggestions."""
    from dialogue_coach import analyze_post

    t = _t(lang)
    if not isinstance(post, str) or post.strip() in ("", "...", "…"):
        print(t["empty"])
        return
    result = analyze_post(post.strip(), lang=lang)
    print(t["verdict"].format(label=t["labels"][result.label], score=result.score))
    if result.findings:
        print(t["noticed"])
        for f in result.findings:
            shown = textwrap.shorten(f.text, 50, placeholder="…")
            print(f"  - {checks.quoted(shown, lang)}: {f.note}")
    if result.suggestions:
        print(t["try"])
        for s in result.suggestions:
            print(f"  - {s}")
