"""Read a platform's post export into a header and rows, whatever the file looks like.

Exports arrive as UTF-8 (with or without a byte-order mark), as UTF-16 (some analytics
tools), or as Windows-1252 once a spreadsheet in Norway has saved them, with commas,
semicolons or tabs between columns, and with line breaks inside quoted posts. The
reader works out which, and says what it found; a file that is not a table gets an
:class:`ExportError` that tells the user what to do, never a traceback.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

SEPARATORS = (",", ";", "\t", "|")
# File signatures of things people export by mistake instead of a table.
_NOT_TABLES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Excel (.xls) or Word file: save it as .xlsx or CSV",
}
_ZIP = b"PK\x03\x04"


class ExportError(Exception):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass(frozen=True)
class Table:
    """A file's header and data rows (each row as long as the header), and how it was read."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str | None = None  # CSV: e.g. "UTF-8 with BOM", "Windows-1252"
    separator: str | None = None  # CSV: ",", ";", "\t" or "|"; None for one column
    sheet: str | None = None  # Excel: the sheet read
    ragged: int = 0  # rows that had more or fewer cells than the header

    def describe(self, separator_names: dict[str, str], sheet: str) -> str:
        """How the file was read, e.g. "CSV, UTF-8, comma-separated"."""
        if self.sheet is not None:
            return sheet.format(self.sheet)
        return f"CSV, {self.encoding}, {separator_names[self.separator or '']}"


def read_table(path: str | Path, *, wants=None) -> Table:
    """Read a CSV or .xlsx export. ``wants(header)`` tells a sheet with posts from others."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ExportError(f"{path} is a folder, not an export file") from None
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise ExportError(f"{path} is empty: export the posts again and check the file")
    for magic, what in _NOT_TABLES.items():
        if data.startswith(magic):
            raise ExportError(f"{path} is {what}, not a table of posts")
    if data.startswith(_ZIP):
        return _read_xlsx(path, data, wants)
    text, encoding = decode(data)
    if _looks_binary(text):
        raise ExportError(f"{path} is not a text table (it holds binary data): export the "
                          "posts as CSV or .xlsx")
    return _parse_csv(text, encoding, path)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as the encodings exports use, most specific first; name the one used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    head = data[:2000]
    # UTF-16 without a BOM: every other byte of ASCII text is zero.
    if len(head) >= 4 and head[1::2].count(0) > 0.4 * len(head[1::2]):
        return data.decode("utf-16-le", errors="replace"), "UTF-16 (little-endian)"
    if len(head) >= 4 and head[0::2].count(0) > 0.4 * len(head[0::2]):
        return data.decode("utf-16-be", errors="replace"), "UTF-16 (big-endian)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # five bytes have no character in Windows-1252; Latin-1 reads every byte
        return data.decode("latin-1"), "Latin-1"


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return "\x00" in sample or controls > 0.02 * len(sample)


def _first_line(text: str) -> str:
    """The header line: up to the first line break outside quotes."""
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            return text[:i]
    return text


def _separator(header_line: str) -> str | None:
    counts = {sep: header_line.count(sep) for sep in SEPARATORS}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def _parse_csv(text: str, encoding: str, path: Path) -> Table:
    header_line = _first_line(text)
    sep = _separator(header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep or ",", strict=False)
    try:
        records = [r for r in reader if r]  # a blank line is no row
    except csv.Error as exc:
        raise ExportError(f"{path} cannot be read as CSV: {exc}") from None
    header = tuple(cell.strip() for cell in records[0])
    if not _looks_like_header(header, header_line, sep, records[1:]):
        raise ExportError(
            f"{path} does not look like a table: its first line reads like text, not like "
            "column names separated by commas, semicolons or tabs. Export the posts from "
            "your platform as CSV or .xlsx.")
    return _table(header, records[1:], encoding=encoding, separator=sep)


def _looks_like_header(header, line: str, sep: str | None, rows: list[list[str]]) -> bool:
    """Column names are short labels; a letter's first line is a sentence.

    Not a header: one long line with no separator, a name that ends like a sentence, or
    a first line whose width no row below it shares (prose split at its commas).
    """
    if sep is None:
        return len(line) <= 60
    if any(len(h) > 15 and h.endswith((".", "!", "?")) or len(h) > 80 for h in header):
        return False
    return not rows or any(len(r) == len(header) for r in rows)


def _table(header: tuple[str, ...], records, **how: str | None) -> Table:
    width = len(header)
    rows, ragged = [], 0
    for record in records:
        cells = tuple("" if c is None else str(c) for c in record)
        if len(cells) != width:
            ragged += 1
            cells = (cells + ("",) * width)[:width]
        rows.append(cells)
    return Table(header, tuple(rows), ragged=ragged, **how)


def _read_xlsx(path: Path, data: bytes, wants) -> Table:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # from the bytes: openpyxl judges a path by its suffix, an export by its content
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as exc:
        raise ExportError(f"{path} is a zip file but not an Excel workbook ({exc})") from None
    try:
        sheets = []
        for sheet in book.worksheets:
            records = [r for r in sheet.iter_rows(values_only=True)
                       if any(c not in (None, "") for c in r)]
            if records:
                header = tuple("" if c is None else str(c).strip() for c in records[0])
                sheets.append((sheet.title, header, records[1:]))
    finally:
        book.close()
    if not sheets:
        raise ExportError(f"{path} is an Excel workbook with no data in any sheet")
    # LinkedIn's export puts a summary sheet first: prefer the first sheet with posts.
    title, header, records = next(
        (s for s in sheets if wants and wants(s[1])), sheets[0])
    return _table(header, records, sheet=title)
