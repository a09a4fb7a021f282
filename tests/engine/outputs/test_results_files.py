"""Results files (docs/cli.md, Results): one row per scope, id and year in CSV, JSON and xlsx,
numbers written exactly, empty values left empty, and a short text table."""

from __future__ import annotations

import csv
import dataclasses
import json

import numpy as np
import pytest
from openpyxl import load_workbook

from engine.domain.errors import InputError
from engine.method.compute import PACKAGE_COLUMNS, RESULT_COLUMNS, compute
from engine.outputs.results_files import (
    CSV_COLUMNS,
    format_number,
    result_rows,
    summary_table,
    write_results,
)
from tests.engine.builders import base_project, build, scenario, source

FLAT = {"type": "fixed", "monthly_amount": 10}
GDP = [1e9, 1.071e9, 1.147041e9]


@pytest.fixture(scope="module")
def results():
    """Scenario "kids": 5 ages x 2,000 x 120 = 1,200,000 a year; "1e5" (an id a spreadsheet
    would take for a number): 36 ages x 2,000 x 120 = 8,640,000; package "p" holds "kids"."""
    economy = base_project()["economy"]
    del economy["gov_revenue_share_gdp"]
    return compute(
        build(
            economy=economy,
            scenarios=[
                scenario("kids", "age_cash", ages=[0, 4], benefit=FLAT),
                scenario("1e5", "age_cash", ages=[65, 100], benefit=FLAT, status="existing"),
            ],
            packages=[{"id": "p", "name": "P", "scenarios": ["kids"], "financing": ["aid"]}],
            financing_sources=[source("aid", "lcu", 2e6)],
        )
    )


def column(name: str) -> int:
    return CSV_COLUMNS.index(name)


def test_rows_cover_every_scope_id_and_year(results) -> None:
    rows = result_rows(results)
    assert [tuple(r[:3]) for r in rows] == [
        ("scenario", "kids", 2025),
        ("scenario", "kids", 2026),
        ("scenario", "kids", 2027),
        ("scenario", "1e5", 2025),
        ("scenario", "1e5", 2026),
        ("scenario", "1e5", 2027),
        ("package", "p", 2025),
        ("package", "p", 2026),
        ("package", "p", 2027),
    ]
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    kids = rows[0]
    assert kids[column("total_cost")] == 1_200_000.0
    assert kids[column("pct_gov_revenue")] is None  # no revenue share: empty, not NaN
    assert all(kids[column(c)] is None for c in PACKAGE_COLUMNS)  # a scenario has none
    package = rows[6]
    assert package[column("beneficiaries")] is None  # people overlap
    # 2 million financed against a cost of 1.2 million: a surplus of 0.08 % of GDP (1e9)
    assert package[column("financing")] == 2e6
    assert package[column("financing_pct_gdp")] == pytest.approx(0.2, rel=1e-15)
    assert package[column("financing_gap_pct_gdp")] == pytest.approx(-0.08, rel=1e-12)
    assert package[column("fiscal_space_pct_gdp")] == package[column("financing_pct_gdp")]
    assert package[column("fiscal_space_gap_pct_gdp")] == pytest.approx(0.08, rel=1e-12)
    assert CSV_COLUMNS[-3:] == ("financing", "financing_pct_gdp", "financing_gap_pct_gdp")


def test_a_package_limits_the_rows_to_it_and_its_members(results) -> None:
    rows = result_rows(results, "p")
    assert sorted({(r[0], r[1]) for r in rows}) == [("package", "p"), ("scenario", "kids")]
    with pytest.raises(InputError) as raised:
        result_rows(results, "nope")
    assert raised.value.one_line() == '--package: "nope" is not a package of this project'


@pytest.mark.parametrize(
    "value, text",
    [
        (None, ""),
        (3.0, "3"),
        (-1200000.0, "-1200000"),
        (0.1, "0.1"),
        (1 / 3, "0.3333333333333333"),
        (1e15, "1000000000000000.0"),  # 1e15 and above: repr, still exact
        (2.5e16, "2.5e+16"),
        (123456789012345.0, "123456789012345"),
    ],
)
def test_numbers_are_the_shortest_exact_text(value, text) -> None:
    assert format_number(value) == text
    if value is not None:
        assert float(text) == value  # reads back to the same number


