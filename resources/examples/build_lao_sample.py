"""Build the Lao PDR sample project (``lao-pdr-sample.json``) that ``make run`` opens.

Re-runnable: ``make country-data``. Country data come from the bundled Lao file
(``resources/countries/LAO.json``); the assessment matrix follows the minutes of
the ABND launch workshop (Vientiane, 26 April 2013), and the scenarios are the
costable recommendations. Every number carries its source, and every design
choice made for the sample says it is an assumption to be replaced by the
working group's own.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from engine.countries.bundled import country_project, load_country  # noqa: E402
from engine.format.json_file import save_project  # noqa: E402
from engine.format.read import project_from_dict  # noqa: E402
from engine.format.series_json import value_in  # noqa: E402
from engine.format.write import project_to_dict  # noqa: E402
from engine.method.compute import compute  # noqa: E402

BASE, END = 2025, 2040
MINUTES = "Minutes of the ABND launch workshop, Vientiane, 26 April 2013"
SAMPLE = (
    "DESIGN ASSUMPTION for the workshop sample, not a government proposal; replace it "
    "with the working group's choice."
)
ADMIN = "Administration 5 % of benefits: a common RAP assumption for a new cash scheme."
POVERTY = "The poverty line is the 2010 line carried forward by CPI (see the economy notes)."


def ramp(start: float, target: float, start_year: int, target_year: int) -> dict[str, Any]:
    return {"start": start, "target": target, "start_year": start_year, "target_year": target_year}


def health_unit_cost() -> tuple[float, str]:
    """The 2013 contribution (85,000 kip a year) carried to the base year by CPI."""
    cpi = {int(y): v for y, v in load_country("LAO").economy["cpi_inflation"].items()}
    factor = 1.0
    for year in range(2014, BASE + 1):
        rate = value_in(cpi, year)
        assert rate is not None
        factor *= 1 + rate
    cost = round(85000 * factor, -2)
    note = (
        f"Unit cost {cost:,.0f} kip per person per year = the 85,000 kip health insurance "
        f"contribution of 2013 ({MINUTES}, where it is judged too low) carried to {BASE} by "
        "CPI: a LOWER BOUND used until the Ministry of Health gives a unit cost. Covered "
        "share 25 % and the 50 % target: same minutes. Take-up: a third of the uncovered in "
        "2026 (50 % coverage, the 7th NESDP target), all by 2035: " + SAMPLE
    )
    return cost, note


def scenarios() -> list[dict[str, Any]]:
    health_cost, health_note = health_unit_cost()
    return [
        {
            "id": "child-benefit",
            "name": "Universal child benefit, ages 0-5",
            "guarantee": "children",
            "status": "proposed",
            "kind": "age_cash",
            "ages": [0, 5],
            "sex": "both",
            "benefit": {"type": "anchor", "anchor": "poverty_line", "percent": 20},
            "months_per_year": 12,
            "take_up": ramp(0.3, 0.95, 2026, 2030),
            "admin_rate": 0.05,
            "rationale": "No income support for children outside SSO and SSA families.",
            "source": "Benefit 20 % of the poverty line per child; take-up 30 % in 2026 rising "
            f"to 95 % in 2030: {SAMPLE} {POVERTY} {ADMIN}",
        },
        {
            "id": "social-pension-65",
            "name": "Universal social pension, 65 and over",
            "guarantee": "elderly",
            "status": "proposed",
            "kind": "age_cash",
            "ages": [65, 100],
            "sex": "both",
            "benefit": {"type": "anchor", "anchor": "poverty_line", "percent": 30},
            "months_per_year": 12,
            "take_up": ramp(0.5, 0.95, 2026, 2028),
            "admin_rate": 0.05,
            "rationale": "The SSO pays old-age benefits as a lump sum only; no pension for the "
            "private or informal sector. The minutes cite Thailand's universal pension "
            "(500 baht a month) as the regional benchmark.",
            "source": "Benefit 30 % of the poverty line; take-up 50 % in 2026 rising to 95 % in "
            f"2028: {SAMPLE} {POVERTY} {ADMIN}",
        },
        {
            "id": "disability-benefit",
            "name": "Disability benefit, ages 15-64",
            "guarantee": "working_age",
            "status": "proposed",
            "kind": "disability",
            "ages": [15, 64],
            "sex": "both",
            "prevalence": 0.028,
            "benefit": {"type": "anchor", "anchor": "poverty_line", "percent": 30},
            "months_per_year": 12,
            "take_up": ramp(0.3, 0.8, 2026, 2030),
            "admin_rate": 0.05,
            "rationale": "Extension of social security to people with disabilities is a goal of "
            "the MoLSW long-term strategy (minutes, presentation 3).",
            "source": "Prevalence of severe disability 2.8 % of ages 15-64, benefit 30 % of the "
            f"poverty line, take-up 30 % rising to 80 % in 2030: {SAMPLE} Check the prevalence "
            f"against the Lao Disability Survey before policy use. {POVERTY} {ADMIN}",
        },
        {
            "id": "maternity-benefit",
            "name": "Maternity cash benefit, 3 months",
            "guarantee": "working_age",
            "status": "proposed",
            "kind": "maternity",
            "target_share": 1.0,
            "benefit": {"type": "anchor", "anchor": "poverty_line", "percent": 100},
            "months_per_year": 3,
            "take_up": ramp(0.3, 0.9, 2026, 2030),
            "admin_rate": 0.05,
            "rationale": "Maternity cash exists only for SSO and SSA members.",
            "source": "One poverty line a month for 3 months per birth (close to the 14 weeks of "
            "ILO Convention 183); births from WPP 2024; take-up 30 % "
            f"rising to 90 % in 2030: {SAMPLE} {POVERTY} {ADMIN}",
        },
        {
            "id": "health-extension",
            "name": "Health coverage for the uncovered",
            "guarantee": "health",
            "status": "proposed",
            "kind": "health_per_capita",
            "covered_share": 0.25,
            "annual_cost_per_person": health_cost,
            "take_up": ramp(1 / 3, 1.0, 2026, 2035),
            "admin_rate": 0.05,
            "rationale": "About 25 % of the population is covered after 20 years; the target "
            "was 50 % by 2015 (minutes, presentation 3).",
            "source": health_note + " " + ADMIN,
        },
    ]


def packages() -> list[dict[str, Any]]:
    return [
        {
            "id": "low",
            "name": "Low: pension, maternity and health",
            "scenarios": ["social-pension-65", "maternity-benefit", "health-extension"],
            "financing": ["reallocation", "tax-compliance"],
        },
        {
            "id": "high",
            "name": "High: the full floor",
            "scenarios": [
                "child-benefit",
                "social-pension-65",
                "disability-benefit",
                "maternity-benefit",
                "health-extension",
            ],
            "financing": ["reallocation", "tax-compliance", "partners"],
        },
    ]


ILLUSTRATIVE = (
    "ILLUSTRATIVE amount for the discussion, not an agreed figure: replace it with the "
    "Ministry of Finance's fiscal-space estimate."
)


def financing_sources() -> list[dict[str, Any]]:
    """Three of the options of the ILO handbook on fiscal space (Ortiz et al. 2019), with
    illustrative amounts in each unit, so the sample shows how a package is financed."""
    return [
        {
            "id": "reallocation",
            "name": "Re-allocating public expenditure",
            "kind": "reallocation",
            "unit": "pct_gdp",
            "amount": ramp(0.1, 0.3, 2026, 2030),
            "source": ILLUSTRATIVE + " 0.1 % of GDP in 2026 rising to 0.3 % by 2030.",
            "feasibility": "Needs the budget review to name the spending to move (for example "
            "part of the capital budget) and the National Assembly's approval.",
        },
        {
            "id": "tax-compliance",
            "name": "Better VAT and excise collection",
            "kind": "tax_revenue",
            "unit": "pct_gov_revenue",
            "amount": ramp(0.0, 2.0, 2026, 2032),
            "range": {"low": -0.5, "high": 0.2, "distribution": "triangular"},
            "source": ILLUSTRATIVE + " Up to 2 % of government revenue by 2032.",
            "feasibility": "Depends on the tax administration reform; revenue has fallen "
            "from about 21 % of GDP in 2010 to 16.5 % (economy notes).",
        },
        {
            "id": "partners",
            "name": "Development partners",
            "kind": "aid_and_transfers",
            "unit": "lcu",
            "amount": {"2026": 500e9, "2030": 300e9, "2035": 0},
            "range": {"low": -1.0, "high": 0.0, "distribution": "uniform"},
            "source": ILLUSTRATIVE + " 500 billion kip a year from 2026, 300 billion from "
            "2030, none from 2035.",
            "feasibility": "Grants end with their projects: a bridge while domestic revenue "
            "takes over, not a lasting source.",
        },
    ]


def main() -> None:
    from matrix_content import matrix_rows  # the workshop's assessment matrix

    document = project_to_dict(
        country_project("LAO", BASE, END, name="Lao PDR social protection floor (sample)")
    )
    document["scenarios"] = scenarios()
    document["packages"] = packages()
    document["financing_sources"] = financing_sources()
    document["matrix"] = matrix_rows(MINUTES)
    project = project_from_dict(document)
    results = compute(project)
    for warning in results.warnings:
        print(warning.one_line())
    target = HERE / "lao-pdr-sample.json"
    save_project(project, target)
    print(f"{target.relative_to(HERE.parents[1])}: {len(project.scenarios)} scenarios")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
