"""Each kind of scenario described in sentences with the values the engine used, worked out
by hand on the three-year test project (1,000 persons of each single age and sex; poverty
line 100, minimum wage 300, average wage 500 a month; CPI +3 %; GDP 1e9 in 2025)."""

from __future__ import annotations

from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.report.context import ReportContext
from engine.report.options import ReportOptions
from engine.report.scenario_text import cost_sentence, describe
from tests.engine.builders import base_project, every_addition, scenario

RAMP = {"start": 0.5, "target": 1.0, "start_year": 2025, "target_year": 2027}


def text_of(*scenarios, language: str = "en", **changes) -> dict[str, str]:
    project = project_from_dict(base_project(scenarios=list(scenarios), **changes))
    results = compute(project)
    context = ReportContext.of(project, results, ReportOptions(language=language))
    return {s.id: plain(" ".join(describe(context, s))) for s in project.scenarios}


def plain(text: str) -> str:
    """No-break spaces (between a number and its unit) read as spaces here."""
    return text.replace("\u00a0", " ")


def test_a_benefit_anchored_to_the_poverty_line() -> None:
    (text,) = text_of(
        scenario(
            "kids",
            "age_cash",
            ages=[0, 4],
            take_up=RAMP,
            admin_rate=0.05,
            benefit={"type": "anchor", "anchor": "poverty_line", "percent": 30},
        )
    ).values()
    assert text == (
        "A proposed scheme. It is for people aged 0 to 4. "
        "In 2025, 10,000 people are eligible and 5,000 receive it. "
        # 30 % of 100 = 30 a month, paid 12 months
        "The benefit is 30 % of the poverty line: 30.00 TSD a month in 2025. "
        "Take-up starts at 50 % of the people eligible in 2025 and rises evenly to 100 % in "
        "2027. Administration costs 5 % of the benefits paid. "
        # 2025: 5,000 x 360 x 1.05 = 1,890,000 = 0.189 % of GDP, 0.945 % of 20 % of GDP
        # (0.94499... in binary, so 0.94); 2026: 7,500 x 370.8 x 1.05 = 2,920,050 / 1.071e9
        # = 0.273 %, 1.363 %; 2027: 10,000 x 381.924 x 1.05 = 4,010,202 / 1.147041e9 =
        # 0.350 %, 1.748 %. Below ten million, money is written in full.
        "It costs 0.19 % of GDP in 2025 (1,890,000 TSD; 0.94 % of "
        "government expenditure), 0.27 % of GDP in 2026 (2,920,050 TSD; "
        "1.36 % of government expenditure) and 0.35 % of GDP in 2027 "
        "(4,010,202 TSD; 1.75 % of government expenditure)."
    )


def test_a_fixed_benefit_indexed_to_prices_for_women_from_2026() -> None:
    (text,) = text_of(
        scenario(
            "widows",
            "age_cash",
            guarantee="elderly",
            ages=[60, 100],
            sex="female",
            take_up={"2026": 0.8},
            benefit={"type": "fixed", "monthly_amount": 50, "indexation": "prices"},
        )
    ).values()
    assert "It is for people aged 60 and over. Only women are eligible." in text
    # 41 ages x 1,000 women; 80 % take-up from 2026
    assert "In 2026, 41,000 people are eligible and 32,800 receive it." in text
    assert "The benefit is 50.00 TSD a month in 2025, indexed to consumer prices." in text
    # 50 x 1.03 = 51.50; the poverty line follows CPI too: 50 %
    assert "In 2026 it is 51.50 TSD a month, 50 % of the poverty line." in text
    assert "Take-up of the people eligible: 80 % from 2026." in text
    assert "No administration cost is counted." in text


def test_targeting_prevalence_and_coverage_are_stated() -> None:
    (text,) = text_of(
        scenario(
            "disabled",
            "disability",
            guarantee="working_age",
            ages=[20, 29],
            prevalence=0.1,
            target_share=[{"ages": [20, 24], "value": 0.5}, {"ages": [25, 29], "value": 1.0}],
            covered_share=0.2,
            benefit={"type": "anchor", "anchor": "minimum_wage", "percent": 10},
            months_per_year=6,
        )
    ).values()
    assert "It is for people with a disability aged 20 to 29." in text
    assert "The share with a severe disability is 10 %." in text
    assert "It targets 50 % at ages 20 to 24 and 100 % at ages 25 to 29 of them." in text
    assert "Those already covered by another scheme (20 %) are left out." in text
    # 20,000 x 0.1 x (5 x 0.5 + 5 x 1) / 10 x 0.8 = 1,200
    assert "In 2025, 1,200 people are eligible and 1,200 receive it." in text
    assert "The benefit is 10 % of the minimum wage: 30.00 TSD a month in 2025." in text
    assert "It is paid 6 months a year." in text


