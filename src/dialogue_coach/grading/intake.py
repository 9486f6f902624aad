"""Read what learners handed in, whatever shape it is in, into notebooks nbgrader can grade.

``make grade`` never grades ``submitted/`` directly. Each submission is copied into
``.nbgrader/intake/<student>/<assignment>/`` first, repaired where needed, and nbgrader
grades that copy; the learner's files are never changed. Repairs, each explained to
the learner in a note at the top of their feedback:

- a notebook with the wrong name (``Rewrite (1).ipynb``) is graded as the one expected;
- a file that is not UTF-8 (saved by another editor) is read as Windows-1252 or Latin-1;
- a damaged file (cut off, broken JSON) keeps every cell that can still be read;
- cells with broken structure are rebuilt; outputs are dropped (they are recomputed);
- an unreadable or missing notebook becomes the unanswered student version, so the
  learner still gets feedback instead of a silent zero.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_raw_cell

from . import messages

NOTE_MARKER = "dialogue_coach_intake_note"
MAX_NOTEBOOK_BYTES = 200 * 1024 * 1024


@dataclass
class IntakeResult:
    student: str
    assignment: str
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # for the instructor's log


def _stem(name: str) -> str:
    stem = name.lower()
    stem = re.sub(r"\.ipynb.*$", "", stem)
    stem = re.sub(r"[-_ ]*(?:\(\d+\)|copy\d*|kopi\d*|\d+)$", "", stem)
    return re.sub(r"[^a-z0-9æøå]+", "", stem)


def _match_files(files: list[Path], expected: list[str]) -> dict[str, Path]:
    """Map each expected notebook name to the submitted file that holds it."""
    mapping: dict[str, Path] = {}
    left = list(files)
    for name in expected:
        exact = next((f for f in left if f.name == f"{name}.ipynb"), None)
        if exact is not None:
            mapping[name] = exact
            left.remove(exact)
    for name in expected:
        if name in mapping or not left:
            continue
        scored = sorted(
            ((difflib.SequenceMatcher(None, _stem(f.name), _stem(name)).ratio(), f) for f in left),
            key=lambda pair: (-pair[0], pair[1].name),
        )
        best_ratio, best = scored[0]
        only_choice = len([n for n in expected if n not in mapping]) == 1 and len(left) == 1
        if best_ratio >= 0.6 or only_choice:
            mapping[name] = best
            left.remove(best)
    return mapping


def _decode(raw: bytes) -> tuple[str, str | None]:
    """The text, and the encoding's name when it was not UTF-8 (worth a note)."""
    from dialogue_coach.audit.reading import decode

    text, encoding = decode(raw)
    return text, None if encoding.startswith("UTF-8") else encoding


def _salvage_cells(text: str) -> list[dict]:
    """Every complete cell object of a cut-off or broken notebook's "cells" list."""
    start = text.find('"cells"')
    if start == -1:
        return []
    pos = text.find("[", start)
    if pos == -1:
        return []
    pos += 1
    decoder = json.JSONDecoder()
    cells = []
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            break
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except ValueError:
            break
        if isinstance(obj, dict):
            cells.append(obj)
    return cells


def _text_of(source: object) -> str:
    if isinstance(source, list):
        return "".join(s for s in source if isinstance(s, str))
    return source if isinstance(source, str) else ""


def _clean_cell(raw: dict):
    """A valid nbformat 4 cell from whatever a cell-like dict holds (or None)."""
    if not isinstance(raw, dict):
        return None
    kind = raw.get("cell_type")
    source = _text_of(raw.get("source", ""))
    metadata = raw.get("metadata") if isinstance(raw.get("metadata"), dict) else {}
    metadata = json.loads(json.dumps(metadata, default=str))
    if kind == "code":
        cell = new_code_cell(source)
    elif kind == "raw":
        cell = new_raw_cell(source)
    else:
        cell = new_markdown_cell(source)
    cell.metadata.update(metadata)
    if isinstance(raw.get("id"), str) and re.fullmatch(r"[a-zA-Z0-9-_]{1,64}", raw["id"]):
        cell.id = raw["id"]
    return cell


def _rebuild(cells: list[dict], metadata: dict):
    nb = nbformat.v4.new_notebook()
    nb.metadata.update(metadata)
    seen_ids: set[str] = set()
    for raw in cells:
        cell = _clean_cell(raw)
        if cell is None:
            continue
        if cell.id in seen_ids:
            cell.id = nbformat.v4.new_code_cell().id
        seen_ids.add(cell.id)
        nb.cells.append(cell)
    return nb


