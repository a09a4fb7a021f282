"""Small projects whose costs can be worked out by hand in the tests' comments."""

from __future__ import annotations

import copy
from typing import Any

from engine.domain.model import Project
from engine.format.json_file import project_from_dict

PERSONS_PER_CELL = 1000  # every single age and sex, in 2025 and 2027 (so also 2026)


def base_project(**changes: Any) -> dict[str, Any]:
    """Three years 2025-2027; 1,000 persons of each single age 0-100 and sex.

    Economy: GDP 1e9 in 2025, real growth 5 %, deflator 2 %, CPI 3 %, real wages
    1 %, government expenditure 20 % and revenue 18 % of GDP; poverty line 100,
    minimum wage 300, average wage 500 a month. So
    CPI index I = 1, 1.03, 1.0609; wage index W = 1, 1.0403, 1.08222409;
    GDPn = 1e9, 1.071e9, 1.147041e9; deflator D = 1, 1.02, 1.0404.
    """
    rows = [
        {"year": year, "sex": sex, "age": age, "value": PERSONS_PER_CELL}
        for year in (2025, 2027)
        for sex in ("female", "male")
        for age in range(101)
    ]
    project: dict[str, Any] = {
        "format": "abnd-project",
        "format_version": 3,
        "name": "Hand-computed test project",
        "country": {"iso3": "TST", "name": "Testland", "currency": "TSD"},
        "years": {"base": 2025, "end": 2027},
        "population": {"unit": "persons", "rows": rows},
        "economy": {
            "gdp_nominal_base": 1e9,
            "real_gdp_growth": 0.05,
            "gdp_deflator_growth": 0.02,
            "cpi_inflation": 0.03,
            "gov_expenditure_share_gdp": 0.2,
            "gov_revenue_share_gdp": 0.18,
            "real_wage_growth": 0.01,
            "poverty_line_monthly": 100,
            "minimum_wage_monthly": 300,
            "average_wage_monthly": 500,
        },
        "labour": {
            "participation_rate": [{"sex": "both", "age_group": "15-64", "value": 0.7}],
            "unemployment_rate": {"2025": 0.1, "2027": 0.08},
            "informality_share": 0.6,
        },
        "scenarios": [],
        "packages": [],
        "matrix": [],
    }
    project.update(copy.deepcopy(changes))
    return project


def scenario(scenario_id: str, kind: str, **fields: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": scenario_id,
        "name": scenario_id.replace("-", " ").title(),
        "guarantee": fields.pop("guarantee", "children"),
        "status": fields.pop("status", "proposed"),
        "kind": kind,
        "take_up": fields.pop("take_up", 1.0),
    }
    result.update(fields)
    return result


def build(**changes: Any) -> Project:
    return project_from_dict(base_project(**changes))


def every_addition() -> dict[str, Any]:
    """A project using every addition of format version 2: an October fiscal year, benefit
    tiers (fixed and anchored), coverage by other schemes (a chain, by sex, a labour kind),
    schemes starting mid-year (cash, maternity, health) and estimated births."""
    tiers = [
        {"ages": [60, 69], "monthly_amount": 600},
        {"ages": [70, 79], "monthly_amount": 700},
        {"ages": [80, 100], "monthly_amount": 1000},
    ]
    fixed = {"type": "fixed", "monthly_amount": 100, "indexation": "prices"}
    document = base_project(
        years={"base": 2025, "end": 2027, "fiscal_year_start_month": 10},
        scenarios=[
            scenario(
                "oaa",
                "age_cash",
                guarantee="elderly",
                status="existing",
                ages=[60, 100],
                target_share=[{"ages": [60, 74], "value": 0.8}, {"ages": [75, 100], "value": 0.9}],
                take_up={"start": 0.5, "target": 0.9, "start_year": 2025, "target_year": 2027},
                covered_by=["civil", "military"],
                admin_rate=0.03,
                benefit={"type": "fixed", "indexation": "prices", "tiers": tiers},
            ),
            scenario(
                "civil",
                "age_cash",
                guarantee="elderly",
                status="existing",
                ages=[60, 100],
                sex="female",
                take_up={"2025": 0.2, "2027": 0.3},
                covered_by=["military"],
                benefit={"type": "fixed", "monthly_amount": 5000},
            ),
            scenario(
                "military",
                "age_cash",
                guarantee="elderly",
                status="existing",
                ages=[55, 100],
                take_up=0.1,
                benefit={"type": "anchor", "anchor": "average_wage", "percent": 60},
            ),
            scenario(
                "child",
                "age_cash",
                ages=[0, 5],
                take_up={"2026": 0.7},
                start_month=7,
                benefit={
                    "type": "anchor",
                    "anchor": "minimum_wage",
                    "tiers": [{"ages": [0, 2], "percent": 50}, {"ages": [3, 5], "percent": 30}],
                },
            ),
            scenario(
                "jobless",
                "unemployed",
                guarantee="working_age",
                ages=[55, 64],
                covered_by=["military"],
                benefit=fixed,
            ),
            scenario(
                "maternity",
                "maternity",
                guarantee="working_age",
                take_up={"2026": 0.8},
                start_month=4,
                months_per_year=3,
                benefit=fixed,
            ),
            scenario(
                "health",
                "health_per_capita",
                guarantee="health",
                take_up={"start": 0.5, "target": 0.5, "start_year": 2026, "target_year": 2026},
                start_month=10,
                covered_by=["civil"],
                annual_cost_per_person=50,
            ),
        ],
        packages=[
            {
                "id": "floor",
                "name": "Floor",
                "scenarios": ["oaa", "child", "jobless", "maternity", "health"],
                "fiscal_space_percent_gdp": {"2025": 1.0, "2027": 2.0},
            },
            {"id": "status-quo", "name": "Status quo", "scenarios": ["civil", "military", "oaa"]},
        ],
    )
    for row in document["population"]["rows"]:  # a growing population: births estimated
        row["value"] *= 1.1 if row["year"] == 2027 else 1
    return document
