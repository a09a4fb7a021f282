"""Reading a CSV file or an xlsx workbook into tables whose every cell can name its place.

An error in an imported file must say where it is: the sheet (for a workbook),
the row as the spreadsheet numbers it, and the column letter and heading.

Reading is bounded in time and memory whatever the file holds (docs/import.md,
"Limits"): rows are streamed one at a time, blank rows are not kept, a row filter
(the project's country in a UN WPP file) drops other rows as they are read, and
the counts of rows, columns, kept cells and the length of a line are capped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError

MAX_IMPORT_BYTES = 100 * 1024 * 1024
MAX_ROWS = 2_000_000  # rows read (blank ones too): a CSV's lines, a sheet's rows
MAX_COLUMNS = 256
MAX_KEPT_CELLS = 2_000_000  # cells of the rows kept (after the country filter)
MAX_CELL_CHARS = 10_000

Row = tuple[Any, ...]
RowFilter = Callable[[tuple[str, ...]], Callable[[Row], bool] | None]


@dataclass(frozen=True)
class Table:
    """Rows under a header row; ``sheet`` is None for a CSV file. Blank rows are not kept."""

    sheet: str | None
    header: tuple[str, ...]
    rows: tuple[tuple[int, Row], ...]  # (row number as the spreadsheet shows it, cells)

    def column(self, name: str) -> int | None:
        wanted = name.strip().lower()
        for i, heading in enumerate(self.header):
            if heading.strip().lower() == wanted:
                return i
        return None

    def place(self, row: int, column: int | None = None) -> str:
        if column is None:
            return where(self.sheet, row)
        letter, heading = column_letter(column + 1), self.header[column]
        if self.sheet:
            return messages.translate(
                "Engine",
                "sheet {sheet}, row {row}, column {column} ({heading})",
                "tables.sheet_row_column",
            ).format(sheet=self.sheet, row=row, column=letter, heading=heading)
        return messages.translate(
            "Engine", "row {row}, column {column} ({heading})", "tables.row_column"
        ).format(row=row, column=letter, heading=heading)

    def records(self) -> Iterator[tuple[int, Row]]:
        """Rows that are not blank."""
        for number, cells in self.rows:
            if any(not _blank(cell) for cell in cells):
                yield number, cells


def column_letter(number: int) -> str:
    """A spreadsheet column's letters (1 -> A, 27 -> AA), for any number."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def sheet_place(sheet: str) -> str:
    return messages.translate("Engine", "sheet {sheet}", "tables.sheet").format(sheet=sheet)


def where(sheet: str | None, row: int) -> str:
    if sheet:
        return messages.translate(
            "Engine", "sheet {sheet}, row {row:,}", "tables.sheet_row"
        ).format(sheet=sheet, row=row)
    return messages.translate("Engine", "row {row:,}", "tables.row").format(row=row)


def build_table(
    sheet: str | None, rows: Iterable[tuple[int, Sequence[Any]]], keep: RowFilter | None
) -> Table:
    """Header and kept rows from numbered rows, checking each as it comes."""
    header: tuple[str, ...] = ()
    test: Callable[[Row], bool] | None = None
    body: list[tuple[int, Row]] = []
    kept_cells = 0
    for number, cells in rows:
        if len(cells) > MAX_COLUMNS and any(not _blank(c) for c in cells[MAX_COLUMNS:]):
            raise InputError(
                where(sheet, number),
                messages.translate(
                    "Engine",
                    "has {count:,} columns; the limit is {limit} (is this the right file?)",
                    "tables.has_count_columns_limit",
                ).format(count=len(cells), limit=MAX_COLUMNS),
            )
        if not any(not _blank(cell) for cell in cells):
            continue
        if not header:
            header = _header(sheet, number, cells[:MAX_COLUMNS])
            test = keep(header) if keep else None
            continue
        width = len(header)
        if len(cells) > width:
            extra = next((i for i, c in enumerate(cells[width:], width) if not _blank(c)), None)
            if extra is not None:
                raise InputError(
                    f"{where(sheet, number)}, column {column_letter(extra + 1)}",
                    messages.translate(
                        "Engine", "holds a value under no heading", "tables.holds_value_under_no"
                    ).format(),
                )
        row = tuple(cells[:width]) + (None,) * (width - len(cells))
        if test is not None and not test(row):
            continue
        _check_cells(sheet, number, row)
        kept_cells += width
        if kept_cells > MAX_KEPT_CELLS:
            raise InputError(
                where(sheet, number),
                messages.translate(
                    "Engine",
                    "the data holds more than {limit:,} cells; the limit is "
                    "{limit:,} (keep one country's rows)",
                    "tables.data_holds_more_than",
                ).format(limit=MAX_KEPT_CELLS),
            )
        body.append((number, row))
    return Table(sheet, header, tuple(body))


def _header(sheet: str | None, number: int, cells: Sequence[Any]) -> tuple[str, ...]:
    _check_cells(sheet, number, cells)
    header = tuple("" if _blank(c) else str(c).strip() for c in cells)
    while header and not header[-1]:
        header = header[:-1]
    seen: set[str] = set()
    for i, heading in enumerate(header):
        place = Table(sheet, header, ()).place(number, i)
        if not heading:
            raise InputError(
                place,
                messages.translate(
                    "Engine",
                    "the header cell is empty; every column needs a heading",
                    "tables.header_cell_empty_every",
                ).format(),
            )
        if heading.lower() in seen:
            raise InputError(
                place,
                messages.translate(
                    "Engine",
                    'the heading "{heading}" appears twice',
                    "tables.heading_heading_appears_twice",
                ).format(heading=heading),
            )
        seen.add(heading.lower())
    return header


def _check_cells(sheet: str | None, number: int, cells: Sequence[Any]) -> None:
    for i, cell in enumerate(cells):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise InputError(
                f"{where(sheet, number)}, column {column_letter(i + 1)}",
                messages.translate(
                    "Engine",
                    "holds {count:,} characters; the limit for a cell is {limit:,}",
                    "tables.holds_count_characters_limit",
                ).format(count=len(cell), limit=MAX_CELL_CHARS),
            )