def read_submitted_notebook(path: Path, release_metadata: dict) -> tuple[object, list, str | None]:
    """(notebook or None, notes as (key, fields) pairs, error) for a submitted file."""
    notes: list[tuple[str, dict]] = []
    if path.stat().st_size > MAX_NOTEBOOK_BYTES:
        return None, notes, f"file is larger than {MAX_NOTEBOOK_BYTES // 2**20} MB"
    raw = path.read_bytes()
    text, encoding = _decode(raw)
    if encoding:
        notes.append(("intake_reencoded", {"encoding": encoding}))
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
            if isinstance(data, dict) and "worksheets" in data:  # nbformat 3
                nb = nbformat.reads(text, as_version=4)
                return nb, notes, None
            raise ValueError("not a notebook")
    except ValueError as exc:
        cells = _salvage_cells(text)
        if not cells:
            return None, notes, str(exc).split(":")[0][:80]
        notes.append(("intake_salvaged", {"kept": len(cells)}))
        return _rebuild(cells, release_metadata), notes, None
    metadata = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    merged = dict(release_metadata)
    merged.update({k: v for k, v in metadata.items() if k not in ("dialogue_coach",)})
    try:
        nb = nbformat.from_dict(data)
        nbformat.validate(nb)
        nb = nbformat.reads(json.dumps(data), as_version=4)
        nb.metadata = nbformat.from_dict(merged)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        nbformat.validate(nb)
        return nb, notes, None
    except Exception:
        return _rebuild(data["cells"], merged), notes, None


def _note_cell(lines: list[str], lang: str):
    text = messages.get("intake_title", lang) + "\n\n" + "\n".join(f"- {line}" for line in lines)
    cell = new_markdown_cell(text)
    cell.metadata[NOTE_MARKER] = True
    return cell


def intake_submission(src: Path, dest: Path, release: Path, student: str,
                      assignment: str) -> IntakeResult:
    """Copy one submission from *src* into *dest*, repaired; *release* is the student version."""
    result = IntakeResult(student, assignment)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    stamp = src / "timestamp.txt"
    if stamp.is_file():
        shutil.copyfile(stamp, dest / "timestamp.txt")
    expected = sorted(p.stem for p in release.glob("*.ipynb"))
    files = sorted(p for p in src.iterdir()
                   if p.is_file() and ".ipynb" in p.name.lower() and not p.name.startswith("."))
    mapping = _match_files(files, expected)
    for name in expected:
        release_nb = nbformat.read(release / f"{name}.ipynb", as_version=4)
        lang = release_nb.metadata.get("dialogue_coach", {}).get("lang", "en")
        lines: list[str] = []
        path = mapping.get(name)
        nb = None
        if path is None:
            lines.append(messages.get("intake_missing", lang, expected=f"{name}.ipynb"))
            result.problems.append(f"{name}.ipynb missing")
        else:
            if path.name != f"{name}.ipynb":
                lines.append(messages.get("intake_renamed", lang, found=path.name,
                                          expected=f"{name}.ipynb"))
                result.problems.append(f"{path.name} graded as {name}.ipynb")
            try:
                nb, notes, error = read_submitted_notebook(path, dict(release_nb.metadata))
            except OSError as exc:
                nb, notes, error = None, [], str(exc)
            lines.extend(messages.get(key, lang, **fields) for key, fields in notes)
            result.problems.extend(f"{path.name}: " + messages.get(key, "en", **fields)
                                   .split(";")[0] for key, fields in notes)
            if nb is None:
                lines.append(messages.get("intake_unreadable", lang, error=error))
                result.problems.append(f"{path.name} unreadable: {error}")
        if nb is None:
            nb = release_nb
        nb.cells = [c for c in nb.cells if not c.get("metadata", {}).get(NOTE_MARKER)]
        if lines:
            nb.cells.insert(0, _note_cell(lines, lang))
            result.notes.extend(lines)
        nb.metadata.setdefault("dialogue_coach", {})
        nb.metadata["dialogue_coach"] = release_nb.metadata.get("dialogue_coach", {})
        nbformat.write(nb, dest / f"{name}.ipynb")
    return result
