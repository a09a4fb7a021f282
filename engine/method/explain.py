"""Explanations: every term of a scenario's cost formula for one year, with its value.

The terms are those of the calendar year; with fiscal years, the year asked for is a
fiscal year, explained by its calendar year (where it ends) and then its blend.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP, translate
from engine.domain.model import Project
from engine.method.compute import Results

# detail name -> (symbol, plain label, unit); labels and units are shown translated
DETAIL_LABELS: dict[str, tuple[str, str, str]] = {
    "base_population": (
        "P",
        QT_TRANSLATE_NOOP("Explain", "population in the age band and sex"),
        QT_TRANSLATE_NOOP("Explain", "persons"),
    ),
    "labour_force": (
        "L",
        QT_TRANSLATE_NOOP("Explain", "labour force in the age band"),
        QT_TRANSLATE_NOOP("Explain", "persons"),
    ),
    "unemployment_rate": (
        "u",
        QT_TRANSLATE_NOOP("Explain", "unemployment rate"),
        QT_TRANSLATE_NOOP("Explain", "fraction"),
    ),
    "informality_share": (
        "inf",
        QT_TRANSLATE_NOOP("Explain", "share of employed who are informal"),
        QT_TRANSLATE_NOOP("Explain", "fraction"),
    ),
    "multiplier": (
        "m",
        QT_TRANSLATE_NOOP(
            "Explain", "targeting multiplier (target share x prevalence x not yet covered)"
        ),
        QT_TRANSLATE_NOOP("Explain", "fraction"),
    ),
    "births": (
        "B",
        QT_TRANSLATE_NOOP("Explain", "births"),
        QT_TRANSLATE_NOOP("Explain", "persons"),
    ),
    "births_in_months_paid": (
        "B_paid",
        QT_TRANSLATE_NOOP("Explain", "births in the months the scheme runs in its first year"),
        QT_TRANSLATE_NOOP("Explain", "persons"),
    ),
    "covered_by_removed": (
        "R",
        QT_TRANSLATE_NOOP(
            "Explain",
            "persons removed: beneficiaries of the schemes it is covered by (P x m - R = N)",
        ),
        QT_TRANSLATE_NOOP("Explain", "persons"),
    ),
    "daily_wage": (
        "w",
        QT_TRANSLATE_NOOP("Explain", "daily wage"),
        QT_TRANSLATE_NOOP("Explain", "LCU per day"),
    ),
    "population_served": (
        "Pop",
        QT_TRANSLATE_NOOP("Explain", "population served"),
        QT_TRANSLATE_NOOP("Explain", "persons"),
    ),
    "workers_needed": (
        "H",
        QT_TRANSLATE_NOOP("Explain", "health workers needed at the target ratio"),
        QT_TRANSLATE_NOOP("Explain", "workers"),
    ),
    "workers_now": (
        "H_now",
        QT_TRANSLATE_NOOP("Explain", "health workers at today's ratio"),
        QT_TRANSLATE_NOOP("Explain", "workers"),
    ),
    "annual_salary": (
        "S",
        QT_TRANSLATE_NOOP("Explain", "annual salary of a health worker"),
        QT_TRANSLATE_NOOP("Explain", "LCU per year"),
    ),
}


@dataclass(frozen=True)
class Term:
    symbol: str
    label: str
    value: float
    unit: str
    share: bool = False  # a fraction (0.95) that people read in percent (95 %)


@dataclass(frozen=True)
class Explanation:
    scenario_id: str
    year: int
    formula: tuple[str, ...]
    terms: tuple[Term, ...]

    def as_text(self) -> str:
        lines = [*self.formula, ""]
        lines += [
            f"{t.symbol:>6} = {format_value(t.value * 100 if t.share else t.value)} {t.unit}  "
            f"({t.label})"
            for t in self.terms
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
        in_percent = unit == "fraction"
        shown_unit = "%" if in_percent else translate("Explain", unit).replace("LCU", currency)
        value = float(values[t])
        items.append(Term(symbol, translate("Explain", label), value, shown_unit, in_percent))
    eligible_label = (
        translate("Explain", "additional health workers")
        if scenario.kind == "health_staffing"
        else translate("Explain", "eligible persons")
    )
    persons = translate("Explain", "persons")
    fraction = "%"  # fractions are shown in percent (Term.share)
    per_month = translate("Explain", "{currency} per month").format(currency=currency)
    for tier in terms.tiers:
        band = f"{tier.ages[0]}-{tier.ages[1]}"
        items.append(
            Term(
                f"N[{band}]",
                translate("Explain", "eligible persons aged {band}").format(band=band),
                float(tier.eligible[t]),
                persons,
            )
        )
        items.append(
            Term(
                f"b[{band}]",
                translate("Explain", "monthly benefit at ages {band}").format(band=band),
                float(tier.monthly_benefit[t]),
                per_month,
            )
        )
    items.append(Term("N", eligible_label, float(terms.eligible[t]), persons))
    items.append(
        Term("TU", translate("Explain", "take-up"), float(terms.take_up[t]), fraction, True)
    )
    share = 1.0 if terms.year_share is None else float(terms.year_share[t])
    if terms.monthly_benefit is not None and terms.months is not None:
        label = (
            translate(
                "Explain",
                "monthly benefit, averaged over the eligible persons (sum of N x b by tier / N)",
            )
            if terms.tiers
            else translate("Explain", "monthly benefit")
        )
        items.append(Term("b", label, float(terms.monthly_benefit[t]), per_month))
        if scenario.kind == "maternity" or share == 1.0:
            items.append(
                Term(
                    "months",
                    translate("Explain", "months paid a year"),
                    float(terms.months),
                    translate("Explain", "months"),
                )
            )
        else:
            items.append(_first_year_months(terms.months, share, scenario.start_month))
    elif share != 1.0:
        items.append(
            Term(
                "share",
                translate(
                    "Explain", "share of the year paid (first year, from month {month})"
                ).format(month=scenario.start_month),
                share,
                fraction,
                True,
            )
        )
    items += [
        Term(
            "A",
            translate("Explain", "annual amount per beneficiary"),
            float(terms.annual_benefit[t]),
            translate("Explain", "{currency} per year").format(currency=currency),
        ),
        Term(
            "BC",
            translate("Explain", "benefit outlay = TU x N x A"),
            float(terms.benefit_cost[t]),
            currency,
        ),
        Term(
            "alpha",
            translate("Explain", "administration rate"),
            terms.admin_rate,
            translate("Explain", "% of benefits"),
            True,
        ),
        Term(
            "F", translate("Explain", "fixed administration"), float(terms.fixed_admin[t]), currency
        ),
        Term(
            "AC",
            translate("Explain", "administration = alpha x BC + F"),
            float(terms.admin_cost[t]),
            currency,
        ),
        Term(
            "C", translate("Explain", "total cost = BC + AC"), float(terms.total_cost[t]), currency
        ),
    ]
    table = results.scenarios[scenario_id]
    fiscal = results.fiscal
    if fiscal is None:
        items += [
            Term(
                "GDPn",
                translate("Explain", "nominal GDP"),
                float(results.context.economy.gdp_nominal[t]),
                currency,
            ),
            Term(
                "%GDP",
                translate("Explain", "cost in % of GDP = 100 x C / GDPn"),
                float(table["pct_gdp"][t]),
                "%",
            ),
        ]
        title = f"{scenario.name} ({scenario.kind}), {year}"
    else:
        items += _fiscal_terms(results, scenario_id, year, t)
        title = translate(
            "Explain",
            "{name} ({kind}), fiscal year {year} (month {month} of {previous} to month "
            "{last_month} of {year}); terms of calendar year {year}",
        ).format(
            name=scenario.name,
            kind=scenario.kind,
            year=year,
            month=fiscal.month,
            previous=year - 1,
            last_month=fiscal.month - 1,
        )
    formula = (title, "C = BC + AC,  BC = TU x N x A,  AC = alpha x BC + F")
    return Explanation(scenario_id, year, formula, tuple(items))


def _first_year_months(months: float, share: float, start_month: int | None) -> Term:
    return Term(
        "months",
        translate(
            "Explain",
            "months paid this year: the scheme starts in month {month} "
            "({months} x (13 - {month}) / 12)",
        ).format(month=start_month, months=f"{months:g}"),
        months * share,
        translate("Explain", "months"),
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
            translate("Explain", "total cost of calendar year {year}").format(year=year - 1),
            float(terms.total_cost[t - 1]),
            currency,
        ),
        Term(
            "w[-1]",
            translate("Explain", "share of {year}'s cost in this fiscal year").format(
                year=year - 1
            ),
            float(late[t - 1]),
            "%",
            True,
        ),
        Term(
            "w",
            translate("Explain", "share of {year}'s cost in this fiscal year").format(year=year),
            float(early[t]),
            "%",
            True,
        ),
        Term(
            "C_FY",
            translate("Explain", "total cost in the fiscal year = w[-1] x C[-1] + w x C"),
            float(table["total_cost"][f]),
            currency,
        ),
        Term(
            "GDPn_FY",
            translate(
                "Explain",
                "nominal GDP of the fiscal year = {late} x GDPn[{previous}] + "
                "{early} x GDPn[{year}]",
            ).format(
                late=f"{fiscal.late:.4g}", previous=year - 1, early=f"{fiscal.early:.4g}", year=year
            ),
            float(fiscal.stock(gdp)[f]),
            currency,
        ),
        Term(
            "%GDP",
            translate("Explain", "cost in % of GDP = 100 x C_FY / GDPn_FY"),
            float(table["pct_gdp"][f]),
            "%",
        ),
    ]
