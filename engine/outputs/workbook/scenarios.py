"""One ``BS_<id>`` sheet per scenario: parameters in column B, the cost formula year by year.

The rows follow docs/rap-method.md section 4: eligible persons N (population, labour
force or births in the band, times the targeting multiplier per age segment),
take-up TU, annual benefit A, then BC = TU x N x A, AC = alpha x BC + F,
C = BC + AC, and C in % of GDP and of government expenditure. Every row that
the engine derives is a live formula over POP, ECO, GGO and EAP.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from openpyxl.worksheet.worksheet import Worksheet

from engine.domain.kinds import (
    DEFAULT_ADMIN_RATE,
    DEFAULT_INDEXATION,
    DEFAULT_MONTHS_PER_YEAR,
    DEFAULT_WORKING_DAYS_PER_MONTH,
)
from engine.domain.model import Rate, Scenario
from engine.method.compute import Results
from engine.method.context import CountryContext
from engine.method.eligible import rate_by_age
from engine.method.scenarios import ALL_AGES
from engine.method.series import resolve
from engine.outputs.workbook.inputs import (
    BIRTHS_ROW,
    ECO_ROWS,
    GGO_ROWS,
    INFORMALITY_ROW,
    MONEY,
    PERCENT,
    PERSONS,
    UNEMPLOYMENT_ROW,
    Layout,
    col,
    header,
    number,
    put_row,
)

RATES = ("target_share", "prevalence", "covered_share")
ANCHOR_ROWS = {
    "poverty_line": "poverty_line",
    "minimum_wage": "minimum_wage",
    "average_wage": "average_wage",
    "gdp_per_capita": "gdp_per_capita_monthly",
}


@dataclass(frozen=True)
class ScenarioRows:
    """Where a scenario sheet keeps the rows the summary sheet reads."""

    sheet: str
    total: int
    pct_gdp: int
    pct_gov_expenditure: int | None


class Sheet:
    """Appends labelled rows and parameters to one scenario sheet."""

    def __init__(self, sheet: Worksheet, layout: Layout) -> None:
        self.sheet, self.layout, self.row = sheet, layout, 1
        self.years = range(len(layout.years))

    def param(self, label: str, value: Any, number_format: str = "General") -> str:
        """A parameter in column B; returns its absolute reference."""
        self.row += 1
        self.sheet.cell(row=self.row, column=1, value=label)
        cell = self.sheet.cell(row=self.row, column=2, value=value)
        cell.number_format = number_format
        return f"$B${self.row}"

    def values(self, label: str, values: Any, number_format: str) -> int:
        self.row += 1
        put_row(self.sheet, self.row, label, "", [number(v) for v in values], number_format)
        return self.row

    def formula(self, label: str, make: Any, number_format: str) -> int:
        """A row whose cell in year index t is ``make(t, column letter)``."""
        self.row += 1
        put_row(
            self.sheet, self.row, label, "", [make(t, col(t)) for t in self.years], number_format
        )
        return self.row

    def note(self, text: str) -> None:
        self.row += 1
        self.sheet.cell(row=self.row, column=1, value=text).data_type = "s"


def write_scenario(
    sheet: Worksheet, scenario: Scenario, results: Results, layout: Layout
) -> ScenarioRows | None:
    header(sheet, "item", "parameter", layout.years)
    s = Sheet(sheet, layout)
    s.note(f"{scenario.name} ({scenario.kind}, {scenario.status})")
    if scenario.id in results.errors:
        s.note(f"Not costed: {results.errors[scenario.id].message}")
        return None
    ctx = results.context
    eligible = _eligible(s, scenario, ctx)
    take_up = _take_up(s, scenario, ctx)
    annual = _annual_benefit(s, scenario, ctx)
    alpha = s.param(
        "administration rate alpha",
        scenario.admin_rate if scenario.admin_rate is not None else DEFAULT_ADMIN_RATE,
        PERCENT,
    )
    fixed = (
        resolve(scenario.fixed_admin, ctx.years, "fixed_admin")
        if scenario.fixed_admin is not None
        else np.zeros(ctx.years.count)
    )
    fixed_row = s.values("fixed administration F", fixed, MONEY)
    bc = s.formula(
        "benefit outlay BC = TU x N x A",
        lambda t, c: f"={c}{take_up}*{c}{eligible}*{c}{annual}",
        MONEY,
    )
    ac = s.formula(
        "administration AC = alpha x BC + F", lambda t, c: f"={alpha}*{c}{bc}+{c}{fixed_row}", MONEY
    )
    total = s.formula("total cost C = BC + AC", lambda t, c: f"={c}{bc}+{c}{ac}", MONEY)
    deflator, gdp = ECO_ROWS["deflator"], ECO_ROWS["gdp_nominal"]
    s.formula("C at base-year prices", lambda t, c: f"={c}{total}/ECO!{c}{deflator}", MONEY)
    s.formula("beneficiaries TU x N", lambda t, c: f"={c}{take_up}*{c}{eligible}", PERSONS)
    pct_gdp = s.formula("% of GDP", lambda t, c: f"={c}{total}/ECO!{c}{gdp}*100", "0.0000")
    pct_gexp = None
    if layout.has_ggo:
        gexp = GGO_ROWS["expenditure"]
        pct_gexp = s.formula(
            "% of government expenditure", lambda t, c: f"={c}{total}/GGO!{c}{gexp}*100", "0.0000"
        )
    return ScenarioRows(sheet.title, total, pct_gdp, pct_gexp)


# ------------------------------------------------------------------ N


def _segments(scenario: Scenario, ages: tuple[int, int]) -> list[tuple[int, int]]:
    """Age segments within ``ages`` on which every targeting rate is constant."""
    cuts = {ages[0], ages[1] + 1}
    for name in RATES:
        rate: Rate | None = getattr(scenario, name)
        if rate is not None:
            for band in rate.bands:
                for edge in (band.ages[0], band.ages[1] + 1):
                    if ages[0] < edge <= ages[1]:
                        cuts.add(edge)
    edges = sorted(cuts)
    return [(edges[i], edges[i + 1] - 1) for i in range(len(edges) - 1)]


def _multiplier_rows(
    s: Sheet,
    scenario: Scenario,
    ctx: CountryContext,
    segment: tuple[int, int],
    ages: tuple[int, int],
) -> int:
    """Each rate on this segment (values), then m = share x prevalence x (1 - covered)."""
    parts = []
    for name in RATES:
        rate: Rate | None = getattr(scenario, name)
        if rate is None:
            continue
        values = rate_by_age(rate, ctx, name, ages)
        column = 0 if values.shape[1] == 1 else segment[0] - ages[0]
        row = s.values(f"{name}, ages {segment[0]}-{segment[1]}", values[:, column], PERCENT)
        parts.append(f"(1-{{c}}{row})" if name == "covered_share" else f"{{c}}{row}")
    product = "*".join(parts) or "1"
    return s.formula(
        f"multiplier m, ages {segment[0]}-{segment[1]}",
        lambda t, c: "=" + product.format(c=c),
        PERCENT,
    )


def _base(s: Sheet, scenario: Scenario, segment: tuple[int, int]) -> int:
    """Population (or labour base) of the scenario's sex in an age segment."""
    ranges = s.layout.age_rows(scenario.sex or "both", *segment)
    if scenario.kind in ("unemployed", "contribution_subsidy"):
        labour = "+".join(
            f"SUMPRODUCT(POP!{{c}}{a}:{{c}}{b},EAP!{{c}}{a}:{{c}}{b})" for a, b in ranges
        )
        factor = (
            f"EAP!{{c}}{UNEMPLOYMENT_ROW}"
            if scenario.kind == "unemployed"
            else f"(1-EAP!{{c}}{UNEMPLOYMENT_ROW})*EAP!{{c}}{INFORMALITY_ROW}"
        )
        text = f"=({labour})*{factor}"
        label = "unemployed" if scenario.kind == "unemployed" else "informal employed"
    else:
        text = "=" + "+".join(f"SUM(POP!{{c}}{a}:{{c}}{b})" for a, b in ranges)
        label = "population"
    return s.formula(
        f"{label}, ages {segment[0]}-{segment[1]}", lambda t, c: text.format(c=c), PERSONS
    )


