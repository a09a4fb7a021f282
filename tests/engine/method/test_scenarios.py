"""Every scenario kind on a small project, each cost worked out by hand (see builders)."""

from __future__ import annotations

import numpy as np
import pytest

from engine.method.compute import compute
from tests.engine.builders import build, scenario, source

CPI = np.array([1.0, 1.03, 1.0609])
WAGES = np.array([1.0, 1.03 * 1.01, (1.03 * 1.01) ** 2])
GDP = np.array([1e9, 1.071e9, 1.147041e9])
DEFLATOR = np.array([1.0, 1.02, 1.0404])


def cost_of(item: dict, **project_changes) -> dict[str, np.ndarray]:
    results = compute(build(scenarios=[item], **project_changes))
    return results.scenarios[item["id"]].columns


def test_age_cash_with_ramp_and_price_indexation() -> None:
    item = scenario(
        "child",
        "age_cash",
        ages=[0, 3],
        sex="both",
        target_share=0.5,
        benefit={"type": "fixed", "monthly_amount": 10, "indexation": "prices"},
        take_up={"start": 0.5, "target": 1.0, "start_year": 2025, "target_year": 2027},
        admin_rate=0.1,
    )
    result = cost_of(item)
    # N = 4 ages * 2 sexes * 1000 * 0.5 = 4000; TU = 0.5, 0.75, 1; A = 10 * 12 * I
    # BC = 0.5*4000*120 = 240,000; 0.75*4000*123.6 = 370,800; 4000*127.308 = 509,232
    benefit = np.array([240_000, 370_800, 509_232])
    np.testing.assert_allclose(result["benefit_cost"], benefit, rtol=1e-12)
    np.testing.assert_allclose(result["admin_cost"], 0.1 * benefit, rtol=1e-12)
    np.testing.assert_allclose(result["total_cost"], 1.1 * benefit, rtol=1e-12)
    np.testing.assert_allclose(result["beneficiaries"], [2000, 3000, 4000], rtol=1e-12)
    np.testing.assert_allclose(result["benefit_per_beneficiary"], [120, 123.6, 127.308], rtol=1e-12)
    # Shares: % of GDP, of government expenditure (20 % of GDP) and revenue (18 %).
    np.testing.assert_allclose(result["pct_gdp"], 100 * 1.1 * benefit / GDP, rtol=1e-12)
    np.testing.assert_allclose(
        result["pct_gov_expenditure"], 100 * 1.1 * benefit / (0.2 * GDP), rtol=1e-12
    )
    np.testing.assert_allclose(
        result["pct_gov_revenue"], 100 * 1.1 * benefit / (0.18 * GDP), rtol=1e-12
    )
    np.testing.assert_allclose(result["total_cost_constant"], 1.1 * benefit / DEFLATOR, rtol=1e-12)


def test_disability_with_prevalence_by_age_band_and_poverty_line_anchor() -> None:
    item = scenario(
        "disability",
        "disability",
        guarantee="working_age",
        ages=[15, 64],
        sex="female",
        prevalence=[{"ages": [15, 39], "value": 0.02}, {"ages": [40, 64], "value": 0.05}],
        benefit={"type": "anchor", "anchor": "poverty_line", "percent": 50},
        take_up={"2026": 0.8},
    )
    result = cost_of(item)
    # N = 25 ages * 1000 * 0.02 + 25 * 1000 * 0.05 = 1750 women
    # b = 50 % of the poverty line 100 * I; TU = 0 before 2026, then 0.8
    # 2026: 0.8 * 1750 * 50 * 1.03 * 12 = 865,200; 2027: 0.8 * 1750 * 50 * 1.0609 * 12 = 891,156
    np.testing.assert_allclose(result["total_cost"], [0, 865_200, 891_156], rtol=1e-12)
    np.testing.assert_allclose(result["beneficiaries"], [0, 1400, 1400], rtol=1e-12)


