"""The workbook around the scenario sheets: valid unique sheet names, the SUM sheet whose
package rows add their members' rows, the matrix and ABOUT sheets holding user text as text,
and the UNCERTAINTY sheet's tables."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from engine.method.compute import compute
from engine.outputs.workbook.book import (
    sheet_name,
    write_about,
    write_matrix,
    write_summary,
    write_uncertainty,
    write_workbook,
)
from engine.outputs.workbook.inputs import Layout
from engine.outputs.workbook.scenarios import ScenarioRows
from tests.engine.builders import build, scenario, source

FLAT = {"type": "fixed", "monthly_amount": 10}


@pytest.mark.parametrize(
    "wanted, taken, name",
    [
        ("BS_child", [], "BS_child"),
        ("BS_a/b:c*d?e[f]g\\h", [], "BS_a_b_c_d_e_f_g_h"),
        ("BS_" + "x" * 40, [], "BS_" + "x" * 28),  # 31 characters at most
        ("BS_child", ["BS_child"], "BS_child_2"),
        ("BS_child", ["BS_child", "BS_child_2"], "BS_child_3"),
        ("BS_" + "x" * 40, ["BS_" + "x" * 28], "BS_" + "x" * 26 + "_2"),
    ],
)
def test_sheet_names_are_valid_and_unique(wanted, taken, name) -> None:
    assert sheet_name(wanted, taken) == name
    assert len(name) <= 31


@pytest.fixture(scope="module")
def subject():
    project = build(
        scenarios=[
            scenario("a", "age_cash", ages=[0, 4], benefit=FLAT),
            scenario("b", "age_cash", ages=[65, 100], benefit=FLAT),
            scenario("broken", "unemployed", ages=[70, 80], benefit=FLAT),
        ],
        packages=[
            {"id": "ab", "name": "A and B", "scenarios": ["a", "b"], "financing": ["envelope"]},
            {"id": "blocked", "name": "Blocked", "scenarios": ["broken"]},
        ],
        matrix=[
            {
                "id": "m1",
                "guarantee": "children",
                "recommendation": '=HYPERLINK("x")',
                "costable": True,
                "scenario_ids": ["a", "b"],
                "priority": 2,
                "agencies": ["MoLSW", "SSO"],
            }
        ],
        financing_sources=[source("envelope", "pct_gdp", 1)],
        sources={"population": "WPP 2024", "economy.cpi_inflation": "IMF"},
        uncertainty={"ranges": [], "draws": 100, "seed": 1},
    )
    return project, compute(project, strict=False)


def test_package_rows_add_their_members_rows_and_uncosted_ones_say_why(subject) -> None:
    project, results = subject
    layout = Layout(years=[2025, 2026, 2027], has_ggo=True)
    rows = {
        "a": ScenarioRows("BS_a", 20, 22, 23),
        "b": ScenarioRows("BS_b", 30, 32, None),
    }
    sheet = Workbook().active
    where = write_summary(sheet, project, results, layout, rows)
    a_total, b_total = (
        where[("scenario", "a", "total_cost")],
        where[("scenario", "b", "total_cost")],
    )
    assert sheet.cell(row=a_total, column=3).value == "='BS_a'!C20"
    assert sheet.cell(row=where[("scenario", "a", "pct_gov_expenditure")], column=4).value == (
        "='BS_a'!D23"
    )
    assert ("scenario", "b", "pct_gov_expenditure") not in where
    total = where[("package", "ab", "total_cost")]
    assert sheet.cell(row=total, column=5).value == f"=E{a_total}+E{b_total}"
    assert sheet.cell(row=where[("package", "ab", "pct_gdp")], column=3).value == (
        f"=C{total}/ECO!C6*100"
    )
    assert ("package", "ab", "fiscal_space_pct_gdp") not in where  # financing: the FIN sheet
    labels = [sheet.cell(row=r, column=1).value for r in range(1, sheet.max_row + 1)]
    broken = labels.index("Broken")
    assert sheet.cell(row=broken + 1, column=2).value == "not costed: see its sheet"
    blocked = labels.index("Package: Blocked")
    assert sheet.cell(row=blocked + 1, column=2).value == results.errors["blocked"].message


def test_the_matrix_is_written_as_text_with_lists_joined(subject) -> None:
    project, _ = subject
    sheet = Workbook().active
    write_matrix(sheet, project)
    assert [c.value for c in sheet[1]][:2] == ["guarantee", "existing_provision"]
    row = [c.value for c in sheet[2]]
    assert row == [
        "children",
        "",
        "",
        "",
        '=HYPERLINK("x")',
        "yes",
        "a, b",
        "2",
        "MoLSW, SSO",
        "",
        "draft",  # the consultation's status (none set yet), and its date
        "",
    ]
    assert [c.value for c in sheet[1]][-2:] == ["status", "status_date"]
    assert all(c.data_type == "s" for c in sheet[2])  # never a formula


def test_about_lists_the_project_its_sources_and_the_engines_warnings(subject) -> None:
    project, results = subject
    sheet = Workbook().active
    write_about(sheet, project, results)
    pairs = [(r[0].value, r[1].value) for r in sheet.iter_rows(max_col=2)]
    assert pairs[0][0] == "Made by" and pairs[0][1].startswith("ABND Studio ")
    assert ("Years", "2025-2027") in pairs
    assert ("Country", "Testland (TST), TSD") in pairs
    start = pairs.index(("Source notes", ""))
    assert pairs[start + 1 : start + 3] == [
        ("economy.cpi_inflation", "IMF"),
        ("population", "WPP 2024"),
    ]
    warnings = pairs[pairs.index(("Engine warnings", "")) + 1 :]
    assert warnings == [(w.path, w.message) for w in results.warnings]


def test_uncertainty_holds_a_tornado_and_bands_per_costed_package(subject) -> None:
    project, results = subject
    sheet = Workbook().active
    write_uncertainty(sheet, project, results)
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "A and B: each assumption alone, 2027" in texts
    assert "A and B: percentiles of 100 draws (default ranges)" in texts
    assert not any(t.startswith("Blocked") for t in texts)  # not costed: no table
    gap = "A and B, financing gap (cost minus financing)"
    assert f"{gap}: each assumption alone, 2027" in texts  # its source is a bar
    assert "Envelope" in texts
    assert [t for t in texts if t.startswith("p")] == [
        "percentile",
        "p5",
        "p25",
        "p50",
        "p75",
        "p95",
    ] * 2


def test_a_written_workbook_has_every_sheet_in_order(subject, tmp_path) -> None:
    project, _ = subject
    path = tmp_path / "book.xlsx"
    results = write_workbook(project, path)
    assert set(results.errors) == {"broken", "blocked"}
    names = load_workbook(path, read_only=True).sheetnames
    assert names == [
        "POP", "ECO", "GGO", "EAP", "BS_a", "BS_b", "BS_broken",
        "SUM", "FIN", "UNCERTAINTY", "MATRIX", "ABOUT",
    ]  # fmt: skip
