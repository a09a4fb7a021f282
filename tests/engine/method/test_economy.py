"""Economy paths: GDP, deflator, CPI and wage indices, budget and anchors over the years, each
worked out by hand; a path that cannot be built is missing with its reason, and only a result
that needs it fails.

Economy paths: a one-year project needs no growth series."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.domain.model import Series
from engine.method.compute import compute
from engine.method.economy import build_economy
from tests.engine.builders import base_project, build, scenario

PROJECT = build()
YEARS = PROJECT.years
PERSONS = np.full((3, 101, 2), 1000.0)  # 202,000 persons a year, 100,000 aged 15-64
GDP = np.array([1e9, 1e9 * 1.05 * 1.02, 1e9 * (1.05 * 1.02) ** 2])  # 1e9, 1.071e9, 1.147041e9


def paths(**changes):
    return build_economy(dataclasses.replace(PROJECT.economy, **changes), YEARS, PERSONS)


def test_indices_are_one_in_the_base_year_and_grow_after_it() -> None:
    economy = paths()
    np.testing.assert_allclose(economy.gdp_nominal, GDP, rtol=1e-15)
    np.testing.assert_allclose(economy.deflator, [1, 1.02, 1.0404], rtol=1e-15)
    np.testing.assert_allclose(economy.cpi, [1, 1.03, 1.0609], rtol=1e-15)
    # W = CPI x (1 + rw)^t with rw = 1 %: 1, 1.0403, 1.08222409
    np.testing.assert_allclose(economy.wage_index, [1, 1.0403, 1.08222409], rtol=1e-15)
    assert economy.warnings == () and economy.missing == {}


def test_budget_anchors_and_gdp_per_person() -> None:
    economy = paths()
    np.testing.assert_allclose(economy.gov_expenditure, 0.2 * GDP, rtol=1e-15)
    np.testing.assert_allclose(economy.gov_revenue, 0.18 * GDP, rtol=1e-15)
    np.testing.assert_allclose(economy.gov_expenditure_share, [0.2] * 3)
    np.testing.assert_allclose(economy.gdp_per_capita, GDP / 202_000, rtol=1e-15)
    anchors = economy.anchors
    np.testing.assert_allclose(anchors["poverty_line"], 100 * economy.cpi, rtol=1e-15)
    np.testing.assert_allclose(anchors["minimum_wage"], 300 * economy.wage_index, rtol=1e-15)
    np.testing.assert_allclose(anchors["average_wage"], 500 * economy.wage_index, rtol=1e-15)
    np.testing.assert_allclose(anchors["gdp_per_capita"], GDP / 202_000 / 12, rtol=1e-15)


def test_explicit_nominal_gdp_wins_for_its_year_and_the_next_grows_from_it() -> None:
    economy = paths(gdp_nominal=Series.per_year({2026: 1.08e9}))
    # 2026: 1.08e9 given (0.84 % above the path: no warning); 2027: 1.08e9 x 1.05 x 1.02
    np.testing.assert_allclose(economy.gdp_nominal, [1e9, 1.08e9, 1.08e9 * 1.071], rtol=1e-15)
    assert economy.warnings == ()


def test_nominal_gdp_far_off_the_growth_path_is_warned_about() -> None:
    economy = paths(gdp_nominal=Series.per_year({2027: 1.2e9}))
    (warning,) = economy.warnings
    assert warning.code == "gdp_mismatch" and warning.path == "economy.gdp_nominal.2027"
    # 1.2e9 / 1.147041e9 - 1 = +4.6 %
    assert "nominal GDP for 2027 differs by +4.6% from the path" in warning.message


def test_a_base_year_gdp_that_disagrees_with_the_base_value_is_refused() -> None:
    with pytest.raises(InputError) as raised:
        paths(gdp_nominal=Series.per_year({2025: 2e9}))
    assert raised.value.path == "economy.gdp_nominal.2025"
    assert "2,000,000,000 disagrees with economy.gdp_nominal_base (1,000,000,000)" in str(
        raised.value
    )
    paths(gdp_nominal=Series.per_year({2025: 1e9}))  # the same value twice is fine


def test_growth_outside_the_plausible_range_is_warned_once_per_series() -> None:
    economy = paths(cpi_inflation=Series.per_year({2026: 1.5, 2027: 2.0}))
    (warning,) = economy.warnings
    assert (warning.code, warning.path) == ("growth_out_of_range", "economy.cpi_inflation")
    assert warning.message == "150.0% in 2026 is outside the plausible range -30% to +100%"


def test_without_real_wage_growth_wages_follow_growth_per_person_of_working_age() -> None:
    persons = PERSONS.copy()
    persons[1, 15:65, :] = 1100.0  # the working-age population grows 10 % in 2026
    economy = build_economy(
        dataclasses.replace(PROJECT.economy, real_wage_growth=None), YEARS, persons
    )
    # rw[2026] = 1.05 x 100,000 / 110,000 - 1; rw[2027] = 1.05 x 110,000 / 100,000 - 1
    rw = [1.05 / 1.1 - 1, 1.05 * 1.1 - 1]
    expected = [1, 1.03 * (1 + rw[0]), 1.03 * 1.03 * (1 + rw[0]) * (1 + rw[1])]
    np.testing.assert_allclose(economy.wage_index, expected, rtol=1e-14)


def test_missing_budget_shares_and_anchors_are_kept_with_their_reason() -> None:
    economy = paths(gov_revenue_share_gdp=None, minimum_wage_monthly=None)
    assert economy.gov_revenue is None and economy.anchors["minimum_wage"] is None
    assert economy.missing == {
        "gov_revenue_share_gdp": "needs economy.gov_revenue_share_gdp, which is not given",
        "minimum_wage_monthly": "needs economy.minimum_wage_monthly, which is not given",
    }
    with pytest.raises(InputError) as raised:
        economy.need("gov_revenue_share_gdp", economy.gov_revenue, "scenarios[0]")
    assert raised.value.one_line() == "scenarios[0]: " + economy.missing["gov_revenue_share_gdp"]
    assert economy.need("cpi", economy.cpi, "x") is economy.cpi
    with pytest.raises(InputError, match="needs wages, which is not available"):
        economy.need("wages", None, "x")


def test_a_partial_population_leaves_wages_and_gdp_per_person_missing() -> None:
    persons = PERSONS.copy()
    persons[:, 40, 1] = np.nan  # men aged 40: not given
    economy = build_economy(
        dataclasses.replace(PROJECT.economy, real_wage_growth=None), YEARS, persons
    )
    assert economy.wage_index is None and economy.gdp_per_capita is None
    assert economy.anchors["average_wage"] is None
    assert economy.anchors["gdp_per_capita"] is None
    assert economy.missing["average_wage_monthly"] == economy.missing["wages"]
    assert economy.missing["wages"].startswith("needs a wage index: give economy.real_wage_growth")
    assert "does not cover every age 0-100" in economy.missing["gdp_per_capita_monthly"]
    np.testing.assert_allclose(economy.gdp_nominal, GDP)  # GDP itself needs no population


CHILD = scenario("child", "age_cash", ages=[0, 3], benefit={"type": "fixed", "monthly_amount": 10})


def one_year_economy() -> dict:
    economy = dict(base_project()["economy"])
    for key in ("real_gdp_growth", "gdp_deflator_growth", "cpi_inflation", "real_wage_growth"):
        del economy[key]
    return economy


def test_a_one_year_project_needs_no_growth_series() -> None:
    project = build(
        years={"base": 2025, "end": 2025}, economy=one_year_economy(), scenarios=[CHILD]
    )
    assert project.economy.real_gdp_growth is None
    results = compute(project)
    # 8,000 children * 10 * 12 = 960,000 in 2025; 0.096 % of GDP 1e9.
    np.testing.assert_allclose(results.scenarios["child"]["total_cost"], [960_000])
    np.testing.assert_allclose(results.scenarios["child"]["pct_gdp"], [0.096])


def test_a_longer_project_still_needs_them() -> None:
    with pytest.raises(InputError) as caught:
        build(economy=one_year_economy())
    assert caught.value.one_line() == "economy.real_gdp_growth: is missing (this field is required)"