def test_maternity_per_birth_with_wage_indexation_and_fixed_admin() -> None:
    item = scenario(
        "maternity",
        "maternity",
        guarantee="working_age",
        target_share=0.6,
        benefit={"type": "fixed", "monthly_amount": 200, "indexation": "wages"},
        months_per_year=4,
        fixed_admin=5000,
    )
    population = build().population
    result = cost_of(
        item,
        population={
            "unit": "persons",
            "births": {"2025": 2000},
            "rows": [
                {"year": r.year, "sex": r.sex, "age": r.age, "value": r.value}
                for r in population.rows
            ],
        },
    )
    # N = 2000 births * 0.6 = 1200; A = 200 * W * 4 = 800, 832.24, 865.779272
    # BC = 960,000; 998,688; 1,038,935.1264; C = BC + 5,000
    benefit = np.array([960_000, 998_688, 1_038_935.1264])
    np.testing.assert_allclose(result["total_cost"], benefit + 5000, rtol=1e-12)


def test_unemployed_from_participation_and_unemployment_rate() -> None:
    item = scenario(
        "jobless",
        "unemployed",
        guarantee="working_age",
        ages=[20, 29],
        benefit={"type": "fixed", "monthly_amount": 100, "indexation": "none"},
        months_per_year=3,
        take_up=0.5,
        admin_rate=0.05,
    )
    result = cost_of(item)
    # Labour force 20-29 = 10 * 2 * 1000 * 0.7 = 14,000; u = 0.1, 0.1 (carried), 0.08
    # N = 1400, 1400, 1120; BC = 0.5 * N * 300 = 210,000, 210,000, 168,000; C = 1.05 BC
    np.testing.assert_allclose(result["total_cost"], [220_500, 220_500, 176_400], rtol=1e-12)


def test_public_works_pay_from_minimum_wage() -> None:
    item = scenario(
        "works",
        "public_works",
        guarantee="working_age",
        ages=[18, 59],
        target_share=0.2,
        covered_share=0.25,
        days_per_year=100,
        wage_percent_of_minimum_wage=80,
        working_days_per_month=20,
        nonwage_share=0.25,
    )
    result = cost_of(item)
    # N = 42 * 2 * 1000 * 0.2 * (1 - 0.25) = 12,600
    # daily wage = 0.8 * 300 * W / 20 = 12 W; A = 100 * 12 W * 1.25 = 1500 W
    np.testing.assert_allclose(result["total_cost"], 12_600 * 1500 * WAGES, rtol=1e-12)
    np.testing.assert_allclose(result["benefit_per_beneficiary"], 1500 * WAGES, rtol=1e-12)


def test_contribution_subsidy_for_informal_men() -> None:
    item = scenario(
        "subsidy",
        "contribution_subsidy",
        guarantee="working_age",
        ages=[15, 64],
        sex="male",
        benefit={"type": "fixed", "monthly_amount": 50},
        take_up=0.3,
    )
    result = cost_of(item)
    # Informal employed = 50 * 1000 * 0.7 * (1 - u) * 0.6 = 18,900, 18,900, 19,320
    # BC = 0.3 * N * 600 (no indexation by default) = 3,402,000, 3,402,000, 3,477,600
    np.testing.assert_allclose(result["total_cost"], [3_402_000, 3_402_000, 3_477_600], rtol=1e-12)


def test_health_per_capita_with_excess_cost_inflation() -> None:
    item = scenario(
        "health",
        "health_per_capita",
        guarantee="health",
        covered_share=0.4,
        annual_cost_per_person=30,
        excess_health_inflation=0.02,
        admin_rate=0.1,
    )
    result = cost_of(item)
    # N = 101 * 2000 * (1 - 0.4) = 121,200; A = 30 * I * 1.02 ** (t - 2025)
    annual = 30 * CPI * np.array([1, 1.02, 1.02**2])
    np.testing.assert_allclose(result["total_cost"], 121_200 * annual * 1.1, rtol=1e-12)


