"""Explanations: every term of a scenario's cost formula for one year, with its value."""

from __future__ import annotations

from dataclasses import dataclass

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
        raise InputError("scenario", f'"{scenario_id}" is not a scenario of this project')
    years = results.years
    if not years[0] <= year <= years[-1]:
        raise InputError("year", f"{year} is outside the projection years {years[0]}-{years[-1]}")
    t = int(year - years[0])
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
    items.append(Term("N", eligible_label, float(terms.eligible[t]), "persons"))
    items.append(Term("TU", "take-up", float(terms.take_up[t]), "fraction"))
    if terms.monthly_benefit is not None and terms.months is not None:
        items.append(
            Term("b", "monthly benefit", float(terms.monthly_benefit[t]), f"{currency} per month")
        )
        items.append(Term("months", "months paid a year", float(terms.months), "months"))
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
        Term("GDPn", "nominal GDP", float(results.context.economy.gdp_nominal[t]), currency),
        Term(
            "%GDP",
            "cost in % of GDP = 100 x C / GDPn",
            float(results.scenarios[scenario_id]["pct_gdp"][t]),
            "%",
        ),
    ]
    formula = (
        f"{scenario.name} ({scenario.kind}), {year}",
        "C = BC + AC,  BC = TU x N x A,  AC = alpha x BC + F",
    )
    return Explanation(scenario_id, year, formula, tuple(items))
