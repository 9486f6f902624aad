"""Read a learner's answers from the text of their answer cells, without running them.

The autograder never trusts the learner's kernel for scores: whatever a notebook does
when it runs (monkeypatching the checks, loops, deleted cells), the grade is computed
from what the answer cells *say*. An answer cell holds one assignment of a plain value,
for example ``rewrite = \"\"\"...\"\"\"`` or ``unanswered_questions = ["C03", "C07"]``.

The reader accepts what a non-programmer is likely to type: strings in any kind of
quotes (also typographic quotes pasted from a word processor), lists written without
quotes (``[C03, C07]``), implicit or ``+`` string concatenation, numbers. It never
evaluates code: anything else becomes :class:`Unreadable` with a reason the checks can
explain.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

#: Values longer than this are cut before any check sees them (a post is a few hundred
#: characters; a learner who pastes a novel gets told, and the grader stays fast).
MAX_VALUE_CHARS = 20_000


@dataclass(frozen=True)
class Unreadable:
    """An answer that is there but could not be read as plain text, a number or a list."""

    reason: str  # a message key in messages.py
    detail: str = ""

    def __bool__(self) -> bool:
        return False


@dataclass(frozen=True)
class Missing:
    """The answer cell, or the line that sets the answer, is not there at all."""

    name: str = "answer"

    def __bool__(self) -> bool:
        return False



_QUOTES = {
    '"""': '"""',
    "'''": "'''",
    '"': '"',
    "'": "'",
    "\u201c": "\u201d",  # “ ”
    "\u201d": "\u201d",  # ” ” (Norwegian typography opens with the closing mark)
    "\u2018": "\u2019",  # ‘ ’
    "\u2019": "\u2019",
    "\u00ab": "\u00bb",  # « »
    "\u201e": "\u201c",  # „ “
}


class _Reject(Exception):
    pass


def _value(node: ast.AST, budget: list[int]) -> object:
    """Evaluate a literal-ish expression; raise _Reject for anything else."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, (str, int, float, bool)) or node.value is None:
            if isinstance(node.value, str):
                budget[0] -= len(node.value)
                if budget[0] < 0:
                    raise _Reject("too_long")
            return node.value
        if node.value is Ellipsis:
            return "..."
        raise _Reject("not_plain")
    if isinstance(node, ast.JoinedStr):  # an f-string with no fields is just text
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                parts.append(v.value)
            else:
                raise _Reject("not_plain")
        return "".join(parts)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        if len(node.elts) > 1000:
            raise _Reject("too_long")
        return [_value(e, budget) for e in node.elts]
    if isinstance(node, ast.Dict):
        if len(node.keys) > 1000 or any(k is None for k in node.keys):
            raise _Reject("not_plain")
        pairs = zip(node.keys, node.values, strict=True)
        return {_value(k, budget): _value(v, budget) for k, v in pairs}
    if isinstance(node, ast.Name):
        # [C03, C07] typed without quotes: read bare words as the words they are.
        if node.id in {"True", "False", "None"}:
            return {"True": True, "False": False, "None": None}[node.id]
        return node.id
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _value(node.operand, budget)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return -v if isinstance(node.op, ast.USub) else v
        raise _Reject("not_plain")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _value(node.left, budget), _value(node.right, budget)
        if isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(left, list) and isinstance(right, list):
            return left + right
        numbers = (int, float)
        if isinstance(left, numbers) and isinstance(right, numbers):
            return left + right
        raise _Reject("not_plain")
    raise _Reject("not_plain")


def _assignments(tree: ast.Module, name: str) -> list[ast.expr]:
    found = []
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
                found.append(stmt.value)
        elif (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and stmt.target.id == name
            and stmt.value is not None
        ):
            found.append(stmt.value)
    return found


def _lenient(source: str, name: str) -> object:
    """Last resort when Python cannot parse the cell: find ``name = <quoted text>``.

    Catches the common slips of people who do not program: an apostrophe inside single
    quotes, typographic quotes, a missing closing quote at the very end.
    """
    matches = list(re.finditer(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*=[ \t]*", source))
    m = matches[-1] if matches else None
    if m is None:
        return Missing(name)
    rest = source[m.end():].strip()
    for opener in sorted(_QUOTES, key=len, reverse=True):
        if rest.startswith(opener):
            closer = _QUOTES[opener]
            body = rest[len(opener):]
            end = body.rfind(closer)
            if end == -1 and closer != opener:
                end = body.rfind(opener)
            text = body[:end] if end != -1 else body
            return text[:MAX_VALUE_CHARS]
    if rest.startswith("["):
        inner = rest[1:]
        inner = inner[: inner.rfind("]")] if "]" in inner else inner
        quotes = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "
        items = [i.strip().strip(quotes) for i in inner.split(",")]
        return [i for i in items if i]
    return Unreadable("unreadable_syntax")


def read_answer(source: str, name: str) -> object:
    """The value the cell *source* gives to *name*, read without running any code.

    Returns the value (str, number, list, dict), :class:`Missing` when the cell does not
    set *name*, or an :class:`Unreadable` with a reason.
    """
    if not isinstance(source, str):
        return Missing(name)
    if len(source) > 50 * MAX_VALUE_CHARS:
        source = source[: 50 * MAX_VALUE_CHARS]
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return _lenient(source, name)
    values = _assignments(tree, name)
    if not values:
        return Missing(name)
    try:
        value = _value(values[-1], [MAX_VALUE_CHARS])
    except _Reject as exc:
        return Unreadable(str(exc))
    except RecursionError:
        return Unreadable("not_plain")
    return value


def assigned_name(source: str) -> str | None:
    """The variable an answer cell's placeholder sets (``rewrite = \"\"\"...\"\"\"`` -> rewrite)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                return target.id
    return None
