"""The book's pages as the tests read them: editions paired by the table of contents,
and each page's prose, self-check, exercise links, figures and widgets.

Pages of the two editions are paired by position in `_toc.yml`: the English part and the
bokmål part list the same pages in the same order, so the n-th page of one is the twin of
the n-th page of the other.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml
from conftest import ROOT

EDITIONS = {"English": "en", "Norsk (bokmål)": "nb"}
# Pages that are not chapters: no word limits, no self-check (compared for parity all the
# same). Keyed by the English page; the bokmål twin follows from the pairing.
NOT_CHAPTERS = {"book/en/index", "book/en/rewrite-studio", "book/en/instructor-guide",
                "book/en/glossary", "book/en/broadcaster-quiz", "book/en/hat-check"}
SELF_CHECK = {"en": "Self-check", "nb": "Sjekk deg selv"}
EXERCISES = {"en": "Exercises", "nb": "Oppgaver"}
# The course's widgets, by the function a page calls to show one.
WIDGETS = ("rewrite_studio", "reply_trainer", "broadcaster_quiz", "hat_check")
EXERCISE_LINK = re.compile(
    r"https://github\.com/talk-with-not-at/talk-with-not-at/blob/main/exercises/"
    r"(?P<path>(?P<lang>en|nb)-(?P<number>\d)-[\w-]+/[\w-]+\.ipynb)")
FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
DIRECTIVE = re.compile(r"^\{(?P<name>[\w:-]+)\}\s*(?P<argument>.*)$")
CODE_DIRECTIVES = {"code-cell", "code-block", "code", "sourcecode"}
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def toc_editions() -> dict[str, list[str]]:
    """Each edition's pages (without suffix), in the table of contents' order."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return {EDITIONS[part["caption"]]: [entry["file"] for entry in part["chapters"]]
            for part in toc["parts"]}


def page_pairs() -> list[tuple[str, str]]:
    editions = toc_editions()
    assert len(editions["en"]) == len(editions["nb"]), (
        "the two editions list a different number of pages in _toc.yml")
    return list(zip(editions["en"], editions["nb"], strict=True))


def chapter_pairs() -> list[tuple[str, str]]:
    return [pair for pair in page_pairs() if pair[0] not in NOT_CHAPTERS]


def source_of(page: str) -> Path:
    for suffix in (".md", ".ipynb"):
        if (path := ROOT / f"{page}{suffix}").exists():
            return path
    raise FileNotFoundError(f"{page} is in _toc.yml but has no .md or .ipynb file")


def pieces(text: str):
    """(kind, text) for each run of MyST text: "prose" outside fences and inside directives
    (an admonition's title and body, without its options), "code" for code cells and
    code blocks. Directives nested in directives are read the same way."""
    lines, plain, i = text.splitlines(), [], 0
    while i < len(lines):
        opening = FENCE.match(lines[i].strip())
        if not opening:
            plain.append(lines[i])
            i += 1
            continue
        end = closing_fence(lines, i, opening["fence"])
        body = lines[i + 1:end]
        directive = DIRECTIVE.match(opening["info"])
        if directive is None or directive["name"] in CODE_DIRECTIVES:
            yield "code", "\n".join(body)
        else:
            yield from pieces("\n".join([directive["argument"], *drop_options(body)]))
        i = end + 1
    yield "prose", "\n".join(plain)


@dataclass(frozen=True)
class Page:
    page: str

    @property
    def lang(self) -> str:
        return "nb" if self.page.startswith("book/nb/") else "en"

    @cached_property
    def markdown(self) -> str:
        """The page as MyST markdown; a notebook's markdown and code cells in order."""
        path = source_of(self.page)
        if path.suffix == ".md":
            return strip_front_matter(path.read_text(encoding="utf-8"))
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return "\n\n".join(
            "".join(c["source"]) if c["cell_type"] == "markdown"
            else "```{code-cell}\n" + "".join(c["source"]) + "\n```"
            for c in cells)

    def prose_words(self) -> int:
        return sum(len(WORD.findall(prose_of(text)))
                   for kind, text in pieces(self.markdown) if kind == "prose")

    def code_cells(self) -> list[str]:
        return [text for kind, text in pieces(self.markdown) if kind == "code"]

    def section(self, heading: str) -> list[str]:
        """The lines of the H2 section called heading (empty when there is none)."""
        lines = self.markdown.splitlines()
        if f"## {heading}" not in lines:
            return []
        start = lines.index(f"## {heading}") + 1
        end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")),
                   len(lines))
        return lines[start:end]

    def self_check_questions(self) -> int:
        return sum(1 for line in self.section(SELF_CHECK[self.lang])
                   if re.match(r"^\d+\.\s", line))

    def self_check_answers(self) -> int:
        section = "\n".join(self.section(SELF_CHECK[self.lang]))
        title = {"en": "Answer", "nb": "Svar"}[self.lang]
        return len(re.findall(
            r"^\s*`{3,}\{admonition\} " + title + r"\s*\n\s*:class: dropdown", section, re.M))

    def exercise_links(self) -> list[tuple[str, str]]:
        """(edition, assignment number) of each link to an exercise notebook."""
        return [(m["lang"], m["number"]) for m in EXERCISE_LINK.finditer(self.markdown)]

    def exercise_links_full(self) -> list[str]:
        """Each linked notebook's path under exercises/."""
        return [m["path"] for m in EXERCISE_LINK.finditer(self.markdown)]

    def figures(self) -> int:
        """Pictures on the page: image directives, and code cells that draw with matplotlib."""
        images = len(re.findall(r"^`{3,}\{(?:figure|image|glue:figure)\}|!\[", self.markdown,
                                re.M))
        drawn = sum(1 for code in self.code_cells()
                    if re.search(r"\bplt\.|matplotlib|dialogue_coach\.plots", code))
        return images + drawn

    def widgets(self) -> dict[str, int]:
        code = "\n".join(self.code_cells())
        return {name: n for name in WIDGETS if (n := len(re.findall(rf"\b{name}\(", code)))}


def strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        return text[end + 4:] if end != -1 else text
    return text


def closing_fence(lines: list[str], start: int, fence: str) -> int:
    for i in range(start + 1, len(lines)):
        stripped = lines[i].strip()
        if stripped.startswith(fence[0] * len(fence)) and set(stripped) == {fence[0]}:
            return i
    return len(lines)


def drop_options(body: list[str]) -> list[str]:
    """A directive's body without its leading `:key: value` lines or `---` option block."""
    if body and body[0].strip() == "---":
        end = next((i for i in range(1, len(body)) if body[i].strip() == "---"), len(body))
        return body[end + 1:]
    i = 0
    while i < len(body) and re.match(r"^:[\w-]+:", body[i].strip()):
        i += 1
    return body[i:]


def prose_of(text: str) -> str:
    """Markdown text with what a reader does not read as prose taken out."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    kept = [line for line in text.splitlines()
            if not re.match(r"^\s*(%|\(\S+\)=\s*$)", line)]  # comments, targets
    text = "\n".join(kept)
    text = re.sub(r"\{[\w:-]+\}`[^`]*`", " ", text)  # roles: citations, references
    text = re.sub(r"`[^`]*`", " ", text)  # inline code
    text = re.sub(r"\]\([^)]*\)", "] ", text)  # link targets
    text = re.sub(r"https?://\S+", " ", text)  # bare URLs
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags (their text stays)
    return text