def test_health_staffing_additional_workers_phased_in() -> None:
    item = scenario(
        "staff",
        "health_staffing",
        guarantee="health",
        staff_per_1000_target=2.5,
        staff_per_1000_now=1.5,
        salary_multiple_of_average_wage=2,
        nonstaff_ratio=0.5,
        take_up={"start": 0.0, "target": 1.0, "start_year": 2025, "target_year": 2027},
    )
    result = cost_of(item)
    # Population 202,000: workers to add = (2.5 - 1.5) * 202 = 202
    # salary = 2 * 500 W * 12 = 12,000 W; with 50 % non-staff costs 18,000 W; TU = 0, 0.5, 1
    expected = np.array([0.0, 0.5, 1.0]) * 202 * 18_000 * WAGES
    np.testing.assert_allclose(result["total_cost"], expected, rtol=1e-12)
    np.testing.assert_allclose(result["beneficiaries"], [0, 101, 202], rtol=1e-12)


def test_custom_beneficiaries_with_gdp_per_capita_indexation() -> None:
    item = scenario(
        "custom",
        "custom",
        guarantee="elderly",
        beneficiaries={"2025": 1000, "2026": 1500},
        benefit={"type": "fixed", "monthly_amount": 20, "indexation": "gdp_per_capita"},
    )
    result = cost_of(item)
    # Population is constant, so GDP per capita grows like GDP: 1, 1.071, 1.147041
    # N = 1000, 1500, 1500 (carried forward); A = 240 * index
    np.testing.assert_allclose(
        result["total_cost"], [240_000, 1500 * 240 * 1.071, 1500 * 240 * 1.147041], rtol=1e-12
    )


def test_package_sums_additional_cost_and_fiscal_space() -> None:
    existing = scenario(
        "old-pension",
        "age_cash",
        guarantee="elderly",
        status="existing",
        ages=[65, 100],
        benefit={"type": "fixed", "monthly_amount": 10},
    )
    proposed = scenario(
        "new-pension",
        "age_cash",
        guarantee="elderly",
        ages=[65, 100],
        benefit={"type": "fixed", "monthly_amount": 25},
        replaces="old-pension",
    )
    child = scenario(
        "child", "age_cash", ages=[0, 5], benefit={"type": "fixed", "monthly_amount": 5}
    )
    package = {
        "id": "floor",
        "name": "Floor",
        "scenarios": ["new-pension", "child"],
        "financing": ["envelope"],
    }
    envelope = source("envelope", "pct_gdp", {"2025": 1.0, "2027": 0.5})
    results = compute(
        build(
            scenarios=[existing, proposed, child], packages=[package], financing_sources=[envelope]
        )
    )
    table = results.packages["floor"]
    # Old pension: 36 ages * 2000 * 10 * 12 = 8,640,000 a year (not indexed)
    # New pension: 36 * 2000 * 25 * 12 = 21,600,000; child: 6 * 2000 * 5 * 12 = 720,000
    np.testing.assert_allclose(table["total_cost"], [22_320_000] * 3, rtol=1e-12)
    np.testing.assert_allclose(table["proposed_cost"], [22_320_000] * 3, rtol=1e-12)
    np.testing.assert_allclose(table["existing_cost"], [0, 0, 0])
    np.testing.assert_allclose(table["replaced_cost"], [8_640_000] * 3, rtol=1e-12)
    np.testing.assert_allclose(table["additional_cost"], [13_680_000] * 3, rtol=1e-12)
    pct = 100 * 22_320_000 / GDP
    np.testing.assert_allclose(table["pct_gdp"], pct, rtol=1e-12)
    # Envelope 1 % of GDP in 2025 and 2026 (carried forward), 0.5 % from 2027.
    np.testing.assert_allclose(table["fiscal_space_gap_pct_gdp"], np.array([1, 1, 0.5]) - pct)
    # Government expenditure needed: 20 % of GDP plus the package.
    np.testing.assert_allclose(table["gov_expenditure_needed_pct_gdp"], 20 + pct, rtol=1e-12)
    assert np.isnan(table["beneficiaries"]).all()  # people overlap: not summed


def test_package_with_existing_member_counts_it_as_status_quo() -> None:
    existing = scenario(
        "old",
        "age_cash",
        status="existing",
        ages=[0, 0],
        benefit={"type": "fixed", "monthly_amount": 1},
    )
    package = {"id": "p", "name": "P", "scenarios": ["old"]}
    table = compute(build(scenarios=[existing], packages=[package])).packages["p"]
    # 2 * 1000 * 12 = 24,000 a year, all of it existing: nothing additional
    np.testing.assert_allclose(table["existing_cost"], [24_000] * 3)
    np.testing.assert_allclose(table["additional_cost"], [0, 0, 0])