def test_maternity_public_works_health_and_custom_kinds() -> None:
    texts = text_of(
        scenario(
            "mothers",
            "maternity",
            guarantee="working_age",
            benefit={"type": "fixed", "monthly_amount": 200},
            months_per_year=3,
            fixed_admin=1000,
        ),
        scenario(
            "works",
            "public_works",
            guarantee="working_age",
            ages=[18, 59],
            target_share=0.1,
            days_per_year=100,
            wage_percent_of_minimum_wage=50,
            nonwage_share=0.25,
            admin_rate=0.1,
            fixed_admin=500,
        ),
        scenario(
            "care",
            "health_per_capita",
            guarantee="health",
            annual_cost_per_person=1000,
            excess_health_inflation=0.02,
            take_up={"2026": 1.0},
        ),
        scenario(
            "staff",
            "health_staffing",
            guarantee="health",
            staff_per_1000_target=2,
            staff_per_1000_now=1,
            salary_multiple_of_average_wage=1.5,
            nonstaff_ratio=0.5,
        ),
        scenario(
            "given", "custom", beneficiaries=5000, benefit={"type": "fixed", "monthly_amount": 10}
        ),
    )
    assert texts["mothers"].startswith("A proposed scheme. It pays mothers at each birth.")
    assert "births are eligible" in texts["mothers"]
    assert "It is paid for 3 months per birth." in texts["mothers"]
    assert "Administration costs 1,000 TSD in 2025." in texts["mothers"]
    # 50 % of 300 / 22 days = 6.82 a day
    assert (
        "Participants work 100 days a year at 50 % of the minimum wage (22 working days a "
        "month): 6.82 TSD a day in 2025. Tools, materials and supervision add 25 % to the "
        "wages."
    ) in texts["works"]
    assert (
        "Administration costs 10 % of the benefits paid, plus 500 TSD in 2025." in (texts["works"])
    )
    # 1,000 x 1.03 x 1.02 = 1,050.60 in 2026
    assert texts["care"].startswith("A proposed scheme. It covers the whole population.")
    assert (
        "Care costs 1,000 TSD per person a year at 2025 prices, rising with consumer "
        "prices and 2 % a year faster: 1,051 TSD in 2026."
    ) in texts["care"]
    assert "Take-up is 100 % of the people eligible every year." not in texts["care"]
    # 202,000 people: 404 workers needed, 202 now; 1.5 x 500 x 12 = 9,000 a year
    assert (
        "It adds health workers to reach 2 per 1,000 people, from 1 today: 202 more workers "
        "in 2025, each paid 1.5 times the average wage (9,000 TSD a year). Other costs "
        "add 50 % to the salaries."
    ) in texts["staff"]
    assert "The project gives the number of people eligible: 5,000 in 2025." in texts["given"]


def test_what_a_scheme_replaces_its_coverage_and_start_month() -> None:
    project = project_from_dict(every_addition())
    results = compute(project)
    context = ReportContext.of(project, results, ReportOptions())
    texts = {s.id: plain(" ".join(describe(context, s))) for s in project.scenarios}
    assert (
        "People who receive Civil and Military are not eligible: their beneficiaries are "
        "removed age by age, sex by sex and year by year."
    ) in texts["oaa"]
    assert (
        "The monthly benefit depends on age, in 2025: ages 60 to 69: 600 TSD; ages 70 to "
        "79: 700 TSD; ages 80 and over: 1,000 TSD."
    ) in texts["oaa"]
    assert "The amounts are indexed to consumer prices." in texts["oaa"]
    assert (
        "The scheme starts paying in July of its first year, so it pays 6 of 12 months that year."
    ) in texts["child"]
    assert "ages 0 to 2: 50 % of the minimum wage (" in texts["child"]
    assert "An existing scheme, costed as it stands." in texts["civil"]


def test_numbers_in_the_reports_language() -> None:
    (text,) = text_of(
        scenario(
            "kids",
            "age_cash",
            ages=[0, 4],
            take_up=RAMP,
            benefit={"type": "anchor", "anchor": "poverty_line", "percent": 30},
        ),
        language="lo",
    ).values()
    assert "In 2025, 10.000 people are eligible and 5.000 receive it." in text
    assert "30,00 TSD" in text


def test_the_cost_sentence_states_each_stated_year() -> None:
    economy = dict(base_project()["economy"])
    del economy["gov_expenditure_share_gdp"]
    fixed = {"type": "fixed", "monthly_amount": 100}
    project = project_from_dict(
        base_project(
            scenarios=[scenario("a", "age_cash", ages=[0, 0], benefit=fixed)], economy=economy
        )
    )
    context = ReportContext.of(project, compute(project, strict=False), ReportOptions())
    # 2,000 x 1,200 = 2.4 million: 0.24 % of 1e9; no budget share, so no expenditure
    assert plain(cost_sentence(context, "a")) == (
        "It costs 0.24 % of GDP in 2025 (2,400,000 TSD), 0.22 % of GDP in 2026 "
        "(2,400,000 TSD) and 0.21 % of GDP in 2027 (2,400,000 TSD)."
    )
