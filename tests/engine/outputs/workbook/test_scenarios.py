"""One BS_<id> sheet per scenario: parameters in column B and the cost formula year by year,
which LibreOffice recalculates to the engine's own terms for every kind of scenario."""

from __future__ import annotations

import numpy as np
import pytest
from openpyxl import Workbook, load_workbook

from engine.method.compute import compute
from engine.outputs.workbook.cells import segments as _segments
from engine.outputs.workbook.inputs import Layout, write_eap, write_eco, write_ggo, write_pop
from engine.outputs.workbook.scenarios import write_scenario
from engine.outputs.workbook.sheet import ScenarioRows
from tests.engine.builders import base_project, build, scenario
from tests.engine.outputs.workbook.recalc import recalculated

RAMP = {"start": 0.4, "target": 0.9, "start_year": 2026, "target_year": 2027}
POVERTY = {"type": "anchor", "anchor": "poverty_line", "percent": 50}
SCENARIOS = [
    scenario(
        "child",
        "age_cash",
        ages=[0, 4],
        sex="female",
        target_share=[{"ages": [0, 1], "value": 0.5}, {"ages": [2, 4], "value": 0.8}],
        covered_share=0.1,
        benefit=POVERTY,
        take_up=RAMP,
        admin_rate=0.05,
    ),
    scenario(
        "disability",
        "disability",
        ages=[15, 64],
        prevalence=[{"ages": [15, 39], "value": 0.02}, {"ages": [40, 64], "value": 0.05}],
        benefit={"type": "fixed", "monthly_amount": 80, "indexation": "wages"},
        take_up={"2026": 0.8},
    ),
    scenario(
        "maternity",
        "maternity",
        target_share=0.6,
        benefit={"type": "fixed", "monthly_amount": 200, "indexation": "prices"},
        months_per_year=4,
        fixed_admin={"2025": 5000, "2027": 7000},
    ),
    scenario(
        "jobless",
        "unemployed",
        ages=[20, 29],
        sex="male",
        benefit={"type": "fixed", "monthly_amount": 100},
        months_per_year=3,
        take_up=0.5,
    ),
    scenario(
        "works",
        "public_works",
        ages=[18, 64],
        days_per_year=60,
        wage_percent_of_minimum_wage=100,
        working_days_per_month=20,
        nonwage_share=0.1,
    ),
    scenario(
        "subsidy",
        "contribution_subsidy",
        ages=[15, 64],
        benefit={"type": "anchor", "anchor": "minimum_wage", "percent": 10},
    ),
    scenario(
        "health",
        "health_per_capita",
        annual_cost_per_person=1000,
        excess_health_inflation=0.02,
        covered_share=0.5,
    ),
    scenario(
        "staff",
        "health_staffing",
        staff_per_1000_target=2.5,
        staff_per_1000_now=1.0,
        salary_multiple_of_average_wage=1.5,
        nonstaff_ratio=0.2,
    ),
    scenario(
        "custom",
        "custom",
        beneficiaries={"2025": 1000, "2027": 2000},
        benefit={"type": "fixed", "monthly_amount": 50, "indexation": "gdp_per_capita"},
    ),
    # no participation rate at ages 70-80: not costed
    scenario(
        "old-jobless", "unemployed", ages=[70, 80], benefit={"type": "fixed", "monthly_amount": 1}
    ),
]


def project():
    population = base_project()["population"]
    for row in population["rows"]:  # uneven, so that age bands and years matter
        row["value"] = 1000 + 7 * row["age"] + (50 if row["year"] == 2027 else 0)
    return build(scenarios=SCENARIOS, population=population)


def labelled(sheet) -> dict[str, int]:
    return {sheet.cell(row=r, column=1).value: r for r in range(1, sheet.max_row + 1)}


def values(sheet, row: int) -> np.ndarray:
    return np.array([sheet.cell(row=row, column=3 + t).value for t in range(3)], dtype=float)


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scenarios")
    subject = project()
    results = compute(subject, strict=False)
    layout = Layout(years=[2025, 2026, 2027])
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    write_pop(book.create_sheet("POP"), results, layout)
    write_eco(book.create_sheet("ECO"), subject, results, layout)
    write_ggo(book.create_sheet("GGO"), results, layout)
    write_eap(book.create_sheet("EAP"), results, layout)
    rows = {}
    for item in subject.scenarios:
        rows[item.id] = write_scenario(book.create_sheet(f"BS_{item.id}"), item, results, layout)
    source = folder / "bs.xlsx"
    book.save(source)
    (after,) = recalculated([source], folder / "lo")
    return results, rows, load_workbook(source), load_workbook(after, data_only=True)