def _eligible(s: Sheet, scenario: Scenario, ctx: CountryContext) -> int:
    kind = scenario.kind
    if kind == "custom":
        assert scenario.beneficiaries is not None
        return s.values(
            "eligible N (given)", resolve(scenario.beneficiaries, ctx.years, "n"), PERSONS
        )
    if kind == "health_staffing":
        assert (
            scenario.staff_per_1000_target is not None and scenario.staff_per_1000_now is not None
        )
        target = s.param("health workers per 1,000, target", scenario.staff_per_1000_target)
        now = s.param("health workers per 1,000, today", scenario.staff_per_1000_now)
        ages = scenario.ages or ALL_AGES
        ranges = s.layout.age_rows("both", *ages)
        total = "+".join(f"SUM(POP!{{c}}{a}:{{c}}{b})" for a, b in ranges)
        served = s.formula("population served", lambda t, c: "=" + total.format(c=c), PERSONS)
        return s.formula(
            "additional health workers N",
            lambda t, c: f"=MAX(0,{target}*{c}{served}/1000-{now}*{c}{served}/1000)",
            PERSONS,
        )
    if kind == "maternity":
        m = _multiplier_rows(s, scenario, ctx, ALL_AGES, ALL_AGES)
        return s.formula(
            "eligible N = births x m", lambda t, c: f"=POP!{c}{BIRTHS_ROW}*{c}{m}", PERSONS
        )
    ages = scenario.ages or ALL_AGES
    terms = []
    for segment in _segments(scenario, ages):
        m = _multiplier_rows(s, scenario, ctx, segment, ages)
        base = _base(s, scenario, segment)
        terms.append(f"{{c}}{m}*{{c}}{base}")
    total = "+".join(terms)
    return s.formula("eligible N", lambda t, c: "=" + total.format(c=c), PERSONS)


