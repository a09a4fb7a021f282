"""The stress project: 20 scenarios of every kind, single ages 0-100 by sex, 2025-2060
(or as many scenarios as asked, the kinds in turn)."""

from __future__ import annotations

import math
from typing import Any

from engine.domain.model import KINDS, Project
from engine.format.json_file import project_from_dict

BASE, END = 2025, 2060


def stress_document(count: int = 20) -> dict[str, Any]:
    rows = [
        {
            "year": year,
            "sex": sex,
            "age": age,
            # A plausible young population that grows 1.5 % a year.
            "value": round(90_000 * math.exp(-age / 45) * 1.015 ** (year - BASE)),
        }
        for year in range(BASE, END + 1)
        for sex in ("female", "male")
        for age in range(101)
    ]
    scenarios = [_scenario(i, KINDS[i % len(KINDS)]) for i in range(count)]
    ids = [s["id"] for s in scenarios]
    return {
        "format": "abnd-project",
        "format_version": 1,
        "name": "Stress project",
        "country": {"iso3": "TST", "name": "Stressland", "currency": "TSD"},
        "years": {"base": BASE, "end": END},
        "population": {"unit": "persons", "rows": rows},
        "economy": {
            "gdp_nominal_base": 2.5e14,
            "real_gdp_growth": {"2025": 0.045, "2030": 0.04, "2040": 0.035},
            "gdp_deflator_growth": 0.03,
            "cpi_inflation": {"2025": 0.05, "2028": 0.035},
            "gov_expenditure_share_gdp": 0.2,
            "gov_revenue_share_gdp": 0.16,
            "poverty_line_monthly": 300_000,
            "minimum_wage_monthly": 2_500_000,
            "average_wage_monthly": 3_500_000,
        },
        "labour": {
            "participation_rate": [
                {"sex": "female", "age_group": "15-64", "value": 0.72},
                {"sex": "male", "age_group": "15-64", "value": 0.8},
                {"sex": "both", "age_group": "65-100", "value": 0.3},
            ],
            "unemployment_rate": 0.05,
            "informality_share": {"2025": 0.8, "2035": 0.7},
        },
        "scenarios": scenarios,
        "packages": [
            {"id": "low", "name": "Low", "scenarios": ids[:10], "fiscal_space_percent_gdp": 2.0},
            {"id": "high", "name": "High", "scenarios": ids, "fiscal_space_percent_gdp": 4.0},
        ],
        "matrix": [],
    }


def _scenario(i: int, kind: str) -> dict[str, Any]:
    benefit = {
        "type": "fixed",
        "monthly_amount": 100_000 + 1000 * (i % 100),
        "indexation": "prices",
    }
    item: dict[str, Any] = {
        "id": f"s{i:02d}-{kind}",
        "name": f"Scenario {i} ({kind})",
        "guarantee": "working_age",
        "status": "existing" if i % 7 == 0 else "proposed",
        "kind": kind,
        "take_up": {"start": 0.3, "target": 0.9, "start_year": 2026, "target_year": 2035},
        "admin_rate": 0.08,
    }
    extra: dict[str, dict[str, Any]] = {
        "age_cash": {"ages": [i % 5, 10 + i % 50], "target_share": 0.6, "benefit": benefit},
        "disability": {
            "ages": [0, 100],
            "prevalence": [{"ages": [0, 49], "value": 0.02}, {"ages": [50, 100], "value": 0.06}],
            "benefit": {"type": "anchor", "anchor": "poverty_line", "percent": 60},
        },
        "maternity": {"target_share": 0.5, "benefit": benefit, "months_per_year": 4},
        "unemployed": {"ages": [15, 64], "benefit": benefit, "months_per_year": 6},
        "public_works": {
            "ages": [18, 60],
            "target_share": 0.18,
            "covered_share": 0.1,
            "days_per_year": 100,
            "wage_percent_of_minimum_wage": 80,
        },
        "contribution_subsidy": {"ages": [15, 60], "benefit": benefit, "take_up": 0.2},
        "health_per_capita": {"covered_share": 0.3, "annual_cost_per_person": 400_000},
        "health_staffing": {
            "staff_per_1000_target": 2.5,
            "staff_per_1000_now": 1.2,
            "salary_multiple_of_average_wage": 1.2,
            "nonstaff_ratio": 0.4,
        },
        "custom": {"beneficiaries": {"2025": 50_000, "2030": 80_000}, "benefit": benefit},
    }
    item.update(extra[kind])
    return item


def stress_project(count: int = 20) -> Project:
    return project_from_dict(stress_document(count))
