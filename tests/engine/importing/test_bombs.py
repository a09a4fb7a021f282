"""Imports with bounded time and memory (issue 15): every hostile file ends in exit 2 with
one line naming the file and the place, within seconds, with bounded memory, and the
project is byte-for-byte unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from engine.countries.bundled import country_project
from engine.store.files import write_project
from tests.conftest import REPO

MAX_SECONDS = 20  # each bomb, on a slow CI machine; they take 1-5 s here
MAX_PEAK_MB = 400  # the interpreter, numpy and openpyxl take ~100 MB before reading
WPP_HEADER = "LocID,Location,ISO3_code,Variant,Time,AgeGrp,PopMale,PopFemale,PopTotal\n"
GROUPS = [f"{a}-{a + 4}" for a in range(0, 100, 5)] + ["100+"]

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
CELLS = (
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>year</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>real_gdp_growth</t></is></c></row>'
    '<row r="2"><c r="A2"><v>2030</v></c><c r="B2"><v>0.04</v></c></row></sheetData>'
)


def xlsx(path: Path, sheet: str | None = None, chunks: int = 0, chunk: str = "") -> Path:
    """A minimal workbook; ``chunks`` copies of ``chunk`` stream into the sheet (a zip bomb)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if chunks:
            with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
                handle.write(SHEET_OPEN.encode() + b"<sheetData>")
                block = chunk.encode() * 1000
                for _ in range(chunks // 1000):
                    handle.write(block)
                handle.write(b"</sheetData></worksheet>")
        else:
            book.writestr("xl/worksheets/sheet1.xml", sheet or SHEET_OPEN + CELLS + "</worksheet>")
    return path


def blank_rows_csv(path: Path) -> Path:
    """96 MB, under the 100 MB limit: a WPP header, one row, then blank rows."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(WPP_HEADER + "418,Lao,LAO,Medium,2030,0-4,1,1,2\n")
        block = ",,,,,,,,\n" * 100_000
        for _ in range(96 * 1024 * 1024 // len(block)):
            handle.write(block)
    return path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def wide_csv(path: Path) -> Path:
    path.write_text(",".join(f"c{i}" for i in range(100_004)) + "\n1\n", encoding="utf-8")
    return path


def long_line_csv(path: Path) -> Path:
    path.write_text("Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1," + "9" * 5_000_000 + "\n")
    return path


def quoted_field_csv(path: Path) -> Path:
    """One quoted cell spanning 50 MB of short lines (each line under the line limit)."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write('Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,"')
        line = "x" * 99 + "\n"
        handle.write(line * 500_000)
        handle.write('"\n')
    return path


def expanding_xlsx(path: Path) -> Path:
    """A 1 MB workbook whose sheet expands to 1.1 GB."""
    row = '<row r="3"><c r="A3"><v>1</v></c></row>'
    return xlsx(path, chunks=30_000_000, chunk=row)


def huge_dimension_xlsx(path: Path) -> Path:
    sheet = SHEET_OPEN + '<dimension ref="A1:XFD1048576"/>' + CELLS + "</worksheet>"
    return xlsx(path, sheet)


def far_cell_xlsx(path: Path) -> Path:
    """No dimension, but one cell at the last row: a million empty rows in between."""
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    sheet = SHEET_OPEN + CELLS.replace("</sheetData>", far + "</sheetData>") + "</worksheet>"
    return xlsx(path, sheet)


def malformed_xml_xlsx(path: Path) -> Path:
    return xlsx(path, SHEET_OPEN + "<sheetData><row r='1'><c r='A1'><v>1</c></row>")


def entity_bomb_xlsx(path: Path) -> Path:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)
    )
    sheet = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'
        + SHEET_OPEN[len('<?xml version="1.0" encoding="UTF-8"?>') :]
        + '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c></row>'
        + "</sheetData></worksheet>"
    )
    return xlsx(path, sheet)


def nul_bytes_csv(path: Path) -> Path:
    path.write_bytes(b"coun\x00try,val\x1b[31mue\n2030,0-4\n")
    return path


