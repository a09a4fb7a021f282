"""Reading a CSV file or an xlsx workbook into tables whose every cell names its place: the
sheet, the row as the spreadsheet numbers it, the column letter and heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from engine.domain.errors import InputError
from engine.importing.read import read_tables
from engine.importing.tables import Table


def csv_file(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> str:
    with pytest.raises(InputError) as raised:
        read_tables(path)
    return raised.value.one_line()


def test_a_csv_is_one_table_under_its_header_row(tmp_path) -> None:
    (table,) = read_tables(csv_file(tmp_path, "year,persons\n2025,10\n2026,11\n"))
    assert table.sheet is None
    assert table.header == ("year", "persons")
    assert table.rows == ((2, ("2025", "10")), (3, ("2026", "11")))


def test_the_header_is_the_first_non_blank_row_and_rows_keep_their_numbers(tmp_path) -> None:
    text = "\n,\nYear , Persons,,\n2025,10\n\n2026,11\n"
    (table,) = read_tables(csv_file(tmp_path, text))
    assert table.header == ("Year", "Persons")  # stripped, empty trailing headings dropped
    # blank rows are dropped as they are read (bounded memory); the others keep their numbers
    assert [number for number, _ in table.rows] == [4, 6]
    assert [number for number, _ in table.records()] == [4, 6]
    assert table.column("year") == 0 and table.column(" PERSONS ") == 1
    assert table.column("value") is None


def test_short_rows_are_padded_and_a_bom_and_semicolons_are_understood(tmp_path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffyear;persons;note\n2025;1 000,5\n".encode())
    (table,) = read_tables(path)
    assert table.header == ("year", "persons", "note")
    assert table.rows == ((2, ("2025", "1 000,5", None)),)


def test_quoted_cells_may_hold_the_delimiter_and_newlines(tmp_path) -> None:
    (table,) = read_tables(csv_file(tmp_path, 'item,note\na,"x, y"\nb,"two\nlines"\n'))
    assert [cells for _, cells in table.rows] == [("a", "x, y"), ("b", "two\nlines")]


def test_places_name_the_sheet_row_column_letter_and_heading() -> None:
    table = Table("Economy", ("year", "gdp_nominal"), ())
    assert table.place(7) == "sheet Economy, row 7"
    assert table.place(7, 1) == "sheet Economy, row 7, column B (gdp_nominal)"
    assert Table(None, ("a",), ()).place(3, 0) == "row 3, column A (a)"


def test_a_workbook_gives_one_table_per_sheet(tmp_path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Economy"
    first.append(["year", "real_gdp_growth"])
    first.append([2026, 0.05])
    workbook.create_sheet("Empty")
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    economy, empty = read_tables(path)
    assert (economy.sheet, economy.header, economy.rows) == (
        "Economy",
        ("year", "real_gdp_growth"),
        ((2, (2026, 0.05)),),
    )
    assert (empty.sheet, empty.header, empty.rows) == ("Empty", (), ())


@pytest.mark.parametrize(
    "text, message",
    [
        ("year,,persons\n2025,1,2\n", "row 1, column B (): the header cell is empty"),
        ("Year,persons,year\n", 'row 1, column C (year): the heading "year" appears twice'),
        ("year,persons\n2025,1,2\n", "row 2, column C: holds a value under no heading"),
        ('year,persons\n"20"25,1\n', "row 2: is not valid CSV"),
        ("", "is empty"),
    ],
)
def test_malformed_csv_files_are_refused_naming_the_file_and_place(tmp_path, text, message) -> None:
    path = csv_file(tmp_path, text)
    line = refused(path)
    assert line.startswith(f"{path}: ") and message in line and "\n" not in line


def test_files_that_are_not_tables_are_refused(tmp_path) -> None:
    assert (
        refused(tmp_path / "missing.csv")
        == f"{tmp_path / 'missing.csv'}: does not exist or is not a file"
    )
    assert refused(tmp_path) == f"{tmp_path}: does not exist or is not a file"
    text = csv_file(tmp_path, "year\n2025\n", "data.txt")
    assert refused(text) == f"{text}: is neither a .csv file nor an .xlsx workbook"
    latin = tmp_path / "latin.csv"
    latin.write_bytes("année,persons\n".encode("latin-1"))  # é is byte 3, after "ann"
    assert refused(latin) == (
        f'{latin}: is not UTF-8 text (byte 0xe9 at position 3); save it as "CSV UTF-8"'
    )
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip at all")
    assert refused(fake).startswith(f"{fake}: is not a readable .xlsx workbook (")


def test_a_file_of_blank_lines_has_no_table(tmp_path) -> None:
    (table,) = read_tables(csv_file(tmp_path, " \n\n"))
    assert table.header == () and table.rows == ()
