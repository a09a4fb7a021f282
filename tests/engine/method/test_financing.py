"""Financing sources: amounts in each unit and ramp, contributions from labour data and wages,
a package's financing and gap, the first year it is affordable; every figure by hand.

The test project (tests/engine/builders.py): GDP 1e9, 1.071e9, 1.147041e9 in 2025-2027;
government revenue 18 % of GDP; minimum wage 300 a month with the wage index
1, 1.0403, 1.08222409; 1,000 persons of each age and sex; participation 70 % at 15-64,
unemployment 10 % (2025, 2026) and 8 % (2027), informality 60 %.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.method.compute import compute
from engine.method.financing import affordable_from
from tests.engine.builders import build, scenario, source

GDP = np.array([1e9, 1.071e9, 1.147041e9])
REVENUE = 0.18 * GDP
CHILD = scenario(
    "child",
    "age_cash",
    ages=[0, 5],  # 6 ages x 2,000 persons = 12,000 children
    benefit={"type": "fixed", "monthly_amount": 100},  # 1,200 a year: 14,400,000 a year
)
THREE = [
    # 0.2 % of GDP in 2025 rising to 0.6 % in 2027: 2e6, 0.4 % of 1.071e9, 0.6 % of 1.147041e9
    source(
        "reallocation",
        "pct_gdp",
        {"start": 0.2, "target": 0.6, "start_year": 2025, "target_year": 2027},
        kind="reallocation",
    ),
    # 2 % of government revenue from 2026 (0 before): 2 % of 18 % of GDP, 0.36 % of GDP
    source("vat", "pct_gov_revenue", {"2026": 2.0}, kind="tax_revenue"),
    # 5 million a year, 4 million from 2027
    source("partners", "lcu", {"2025": 5e6, "2027": 4e6}, kind="aid_and_transfers"),
]


def financed(**changes):
    package = {
        "id": "floor",
        "name": "Floor",
        "scenarios": ["child"],
        "financing": ["reallocation", "vat", "partners"],
    }
    return build(scenarios=[CHILD], packages=[package], financing_sources=THREE, **changes)


def test_three_sources_of_different_units_and_ramps_are_summed_by_hand() -> None:
    results = compute(financed())
    money = {key: terms.money for key, terms in results.financing.items()}
    np.testing.assert_allclose(money["reallocation"], [2e6, 4.284e6, 6.882246e6], rtol=1e-14)
    np.testing.assert_allclose(money["vat"], [0.0, 3.8556e6, 4.1293476e6], rtol=1e-14)
    np.testing.assert_array_equal(money["partners"], [5e6, 5e6, 4e6])
    pct = {key: terms.pct_gdp for key, terms in results.financing.items()}
    np.testing.assert_array_equal(pct["reallocation"], [0.2, 0.4, 0.6])  # as given
    np.testing.assert_allclose(pct["vat"], [0.0, 0.36, 0.36], rtol=1e-14)
    np.testing.assert_allclose(pct["partners"], [0.5, 5e8 / 1.071e9, 4e8 / 1.147041e9])
    table = results.packages["floor"]
    # 2025: 2e6 + 0 + 5e6 = 7e6 against a cost of 14.4e6 (1.44 % of GDP): a gap of 0.74 %.
    # 2026: 4.284e6 + 3.8556e6 + 5e6 = 13.1396e6 against 14.4e6: still short.
    # 2027: 6.882246e6 + 4.1293476e6 + 4e6 = 15.0115936e6: a surplus of 611,593.6.
    np.testing.assert_allclose(table["financing"], [7e6, 13.1396e6, 15.0115936e6], rtol=1e-14)
    np.testing.assert_allclose(
        table["financing_pct_gdp"], [0.7, 13.1396e8 / 1.071e9, 15.0115936e8 / 1.147041e9]
    )
    cost_pct = 14.4e8 / GDP
    np.testing.assert_allclose(table["pct_gdp"], cost_pct, rtol=1e-14)
    gap = [0.74, (14.4e8 - 13.1396e8) / 1.071e9, (14.4e8 - 15.0115936e8) / 1.147041e9]
    np.testing.assert_allclose(table["financing_gap_pct_gdp"], gap, rtol=1e-12)
    assert table["financing_gap_pct_gdp"][-1] < 0  # a surplus
    # The columns of version 2, under their old names and sign.
    np.testing.assert_array_equal(table["fiscal_space_pct_gdp"], table["financing_pct_gdp"])
    np.testing.assert_array_equal(
        table["fiscal_space_gap_pct_gdp"], -table["financing_gap_pct_gdp"]
    )
    assert affordable_from(results.years, table["financing_gap_pct_gdp"]) == 2027


def test_a_package_without_financing_has_empty_financing_columns() -> None:
    package = {"id": "bare", "name": "Bare", "scenarios": ["child"]}
    table = compute(build(scenarios=[CHILD], packages=[package])).packages["bare"]
    for column in ("financing", "financing_pct_gdp", "financing_gap_pct_gdp"):
        assert np.isnan(table[column]).all()
    assert affordable_from(np.array([2025, 2026, 2027]), table["financing_gap_pct_gdp"]) is None


def test_affordable_from_is_the_first_year_covered_until_the_end() -> None:
    years = np.array([2025, 2026, 2027, 2028])
    assert affordable_from(years, np.array([-1.0, -1.0, -0.5, 0.0])) == 2025
    assert affordable_from(years, np.array([-1.0, 0.5, -0.5, -0.1])) == 2027  # covered, lost
    assert affordable_from(years, np.array([-1.0, -1.0, -1.0, 0.1])) is None  # not at the end


SUBSIDY = scenario(
    "informal",
    "contribution_subsidy",
    guarantee="working_age",
    ages=[15, 64],
    # informal employed: 100,000 x 0.7 x (1 - u) x 0.6 = 37,800, 37,800, 38,640
    take_up={"start": 0.5, "target": 1.0, "start_year": 2025, "target_year": 2027},
    benefit={"type": "fixed", "monthly_amount": 20},  # the state pays 20 a month a member
)
MEMBERS = {
    "id": "members",
    "name": "Contributions of the new members",
    "kind": "social_security_contributions",
    "contributions": {
        "scenario": "informal",
        "wage_anchor": "minimum_wage",
        "wage_percent": 80,
        "rate": 0.05,
    },
}


def test_contributions_are_members_times_wage_times_rate_from_the_labour_data() -> None:
    package = {"id": "p", "name": "P", "scenarios": ["informal"], "financing": ["members"]}
    project = build(scenarios=[SUBSIDY], packages=[package], financing_sources=[MEMBERS])
    results = compute(project)
    terms = results.financing["members"]
    # Members = take-up x informal employed: 0.5 x 37,800, 0.75 x 37,800, 1.0 x 38,640.
    np.testing.assert_allclose(terms.members, [18_900, 28_350, 38_640], rtol=1e-14)
    # Wage: 80 % of the minimum wage, 240 x the wage index, a month.
    np.testing.assert_allclose(terms.monthly_wage, [240, 249.672, 259.7337816], rtol=1e-14)
    # Collected: members x wage x 12 x 5 %: 18,900 x 240 x 0.6 = 2,721,600, then
    # 28,350 x 249.672 x 0.6 = 4,246,920.72 and 38,640 x 259.7337816 x 0.6 = 6,021,667.99.
    expected = [2_721_600, 4_246_920.72, 6_021_667.9926144]
    np.testing.assert_allclose(terms.money, expected, rtol=1e-14)
    np.testing.assert_allclose(terms.pct_gdp, 100 * np.array(expected) / GDP, rtol=1e-14)
    # The state's cost: 20 x 12 = 240 a member a year: 4,536,000, 6,804,000, 9,273,600;
    # net of the contributions it collects: 1,814,400, 2,557,079.28, 3,251,932.01.
    table = results.packages["p"]
    np.testing.assert_allclose(table["total_cost"], [4_536_000, 6_804_000, 9_273_600])
    net = table["total_cost"] - table["financing"]
    np.testing.assert_allclose(net, [1_814_400, 2_557_079.28, 3_251_932.0073856], rtol=1e-13)


def test_contributions_pay_only_the_months_a_scheme_runs_in_its_first_year() -> None:
    """Starting in July 2025: members contribute 6 of 12 months that year."""
    late = {**SUBSIDY, "start_month": 7}
    project = build(scenarios=[late], financing_sources=[MEMBERS])
    terms = compute(project).financing["members"]
    np.testing.assert_allclose(terms.money[0], 2_721_600 / 2, rtol=1e-14)
    np.testing.assert_allclose(terms.money[1], 4_246_920.72, rtol=1e-14)


def test_a_custom_count_of_members_also_pays_contributions() -> None:
    insured = scenario(
        "insured",
        "custom",
        guarantee="working_age",
        beneficiaries=10_000,
        benefit={"type": "fixed", "monthly_amount": 0},
    )
    members = {**MEMBERS, "contributions": {**MEMBERS["contributions"], "scenario": "insured"}}
    project = build(scenarios=[insured], financing_sources=[members])
    terms = compute(project).financing["members"]
    # 10,000 x 240 x 12 x 5 % = 1,440,000 in 2025
    assert terms.money[0] == pytest.approx(1_440_000, rel=1e-14)


def test_contributions_need_the_wage_and_name_what_is_missing() -> None:
    project = build(scenarios=[SUBSIDY], financing_sources=[MEMBERS])
    economy = dataclasses.replace(project.economy, minimum_wage_monthly=None)
    missing = dataclasses.replace(project, economy=economy)
    results = compute(missing, strict=False)
    error = results.financing_errors["members"]
    assert error.path == "financing_sources[0].contributions.wage_anchor"
    assert "minimum_wage_monthly" in error.message
    with pytest.raises(InputError, match="minimum_wage_monthly"):
        compute(missing)


def test_contributions_of_a_scheme_without_results_cannot_be_computed() -> None:
    no_labour = build(scenarios=[SUBSIDY], financing_sources=[MEMBERS], labour={})
    results = compute(no_labour, strict=False)
    assert "informal" in results.errors
    assert results.financing_errors["members"].message.startswith(
        'cannot be computed: scenario "informal" has no results ('
    )


def test_fiscal_years_read_amounts_per_fiscal_year_and_blend_contributions() -> None:
    """October fiscal years (FY2026 = 3/12 of 2025 + 9/12 of 2026): an amount in % of GDP is
    read for FY Y from the year Y value; contributions, a flow, are blended like a cost."""
    years = {"base": 2025, "end": 2027, "fiscal_year_start_month": 10}
    envelope = source("envelope", "pct_gdp", {"2025": 0.1, "2026": 0.2, "2027": 0.3})
    aid = source("aid", "lcu", 1e6)
    project = build(years=years, scenarios=[SUBSIDY], financing_sources=[envelope, aid, MEMBERS])
    results = compute(project)
    assert results.years.tolist() == [2026, 2027]
    fiscal_gdp = 0.25 * GDP[:-1] + 0.75 * GDP[1:]
    np.testing.assert_array_equal(results.financing["envelope"].pct_gdp, [0.2, 0.3])
    np.testing.assert_allclose(
        results.financing["envelope"].money, [0.002, 0.003] * fiscal_gdp, rtol=1e-14
    )
    np.testing.assert_allclose(results.financing["aid"].pct_gdp, 1e8 / fiscal_gdp, rtol=1e-14)
    collected = np.array([2_721_600, 4_246_920.72, 6_021_667.9926144])
    np.testing.assert_allclose(
        results.financing["members"].money,
        0.25 * collected[:-1] + 0.75 * collected[1:],
        rtol=1e-14,
    )