# ------------------------------------------------------------------ TU and A


def _take_up(s: Sheet, scenario: Scenario, ctx: CountryContext) -> int:
    ramp = scenario.take_up.ramp
    if ramp is None:
        assert scenario.take_up.series is not None
        values = resolve(scenario.take_up.series, ctx.years, "take_up", before_first=0.0)
        return s.values("take-up TU (per year)", values, PERCENT)
    start = s.param("take-up at start", ramp.start, PERCENT)
    target = s.param("take-up target", ramp.target, PERCENT)
    first = s.param("ramp start year", ramp.start_year)
    last = s.param("ramp target year", ramp.target_year)
    return s.formula(
        "take-up TU (ramp)",
        lambda t, c: (
            f"=IF({c}$1<{first},0,{start}+({target}-{start})*IF({last}={first},1,"
            f"MIN(1,MAX(0,({c}$1-{first})/({last}-{first})))))"
        ),
        PERCENT,
    )


def _annual_benefit(s: Sheet, scenario: Scenario, ctx: CountryContext) -> int:
    kind = scenario.kind
    eco = ECO_ROWS
    if kind == "public_works":
        days = s.param("days of work a year", scenario.days_per_year)
        wage = s.param("daily wage, % of the minimum wage", scenario.wage_percent_of_minimum_wage)
        working = s.param(
            "working days a month",
            scenario.working_days_per_month or DEFAULT_WORKING_DAYS_PER_MONTH,
        )
        nonwage = s.param("non-wage share", scenario.nonwage_share or 0.0, PERCENT)
        return s.formula(
            "annual pay A",
            lambda t, c: (
                f"={days}*({wage}/100*ECO!{c}{eco['minimum_wage']}/{working})*(1+{nonwage})"
            ),
            MONEY,
        )
    if kind == "health_per_capita":
        cost = s.param("cost per person a year (base year)", scenario.annual_cost_per_person, MONEY)
        excess = s.param(
            "health inflation above CPI", scenario.excess_health_inflation or 0.0, PERCENT
        )
        return s.formula(
            "annual cost per person A",
            lambda t, c: f"={cost}*ECO!{c}{eco['cpi']}*(1+{excess})^({c}$1-$C$1)",
            MONEY,
        )
    if kind == "health_staffing":
        multiple = s.param("salary, x the average wage", scenario.salary_multiple_of_average_wage)
        nonstaff = s.param("non-staff costs, x salaries", scenario.nonstaff_ratio or 0.0)
        return s.formula(
            "annual cost per worker A",
            lambda t, c: f"={multiple}*ECO!{c}{eco['average_wage']}*12*(1+{nonstaff})",
            MONEY,
        )
    benefit = scenario.benefit
    assert benefit is not None
    if benefit.type == "anchor":
        assert benefit.anchor is not None
        percent = s.param(f"benefit, % of {benefit.anchor}", benefit.percent)
        anchor_row = eco[ANCHOR_ROWS[benefit.anchor]]
        monthly = s.formula(
            "monthly benefit b", lambda t, c: f"={percent}/100*ECO!{c}{anchor_row}", MONEY
        )
    else:
        amount = s.param("monthly benefit, base year", benefit.monthly_amount, MONEY)
        indexation = benefit.indexation or DEFAULT_INDEXATION
        index: Any = {
            "none": lambda c: "1",
            "prices": lambda c: f"ECO!{c}{eco['cpi']}",
            "wages": lambda c: f"ECO!{c}{eco['wage_index']}",
            "gdp_per_capita": lambda c: (
                f"ECO!{c}{eco['gdp_per_capita']}/ECO!$C${eco['gdp_per_capita']}"
            ),
        }[indexation]
        monthly = s.formula(
            f"monthly benefit b (indexed: {indexation})",
            lambda t, c: f"={amount}*{index(c)}",
            MONEY,
        )
    months = s.param(
        "months paid a year",
        scenario.months_per_year
        if scenario.months_per_year is not None
        else DEFAULT_MONTHS_PER_YEAR,
    )
    return s.formula("annual benefit A = b x months", lambda t, c: f"={c}{monthly}*{months}", MONEY)
