"""nbgrader preprocessors that make autograding trustworthy for this kit.

They are wired in by ``nbgrader_config.py``, so plain ``nbgrader autograde`` and the
formgrader get the same behaviour as ``make grade``.

Sanitising (before anything runs):
- :class:`RestoreCells` rebuilds the notebook's structure from the student version:
  deleted or moved cells come back in their place, cells with broken nbgrader metadata
  lose it, learners' extra cells are kept where they were. nbgrader's own
  ``add_missing_cells`` fails when two neighbouring cells are missing.

Autograding:
- :class:`SandboxedExecute` runs the notebook in a bubblewrap kernel
  (``sandbox.SandboxKernelManager``), never sends check cells to the kernel (so the
  learner's code never sees hidden tests), caps each cell's output as it arrives (a
  50 MB print stays a few kilobytes), stops after the first cell that times out, and
  never fails the notebook because the kernel misbehaved.
- :class:`TrustedChecks` then runs every check cell in the grader's own process, on the
  answers read from the answer cells' text (``answers.read_answer``), and writes the
  results as the cells' outputs. nbgrader's ``SaveAutoGrades`` scores those outputs.
  Nothing the learner's code does in the kernel can change a score.

Feedback: ``nbgrader_config.py`` adds nbgrader's ``ClearHiddenTests`` to
``GenerateFeedback.preprocessors``, so the feedback shows the visible part of each
check cell, and the messages of every check, but never the hidden tests' source.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import logging
import time
import traceback
from pathlib import Path

import nbformat
from nbconvert.exporters import HTMLExporter
from nbformat.notebooknode import NotebookNode, from_dict
from nbgrader import utils
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.nbgraderformat import MetadataValidator
from nbgrader.preprocessors import Execute, NbGraderPreprocessor, SaveAutoGrades
from nbgrader.preprocessors.clearhiddentests import ClearHiddenTests
from traitlets import Integer, Unicode

from . import answers as _answers
from . import messages

log = logging.getLogger(__name__)


def is_check_cell(cell: NotebookNode) -> bool:
    """A graded, non-answer code cell: nbgrader's 'autograder tests' cell."""
    return cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)


def _lang(nb: NotebookNode) -> str:
    lang = nb.metadata.get("dialogue_coach", {}).get("lang") if "metadata" in nb else None
    return lang if lang in ("en", "nb") else "en"


def _note_output(text: str) -> NotebookNode:
    return from_dict({"output_type": "stream", "name": "stdout", "text": text})


def _coursedir(preprocessor: NbGraderPreprocessor):
    obj = preprocessor
    for _ in range(4):
        obj = getattr(obj, "parent", None)
        if obj is None:
            return None
        coursedir = getattr(obj, "coursedir", None)
        if coursedir is not None:
            return coursedir
    return None


def release_notebook_path(preprocessor: NbGraderPreprocessor, resources: dict) -> Path | None:
    coursedir = _coursedir(preprocessor)
    if coursedir is None:
        return None
    assignment = resources["nbgrader"]["assignment"]
    folder = coursedir.format_path(coursedir.release_directory, ".", assignment)
    return Path(folder) / f"{resources['nbgrader']['notebook']}.ipynb"


class RestoreCells(NbGraderPreprocessor):
    """Put the student version's structure back: every known cell, in its place."""

    def preprocess(self, nb: NotebookNode, resources: dict):
        validator = MetadataValidator()
        for cell in nb.cells:
            if "nbgrader" in cell.get("metadata", {}):
                try:
                    validator.upgrade_cell_metadata(cell)
                    validator.validate_cell(cell)
                except Exception:
                    self.log.warning("Dropping broken nbgrader metadata from a submitted cell")
                    del cell.metadata["nbgrader"]
        path = release_notebook_path(self, resources)
        if path is None or not path.exists():
            self.log.warning("Student version not found (%s); cells are not restored", path)
            return nb, resources
        release = nbformat.read(path, as_version=4)
        order = [c.metadata["nbgrader"]["grade_id"] for c in release.cells
                 if "grade_id" in c.metadata.get("nbgrader", {})]
        known = set(order)
        submitted: dict[str, NotebookNode] = {}
        extras_after: dict[str | None, list[NotebookNode]] = {}
        previous: str | None = None
        for cell in nb.cells:
            gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
            if gid in known and gid not in submitted:
                submitted[gid] = cell
                previous = gid
            else:
                if gid is not None:  # unknown or duplicate id: an ordinary extra cell
                    cell.metadata.pop("nbgrader", None)
                extras_after.setdefault(previous, []).append(cell)
        cells = list(extras_after.get(None, []))
        restored = 0
        for gid, cell in zip(order, [c for c in release.cells
                                     if "grade_id" in c.metadata.get("nbgrader", {})],
                             strict=True):
            if gid in submitted:
                cells.append(submitted[gid])
            else:
                cells.append(copy.deepcopy(cell))
                restored += 1
            cells.extend(extras_after.get(gid, []))
        if restored:
            self.log.warning("Restored %d missing cell(s) from the student version", restored)
        nb.cells = cells
        return nb, resources


