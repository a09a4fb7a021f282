"""The RAP workbook: LibreOffice recalculates every formula and gets the engine's numbers."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from benchmarks.stress_project import stress_document
from engine.domain.model import MatrixRow
from engine.format.read import project_from_dict
from engine.method.compute import Results
from engine.outputs.workbook.book import write_workbook
from engine.store.files import read_project
from main import main
from tests.conftest import REPO
from tests.engine.builders import base_project, every_addition, scenario
from tests.engine.outputs.workbook.test_financing import check as check_financing
from tests.engine.outputs.workbook.test_financing import fin_rows

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
MEASURES = ("total_cost", "pct_gdp", "pct_gov_expenditure")


def recalculated(source: Path, folder: Path) -> Path:
    """The workbook after LibreOffice has loaded (so computed) and saved it."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (Debian libreoffice-calc-nogui; .ci/run installs it)"
    folder.mkdir(exist_ok=True)
    subprocess.run(
        [
            soffice,
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    return folder / source.name


def check_against_engine(workbook: Path, results: Results) -> int:
    """Every scenario's and package's cost, % of GDP and % of government expenditure, every year."""
    checked = set()
    sheet = load_workbook(workbook, data_only=True)["SUM"]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        key, measure = row[0], row[1]
        if measure not in MEASURES:
            continue
        table = results.scenarios.get(key) or results.packages.get(key)
        assert table is not None, key
        got = np.array(row[2:], dtype=float)
        np.testing.assert_allclose(
            got, table[measure], rtol=1e-9, atol=0, err_msg=f"{key} {measure}"
        )
        checked.add((key, measure))
    expected = {(k, m) for k in [*results.scenarios, *results.packages] for m in MEASURES}
    assert checked == expected
    return len(checked)


@pytest.mark.parametrize("name", ["stress", "sample"])
def test_libreoffice_recalculates_the_engines_costs(name, tmp_path) -> None:
    project = project_from_dict(stress_document()) if name == "stress" else read_project(SAMPLE)
    if name == "stress":  # every kind of scenario, age-banded rates, labour data
        assert len({s.kind for s in project.scenarios}) == 9
    source = tmp_path / f"{name}.xlsx"
    results = write_workbook(project, source)
    assert not results.errors
    computed = recalculated(source, tmp_path / "lo")
    checked = check_against_engine(computed, results)
    assert checked == 3 * (len(results.scenarios) + len(results.packages))
    assert results.financing  # both finance their packages: the FIN sheet agrees too
    assert check_financing(fin_rows(computed), results, 0) >= 2 * len(results.financing)


def test_the_workbook_has_the_rap_sheets_with_formulas(tmp_path) -> None:
    source = tmp_path / "lao.xlsx"
    write_workbook(read_project(SAMPLE), source)
    book = load_workbook(source)
    assert book.sheetnames[:3] == ["POP", "ECO", "GGO"]
    assert [n for n in book.sheetnames if n.startswith("BS_")] == [
        "BS_child-benefit",
        "BS_social-pension-65",
        "BS_disability-benefit",
        "BS_maternity-benefit",
        "BS_health-extension",
    ]
    assert book.sheetnames[-5:] == ["SUM", "FIN", "UNCERTAINTY", "MATRIX", "ABOUT"]
    assert "EAP" not in book.sheetnames  # no labour data in the sample
    bs = book["BS_child-benefit"]
    formulas = [
        c.value
        for row in bs.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert any("POP!" in f for f in formulas) and any("ECO!" in f for f in formulas)
    assert book["ECO"]["D6"].value.startswith("=C6*(1+D2)*(1+D3)")
    assert book["POP"].freeze_panes == "C2"
    uncertainty = [c.value for row in book["UNCERTAINTY"].iter_rows() for c in row if c.value]
    assert "benefit level" in uncertainty and "p95" in uncertainty


def test_user_text_is_written_as_text_never_a_formula(tmp_path) -> None:
    project = read_project(SAMPLE)
    hostile = ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(1,2)")
    rows = tuple(
        MatrixRow(id=f"x{i}", guarantee="health", existing_provision=text, notes=text)
        for i, text in enumerate(hostile)
    )
    project = dataclasses.replace(project, matrix=rows, name="=1+1")
    source = tmp_path / "hostile.xlsx"
    write_workbook(project, source)
    sheet = load_workbook(source)["MATRIX"]
    for i, text in enumerate(hostile, start=2):
        cell = sheet.cell(row=i, column=2)
        assert (cell.value, cell.data_type) == (text, "s")
    after = load_workbook(recalculated(source, tmp_path / "lo"), data_only=True)
    values = [after["MATRIX"].cell(row=i, column=2).value for i in range(2, 6)]
    assert values == list(hostile)  # LibreOffice kept them as typed, not "y", 2, 1 or 3
    assert after["ABOUT"]["B2"].value == "=1+1"


def test_export_workbook_command(tmp_path, capsys) -> None:
    out = tmp_path / "lao.xlsx"
    assert main(["export-workbook", str(SAMPLE), str(out)]) == 0
    assert out.stat().st_size > 10_000
    assert main(["export-workbook", str(SAMPLE), str(tmp_path / "lao.csv")]) == 2
    assert "the workbook is an .xlsx file" in capsys.readouterr().err


def test_every_addition_recalculates_in_libreoffice_to_the_engine(tmp_path) -> None:
    """Tiers, coverage by other schemes, mid-year starts and October fiscal years: every
    scenario's and package's fiscal-year cost and shares, within 1e-9 of the engine."""
    project = project_from_dict(every_addition())
    source = tmp_path / "every.xlsx"
    results = write_workbook(project, source)
    assert not results.errors and results.years.tolist() == [2026, 2027]
    computed = recalculated(source, tmp_path / "lo")
    checked = check_against_engine(computed, results)
    assert checked == 3 * (len(results.scenarios) + len(results.packages))
    assert check_financing(fin_rows(computed), results, 1) == 2 + 3  # fiscal: from column D
    book = load_workbook(source)
    assert book["SUM"]["C1"].value == 2026  # columns: fiscal years, named by their end year
    assert book["ECO"]["B16"].value == 10
    rows = [c.value for c in book["BS_oaa"]["A"] if c.value]
    assert (
        "eligible, women aged 60" in rows
        and "monthly benefit b, ages 70-79 (indexed: prices)" in rows
    )
    assert "total cost C, fiscal year ending in the year" in rows


def test_a_one_year_project_without_growth_recalculates(tmp_path) -> None:
    document = base_project(
        years={"base": 2025, "end": 2025},
        scenarios=[
            scenario("c", "age_cash", ages=[0, 3], benefit={"type": "fixed", "monthly_amount": 10})
        ],
    )
    for key in ("real_gdp_growth", "gdp_deflator_growth", "cpi_inflation", "real_wage_growth"):
        del document["economy"][key]
    source = tmp_path / "one.xlsx"
    results = write_workbook(project_from_dict(document), source)
    assert check_against_engine(recalculated(source, tmp_path / "lo"), results) == 3