@pytest.mark.parametrize("scenario_id", [s["id"] for s in SCENARIOS[:-1]])
def test_each_kinds_sheet_recalculates_to_the_engines_terms(sheets, scenario_id) -> None:
    results, rows, _, after = sheets
    sheet = after[f"BS_{scenario_id}"]
    found = rows[scenario_id]
    assert isinstance(found, ScenarioRows) and found.sheet == f"BS_{scenario_id}"
    table, terms = results.scenarios[scenario_id], results.terms[scenario_id]
    np.testing.assert_allclose(values(sheet, found.total), table["total_cost"], rtol=1e-9)
    np.testing.assert_allclose(values(sheet, found.pct_gdp), table["pct_gdp"], rtol=1e-9)
    assert found.pct_gov_expenditure is not None
    np.testing.assert_allclose(
        values(sheet, found.pct_gov_expenditure), table["pct_gov_expenditure"], rtol=1e-9
    )
    rows_by_label = labelled(sheet)
    take_up = next(r for label, r in rows_by_label.items() if str(label).startswith("take-up TU"))
    np.testing.assert_allclose(values(sheet, take_up), terms.take_up, rtol=1e-12, atol=1e-15)
    eligible = next(
        r
        for label, r in rows_by_label.items()
        if str(label).startswith(("eligible N", "additional health workers N"))
    )
    np.testing.assert_allclose(values(sheet, eligible), terms.eligible, rtol=1e-9)
    for label, column in (
        ("administration AC = alpha x BC + F", "admin_cost"),
        ("C at base-year prices", "total_cost_constant"),
        ("beneficiaries TU x N", "beneficiaries"),
    ):
        np.testing.assert_allclose(
            values(sheet, rows_by_label[label]), table[column], rtol=1e-9, err_msg=label
        )


def test_a_scenario_that_cannot_be_costed_says_why_on_its_sheet(sheets) -> None:
    results, rows, book, _ = sheets
    assert rows["old-jobless"] is None
    sheet = book["BS_old-jobless"]
    assert sheet["A2"].value == "Old Jobless (unemployment benefit, proposed)"
    assert sheet["A3"].value == "Not costed: " + results.errors["old-jobless"].message
    assert sheet.max_row == 3


def test_parameters_sit_in_column_b_and_rows_refer_to_them(sheets) -> None:
    _, rows, book, _ = sheets
    child = book["BS_child"]
    by_label = labelled(child)
    assert child.cell(row=by_label["take-up at start"], column=2).value == 0.4
    assert child.cell(row=by_label["ramp target year"], column=2).value == 2027
    assert child.cell(row=by_label["benefit, % of the poverty line"], column=2).value == 50
    monthly = child.cell(row=by_label["monthly benefit b"], column=3).value
    assert monthly == f"=$B${by_label['benefit, % of the poverty line']}/100*ECO!C12"
    total = child.cell(row=rows["child"].total, column=4).value
    bc, ac = (
        by_label["benefit outlay BC = TU x N x A"],
        by_label["administration AC = alpha x BC + F"],
    )
    assert total == f"=D{bc}+D{ac}"
    assert child["A2"].value == "Child (cash benefit by age, proposed)"


def test_age_segments_split_where_any_banded_rate_changes() -> None:
    child = build(scenarios=SCENARIOS[:1]).scenario("child")
    assert _segments(child, (0, 4)) == [(0, 1), (2, 4)]
    disability = build(scenarios=SCENARIOS[1:2]).scenario("disability")
    assert _segments(disability, (15, 64)) == [(15, 39), (40, 64)]
    assert _segments(disability, (20, 30)) == [(20, 30)]  # a band edge outside: no cut
    health = build(scenarios=SCENARIOS[6:7]).scenario("health")
    assert _segments(health, (0, 100)) == [(0, 100)]


def test_without_government_expenditure_there_is_no_percent_row(tmp_path) -> None:
    economy = base_project()["economy"]
    del economy["gov_expenditure_share_gdp"]
    subject = build(scenarios=SCENARIOS[6:7], economy=economy)
    results = compute(subject)
    layout = Layout(years=[2025, 2026, 2027])
    book = Workbook()
    write_ggo(book.create_sheet("GGO"), results, layout)
    found = write_scenario(book.create_sheet("BS"), subject.scenarios[0], results, layout)
    assert found is not None and found.pct_gov_expenditure is None
    assert "% of government expenditure" not in labelled(book["BS"])
