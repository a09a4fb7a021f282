"""Fiscal years: an October fiscal year, worked out by hand from the calendar years."""

from __future__ import annotations

import numpy as np
import pytest

from engine.method.compute import compute
from engine.method.explain import explain
from tests.engine.builders import build, scenario, source

OCTOBER = {"base": 2025, "end": 2027, "fiscal_year_start_month": 10}
CHILD = scenario(
    "child",
    "age_cash",
    ages=[0, 3],
    benefit={"type": "fixed", "monthly_amount": 10, "indexation": "prices"},
)


def test_an_october_fiscal_year_blends_three_months_of_one_year_and_nine_of_the_next() -> None:
    project = build(
        years=OCTOBER,
        scenarios=[CHILD],
        packages=[
            {
                "id": "p",
                "name": "P",
                "scenarios": ["child"],
                "financing": ["envelope"],
            }
        ],
        financing_sources=[
            source("envelope", "pct_gdp", {"2025": 0.05, "2026": 0.1, "2027": 0.2}),
        ],
    )
    results = compute(project)
    # Fiscal year Y runs October Y-1 to September Y: 3/12 of Y-1 and 9/12 of Y. The first
    # fiscal year reported is 2026, the first whose two calendar years are projected.
    assert results.years.tolist() == [2026, 2027]
    assert results.calendar_years.tolist() == [2025, 2026, 2027]
    columns = results.scenarios["child"].columns
    # Calendar C = 8,000 children * 10 * 12 * CPI = 960,000; 988,800; 1,018,464.
    # FY2026 = 0.25 * 960,000 + 0.75 * 988,800 = 981,600
    # FY2027 = 0.25 * 988,800 + 0.75 * 1,018,464 = 1,011,048
    np.testing.assert_allclose(columns["total_cost"], [981_600, 1_011_048], rtol=1e-14)
    # GDP per fiscal year: 0.25 * 1e9 + 0.75 * 1.071e9 = 1.05325e9;
    # 0.25 * 1.071e9 + 0.75 * 1.147041e9 = 1.12803075e9.
    gdp = np.array([1.05325e9, 1.12803075e9])
    np.testing.assert_allclose(columns["pct_gdp"], 100 * columns["total_cost"] / gdp, rtol=1e-14)
    # Government expenditure is 20 % of GDP in both years, so 20 % of fiscal-year GDP.
    np.testing.assert_allclose(
        columns["pct_gov_expenditure"], 100 * columns["total_cost"] / (0.2 * gdp), rtol=1e-14
    )
    # Beneficiaries (a stock) at the fiscal year's mid-point: 8,000 both years.
    np.testing.assert_allclose(columns["beneficiaries"], [8000, 8000])
    # What a beneficiary receives in FY2026: 3 months at 10 and 9 at 10.30 = 122.70.
    np.testing.assert_allclose(columns["benefit_per_beneficiary"], [122.7, 126.381], rtol=1e-14)
    package = results.packages["p"].columns
    np.testing.assert_allclose(package["fiscal_space_pct_gdp"], [0.1, 0.2])  # named by end year
    np.testing.assert_allclose(package["gov_expenditure_needed_pct_gdp"], 20 + columns["pct_gdp"])
    terms = {t.symbol: t.value for t in explain(project, results, "child", 2027).terms}
    assert terms["C[-1]"] == pytest.approx(988_800) and terms["C"] == pytest.approx(1_018_464)
    assert (terms["w[-1]"], terms["w"]) == (0.25, 0.75)
    assert terms["C_FY"] == pytest.approx(1_011_048) and terms["GDPn_FY"] == pytest.approx(gdp[1])


def test_a_scheme_starting_in_july_puts_its_first_months_in_the_right_fiscal_years() -> None:
    item = {**CHILD, "take_up": {"2026": 1.0}, "start_month": 7}
    columns = compute(build(years=OCTOBER, scenarios=[item])).scenarios["child"].columns
    # Paid from July 2026: calendar 2026 = 8,000 * 10.30 * 6 months = 494,400, spread over
    # July-December. FY2026 (Oct 2025-Sep 2026) holds July-September: 3 of those 6 months,
    # 247,200. FY2027 holds October-December 2026 (247,200) and 9/12 of 2027's 1,018,464
    # (763,848): 1,011,048.
    np.testing.assert_allclose(columns["total_cost"], [247_200, 1_011_048], rtol=1e-14)


def test_a_calendar_fiscal_year_changes_nothing() -> None:
    calendar = compute(build(scenarios=[CHILD])).scenarios["child"].columns
    explicit = {"base": 2025, "end": 2027, "fiscal_year_start_month": 1}
    january = compute(build(years=explicit, scenarios=[CHILD])).scenarios["child"].columns
    for name, values in calendar.items():
        assert np.array_equal(values, january[name], equal_nan=True), name