@pytest.mark.parametrize("sex, expected", [("female", 1000), ("male", 1000), ("both", 2000)])
def test_sex_selects_the_population(sex: str, expected: int) -> None:
    item = scenario(
        "a", "age_cash", ages=[7, 7], sex=sex, benefit={"type": "fixed", "monthly_amount": 1}
    )
    assert cost_of(item)["beneficiaries"][0] == expected


def test_nonstrict_compute_keeps_other_scenarios_when_one_fails() -> None:
    good = scenario("good", "age_cash", ages=[0, 0], benefit={"type": "fixed", "monthly_amount": 1})
    bad = scenario(
        "bad", "unemployed", ages=[70, 80], benefit={"type": "fixed", "monthly_amount": 1}
    )
    package = {"id": "p", "name": "P", "scenarios": ["good", "bad"]}
    results = compute(build(scenarios=[good, bad], packages=[package]), strict=False)
    assert set(results.scenarios) == {"good"}
    assert "participation_rate for ages 70-80" in results.errors["bad"].message
    assert "p" in results.errors and "p" not in results.packages


# ------------------------------------------------------------------ benefit tiers

OLD_AGE_TIERS = [
    {"ages": [60, 69], "monthly_amount": 600},
    {"ages": [70, 79], "monthly_amount": 700},
    {"ages": [80, 89], "monthly_amount": 800},
    {"ages": [90, 100], "monthly_amount": 1000},
]


def test_fixed_benefit_tiers_pay_each_age_band_its_amount() -> None:
    """Thailand's Old Age Allowance: 600, 700, 800 and 1,000 a month by age band."""
    item = scenario(
        "oaa",
        "age_cash",
        guarantee="elderly",
        ages=[60, 100],
        take_up=0.5,
        benefit={"type": "fixed", "indexation": "none", "tiers": OLD_AGE_TIERS},
    )
    project = build(scenarios=[item])
    results = compute(project)
    result = results.scenarios["oaa"].columns
    # N by tier: 10 ages * 2 sexes * 1,000 = 20,000 (60-69, 70-79, 80-89); 22,000 (90-100).
    # BC = 0.5 * 12 * (20,000*600 + 20,000*700 + 20,000*800 + 22,000*1,000)
    #    = 0.5 * 12 * 64,000,000 = 384,000,000 every year (no indexation).
    np.testing.assert_allclose(result["benefit_cost"], [384e6] * 3, rtol=1e-14)
    # Beneficiaries counted once: 0.5 * 82,000 = 41,000, not a sum over tiers of a package.
    np.testing.assert_allclose(result["beneficiaries"], [41_000] * 3, rtol=1e-14)
    # A is the average over the eligible persons: 12 * 64,000,000 / 82,000.
    np.testing.assert_allclose(result["benefit_per_beneficiary"], [12 * 64e6 / 82_000] * 3)
    terms = results.terms["oaa"]
    assert [tier.ages for tier in terms.tiers] == [(60, 69), (70, 79), (80, 89), (90, 100)]
    np.testing.assert_allclose([tier.eligible[0] for tier in terms.tiers], [2e4, 2e4, 2e4, 2.2e4])
    np.testing.assert_allclose(
        [tier.monthly_benefit[0] for tier in terms.tiers], [600, 700, 800, 1e3]
    )


def test_anchored_benefit_tiers_follow_the_minimum_wage() -> None:
    """Viet Nam's ABND child benefit: a percent of the minimum wage by age group."""
    item = scenario(
        "child",
        "age_cash",
        ages=[0, 5],
        target_share=[{"ages": [0, 2], "value": 1.0}, {"ages": [3, 5], "value": 0.5}],
        admin_rate=0.05,
        benefit={
            "type": "anchor",
            "anchor": "minimum_wage",
            "tiers": [{"ages": [0, 2], "percent": 50}, {"ages": [3, 5], "percent": 30}],
        },
    )
    result = cost_of(item)
    # N: ages 0-2 = 3 * 2,000 * 1.0 = 6,000; ages 3-5 = 3 * 2,000 * 0.5 = 3,000.
    # b: 50 % and 30 % of the minimum wage 300 * W = 150 W and 90 W.
    # BC = 12 * (6,000 * 150 + 3,000 * 90) * W = 14,040,000 W; C = 1.05 BC.
    np.testing.assert_allclose(result["benefit_cost"], 14_040_000 * WAGES, rtol=1e-13)
    np.testing.assert_allclose(result["total_cost"], 1.05 * 14_040_000 * WAGES, rtol=1e-13)
    np.testing.assert_allclose(result["beneficiaries"], [9000] * 3)


