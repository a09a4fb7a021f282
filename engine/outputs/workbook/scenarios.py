"""One ``BS_<id>`` sheet per scenario: parameters in column B, the cost formula year by year.

The rows follow docs/rap-method.md section 4: eligible persons N (population, labour
force or births in the band, times the targeting multiplier per age segment, less
the people of schemes it is covered by; ``cells.py``), take-up TU, annual benefit A
(with tiers: the average of the tiers' amounts over the eligible persons), then
BC = TU x N x A, AC = alpha x BC + F, C = BC + AC, and C in % of GDP and of
government expenditure; with fiscal years, C per fiscal year and its shares. Every
row that the engine derives is a live formula over POP, ECO, GGO and EAP.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from openpyxl.worksheet.worksheet import Worksheet

from engine.domain.i18n import translate
from engine.domain.kinds import (
    AGE_SEX_KINDS,
    DEFAULT_ADMIN_RATE,
    DEFAULT_INDEXATION,
    DEFAULT_MONTHS_PER_YEAR,
    DEFAULT_WORKING_DAYS_PER_MONTH,
)
from engine.domain.model import Benefit, Scenario
from engine.method.compute import Results
from engine.method.context import CountryContext
from engine.method.series import resolve
from engine.outputs.workbook.cells import EligibleRows, eligible_rows, other_eligible
from engine.outputs.workbook.inputs import (
    ECO_ROWS,
    FISCAL_MONTH,
    GGO_ROWS,
    MONEY,
    PERCENT,
    PERSONS,
    Layout,
    col,
    header,
)
from engine.outputs.workbook.sheet import ScenarioRows, Sheet
from engine.outputs.workbook.words import ANCHORS, INDEXATIONS, KINDS, STATUSES, word

ANCHOR_ROWS = {
    "poverty_line": "poverty_line",
    "minimum_wage": "minimum_wage",
    "average_wage": "average_wage",
    "gdp_per_capita": "gdp_per_capita_monthly",
}


def write_scenario(
    sheet: Worksheet,
    scenario: Scenario,
    results: Results,
    layout: Layout,
    covering: list[ScenarioRows] | None = None,
    by_cell: bool = False,
) -> ScenarioRows | None:
    """The scenario's sheet. ``covering``: the sheets of the schemes it is covered by
    (written before it); ``by_cell``: write N by age and sex (others are covered by it)."""
    header(sheet, translate("Workbook", "item"), translate("Workbook", "parameter"), layout.years)
    s = Sheet(sheet, layout)
    title = translate("Workbook", "{name} ({kind}, {status})")
    kind, status = word(KINDS, scenario.kind), word(STATUSES, scenario.status)
    s.note(title.format(name=scenario.name, kind=kind, status=status))
    if scenario.id in results.errors:
        reason = translate("Workbook", "Not costed: {reason}")
        s.note(reason.format(reason=results.errors[scenario.id].message))
        return None
    ctx = results.context
    start = results.terms[scenario.id].start
    share = _year_share(s, start)
    eligible: EligibleRows | None = None
    if scenario.kind in AGE_SEX_KINDS:
        cells = by_cell or bool(covering)
        eligible = eligible_rows(s, scenario, ctx, covering or [], cells)
        eligible_row = eligible.total
    else:
        eligible_row = other_eligible(s, scenario, ctx, share)
    take_up = _take_up(s, scenario, ctx)
    annual = _annual_benefit(s, scenario, ctx, eligible, share)
    alpha = s.param(
        translate("Workbook", "administration rate alpha"),
        scenario.admin_rate if scenario.admin_rate is not None else DEFAULT_ADMIN_RATE,
        PERCENT,
    )
    fixed = (
        resolve(scenario.fixed_admin, ctx.years, "fixed_admin")
        if scenario.fixed_admin is not None
        else np.zeros(ctx.years.count)
    )
    fixed_row = s.values(translate("Workbook", "fixed administration F"), fixed, MONEY)
    bc = s.formula(
        translate("Workbook", "benefit outlay BC = TU x N x A"),
        lambda t, c: f"={c}{take_up}*{c}{eligible_row}*{c}{annual}",
        MONEY,
    )
    ac = s.formula(
        translate("Workbook", "administration AC = alpha x BC + F"),
        lambda t, c: f"={alpha}*{c}{bc}+{c}{fixed_row}",
        MONEY,
    )
    total = s.formula(
        translate("Workbook", "total cost C = BC + AC"), lambda t, c: f"={c}{bc}+{c}{ac}", MONEY
    )
    deflator, gdp = ECO_ROWS["deflator"], ECO_ROWS["gdp_nominal"]
    s.formula(
        translate("Workbook", "C at base-year prices"),
        lambda t, c: f"={c}{total}/ECO!{c}{deflator}",
        MONEY,
    )
    beneficiaries = s.formula(
        translate("Workbook", "beneficiaries TU x N"),
        lambda t, c: f"={c}{take_up}*{c}{eligible_row}",
        PERSONS,
    )
    pct_gdp = s.formula(
        translate("Workbook", "% of GDP"), lambda t, c: f"={c}{total}/ECO!{c}{gdp}*100", "0.0000"
    )
    pct_gexp = None
    if layout.has_ggo:
        gexp = GGO_ROWS["expenditure"]
        pct_gexp = s.formula(
            translate("Workbook", "% of government expenditure"),
            lambda t, c: f"={c}{total}/GGO!{c}{gexp}*100",
            "0.0000",
        )
    found = ScenarioRows(sheet.title, total, pct_gdp, pct_gexp, take_up)
    found.beneficiaries, found.year_share = beneficiaries, share
    if eligible is not None:
        found.cells = eligible.cells
    if layout.fiscal:
        _fiscal_rows(s, found, start)
    return found


def _year_share(s: Sheet, start: tuple[int, int] | None) -> int | None:
    """The share of each year a scheme pays: (13 - s) / 12 in its first year, else 1."""
    if start is None:
        return None
    first, month = start
    year = s.param(translate("Workbook", "first year"), first)
    begins = s.param(translate("Workbook", "starts paying in month"), month)
    return s.formula(
        translate("Workbook", "share of the year paid"),
        lambda t, c: f"=IF({c}$1={year},(13-{begins})/12,1)",
        "0.0000",
    )


def _fiscal_rows(s: Sheet, rows: ScenarioRows, start: tuple[int, int] | None) -> None:
    """C per fiscal year (in the column of the year it ends) and its shares; the rows the
    summary reads become these."""
    m = FISCAL_MONTH
    if start is None:
        early = f"({m}-1)/12"
        share = s.formula(
            translate("Workbook", "share of the year's flows in the fiscal year ending in it"),
            lambda t, c: f"={early}",
            "0.0000",
        )
    else:
        first, month = start
        share = s.formula(
            translate("Workbook", "share of the year's flows in the fiscal year ending in it"),
            lambda t, c: f"=IF({c}$1={first},MAX(0,{m}-{month})/(13-{month}),({m}-1)/12)",
            "0.0000",
        )
    rows.fiscal_share = share
    total = rows.total
    fiscal_total = s.formula(
        translate("Workbook", "total cost C, fiscal year ending in the year"),
        lambda t, c: f"=(1-{col(t - 1)}{share})*{col(t - 1)}{total}+{c}{share}*{c}{total}",
        MONEY,
        first=1,
    )
    gdp = ECO_ROWS["gdp_fiscal"]
    rows.total = fiscal_total
    rows.pct_gdp = s.formula(
        translate("Workbook", "% of GDP, fiscal year"),
        lambda t, c: f"={c}{fiscal_total}/ECO!{c}{gdp}*100",
        "0.0000",
        first=1,
    )
    if rows.pct_gov_expenditure is not None:
        gexp = GGO_ROWS["expenditure_fiscal"]
        rows.pct_gov_expenditure = s.formula(
            translate("Workbook", "% of government expenditure, fiscal year"),
            lambda t, c: f"={c}{fiscal_total}/GGO!{c}{gexp}*100",
            "0.0000",
            first=1,
        )


# ------------------------------------------------------------------ TU and A


def _take_up(s: Sheet, scenario: Scenario, ctx: CountryContext) -> int:
    ramp = scenario.take_up.ramp
    if ramp is None:
        assert scenario.take_up.series is not None
        values = resolve(scenario.take_up.series, ctx.years, "take_up", before_first=0.0)
        return s.values(translate("Workbook", "take-up TU (per year)"), values, PERCENT)
    start = s.param(translate("Workbook", "take-up at start"), ramp.start, PERCENT)
    target = s.param(translate("Workbook", "take-up target"), ramp.target, PERCENT)
    first = s.param(translate("Workbook", "ramp start year"), ramp.start_year)
    last = s.param(translate("Workbook", "ramp target year"), ramp.target_year)
    return s.formula(
        translate("Workbook", "take-up TU (ramp)"),
        lambda t, c: (
            f"=IF({c}$1<{first},0,{start}+({target}-{start})*IF({last}={first},1,"
            f"MIN(1,MAX(0,({c}$1-{first})/({last}-{first})))))"
        ),
        PERCENT,
    )


def _annual_benefit(
    s: Sheet,
    scenario: Scenario,
    ctx: CountryContext,
    eligible: EligibleRows | None,
    share: int | None,
) -> int:
    kind = scenario.kind
    eco = ECO_ROWS
    paid = "" if share is None or kind == "maternity" else f"*{{c}}{share}"
    if kind == "public_works":
        days = s.param(translate("Workbook", "days of work a year"), scenario.days_per_year)
        wage = s.param(
            translate("Workbook", "daily wage, % of the minimum wage"),
            scenario.wage_percent_of_minimum_wage,
        )
        working = s.param(
            translate("Workbook", "working days a month"),
            scenario.working_days_per_month or DEFAULT_WORKING_DAYS_PER_MONTH,
        )
        nonwage = s.param(
            translate("Workbook", "non-wage share"), scenario.nonwage_share or 0.0, PERCENT
        )
        return s.formula(
            translate("Workbook", "annual pay A"),
            lambda t, c: (
                f"={days}*({wage}/100*ECO!{c}{eco['minimum_wage']}/{working})*(1+{nonwage})"
                + paid.format(c=c)
            ),
            MONEY,
        )
    if kind == "health_per_capita":
        cost = s.param(
            translate("Workbook", "cost per person a year (base year)"),
            scenario.annual_cost_per_person,
            MONEY,
        )
        excess = s.param(
            translate("Workbook", "health inflation above CPI"),
            scenario.excess_health_inflation or 0.0,
            PERCENT,
        )
        return s.formula(
            translate("Workbook", "annual cost per person A"),
            lambda t, c: (
                f"={cost}*ECO!{c}{eco['cpi']}*(1+{excess})^({c}$1-$C$1)" + paid.format(c=c)
            ),
            MONEY,
        )
    if kind == "health_staffing":
        multiple = s.param(
            translate("Workbook", "salary, x the average wage"),
            scenario.salary_multiple_of_average_wage,
        )
        nonstaff = s.param(
            translate("Workbook", "non-staff costs, x salaries"), scenario.nonstaff_ratio or 0.0
        )
        return s.formula(
            translate("Workbook", "annual cost per worker A"),
            lambda t, c: (
                f"={multiple}*ECO!{c}{eco['average_wage']}*12*(1+{nonstaff})" + paid.format(c=c)
            ),
            MONEY,
        )
    benefit = scenario.benefit
    assert benefit is not None
    months = s.param(
        translate("Workbook", "months paid a year"),
        scenario.months_per_year
        if scenario.months_per_year is not None
        else DEFAULT_MONTHS_PER_YEAR,
    )
    if share is not None and kind != "maternity":
        months_row = s.formula(
            translate("Workbook", "months paid in the year"),
            lambda t, c: f"={months}*{c}{share}",
            "0.00",
        )
        months = f"{{c}}{months_row}"
    if benefit.tiers:
        assert eligible is not None
        monthly = _tiered_monthly(s, benefit, eligible)
    else:
        level = benefit.monthly_amount if benefit.type == "fixed" else benefit.percent
        monthly = _monthly(s, benefit, level, "")
    return s.formula(
        translate("Workbook", "annual benefit A = b x months"),
        lambda t, c: f"={c}{monthly}*{months.format(c=c)}",
        MONEY,
    )


def _monthly(s: Sheet, benefit: Benefit, level: float | None, ages: str) -> int:
    """b per year: a percent of an anchor, or a base-year amount times its index."""
    eco = ECO_ROWS
    if benefit.type == "anchor":
        assert benefit.anchor is not None
        label = translate("Workbook", "benefit, % of the {anchor}").format(
            anchor=word(ANCHORS, benefit.anchor)
        )
        percent = s.param(label + ages, level)
        anchor_row = eco[ANCHOR_ROWS[benefit.anchor]]
        return s.formula(
            translate("Workbook", "monthly benefit b") + ages,
            lambda t, c: f"={percent}/100*ECO!{c}{anchor_row}",
            MONEY,
        )
    amount = s.param(translate("Workbook", "monthly benefit, base year") + ages, level, MONEY)
    indexation = benefit.indexation or DEFAULT_INDEXATION
    index: Any = {
        "none": lambda c: "1",
        "prices": lambda c: f"ECO!{c}{eco['cpi']}",
        "wages": lambda c: f"ECO!{c}{eco['wage_index']}",
        "gdp_per_capita": lambda c: (
            f"ECO!{c}{eco['gdp_per_capita']}/ECO!$C${eco['gdp_per_capita']}"
        ),
    }[indexation]
    indexed = translate("Workbook", "(indexed: {indexation})").format(
        indexation=word(INDEXATIONS, indexation)
    )
    return s.formula(
        translate("Workbook", "monthly benefit b") + ages + " " + indexed,
        lambda t, c: f"={amount}*{index(c)}",
        MONEY,
    )


def _tiered_monthly(s: Sheet, benefit: Benefit, eligible: EligibleRows) -> int:
    """Each tier's b, then their average over the eligible persons (sum N_k b_k / N; the
    plain mean in a year with nobody eligible, where it multiplies 0)."""
    tier_rows = []
    for tier in benefit.tiers:
        level = tier.monthly_amount if benefit.type == "fixed" else tier.percent
        ages = translate("Workbook", ", ages {first}-{last}").format(
            first=tier.ages[0], last=tier.ages[1]
        )
        tier_rows.append((tier.ages, _monthly(s, benefit, level, ages)))
    weighted = []
    for segment, row in eligible.segments:
        tier_row = next(r for (low, high), r in tier_rows if low <= segment[0] <= high)
        weighted.append(f"{{c}}{row}*{{c}}{tier_row}")
    plain = "+".join(f"{{c}}{row}" for _, row in tier_rows)
    total = eligible.total
    return s.formula(
        translate("Workbook", "monthly benefit b, average over the eligible persons"),
        lambda t, c: (
            f"=IF({c}{total}>0,({'+'.join(weighted).format(c=c)})/{c}{total},"
            f"({plain.format(c=c)})/{len(tier_rows)})"
        ),
        MONEY,
    )
