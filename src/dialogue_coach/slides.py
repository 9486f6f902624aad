"""Workshop slides: a reveal.js deck per chapter and edition, made from the book's own
MyST sources so that the slides never drift from the text.

Each H2 section is a slide: its opening paragraph or list (shortened) and its first
quotation on the slide, the rest of the section as speaker notes. A section marked
`% engine-examples: <label>` gets one slide per example below it, with the verdict of
the engine that ships with the book, computed now. reveal.js comes from npm
(node_modules) and is copied next to the decks, so they open offline.

    .venv/bin/python -m dialogue_coach.slides --book . --out _build/slides
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import analyze_post, analyze_reply
from .widgets.ui_text import text as ui_text

EDITIONS = {"English": "en", "Norsk (bokmål)": "nb"}
# A page with this H2 is a chapter (the book's skeleton); others get no deck.
CHAPTER_MARK = {"en": "What you will learn", "nb": "Dette lærer du"}
# Sections for readers on their own, not for a room.
LEFT_OUT = {"Self-check", "Sjekk deg selv", "Exercises", "Oppgaver", "References", "Kilder"}
WORDS = {
    "en": {"verdict": "The coach: {label}, {score}/100", "sources": "Sources",
           "examples": "{n} examples: press ↓", "decks": "Slides: Talk With, Not At",
           "other": "Norsk utgave", "notes": "Press S for the speaker notes."},
    "nb": {"verdict": "Coachen: {label}, {score}/100", "sources": "Kilder",
           "examples": "{n} eksempler: trykk ↓", "decks": "Lysbilder: Snakk med, ikke til",
           "other": "English edition", "notes": "Trykk S for talenotatene."},
}
# What a deck needs from reveal.js's npm package, copied under <out>/reveal/.
REVEAL_FILES = ["dist/reveal.js", "dist/reveal.css", "dist/theme/white.css",
                "dist/plugin/notes.js"]
SHORT_WORDS = 45  # an opening paragraph longer than this is cut after whole sentences

FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
MARKER = re.compile(r"^% engine-examples:\s*(?P<label>\S+)\s*$")
ROLE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<body>[^`]*)`")
REPLY_PAIR = re.compile(
    r"^\*\*[^*]+:\*\*\s*(?P<comment>.+?)\s*\*\*(?:Reply|Svar):\*\*\s*(?P<reply>.+)$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"(])")


@dataclass
class Block:
    kind: str  # para, list, quote, table, h3, directive, marker
    lines: list[str]
    info: str = ""


@dataclass
class Sources:
    """The bibliography, and which of its keys the current deck has cited."""

    entries: dict[str, dict[str, str]]
    cited: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, bib: Path) -> Sources:
        entries = {}
        for key, body in re.findall(r"@\w+\{([^,\s]+),(.*?)\n\}", bib.read_text("utf-8"), re.S):
            fields = re.findall(r"(\w+)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}", body)
            entries[key] = {name.lower(): " ".join(re.sub(r"[{}]", "", value).split())
                            for name, value in fields}
        return cls(entries)

    def names(self, key: str) -> tuple[str, str]:
        entry = self.entries.get(key)
        if entry is None:
            raise KeyError(f"the book cites '{key}', which is not in references.bib")
        if key not in self.cited:
            self.cited.append(key)
        people = [p.split(",")[0].strip() for p in entry.get("author", "").split(" and ")]
        who = (people[0] if len(people) == 1 else " & ".join(people) if len(people) == 2
               else f"{people[0]} et al.")
        return who or entry.get("title", key), entry.get("year", "n.d.")

    def cite(self, keys: str, in_text: bool) -> str:
        found = [self.names(k.strip()) for k in keys.split(",")]
        if in_text:
            return "; ".join(f"{who} ({year})" for who, year in found)
        return "(" + "; ".join(f"{who}, {year}" for who, year in found) + ")"

    def listing(self, key: str) -> str:
        who, year = self.names(key)
        return f"{who} ({year}). {self.entries[key].get('title', '')}."


def blocks(lines: list[str]) -> list[Block]:
    """The MyST lines of one section as blocks a slide can use."""
    found, i = [], 0
    while i < len(lines):
        line, stripped = lines[i], lines[i].strip()
        if not stripped or re.match(r"^\(\S+\)=$|^<!--", stripped):
            i += 1
        elif marker := MARKER.match(stripped):
            found.append(Block("marker", [], marker["label"]))
            i += 1
        elif stripped.startswith("%"):
            i += 1
        elif fence := FENCE.match(stripped):
            end = _closing_fence(lines, i, fence["fence"])
            found.append(Block("directive", lines[i + 1:end], fence["info"]))
            i = end + 1
        elif line.startswith("### "):
            found.append(Block("h3", [line[4:]]))
            i += 1
        else:
            kind = ("quote" if stripped.startswith(">") else "table" if stripped.startswith("|")
                    else "list" if LIST_ITEM.match(line) else "para")
            end = i + 1
            while end < len(lines) and _continues(kind, lines, end):
                end += 1
            found.append(Block(kind, lines[i:end]))
            i = end
    return found


def _continues(kind: str, lines: list[str], i: int) -> bool:
    line, stripped = lines[i], lines[i].strip()
    if FENCE.match(stripped):
        return False
    if kind == "quote":
        return stripped.startswith(">")
    if kind == "table":
        return stripped.startswith("|")
    if kind == "list":
        if stripped:
            return line.startswith(" ") or bool(LIST_ITEM.match(line))
        following = next((x for x in lines[i + 1:] if x.strip()), "")
        return bool(LIST_ITEM.match(following)) and not FENCE.match(following.strip())
    return bool(stripped) and not re.match(r"^(#|>|\||%)", stripped) \
        and not LIST_ITEM.match(line)


def _closing_fence(lines: list[str], start: int, fence: str) -> int:
    for i in range(start + 1, len(lines)):
        stripped = lines[i].strip()
        if stripped.startswith(fence[0] * len(fence)) and set(stripped) == {fence[0]}:
            return i
    return len(lines)


def inline(text: str, sources: Sources) -> str:
    """One run of MyST text as escaped HTML: roles and links become plain words."""
    def role(m: re.Match) -> str:
        if m["role"].startswith("footcite"):
            return sources.cite(m["body"], in_text=m["role"] == "footcite:t")
        return re.sub(r"\s*<[^>]*>$", "", m["body"])  # {ref}`words <target>`

    text = ROLE.sub(role, text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # pictures: the book has them
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = html.escape(" ".join(text.split()), quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])", r"<em>\1</em>", text)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", text)


def items(block: Block) -> list[str]:
    """The items of a list block, each as one line of MyST text."""
    joined: list[list[str]] = []
    for line in block.lines:
        if LIST_ITEM.match(line) and not line.startswith("   "):
            joined.append([LIST_ITEM.sub("", line)])
        elif joined:
            joined[-1].append(line.strip())
    return [" ".join(parts) for parts in joined]


def quote_text(block: Block) -> str:
    return " ".join(line.strip()[1:].strip() for line in block.lines).strip()


def render(block: Block, sources: Sources) -> str:
    """A block as HTML, for a slide or for the notes."""
    if block.kind == "list":
        tag = "ol" if re.match(r"^\s*\d", block.lines[0]) else "ul"
        lis = "".join(f"<li>{inline(item, sources)}</li>" for item in items(block))
        return f"<{tag}>{lis}</{tag}>"
    if block.kind == "quote":
        return f"<blockquote>{inline(quote_text(block), sources)}</blockquote>"
    if block.kind == "table":
        rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
                for line in block.lines if not re.match(r"^\s*\|[\s|:-]+\|\s*$", line)]
        head, *body = [[inline(cell, sources) for cell in row] for row in rows]
        return ("<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>"
                "<tbody>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                                    for row in body) + "</tbody></table>")
    if block.kind == "h3":
        return f"<p><strong>{inline(block.lines[0], sources)}</strong></p>"
    if block.kind == "directive":
        name = re.match(r"^\{([\w:-]+)\}\s*(.*)$", block.info)
        if name is None or name[1] not in ("admonition", "note", "tip", "important"):
            return ""  # code cells, figures, the bibliography: nothing to say aloud
        body = [line for line in block.lines if not re.match(r"^\s*:[\w-]+:", line)]
        title = f"<p><strong>{inline(name[2], sources)}</strong></p>" if name[2] else ""
        return title + "".join(render(b, sources) for b in blocks(body))
    if block.kind == "para":
        return f"<p>{inline(' '.join(block.lines), sources)}</p>"
    return ""


def shorten(block: Block, sources: Sources) -> tuple[str, bool]:
    """The block for the slide, and whether it was cut (then the notes keep it whole)."""
    if block.kind == "list" and len(items(block)) > 6:
        return render(Block("list", [f"- {item}" for item in items(block)[:6]]), sources), True
    if block.kind != "para":
        return render(block, sources), False
    sentences, kept = SENTENCE_END.split(" ".join(block.lines)), []
    for sentence in sentences:
        kept.append(sentence)
        if len(" ".join(kept).split()) >= SHORT_WORDS * 2 // 3:
            break
    cut = len(kept) < len(sentences)
    return f"<p>{inline(' '.join(kept) + (' …' if cut else ''), sources)}</p>", cut


def notes(parts: list[str]) -> str:
    body = "".join(p for p in parts if p)
    return f'<aside class="notes">{body}</aside>' if body else ""


def section_slide(title: str, found: list[Block], lang: str, sources: Sources,
                  level: str = "h2") -> str:
    """One slide: the opening text and first quotation shown, everything else in notes."""
    opening = next((b for b in found if b.kind in ("para", "list", "table")), None)
    shown, cut = shorten(opening, sources) if opening else ("", False)
    on_slide = [opening]
    following = found[found.index(opening) + 1:found.index(opening) + 2] if opening else []
    if opening and opening.kind == "para" and opening.lines[-1].endswith(":") and following \
            and following[0].kind in ("list", "quote"):  # "...you can:" and what follows
        on_slide.append(following[0])
        shown += render(following[0], sources)
    elif quote := next((b for b in found if b.kind == "quote"), None):
        on_slide.append(quote)
        shown += render(quote, sources)
    said = [render(b, sources) for b in found
            if b not in on_slide or (b is opening and cut)]
    return (f"<section><{level}>{inline(title, sources)}</{level}>{shown}"
            f"{notes(said)}</section>")


def verdict(text: str, label: str, lang: str) -> tuple[str, str]:
    """The engine's label and score for one example of the book, as (label, line)."""
    if label in ("good", "poor"):
        pair = REPLY_PAIR.match(text)
        if pair is None:
            raise ValueError(f"a reply example is not one comment-reply pair: {text[:70]}")
        result = analyze_reply(pair["comment"], pair["reply"], lang=lang)
    else:
        result = analyze_post(text, lang=lang)
    line = WORDS[lang]["verdict"].format(label=ui_text(f"label_{result.label}", lang),
                                         score=result.score)
    return result.label, line