BOMBS = {
    "96 MB of blank rows": (blank_rows_csv, "wpp.csv", "rows"),
    "100,004 columns": (wide_csv, "wide.csv", "row 1: the line is longer than 64 KB"),
    "300 columns": (lambda p: write(p, "a," * 300 + "\n1\n"), "cols.csv", "301 columns"),
    "a 5 MB line": (long_line_csv, "long.csv", "row 2: the line is longer than 64 KB"),
    "a 50 MB quoted cell": (quoted_field_csv, "quoted.csv", "row 2: is not valid CSV"),
    "xlsx expanding to 1.1 GB": (expanding_xlsx, "bomb.xlsx", "expands to"),
    "xlsx declaring A1:XFD1048576": (huge_dimension_xlsx, "dim.xlsx", "A1:XFD1048576"),
    "xlsx with a cell at XFD1048576": (far_cell_xlsx, "far.xlsx", "sheet Sheet1"),
    "malformed XML": (malformed_xml_xlsx, "bad.xlsx", "is not a readable .xlsx workbook"),
    "XML entity bomb": (entity_bomb_xlsx, "laughs.xlsx", "DOCTYPE"),
    "NUL and ESC in a heading": (nul_bytes_csv, "nul.csv", "\\x00"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bombs") / "lao.abnd"
    write_project(country_project("LAO", 2025, 2040), path)
    return path


def measured_import(project: Path, source: Path, tmp_path: Path) -> tuple[int, str, int, float]:
    report = tmp_path / "measure.txt"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.measure_child",
            str(report),
            "import",
            str(project),
            str(source),
        ],
        cwd=REPO,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "default"},
    )
    code, peak, seconds = report.read_text(encoding="utf-8").split()
    assert int(code) == done.returncode
    return done.returncode, done.stderr.decode("utf-8", "replace"), int(peak), float(seconds)


@pytest.mark.parametrize("case", list(BOMBS), ids=list(BOMBS))
def test_a_hostile_import_is_refused_quickly_in_bounded_memory(case, project, tmp_path) -> None:
    make, name, expected = BOMBS[case]
    source = make(tmp_path / name)
    before = project.read_bytes()
    code, err, peak_mb, seconds = measured_import(project, source, tmp_path)
    print(f"{case}: exit {code}, {peak_mb} MB peak, {seconds:.1f} s")  # the report quotes these
    lines = err.splitlines()
    assert code == 2 and len(lines) == 1, err[-2000:]
    assert lines[0].startswith(f"{source}: ") and expected in lines[0], lines[0]
    assert "\x00" not in lines[0] and "\x1b" not in lines[0]
    assert seconds < MAX_SECONDS and peak_mb < MAX_PEAK_MB, (seconds, peak_mb)
    assert project.read_bytes() == before


def test_a_wpp_file_of_every_country_imports_in_bounded_memory(project, tmp_path) -> None:
    """237 locations x 21 groups x 151 years (37 MB, 750,000 rows): only the project's
    country is kept."""
    source = tmp_path / "WPP_all.csv"
    with source.open("w", encoding="utf-8") as handle:
        handle.write(WPP_HEADER)
        for i in range(237):
            iso3 = "LAO" if i == 118 else f"X{i // 26 % 26 + 65:c}{i % 26 + 65:c}"
            for year in range(1950, 2101):
                for g, group in enumerate(GROUPS):
                    handle.write(
                        f"{i},Place {i},{iso3},Medium,{year},{group},{400.5 - g},{390.25 - g},0\n"
                    )
    assert source.stat().st_size > 30 * 2**20
    code, err, peak_mb, seconds = measured_import(project, source, tmp_path)
    print(f"every country: exit {code}, {peak_mb} MB peak, {seconds:.1f} s")
    assert code == 0, err
    assert seconds < MAX_SECONDS and peak_mb < MAX_PEAK_MB, (seconds, peak_mb)
    from engine.store.files import read_project

    rows = [r for r in read_project(project).population.rows if r.year == 2030]
    assert len(rows) == 2 * 21 and rows[0].value in (400_500.0, 390_250.0)
