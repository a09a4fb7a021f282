"""No formula injection anywhere (issue 15): every user text in every xlsx is a text cell,
and text fields in CSV outputs that could start a formula are neutralised; LibreOffice
itself is the judge (it loads, evaluates and saves the files)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from engine.domain.model import Country
from engine.format.cells import csv_text
from engine.method.compute import compute
from engine.outputs.results_files import result_rows, results_csv
from engine.outputs.workbook.book import write_workbook
from engine.store.files import read_project
from tests.conftest import REPO
from tests.engine.outputs.test_workbook import recalculated

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
HOSTILE = {
    "currency": "=2+2",
    "country": "+3+3",
    "name": "=1+1",
    "scenario": "=9+9",
    "package": "@SUM(4,4)",
    "source": '=HYPERLINK("http://evil.example","click")',
    "rationale": "-5+6",
}


def hostile_project():
    project = read_project(SAMPLE)
    scenarios = list(project.scenarios)
    scenarios[0] = dataclasses.replace(
        scenarios[0], name=HOSTILE["scenario"], rationale=HOSTILE["rationale"]
    )
    packages = list(project.packages)
    packages[0] = dataclasses.replace(packages[0], name=HOSTILE["package"])
    return dataclasses.replace(
        project,
        name=HOSTILE["name"],
        country=Country(project.country.iso3, HOSTILE["country"], HOSTILE["currency"]),
        scenarios=tuple(scenarios),
        packages=tuple(packages),
        sources=((*project.sources, ("economy.cpi_inflation", HOSTILE["source"]))),
    )


def test_every_user_text_in_the_workbook_stays_text_in_libreoffice(tmp_path) -> None:
    source = tmp_path / "hostile.xlsx"
    write_workbook(hostile_project(), source)
    ours = load_workbook(source)
    placed: dict[tuple[str, str], str] = {}
    for sheet in ours.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # our formulas never hold a user's text
                    assert not any(text in str(cell.value) for text in HOSTILE.values()), (
                        sheet.title,
                        cell.coordinate,
                        cell.value,
                    )
                elif isinstance(cell.value, str) and any(t in cell.value for t in HOSTILE.values()):
                    placed[(sheet.title, cell.coordinate)] = cell.value
    alone = {v for v in placed.values() if v in HOSTILE.values()}
    assert {"=2+2", "=1+1", "=9+9", HOSTILE["source"]} <= alone  # each where "=" leads
    assert any(k[0] == "ECO" and v == "=2+2" for k, v in placed.items())  # the currency
    after = load_workbook(recalculated(source, tmp_path / "lo"), data_only=True)
    for (sheet_name, coordinate), text in placed.items():
        assert after[sheet_name][coordinate].value == text, (sheet_name, coordinate)


def libreoffice_csv(source: Path, folder: Path) -> list[list[str]]:
    """The CSV as LibreOffice reads it (evaluating formulas) and writes it back."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed"
    folder.mkdir(exist_ok=True)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "csv", "--outdir", str(folder), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    import csv

    with (folder / source.name).open(encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_csv_text_that_could_start_a_formula_is_neutralised_numbers_stay_numbers(
    tmp_path,
) -> None:
    results = compute(read_project(SAMPLE))
    rows = result_rows(results)
    texts = ["=1+1", "+2+2", "-3+3", "@SUM(4,4)", "=HYPERLINK(http://x,y)"]
    for row, text in zip(rows, texts, strict=False):
        row[1] = text  # ids cannot hold these (the id pattern): this checks the second net
    rows[0][3] = -7.5  # a negative number stays a number
    source = tmp_path / "results.csv"
    source.write_text(results_csv(rows), encoding="utf-8", newline="")
    seen = libreoffice_csv(source, tmp_path / "lo")
    for line, text in zip(seen[1:], texts, strict=False):
        assert (
            line[1] == "'" + text.strip("\t\r")
            or line[1].lstrip("'").strip() == text.strip("\t\r")
            or line[1] == "'" + text
        ), (line[1], text)
        assert line[1] not in ("2", "4", "0", "8", "10", "12")  # never evaluated
    assert float(seen[1][3]) == -7.5
    assert csv_text(-7.5) == -7.5 and csv_text("-x") == "'-x" and csv_text("x") == "x"