def example_stack(title: str, label: str, found: list[Block], lang: str,
                  sources: Sources) -> str:
    """A vertical stack: the section's opening, then one slide per example with its
    verdict; the text after an example (the book's diagnosis) is that slide's notes."""
    quotes = [b for b in found if b.kind == "quote"]
    intro = next((b for b in found[:found.index(quotes[0])] if b.kind in ("para", "list")),
                 None) if quotes else None
    head = (f"<section><h2>{inline(title, sources)}</h2>"
            f"{shorten(intro, sources)[0] if intro else ''}"
            f"<p class=\"dc-more\">{WORDS[lang]['examples'].format(n=len(quotes))}</p></section>")
    slides, heading = [head], title
    for i, block in enumerate(found):
        if block.kind == "h3":
            heading = block.lines[0]
        if block.kind != "quote":
            continue
        said = []
        for after in found[i + 1:]:
            if after.kind in ("quote", "h3"):
                break
            said.append(render(after, sources))
        engine_label, line = verdict(quote_text(block), label, lang)
        slides.append(
            f"<section><h3>{inline(heading, sources)}</h3>{render(block, sources)}"
            f'<p class="dc-verdict dc-{engine_label}">{html.escape(line)}</p>'
            f"{notes(said)}</section>")
    return "<section>" + "".join(slides) + "</section>"


