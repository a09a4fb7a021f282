"""Explanations: every term of a scenario's cost formula for one year, with its value.

The terms are those of the calendar year; with fiscal years, the year asked for is a
fiscal year, explained by its calendar year (where it ends) and then its blend.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.method.compute import Results

# detail name -> (symbol, plain label, unit)
DETAIL_LABELS: dict[str, tuple[str, str, str]] = {
    "base_population": ("P", "population in the age band and sex", "persons"),
    "labour_force": ("L", "labour force in the age band", "persons"),
    "unemployment_rate": ("u", "unemployment rate", "fraction"),
    "informality_share": ("inf", "share of employed who are informal", "fraction"),
    "multiplier": (
        "m",
        "targeting multiplier (target share x prevalence x not yet covered)",
        "fraction",
    ),
    "births": ("B", "births", "persons"),
    "births_in_months_paid": (
        "B_paid",
        "births in the months the scheme runs in its first year",
        "persons",
    ),
    "covered_by_removed": (
        "R",
        "persons removed: beneficiaries of the schemes it is covered by (P x m - R = N)",
        "persons",
    ),
    "daily_wage": ("w", "daily wage", "LCU per day"),
    "population_served": ("Pop", "population served", "persons"),
    "workers_needed": ("H", "health workers needed at the target ratio", "workers"),
    "workers_now": ("H_now", "health workers at today's ratio", "workers"),
    "annual_salary": ("S", "annual salary of a health worker", "LCU per year"),
}


@dataclass(frozen=True)
class Term:
    symbol: str
    label: str
    value: float
    unit: str


@dataclass(frozen=True)
class Explanation:
    scenario_id: str
    year: int
    formula: tuple[str, ...]
    terms: tuple[Term, ...]

    def as_text(self) -> str:
        lines = [*self.formula, ""]
        lines += [
            f"{t.symbol:>6} = {format_value(t.value)} {t.unit}  ({t.label})" for t in self.terms
        ]
        return "\n".join(lines)


def format_value(value: float) -> str:
    """Readable numbers: thousands separators for large values, 6 digits for small ones."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.6g}"


