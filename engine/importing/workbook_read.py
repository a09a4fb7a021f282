"""An xlsx workbook read with bounded time and memory, or refused in one line.

Before openpyxl parses anything: the archive's members are listed and their
unpacked sizes added up (Python's zipfile stops at a member's declared size,
so the sum bounds what can be inflated), and the start of every XML member is
checked for a DOCTYPE (entity declarations are how XML bombs expand; no
spreadsheet needs one). openpyxl then parses with defusedxml (a dependency: it
refuses entities too). Each sheet's declared dimension is checked before its
rows are read, then ignored (a dimension can lie, in both directions): rows
are streamed and capped as they come.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from engine.domain import messages
from engine.domain.errors import InputError
from engine.importing.tables import (
    MAX_COLUMNS,
    MAX_ROWS,
    RowFilter,
    Table,
    build_table,
    column_letter,
    sheet_place,
)

MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # one country's WPP sheet is ~15 MB unpacked
MAX_MEMBERS = 1_000
# What a broken or hostile workbook makes openpyxl raise: refused as unreadable.
UNREADABLE: tuple[type[BaseException], ...] = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    ParseError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    EOFError,
    OSError,
)


def workbook_tables(path: Path, keep: RowFilter | None) -> list[Table]:
    if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "cannot be read safely: this installation lacks defusedxml",
                "workbook_read.cannot_read_safely_installation",
            ).format(),
        )
    with path.open("rb") as handle:  # ours to close, whatever openpyxl does on an error
        check_archive(handle)
        try:
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except InputError:
            raise
        except UNREADABLE as error:
            raise _unreadable(error) from None
        try:
            tables = []
            for sheet in workbook.worksheets:
                check_dimension(sheet)
                sheet.reset_dimensions()  # read the rows that are there, not those declared
                rows = _numbered(sheet.title, sheet.iter_rows(values_only=True))
                tables.append(build_table(sheet.title, rows, keep))
            return tables
        except InputError:
            raise
        except UNREADABLE as error:
            raise _unreadable(error) from None
        finally:
            workbook.close()


def _unreadable(error: BaseException) -> InputError:
    said = " ".join(str(error).split())[:200] or type(error).__name__
    return InputError(
        "",
        messages.translate(
            "Engine",
            "is not a readable .xlsx workbook ({said})",
            "workbook_read.readable_xlsx_workbook_said",
        ).format(said=said),
    )


def check_archive(handle: IO[bytes]) -> None:
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _unreadable(error) from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "holds {count:,} files; a workbook holds a few dozen",
                "workbook_read.holds_count_files_workbook",
            ).format(count=len(members)),
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "expands to {unpacked:,.0f} MB when unpacked; the limit for a workbook "
                "is {limit} MB (import a CSV file instead)",
                "workbook_read.expands_unpacked_f_mb",
            ).format(unpacked=unpacked / 2**20, limit=MAX_UNPACKED_BYTES // 2**20),
        )
    for member in members:
        if member.filename.lower().endswith((".xml", ".rels", ".vml")):
            try:
                with archive.open(member) as stream:
                    head = stream.read(4096)
            except UNREADABLE as error:
                raise _unreadable(error) from None
            compact = head.replace(b"\x00", b"").upper()  # UTF-16 too
            if b"<!DOCTYPE" in compact or b"<!ENTITY" in compact:
                raise InputError(
                    "",
                    messages.translate(
                        "Engine",
                        "{filename} declares a DOCTYPE (XML entities, which no spreadsheet "
                        "needs and which can expand without end); it was not read",
                        "workbook_read.filename_declares_doctype_xml",
                    ).format(filename=member.filename),
                )
    handle.seek(0)


def check_dimension(sheet: Any) -> None:
    """Refuse a sheet whose declared size is beyond the limits, before reading it."""
    rows, columns = sheet.max_row, sheet.max_column
    if rows is None or columns is None:
        return
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        declared = (
            f"{column_letter(sheet.min_column or 1)}{sheet.min_row or 1}:"
            f"{column_letter(columns)}{rows}"
        )
        raise InputError(
            sheet_place(sheet.title),
            messages.translate(
                "Engine",
                "declares the range {declared} ({rows:,} rows, {columns:,} columns); the "
                "limit is {row_limit:,} rows and {column_limit} columns",
                "workbook_read.declares_range_declared_rows",
            ).format(
                declared=declared,
                rows=rows,
                columns=columns,
                row_limit=MAX_ROWS,
                column_limit=MAX_COLUMNS,
            ),
        )


def _numbered(title: str, rows: Iterable[Sequence[Any]]) -> Iterator[tuple[int, Sequence[Any]]]:
    for number, cells in enumerate(rows, 1):
        if number > MAX_ROWS:
            raise InputError(
                sheet_place(title),
                messages.translate(
                    "Engine",
                    "has more than {row_limit:,} rows; the limit is {row_limit:,}",
                    "workbook_read.has_more_than_max",
                ).format(row_limit=MAX_ROWS),
            )
        yield number, cells
