"""Results per scenario and package: the columns of docs/cli.md, package sums of the members'
money, existing/proposed/replaced/additional cost, fiscal space, budget warnings, and errors
kept per scenario (GUI) or raised (command line)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.domain.model import Years
from engine.method.compute import MONEY_COLUMNS, PACKAGE_COLUMNS, RESULT_COLUMNS, compute
from tests.engine.builders import base_project, build, scenario, source

GDP = np.array([1e9, 1.071e9, 1.147041e9])
DEFLATOR = np.array([1.0, 1.02, 1.0404])
FLAT = {"type": "fixed", "monthly_amount": 10}  # not indexed: the same every year


def old_and_new(**changes):
    """An existing pension (10 a month) and a proposed one (25 a month) that replaces it.

    Ages 65-100: 36 ages x 2,000 persons = 72,000. Old: 72,000 x 120 = 8,640,000 a year;
    new: 72,000 x 300 = 21,600,000 a year.
    """
    old = scenario("old", "age_cash", ages=[65, 100], benefit=FLAT, status="existing")
    new = scenario(
        "new",
        "age_cash",
        ages=[65, 100],
        benefit={"type": "fixed", "monthly_amount": 25},
        replaces="old",
    )
    return build(scenarios=[old, new], **changes)


def test_a_scenario_has_every_result_column_for_every_year() -> None:
    results = compute(old_and_new())
    table = results.scenarios["new"]
    assert (table.id, table.name) == ("new", "New")
    assert set(table.columns) == set(RESULT_COLUMNS)
    assert all(len(values) == 3 for values in table.columns.values())
    np.testing.assert_array_equal(results.years, [2025, 2026, 2027])
    assert results.currency == "TSD"
    np.testing.assert_allclose(table["total_cost"], [21_600_000] * 3, rtol=1e-15)
    np.testing.assert_allclose(table["total_cost_constant"], 21_600_000 / DEFLATOR, rtol=1e-15)
    np.testing.assert_allclose(table["pct_gdp"], 100 * 21_600_000 / GDP, rtol=1e-15)
    np.testing.assert_allclose(table["pct_gov_revenue"], 100 * 21_600_000 / (0.18 * GDP))
    np.testing.assert_allclose(table["beneficiaries"], [72_000] * 3)
    np.testing.assert_allclose(table["benefit_per_beneficiary"], [300] * 3)


def test_a_package_holding_a_scheme_and_its_replacement() -> None:
    package = {"id": "p", "name": "P", "scenarios": ["old", "new"]}
    results = compute(old_and_new(packages=[package]))
    table = results.packages["p"]
    assert set(table.columns) == set(RESULT_COLUMNS) | set(PACKAGE_COLUMNS)
    np.testing.assert_allclose(table["total_cost"], [30_240_000] * 3)  # 8.64 + 21.6 million
    np.testing.assert_allclose(table["existing_cost"], [8_640_000] * 3)
    np.testing.assert_allclose(table["proposed_cost"], [21_600_000] * 3)
    np.testing.assert_allclose(table["replaced_cost"], [8_640_000] * 3)
    np.testing.assert_allclose(table["additional_cost"], [12_960_000] * 3)  # 21.6 - 8.64
    np.testing.assert_allclose(table["additional_pct_gdp"], 100 * 12_960_000 / GDP, rtol=1e-15)
    for name in MONEY_COLUMNS:  # money columns are the members' sums
        members = results.scenarios["old"][name] + results.scenarios["new"][name]
        np.testing.assert_allclose(table[name], members, rtol=1e-15)
    assert np.isnan(table["beneficiaries"]).all()  # people overlap: never summed
    assert np.isnan(table["benefit_per_beneficiary"]).all()
    assert results.package_members == {"p": ("old", "new")}


def test_an_empty_package_costs_nothing_and_without_an_envelope_has_no_gap() -> None:
    results = compute(old_and_new(packages=[{"id": "e", "name": "E", "scenarios": []}]))
    table = results.packages["e"]
    np.testing.assert_array_equal(table["total_cost"], [0, 0, 0])
    np.testing.assert_array_equal(table["pct_gdp"], [0, 0, 0])
    assert np.isnan(table["fiscal_space_pct_gdp"]).all()
    assert np.isnan(table["fiscal_space_gap_pct_gdp"]).all()
    np.testing.assert_allclose(table["gov_expenditure_needed_pct_gdp"], [20, 20, 20])


def test_without_budget_shares_their_columns_are_empty_and_a_warning_says_so() -> None:
    economy = base_project()["economy"]
    del economy["gov_expenditure_share_gdp"], economy["gov_revenue_share_gdp"]
    package = {"id": "p", "name": "P", "scenarios": ["new"]}
    results = compute(old_and_new(economy=economy, packages=[package]))
    assert np.isnan(results.scenarios["new"]["pct_gov_expenditure"]).all()
    assert np.isnan(results.scenarios["new"]["pct_gov_revenue"]).all()
    assert np.isnan(results.packages["p"]["gov_expenditure_needed_pct_gdp"]).all()
    missing = [w for w in results.warnings if w.code == "missing_budget"]
    assert [(w.path, w.message) for w in missing] == [
        (
            "economy.gov_expenditure_share_gdp",
            "not given, so the column '% of government expenditure' is left empty",
        ),
        (
            "economy.gov_revenue_share_gdp",
            "not given, so the column '% of government revenue' is left empty",
        ),
    ]
    quiet = compute(build(economy=economy))  # no scenario: no column to leave empty
    assert not [w for w in quiet.warnings if w.code == "missing_budget"]


def failing_scheme(**changes):
    """An existing unemployment scheme for ages 70-80 (no participation rate there: it fails)
    and a proposed pension that replaces it."""
    old = scenario(
        "old", "unemployed", ages=[70, 80], benefit=FLAT, status="existing", guarantee="elderly"
    )
    new = scenario("new", "age_cash", ages=[65, 100], benefit=FLAT, replaces="old")
    return build(scenarios=[old, new], **changes)


def test_strict_compute_raises_the_first_bad_input() -> None:
    with pytest.raises(InputError) as raised:
        compute(failing_scheme())
    assert raised.value.path == "scenarios[0].ages"
    assert "participation_rate for ages 70-80" in raised.value.message


def test_a_package_needing_a_replaced_scheme_without_results_is_left_out() -> None:
    package = {"id": "p", "name": "P", "scenarios": ["new"]}  # "old" is not a member
    results = compute(failing_scheme(packages=[package]), strict=False)
    assert set(results.scenarios) == {"new"} and set(results.terms) == {"new"}
    assert results.packages == {}
    assert results.errors["p"].one_line() == (
        'packages[0].scenarios: cannot be summed: scenario "old" has no results'
    )
    with pytest.raises(InputError, match="participation_rate"):
        compute(failing_scheme(packages=[package]))


def test_country_data_that_cannot_be_prepared_stop_every_result() -> None:
    with pytest.raises(InputError) as raised:
        compute(build(years={"base": 2025, "end": 2030}), strict=False)
    assert raised.value.path == "years.end"
    assert "2030 is past the last population year available (2027)" in raised.value.message


def test_results_carry_the_scenario_terms_they_came_from() -> None:
    results = compute(old_and_new())
    terms = results.terms["new"]
    np.testing.assert_array_equal(terms.total_cost, results.scenarios["new"]["total_cost"])
    np.testing.assert_array_equal(terms.eligible, [72_000] * 3)
    assert results.context.years == Years(2025, 2027)


def test_a_source_without_its_inputs_leaves_only_the_packages_it_finances_out() -> None:
    """A source in % of government revenue, in a project that gives no revenue share."""
    revenue = source("vat", "pct_gov_revenue", 2.0)
    packages = [
        {"id": "taxed", "name": "Taxed", "scenarios": ["old"], "financing": ["vat"]},
        {"id": "fine", "name": "Fine", "scenarios": ["old"]},
    ]
    project = old_and_new(packages=packages, financing_sources=[revenue])
    project = dataclasses.replace(
        project,
        economy=dataclasses.replace(project.economy, gov_revenue_share_gdp=None),
    )
    results = compute(project, strict=False)
    assert set(results.packages) == {"fine"} and set(results.scenarios) == {"old", "new"}
    assert results.financing_errors["vat"].one_line() == (
        "financing_sources[0].unit: needs economy.gov_revenue_share_gdp, which is not given"
    )
    assert results.errors["taxed"].one_line() == (
        'packages[0].financing: cannot be financed: source "vat" has no amount '
        "(needs economy.gov_revenue_share_gdp, which is not given)"
    )
    with pytest.raises(InputError, match="gov_revenue_share_gdp"):
        compute(project)