class SandboxedExecute(Execute):
    """nbgrader's Execute, made safe and bounded (see the module docstring)."""

    max_output_chars = Integer(
        20_000, help="Characters of text output kept per cell; the rest is dropped as it arrives."
    ).tag(config=True)
    notebook_timeout = Integer(
        300, help="Seconds for the whole notebook; cells after the budget are not run."
    ).tag(config=True)
    kernel_manager_class_name = Unicode(
        "dialogue_coach.grading.sandbox.SandboxKernelManager",
        help="Kernel manager used to start kernels (the bubblewrap sandbox by default).",
    ).tag(config=True)

    def __init__(self, *args, **kwargs):
        from traitlets.utils.importstring import import_item

        kwargs.setdefault("kernel_manager_class", import_item(self.kernel_manager_class_name))
        super().__init__(*args, **kwargs)

    def preprocess(self, nb, resources=None, km=None):
        self._lang = _lang(nb)
        self._stopped_reason: str | None = None
        self._deadline = time.monotonic() + self.notebook_timeout
        self._chars: dict[int, int] = {}
        self._notice_given: set[int] = set()
        for cell in nb.cells:  # check cells are run by TrustedChecks, never by the kernel
            if is_check_cell(cell):
                cell.outputs = []
                cell.execution_count = None
        try:
            return super().preprocess(nb, resources, km=km)
        except Exception as exc:  # the kernel did not start, died, or hung on shutdown
            self.log.error("Execution stopped: %s", exc)
            self.log.debug(traceback.format_exc())
            note = messages.get("kernel_failed", self._lang)
            for cell in nb.cells:
                if cell.cell_type == "code" and not is_check_cell(cell) and not cell.get("outputs"):
                    cell.outputs = [_note_output(note)]
            return nb, resources if resources is not None else {}

    def _get_timeout(self, cell):
        timeout = super()._get_timeout(cell)
        remaining = max(1, int(self._deadline - time.monotonic()))
        return remaining if timeout is None else min(timeout, remaining)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or is_check_cell(cell):
            return cell, resources
        if self._stopped_reason is None and time.monotonic() > self._deadline:
            self._stopped_reason = "notebook_budget"
        if self._stopped_reason is not None:
            note = messages.get("not_run_" + self._stopped_reason, self._lang)
            cell.outputs = [_note_output(note)]
            return cell, resources
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        except Exception as exc:  # DeadKernelError and friends: keep grading the rest
            self.log.warning("Cell %d stopped the kernel: %s", index, exc)
            self._stopped_reason = "kernel_died"
            cell.outputs = list(cell.get("outputs", [])) + [
                _note_output(messages.get("kernel_died", self._lang))
            ]
            return cell, resources
        if any(o.get("output_type") == "error" and o.get("ename") == "CellTimeoutError"
               for o in cell.get("outputs", [])):
            # The kernel was interrupted; a learner loop that swallows the interrupt
            # would cost a full timeout per remaining cell, so stop here.
            self._stopped_reason = "timeout"
            cell.outputs.append(_note_output(messages.get("cell_timeout", self._lang,
                                                          seconds=self.timeout)))
        return cell, resources

    def output(self, outs, msg, display_id, cell_index):
        """Keep at most ``max_output_chars`` of each cell's output, counted as it arrives."""
        used = self._chars.get(cell_index, 0)
        limit = self.max_output_chars
        content = msg.get("content", {})
        msg_type = msg.get("msg_type")
        if msg_type == "stream":
            size = len(content.get("text", ""))
        elif msg_type in ("display_data", "execute_result", "update_display_data"):
            size = sum(len(v) if isinstance(v, str) else len(json.dumps(v))
                       for v in content.get("data", {}).values())
            limit = max(limit, 2_000_000)  # a few plots are fine; a flood of them is not
        elif msg_type == "error":
            size = 0
        else:
            size = 0
        if used + size <= limit:
            self._chars[cell_index] = used + size
            return super().output(outs, msg, display_id, cell_index)
        if msg_type == "stream" and used < limit:
            keep = limit - used
            msg = copy.copy(msg)
            msg["content"] = dict(content, text=content.get("text", "")[:keep])
            self._chars[cell_index] = limit
            super().output(outs, msg, display_id, cell_index)
        self._chars[cell_index] = limit
        if cell_index not in self._notice_given:
            self._notice_given.add(cell_index)
            outs.append(_note_output("\n" + messages.get("output_truncated", self._lang,
                                                         chars=self.max_output_chars)))
        return None