def test_the_scenario_bands_split_at_tier_edges_and_rate_bands_alike() -> None:
    """A rate band crossing a tier edge: each age keeps its own rate and its tier's amount."""
    item = scenario(
        "child",
        "age_cash",
        ages=[0, 3],
        sex="female",
        target_share=[{"ages": [0, 0], "value": 0.5}, {"ages": [1, 3], "value": 1.0}],
        benefit={
            "type": "fixed",
            "tiers": [
                {"ages": [0, 1], "monthly_amount": 10},
                {"ages": [2, 3], "monthly_amount": 20},
            ],
        },
    )
    result = cost_of(item)
    # women: age 0: 500 eligible, age 1: 1,000 (tier 10); ages 2-3: 2,000 (tier 20)
    # BC = 12 * (1,500 * 10 + 2,000 * 20) = 660,000
    np.testing.assert_allclose(result["benefit_cost"], [660_000] * 3, rtol=1e-14)


# ------------------------------------------------------------------ a scheme starting in July


def test_a_pension_paid_from_july_pays_six_months_in_its_first_year() -> None:
    item = scenario(
        "pension",
        "age_cash",
        guarantee="elderly",
        ages=[65, 69],
        take_up={"2026": 1.0},
        start_month=7,
        benefit={"type": "fixed", "monthly_amount": 100},
    )
    project = build(scenarios=[item])
    result = compute(project).scenarios["pension"].columns
    # N = 5 ages * 2,000 = 10,000. 2026, from July: 12 - 7 + 1 = 6 months: A = 600;
    # 2027: 12 months: A = 1,200.  C = 0; 6,000,000; 12,000,000.
    np.testing.assert_allclose(result["total_cost"], [0, 6e6, 12e6], rtol=1e-15)
    np.testing.assert_allclose(result["benefit_per_beneficiary"], [1200, 600, 1200])
    np.testing.assert_allclose(result["beneficiaries"], [0, 10_000, 10_000])


def test_a_maternity_benefit_from_july_pays_the_births_of_six_months() -> None:
    item = scenario(
        "maternity",
        "maternity",
        take_up={"start": 0.5, "target": 1.0, "start_year": 2026, "target_year": 2027},
        start_month=7,
        months_per_year=3,
        benefit={"type": "fixed", "monthly_amount": 100},
    )
    result = cost_of(item)
    # Births: 2,000 a year (the population aged 0, constant). 2026: the births of July to
    # December, 2,000 * 6/12 = 1,000, take-up 0.5, 3 months of 100 each: 0.5 * 1,000 * 300 =
    # 150,000; 2027: 1.0 * 2,000 * 300 = 600,000. A stays 300 a birth.
    np.testing.assert_allclose(result["total_cost"], [0, 150_000, 600_000], rtol=1e-15)
    np.testing.assert_allclose(result["benefit_per_beneficiary"], [300] * 3)


def test_start_month_applies_to_the_ramps_start_year_only() -> None:
    item = scenario(
        "health",
        "health_per_capita",
        guarantee="health",
        ages=[0, 0],
        take_up={"start": 1.0, "target": 1.0, "start_year": 2025, "target_year": 2025},
        start_month=10,
        annual_cost_per_person=120,
    )
    result = cost_of(item)
    # 2,000 persons aged 0; 2025 from October: 3/12 of 120 = 30 each; then 120 * I.
    np.testing.assert_allclose(
        result["total_cost"], [2000 * 30, 2000 * 120 * 1.03, 2000 * 120 * 1.0609], rtol=1e-14
    )
