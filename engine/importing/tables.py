"""Reading a CSV file or an xlsx workbook into tables whose every cell can name its place.

An error in an imported file must say where it is: the sheet (for a workbook),
the row as the spreadsheet numbers it, and the column letter and heading.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from engine.domain.errors import InputError

MAX_IMPORT_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Table:
    """Rows under a header row; ``sheet`` is None for a CSV file."""

    sheet: str | None
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (row number as the spreadsheet shows it, cells)

    def column(self, name: str) -> int | None:
        wanted = name.strip().lower()
        for i, heading in enumerate(self.header):
            if heading.strip().lower() == wanted:
                return i
        return None

    def place(self, row: int, column: int | None = None) -> str:
        parts = [f"sheet {self.sheet}"] if self.sheet else []
        parts.append(f"row {row}")
        if column is not None:
            parts.append(f"column {get_column_letter(column + 1)} ({self.header[column]})")
        return ", ".join(parts)

    def records(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """Rows that are not blank."""
        for number, cells in self.rows:
            if any(not _blank(cell) for cell in cells):
                yield number, cells


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read_tables(path: Path) -> list[Table]:
    """The tables of a .csv or .xlsx file (the header is the first non-blank row)."""
    if not path.is_file():
        raise InputError("", "does not exist or is not a file", str(path))
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise InputError("", f"is larger than {MAX_IMPORT_BYTES // 2**20} MB", str(path))
    if path.stat().st_size == 0:
        raise InputError("", "is empty", str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [_csv_table(path)]
    if suffix in (".xlsx", ".xlsm"):
        return _workbook_tables(path)
    raise InputError("", "is neither a .csv file nor an .xlsx workbook", str(path))


def _csv_table(path: Path) -> Table:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            "",
            f"is not UTF-8 text (byte 0x{raw[error.start]:02x} at position {error.start}); "
            'save it as "CSV UTF-8"',
            str(path),
        ) from None
    if not text.strip():
        raise InputError("", "is empty", str(path))
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise InputError("", f"is not a valid CSV file ({error})", str(path)) from None
    return _table(None, [(i + 1, tuple(cells)) for i, cells in enumerate(lines)], str(path))


def _workbook_tables(path: Path) -> list[Table]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise InputError("", f"is not a readable .xlsx workbook ({error})", str(path)) from None
    try:
        tables = []
        for sheet in workbook.worksheets:
            rows = [(i + 1, tuple(row)) for i, row in enumerate(sheet.iter_rows(values_only=True))]
            tables.append(_table(sheet.title, rows, str(path)))
        return tables
    finally:
        workbook.close()


def _table(sheet: str | None, rows: list[tuple[int, tuple[Any, ...]]], source: str) -> Table:
    filled = [(n, cells) for n, cells in rows if any(not _blank(c) for c in cells)]
    if not filled:
        return Table(sheet, (), ())
    header_row, header_cells = filled[0]
    header = tuple("" if _blank(c) else str(c).strip() for c in header_cells)
    while header and not header[-1]:
        header = header[:-1]
    seen: set[str] = set()
    for i, heading in enumerate(header):
        place = Table(sheet, header, ()).place(header_row, i)
        if not heading:
            raise InputError(
                place, "the header cell is empty; every column needs a heading", source
            )
        if heading.lower() in seen:
            raise InputError(place, f'the heading "{heading}" appears twice', source)
        seen.add(heading.lower())
    body = []
    for n, cells in rows:
        if n <= header_row:
            continue
        extra = [i for i, c in enumerate(cells[len(header) :], len(header)) if not _blank(c)]
        if extra:
            where = ([f"sheet {sheet}"] if sheet else []) + [f"row {n}"]
            column = get_column_letter(extra[0] + 1)
            raise InputError(
                ", ".join([*where, f"column {column}"]), "holds a value under no heading", source
            )
        body.append((n, tuple(cells[: len(header)]) + (None,) * (len(header) - len(cells))))
    return Table(sheet, header, tuple(body))