def chapter_sections(markdown: str) -> tuple[str, list[tuple[str, list[str]]]]:
    """The chapter's title, and (heading, lines) for its preamble and each H2."""
    lines = markdown.splitlines()
    title = next(line[2:] for line in lines if line.startswith("# "))
    sections: list[tuple[str, list[str]]] = [(title, [])]
    for line in lines:
        if line.startswith("## "):
            sections.append((line[3:], []))
        elif not line.startswith("# "):
            sections[-1][1].append(line)
    return title, sections


def deck(markdown: str, lang: str, sources: Sources) -> tuple[str, str]:
    """(title, the reveal.js slides) for one chapter."""
    sources.cited.clear()
    title, sections = chapter_sections(markdown)
    slides = []
    for heading, lines in sections:
        if heading in LEFT_OUT:
            continue
        found = blocks(lines)
        if heading == title:  # the preamble: drop the link to the other edition
            found = [b for b in found if not re.search(r"\]\(\.\./(en|nb)/", " ".join(b.lines))]
            slides.append(section_slide(title, found, lang, sources, level="h1"))
        elif found and found[0].kind == "marker":
            slides.append(example_stack(heading, found[0].info, found[1:], lang, sources))
        else:
            slides.append(section_slide(heading, found, lang, sources))
    if sources.cited:
        listed = "".join(f"<li>{inline(sources.listing(k), sources)}</li>"
                         for k in list(sources.cited))
        slides.append(f'<section class="dc-sources"><h2>{WORDS[lang]["sources"]}</h2>'
                      f"<ul>{listed}</ul></section>")
    return title, "\n".join(slides)


PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="data:,">
{head}
</head>
<body>
{body}
</body>
</html>
"""
DECK_HEAD = """<link rel="stylesheet" href="../reveal/reveal.css">
<link rel="stylesheet" href="../reveal/white.css">
<link rel="stylesheet" href="../reveal/deck.css">"""
DECK_BODY = """<div class="reveal"><div class="slides">
{slides}
</div></div>
<script src="../reveal/reveal.js"></script>
<script src="../reveal/notes.js"></script>
<script>Reveal.initialize({{hash: true, plugins: [RevealNotes]}});</script>"""
# Slides are read from the back of a room: larger quotations, verdicts that stand out.
DECK_CSS = """.reveal { font-size: 30px; }
.reveal blockquote { width: 85%; font-size: 0.9em; text-align: left; }
.reveal .dc-verdict { display: inline-block; padding: 0.2em 0.6em; border-radius: 0.3em;
  font-weight: bold; color: #fff; }
.reveal .dc-dialogue, .reveal .dc-good { background: #0072b2; }
.reveal .dc-broadcast, .reveal .dc-poor { background: #a3470b; }
.reveal .dc-more, .reveal .dc-sources { font-size: 0.75em; }
.reveal table { font-size: 0.6em; }
body.dc-index { font-family: sans-serif; max-width: 40em; margin: 2em auto; }
"""


def toc_chapters(book: Path) -> dict[str, list[Path]]:
    """Each edition's chapter sources (markdown pages with the chapter skeleton)."""
    toc = yaml.safe_load((book / "_toc.yml").read_text(encoding="utf-8"))
    editions = {}
    for part in toc["parts"]:
        lang = EDITIONS[part["caption"]]
        pages = [book / f"{entry['file']}.md" for entry in part["chapters"]]
        editions[lang] = [p for p in pages if p.exists() and
                          f"\n## {CHAPTER_MARK[lang]}\n" in p.read_text(encoding="utf-8")]
    return editions


def build(book: Path, out: Path) -> list[Path]:
    """Write every deck, an index per edition and the reveal.js files; return the decks."""
    reveal = book / "node_modules" / "reveal.js"
    missing = [f for f in REVEAL_FILES if not (reveal / f).exists()]
    if missing:
        raise FileNotFoundError(f"reveal.js is not installed ({', '.join(missing)} missing): "
                                "run `npm ci` (or `make slides`, which does)")
    (out / "reveal").mkdir(parents=True, exist_ok=True)
    for name in REVEAL_FILES:
        shutil.copy2(reveal / name, out / "reveal" / Path(name).name)
    (out / "reveal" / "deck.css").write_text(DECK_CSS, encoding="utf-8")
    sources = Sources.read(book / "book" / "references.bib")
    written, editions = [], toc_chapters(book)
    for lang, pages in editions.items():
        (out / lang).mkdir(exist_ok=True)
        links = []
        for page in pages:
            title, slides = deck(page.read_text(encoding="utf-8"), lang, sources)
            target = out / lang / f"{page.stem}.html"
            target.write_text(PAGE.format(lang=lang, title=html.escape(title), head=DECK_HEAD,
                                          body=DECK_BODY.format(slides=slides)), "utf-8")
            written.append(target)
            links.append(f'<li><a href="{page.stem}.html">{html.escape(title)}</a></li>')
        other = next(x for x in editions if x != lang)
        body = (f'<h1>{WORDS[lang]["decks"]}</h1><p>{WORDS[lang]["notes"]}</p>'
                f'<ol>{"".join(links)}</ol><p><a href="../{other}/index.html">'
                f'{WORDS[lang]["other"]}</a></p>')
        (out / lang / "index.html").write_text(
            PAGE.format(lang=lang, title=WORDS[lang]["decks"], body=body,
                        head='<link rel="stylesheet" href="../reveal/deck.css">')
            .replace("<body>", '<body class="dc-index">'), "utf-8")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=Path("."), help="the repository root")
    parser.add_argument("--out", type=Path, default=Path("_build/slides"))
    args = parser.parse_args(argv)
    decks = build(args.book.resolve(), args.out)
    print(f"{len(decks)} decks in {args.out.resolve()}: open en/index.html or nb/index.html")


if __name__ == "__main__":
    main()