def explain(project: Project, results: Results, scenario_id: str, year: int) -> Explanation:
    """The terms of ``scenario_id``'s cost in ``year``, from the same arrays as the results."""
    if scenario_id not in results.terms:
        if scenario_id in results.errors:
            raise results.errors[scenario_id]
        raise InputError(
            "scenario",
            messages.translate(
                "Engine",
                '"{scenario_id}" is not a scenario of this project',
                "explain.scenario_id_scenario_project",
            ).format(scenario_id=scenario_id),
        )
    years = results.years
    if not years[0] <= year <= years[-1]:
        raise InputError(
            "year",
            messages.translate(
                "Engine",
                "{year} is outside the projection years {first}-{last}",
                "explain.year_outside_projection_years",
            ).format(year=year, first=years[0], last=years[-1]),
        )
    t = int(year - results.calendar_years[0])  # the calendar year (where a fiscal year ends)
    terms = results.terms[scenario_id]
    currency = results.currency
    scenario = project.scenario(scenario_id)
    items: list[Term] = []
    for name, values in terms.details.items():
        symbol, label, unit = DETAIL_LABELS[name]
        items.append(Term(symbol, label, float(values[t]), unit.replace("LCU", currency)))
    eligible_label = (
        "additional health workers" if scenario.kind == "health_staffing" else "eligible persons"
    )
    for tier in terms.tiers:
        band = f"{tier.ages[0]}-{tier.ages[1]}"
        items.append(
            Term(f"N[{band}]", f"eligible persons aged {band}", float(tier.eligible[t]), "persons")
        )
        items.append(
            Term(
                f"b[{band}]",
                f"monthly benefit at ages {band}",
                float(tier.monthly_benefit[t]),
                f"{currency} per month",
            )
        )
    items.append(Term("N", eligible_label, float(terms.eligible[t]), "persons"))
    items.append(Term("TU", "take-up", float(terms.take_up[t]), "fraction"))
    share = 1.0 if terms.year_share is None else float(terms.year_share[t])
    if terms.monthly_benefit is not None and terms.months is not None:
        label = (
            "monthly benefit, averaged over the eligible persons (sum of N x b by tier / N)"
            if terms.tiers
            else "monthly benefit"
        )
        items.append(Term("b", label, float(terms.monthly_benefit[t]), f"{currency} per month"))
        if scenario.kind == "maternity" or share == 1.0:
            items.append(Term("months", "months paid a year", float(terms.months), "months"))
        else:
            items.append(_first_year_months(terms.months, share, scenario.start_month))
    elif share != 1.0:
        items.append(
            Term(
                "share",
                f"share of the year paid (first year, from month {scenario.start_month})",
                share,
                "fraction",
            )
        )
    items += [
        Term(
            "A",
            "annual amount per beneficiary",
            float(terms.annual_benefit[t]),
            f"{currency} per year",
        ),
        Term("BC", "benefit outlay = TU x N x A", float(terms.benefit_cost[t]), currency),
        Term("alpha", "administration rate", terms.admin_rate, "fraction of benefits"),
        Term("F", "fixed administration", float(terms.fixed_admin[t]), currency),
        Term("AC", "administration = alpha x BC + F", float(terms.admin_cost[t]), currency),
        Term("C", "total cost = BC + AC", float(terms.total_cost[t]), currency),
    ]
    table = results.scenarios[scenario_id]
    fiscal = results.fiscal
    if fiscal is None:
        items += [
            Term("GDPn", "nominal GDP", float(results.context.economy.gdp_nominal[t]), currency),
            Term("%GDP", "cost in % of GDP = 100 x C / GDPn", float(table["pct_gdp"][t]), "%"),
        ]
        title = f"{scenario.name} ({scenario.kind}), {year}"
    else:
        items += _fiscal_terms(results, scenario_id, year, t)
        title = (
            f"{scenario.name} ({scenario.kind}), fiscal year {year} "
            f"(month {fiscal.month} of {year - 1} to month {fiscal.month - 1} of {year}); "
            f"terms of calendar year {year}"
        )
    formula = (title, "C = BC + AC,  BC = TU x N x A,  AC = alpha x BC + F")
    return Explanation(scenario_id, year, formula, tuple(items))


def _first_year_months(months: float, share: float, start_month: int | None) -> Term:
    return Term(
        "months",
        f"months paid this year: the scheme starts in month {start_month} "
        f"({months:g} x (13 - {start_month}) / 12)",
        months * share,
        "months",
    )


def _fiscal_terms(results: Results, scenario_id: str, year: int, t: int) -> list[Term]:
    """How the fiscal year's cost and GDP blend the two calendar years it spans."""
    fiscal = results.fiscal
    assert fiscal is not None
    terms = results.terms[scenario_id]
    currency = results.currency
    early, late = fiscal.flow_weights(terms.start, len(results.calendar_years))
    f = int(year - results.years[0])
    table = results.scenarios[scenario_id]
    gdp = results.context.economy.gdp_nominal
    return [
        Term(
            "C[-1]",
            f"total cost of calendar year {year - 1}",
            float(terms.total_cost[t - 1]),
            currency,
        ),
        Term(
            "w[-1]",
            f"share of {year - 1}'s cost in this fiscal year",
            float(late[t - 1]),
            "fraction",
        ),
        Term("w", f"share of {year}'s cost in this fiscal year", float(early[t]), "fraction"),
        Term(
            "C_FY",
            "total cost in the fiscal year = w[-1] x C[-1] + w x C",
            float(table["total_cost"][f]),
            currency,
        ),
        Term(
            "GDPn_FY",
            f"nominal GDP of the fiscal year = {fiscal.late:.4g} x GDPn[{year - 1}] + "
            f"{fiscal.early:.4g} x GDPn[{year}]",
            float(fiscal.stock(gdp)[f]),
            currency,
        ),
        Term("%GDP", "cost in % of GDP = 100 x C_FY / GDPn_FY", float(table["pct_gdp"][f]), "%"),
    ]
