"""The FIN sheet: LibreOffice recalculates every financing formula to the engine's figures
(within 1e-9), for calendar and October fiscal years, typed amounts and contributions."""

from __future__ import annotations

import numpy as np
from openpyxl import load_workbook

from engine.format.read import project_from_dict
from engine.method.compute import Results
from engine.method.financing import affordable_from
from engine.outputs.workbook.book import write_workbook
from tests.engine.builders import base_project, scenario, source
from tests.engine.outputs.workbook.recalc import recalculated

SOURCE_MEASURES = ("financing", "financing_pct_gdp")
PACKAGE_MEASURES = ("financing", "financing_pct_gdp", "financing_gap_pct_gdp")


def financed(**changes):
    """A child benefit and a contribution subsidy, financed by a ramp in % of GDP, a share of
    revenue from 2026, money by year and the contributions of the subsidised members."""
    child = scenario(
        "child", "age_cash", ages=[0, 5], benefit={"type": "fixed", "monthly_amount": 100}
    )
    subsidy = scenario(
        "informal",
        "contribution_subsidy",
        guarantee="working_age",
        ages=[15, 64],
        take_up={"start": 0.5, "target": 1.0, "start_year": 2025, "target_year": 2027},
        start_month=7,
        benefit={"type": "fixed", "monthly_amount": 20},
    )
    sources = [
        source(
            "reallocation",
            "pct_gdp",
            {"start": 0.2, "target": 0.6, "start_year": 2025, "target_year": 2027},
        ),
        source("vat", "pct_gov_revenue", {"2026": 2.0}, kind="tax_revenue", source="=1+1"),
        source("partners", "lcu", {"2025": 5e6, "2027": 4e6}, kind="aid_and_transfers"),
        {
            "id": "members",
            "name": "Contributions",
            "kind": "social_security_contributions",
            "contributions": {
                "scenario": "informal",
                "wage_anchor": "minimum_wage",
                "wage_percent": 80,
                "rate": 0.05,
            },
        },
    ]
    packages = [
        {
            "id": "floor",
            "name": "Floor",
            "scenarios": ["child", "informal"],
            "financing": ["reallocation", "vat", "partners", "members"],
        },
        {"id": "small", "name": "Small", "scenarios": ["child"], "financing": ["partners"]},
        {
            "id": "children",
            "name": "Children, every source",
            "scenarios": ["child"],
            "financing": ["reallocation", "vat", "partners", "members"],
        },
        {"id": "bare", "name": "Bare", "scenarios": ["child"]},
    ]
    document = base_project(
        scenarios=[child, subsidy], packages=packages, financing_sources=sources, **changes
    )
    return project_from_dict(document)


def fin_rows(path) -> dict[tuple[str, str], list]:
    sheet = load_workbook(path, data_only=True)["FIN"]
    return {
        (row[0], row[1]): list(row[2:])
        for row in sheet.iter_rows(min_row=3, values_only=True)
        if isinstance(row[0], str) and isinstance(row[1], str)
    }


def check(rows: dict[tuple[str, str], list], results: Results, offset: int) -> int:
    checked = 0
    for key, terms in results.financing.items():
        for measure, values in (("financing", terms.money), ("financing_pct_gdp", terms.pct_gdp)):
            got = np.array(rows[(key, measure)][offset:], dtype=float)
            np.testing.assert_allclose(got, values, rtol=1e-9, atol=0, err_msg=f"{key} {measure}")
            checked += 1
    for key, table in results.packages.items():
        if (key, "financing") not in rows:
            assert np.isnan(table["financing"]).all()  # no source: no rows
            continue
        for measure in PACKAGE_MEASURES:
            got = np.array(rows[(key, measure)][offset:], dtype=float)
            np.testing.assert_allclose(
                got, table[measure], rtol=1e-9, atol=1e-12, err_msg=f"{key} {measure}"
            )
            checked += 1
        first = affordable_from(results.years, table["financing_gap_pct_gdp"])
        assert rows[(key, "affordable_from")][0] == ("-" if first is None else first), key
    return checked


def test_libreoffice_recalculates_the_financing_sheet_to_the_engines_figures(tmp_path) -> None:
    calendar = financed()
    fiscal = financed(years={"base": 2025, "end": 2027, "fiscal_year_start_month": 10})
    paths = [tmp_path / "calendar.xlsx", tmp_path / "fiscal.xlsx"]
    outcomes = [
        write_workbook(project, path)
        for project, path in zip((calendar, fiscal), paths, strict=True)
    ]
    for results in outcomes:
        assert not results.errors and not results.financing_errors
    for path, results, offset in zip(
        recalculated(paths, tmp_path / "lo"), outcomes, (0, 1), strict=True
    ):
        rows = fin_rows(path)
        assert check(rows, results, offset) == 4 * 2 + 3 * 3
    # 2026: 4.284e6 + 3.8556e6 + 5e6 + 4.25e6 of contributions cover the 14.4e6 children's
    # benefit, and every year after: affordable from 2026; the whole floor never is.
    calendar_rows = fin_rows(recalculated([paths[0]], tmp_path / "again")[0])
    assert calendar_rows[("children", "affordable_from")][0] == 2026
    assert calendar_rows[("floor", "affordable_from")][0] == "-"
    assert outcomes[1].years.tolist() == [2026, 2027]


def test_the_financing_sheet_writes_amounts_as_values_and_the_rest_as_formulas(tmp_path) -> None:
    path = tmp_path / "fin.xlsx"
    write_workbook(financed(), path)
    sheet = load_workbook(path)["FIN"]
    rows = {(r[0].value, r[1].value): r for r in sheet.iter_rows(min_row=3) if r[0].value}
    assert [c.value for c in rows[("partners", "amount")][2:5]] == [5e6, 5e6, 4e6]
    amount = rows[("reallocation", "amount")][0].row
    assert rows[("reallocation", "financing")][2].value == f"=C{amount}/100*ECO!C6"  # GDP
    members = rows[("members", "members")][2].value
    assert members.startswith("='BS_informal'!C")
    assert rows[("floor", "financing_gap_pct_gdp")][2].value.startswith("=C")
    notes = [c.value for r in sheet.iter_rows() for c in r if c.value == "=1+1"]
    assert notes and all(
        c.data_type == "s" for r in sheet.iter_rows() for c in r if c.value == "=1+1"
    )  # a user's note stays text