class CheckOutcome:
    """What one check cell produced in the trusted run."""

    def __init__(self, outputs: list[NotebookNode], failed: bool, grader_error: bool):
        self.outputs = outputs
        self.failed = failed
        self.grader_error = grader_error


def run_check_source(source: str, namespace: dict, data_dir: Path | None) -> CheckOutcome:
    """Run one check cell's instructor source in this (trusted) process."""
    import ast

    from . import checks

    stdout = io.StringIO()
    stderr = io.StringIO()
    outputs: list[NotebookNode] = []
    failed = grader_error = False
    try:
        tree = ast.parse(source)
        last_expr = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last_expr = ast.Expression(tree.body.pop().value)
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr), \
                checks.data_folder(data_dir), checks.grading_mode():
            exec(compile(tree, "<check>", "exec"), namespace)  # noqa: S102 - instructor code
            value = eval(compile(last_expr, "<check>", "eval"), namespace) if last_expr else None  # noqa: S307
    except checks.CheckFailed as exc:
        failed = True
        error = exc
    except Exception as exc:  # a bug in a check: never blame the learner silently
        failed = grader_error = True
        error = exc
        log.error("A check raised unexpectedly:\n%s", traceback.format_exc())
    else:
        error = None
    text = stdout.getvalue()
    if stderr.getvalue():
        log.warning("check wrote to stderr: %s", stderr.getvalue()[:500])
    if text:
        outputs.append(_note_output(text))
    if error is not None:
        if grader_error:
            lang = namespace.get("__lang__", "en")
            lines = [messages.get("grader_error", lang), f"{type(error).__name__}: {error}"]
        else:
            lines = error._render_traceback_()
        outputs.append(from_dict({
            "output_type": "error",
            "ename": type(error).__name__,
            "evalue": str(error),
            "traceback": lines,
        }))
    elif value is not None:
        data = {"text/plain": repr(value)}
        markdown = getattr(value, "_repr_markdown_", None)
        if callable(markdown):
            data["text/markdown"] = markdown()
        outputs.append(from_dict({
            "output_type": "execute_result", "execution_count": None,
            "data": data, "metadata": {},
        }))
    return CheckOutcome(outputs, failed, grader_error)


class TrustedChecks(NbGraderPreprocessor):
    """Score every check cell from the answer cells' text, in the grader's process."""

    def preprocess(self, nb: NotebookNode, resources: dict):
        notebook_id = resources["nbgrader"]["notebook"]
        assignment_id = resources["nbgrader"]["assignment"]
        lang = _lang(nb)
        with Gradebook(resources["nbgrader"]["db_url"]) as gb:
            source_nb = gb.find_notebook(notebook_id, assignment_id)
            sources = {c.name: (c.source, c.cell_type) for c in source_nb.source_cells}
            solution_ids = {c.name for c in source_nb.solution_cells}
        namespace: dict = {"__name__": "__grader__", "__lang__": lang}
        by_id = {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells
                 if "grade_id" in c.get("metadata", {}).get("nbgrader", {})}
        for gid in sorted(solution_ids):
            source, cell_type = sources.get(gid, ("", "markdown"))
            if cell_type != "code":
                continue
            name = _answers.assigned_name(source)
            if name is None:
                continue
            cell = by_id.get(gid)
            namespace[name] = (_answers.read_answer(cell.source, name)
                               if cell is not None else _answers.Missing(name))
        data_dir = Path(resources.get("metadata", {}).get("path") or ".")
        summary = []
        for cell in nb.cells:
            if not is_check_cell(cell):
                continue
            gid = cell.metadata["nbgrader"]["grade_id"]
            try:
                source = sources[gid][0]
            except KeyError:
                continue
            outcome = run_check_source(source, dict(namespace), data_dir)
            cell.outputs = outcome.outputs
            cell.execution_count = None
            summary.append({"check": gid, "failed": outcome.failed,
                            "grader_error": outcome.grader_error})
        resources.setdefault("dialogue_coach", {})["checks"] = summary
        nb.metadata.setdefault("dialogue_coach", {})["checks"] = summary
        return nb, resources


class FeedbackClearHiddenTests(ClearHiddenTests):
    """nbgrader's ClearHiddenTests for feedback: keep going if a learner broke a region."""

    def preprocess_cell(self, cell, resources, cell_index):
        try:
            return super().preprocess_cell(cell, resources, cell_index)
        except RuntimeError:
            # An unbalanced marker can only come from a learner's own cell; drop its source.
            cell.source = ""
            return cell, resources