def test_csv_has_the_documented_columns_and_exact_numbers(results, tmp_path) -> None:
    path = tmp_path / "r.csv"
    write_results(results, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == ["scope", "id", "year", *RESULT_COLUMNS, *PACKAGE_COLUMNS]
    rows = list(csv.DictReader(lines))
    kids_2026 = rows[1]
    assert (kids_2026["id"], kids_2026["year"]) == ("kids", "2026")
    assert kids_2026["total_cost"] == "1200000"
    assert float(kids_2026["pct_gdp"]) == 100 * 1_200_000 / GDP[1]
    assert kids_2026["pct_gov_revenue"] == "" and kids_2026["existing_cost"] == ""


def test_json_holds_the_same_numbers_by_scope_and_id(results, tmp_path) -> None:
    path = tmp_path / "r.json"
    write_results(results, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["currency"] == "TSD"
    assert set(data["scenarios"]) == {"kids", "1e5"} and set(data["packages"]) == {"p"}
    kids = data["scenarios"]["kids"]
    assert list(kids) == ["year", *RESULT_COLUMNS]  # no package columns for a scenario
    assert kids["year"] == [2025, 2026, 2027]
    assert kids["total_cost"] == [1_200_000] * 3
    assert kids["pct_gov_revenue"] == [None] * 3
    assert data["packages"]["p"]["proposed_cost"] == [1_200_000] * 3
    codes = {w["code"] for w in data["warnings"]}
    assert "missing_budget" in codes
    assert all(set(w) == {"level", "code", "path", "message"} for w in data["warnings"])


def test_xlsx_keeps_ids_as_text_and_lists_the_warnings(results, tmp_path) -> None:
    path = tmp_path / "r.xlsx"
    write_results(results, path)
    book = load_workbook(path)
    assert book.sheetnames == ["results", "warnings"]
    sheet = book["results"]
    assert [c.value for c in sheet[1]] == list(CSV_COLUMNS)
    old = sheet.cell(row=5, column=2)
    assert (old.value, old.data_type) == ("1e5", "s")  # text, never read as a number
    assert sheet.cell(row=2, column=column("total_cost") + 1).value == 1_200_000
    assert sheet.cell(row=2, column=column("pct_gov_revenue") + 1).value is None
    assert sheet.freeze_panes == "D2"
    notes = list(book["warnings"].iter_rows(values_only=True))
    assert notes[0] == ("level", "code", "path", "message")
    assert ("warning", "missing_budget", "economy.gov_revenue_share_gdp") in [n[:3] for n in notes]


def test_an_unknown_extension_is_refused_and_nothing_written(results, tmp_path) -> None:
    with pytest.raises(InputError) as raised:
        write_results(results, tmp_path / "r.txt")
    assert raised.value.one_line() == '--out: "r.txt": use a .csv, .json or .xlsx file name'
    assert not (tmp_path / "r.txt").exists()


def test_the_summary_table_shows_cost_and_share_in_the_first_and_last_year(results) -> None:
    lines = summary_table(results).splitlines()
    assert lines[0].split() == [
        "scope", "id", "2025", "cost", "(TSD)", "2025", "%", "GDP",
        "2027", "cost", "(TSD)", "2027", "%", "GDP",
    ]  # fmt: skip
    # 1,200,000 / 1e9 = 0.1200 %; / 1.147041e9 = 0.1046 %
    assert lines[1].split() == ["scenario", "kids", "1,200,000", "0.1200", "1,200,000", "0.1046"]
    assert lines[2].split() == ["scenario", "1e5", "8,640,000", "0.8640", "8,640,000", "0.7532"]
    assert lines[3].split() == ["package", "p", "1,200,000", "0.1200", "1,200,000", "0.1046"]
    assert len({len(line) for line in lines}) == 1  # columns aligned
    only = summary_table(results, "p").splitlines()
    assert [line.split()[1] for line in only[1:]] == ["kids", "p"]


CASH = {"type": "fixed", "monthly_amount": 100}


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_a_value_that_is_not_finite_is_refused_naming_scenario_and_column(tmp_path, suffix) -> None:
    results = compute(build(scenarios=[scenario("child", "age_cash", ages=[0, 5], benefit=CASH)]))
    table = results.scenarios["child"]
    broken = dict(table.columns, admin_cost=np.array([1.0, np.inf, 2.0]))
    results = dataclasses.replace(
        results, scenarios={"child": dataclasses.replace(table, columns=broken)}
    )
    out = tmp_path / f"r{suffix}"
    with pytest.raises(InputError) as refused:
        write_results(results, out)
    assert refused.value.one_line() == (
        "scenario child: admin_cost in 2026 is not a finite number; nothing was written"
    )
    assert not out.exists() and list(tmp_path.iterdir()) == []
