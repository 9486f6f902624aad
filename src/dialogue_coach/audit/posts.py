"""An export, read and scored: one :class:`AuditedPost` per data row, in the file's order."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .columns import Columns, has_text_column, parse_count, parse_times, recognise
from .reading import ExportError, Table, read_table
from .scoring import Verdict, judge_all, page_language


@dataclass(frozen=True, eq=False)  # one post, one identity (texts repeat across rows)
class AuditedPost:
    row: int  # 1 = the first row under the header
    id: str
    published: datetime | None
    published_raw: str
    text: str
    counts: dict[str, int | None] = field(compare=False)  # engagement role -> count
    verdict: Verdict

    @property
    def scored(self) -> bool:
        return self.verdict.reason is None


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one audit, one result
class Audit:
    path: Path
    table: Table
    columns: Columns
    lang: str
    posts: tuple[AuditedPost, ...]

    @property
    def scored(self) -> list[AuditedPost]:
        return [p for p in self.posts if p.scored]

    @property
    def roles(self) -> list[str]:
        """The engagement columns present, comments first."""
        return list(self.columns.engagement)

    def column_name(self, role: str) -> str:
        return self.columns.described(self.table.header)[role]


def load_audit(path: str | Path, *, lang: str | None = None, text_column: str | None = None,
               workers: int | None = None, progress: bool | None = False) -> Audit:
    """Read an export, recognise its columns and score every post (see ``judge_all``)."""
    table = read_table(path, wants=has_text_column)
    if not table.rows:
        raise ExportError(f"{path} has a header but no posts under it")
    columns = recognise(table, text_column)
    texts = [row[columns.text] for row in table.rows]
    page_lang = lang or page_language(texts)
    verdicts = judge_all(texts, page_lang, workers=workers, progress=progress)
    raw_times = ([row[columns.published] for row in table.rows]
                 if columns.published is not None else [""] * len(texts))
    times = parse_times(raw_times)
    posts = tuple(
        AuditedPost(
            row=i + 1,
            id=row[columns.id].strip() if columns.id is not None else "",
            published=times[i],
            published_raw=raw_times[i],
            text=texts[i],
            counts={role: parse_count(row[index]) for role, index in columns.engagement.items()},
            verdict=verdicts[i],
        )
        for i, row in enumerate(table.rows)
    )
    return Audit(Path(path), table, columns, page_lang, posts)