class KeepManualMarks(SaveAutoGrades):
    """nbgrader's SaveAutoGrades, except that a re-grade keeps a hand mark as marked.

    nbgrader flags every hand-marked cell as needing marking again on each autograde, in
    case the answer changed. Here a cell stays marked when its answer (and its automatic
    score) are the same as at the previous autograde, the one the instructor marked
    after; a changed answer is flagged again. The fingerprints live beside the gradebook
    in ``.nbgrader/marks/<assignment>/<student>/<notebook>.json``.
    """

    def preprocess(self, nb: NotebookNode, resources: dict):
        info = resources["nbgrader"]
        coursedir = _coursedir(self)
        root = Path(coursedir.root if coursedir is not None else ".")
        self._marks_path = (root / ".nbgrader" / "marks" / info["assignment"]
                            / info["student"] / f"{info['notebook']}.json")
        try:
            self._before = json.loads(self._marks_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._before = {}
        self._now: dict[str, str] = {}
        nb, resources = super().preprocess(nb, resources)
        self._marks_path.parent.mkdir(parents=True, exist_ok=True)
        self._marks_path.write_text(json.dumps(self._now, indent=1), encoding="utf-8")
        return nb, resources

    def _add_score(self, cell: NotebookNode, resources: dict) -> None:
        super()._add_score(cell, resources)
        gid = cell.metadata["nbgrader"]["grade_id"]
        grade = self.gradebook.find_grade(gid, self.notebook_id, self.assignment_id,
                                          self.student_id)
        fingerprint = hashlib.sha256(
            f"{cell.source}\0{grade.auto_score!r}".encode()).hexdigest()
        self._now[gid] = fingerprint
        if grade.manual_score is not None and self._before.get(gid) == fingerprint:
            grade.needs_manual_grade = False
            self.gradebook.db.commit()


class FeedbackLabels(NbGraderPreprocessor):
    """Give the feedback template its words in the notebook's language, the scores as
    text, and which hand-marked parts still wait for marking (run after GetGrades)."""

    def preprocess(self, nb: NotebookNode, resources: dict):
        from .feedback import NBGRADER_NO_RESPONSE, labels, points_text

        info = resources["nbgrader"]
        lang = _lang(nb)
        words = labels(lang)
        with Gradebook(info["db_url"]) as gb:
            for cell in nb.cells:
                meta = cell.get("metadata", {}).get("nbgrader", {})
                if utils.is_grade(cell):
                    grade = gb.find_grade(meta["grade_id"], info["notebook"],
                                          info["assignment"], info["student"])
                    meta["awaiting"] = bool(grade.needs_manual_grade)
                    meta["score_text"] = (words["awaiting"] if meta["awaiting"] else
                                          points_text(lang, meta["score"], meta["points"]))
                if meta.get("comment") == NBGRADER_NO_RESPONSE:
                    meta["comment"] = words["no_response"]
            waiting = bool(gb.find_submission_notebook(
                info["notebook"], info["assignment"], info["student"]).needs_manual_grade)
        total = points_text(lang, info["score"], info["max_score"], so_far=waiting)
        resources["dialogue_coach"] = {
            "lang": lang, "labels": words, "awaiting": waiting,
            "total": total + (f", {words['awaiting']}" if waiting else ""),
            "late": (words["late"].format(points=f"{info['late_penalty']:g}")
                     if info.get("late_penalty") else "")}
        return nb, resources


class FeedbackExporter(HTMLExporter):
    """The HTML exporter of feedback pages: the kit's template (``templates/feedback_kit``)
    on top of nbgrader's. A class of its own so the formgrader's exporter is untouched.

    nbgrader's API forces ``HTMLExporter.template_name = "feedback"`` on every feedback
    run, so the template is given as arguments, which win over configuration.
    """

    def __init__(self, *args, **kwargs):
        import nbgrader

        formgrader = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader"
        kwargs["extra_template_basedirs"] = [str(Path(__file__).parent / "templates"),
                                             str(formgrader / "templates")]
        # "feedback/index.html.j2" (extended) and bootstrap.min.css (inlined) by path
        kwargs["extra_template_paths"] = [
            str(formgrader / "templates"),
            str(formgrader / "static" / "node_modules" / "bootstrap" / "dist" / "css")]
        kwargs["template_name"] = "feedback_kit"
        super().__init__(*args, **kwargs)


__all__ = [
    "FeedbackClearHiddenTests",
    "FeedbackExporter",
    "FeedbackLabels",
    "KeepManualMarks",
    "MissingEntry",
    "RestoreCells",
    "SandboxedExecute",
    "TrustedChecks",
    "is_check_cell",
    "run_check_source",
]
