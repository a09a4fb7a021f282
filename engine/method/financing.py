"""Financing the floor: each financing source's amount per year, in money and in % of GDP.

A source gives an amount in one of three units, per year (a series, 0 before its
first year, or a ramp, like take-up):

    pct_gdp          F = a / 100 x GDPn                 (a in percent of GDP)
    pct_gov_revenue  F = a / 100 x R,  R = grev x GDPn  (a in percent of revenue)
    lcu              F = a                              (nominal LCU a year)

or, for social security contributions, the contributions a scheme's members pay,
computed from the labour data and wages (docs/method.md, "Contributions collected"):

    F = members x w x 12 x rate x share,   w = wage% / 100 x anchor (a monthly wage)

with ``members`` the scheme's beneficiaries ``TU x N`` and ``share`` the share of the
year it runs (its ``start_month``). A package's financing is the sum of the sources
chosen for it; its gap is its cost minus that financing, both in % of GDP.

Amounts given in a unit are read per reported year (with fiscal years, the value for
year Y is fiscal year Y's, as the envelope of format version 2 was); contributions
are a flow, costed per calendar year and blended into fiscal years like a cost.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import FinancingSource, TakeUp
from engine.method.context import CountryContext
from engine.method.fiscal import FiscalYears
from engine.method.scenarios import ScenarioTerms, take_up_path

Array = NDArray[np.float64]
MONTHS = 12.0  # contributions are paid every month of a year of membership


@dataclass(frozen=True)
class SourceTerms:
    """One source's amount per reported year (``money`` LCU, ``pct_gdp`` percent), and the
    terms it was found from: ``given`` (the amount as typed, per reported year) or, for
    contributions, the calendar-year terms of ``F = members x wage x 12 x rate x share``."""

    id: str
    name: str
    unit: str  # pct_gdp | pct_gov_revenue | lcu | contributions
    money: Array
    pct_gdp: Array
    given: Array | None = None
    scenario: str | None = None
    members: Array | None = None  # persons per calendar year
    monthly_wage: Array | None = None  # LCU per member per month, per calendar year
    rate: float = 0.0
    year_share: Array | None = None  # of the scheme's first year, else 1
    collected: Array | None = None  # LCU per calendar year
    start: tuple[int, int] | None = None  # the scheme's first year and month (fiscal flows)


def source_terms(
    source: FinancingSource,
    path: str,
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    terms: dict[str, ScenarioTerms],
    errors: dict[str, InputError],
) -> SourceTerms:
    """A source's amount per reported year; an :class:`InputError` names what it lacks."""
    economy = ctx.economy
    gdp = economy.gdp_nominal if fiscal is None else fiscal.stock(economy.gdp_nominal)
    to_pct = 100.0 / gdp
    if source.contributions is not None:
        return _contributions(source, path, ctx, fiscal, terms, errors, to_pct)
    assert source.amount is not None and source.unit is not None
    amount = TakeUp(series=source.amount.series, ramp=source.amount.ramp)
    given = take_up_path(amount, ctx, f"{path}.amount")
    if fiscal is not None:  # given per fiscal year, named by the year it ends
        given = given[1:]
    if source.unit == "pct_gdp":
        money, pct = given / 100.0 * gdp, given
    elif source.unit == "pct_gov_revenue":
        revenue = economy.need("gov_revenue_share_gdp", economy.gov_revenue, f"{path}.unit")
        if fiscal is not None:
            revenue = fiscal.stock(revenue)
        money = given / 100.0 * revenue
        pct = money * to_pct
    else:
        money, pct = given, given * to_pct
    return SourceTerms(source.id, source.name, source.unit, money, pct, given=given)


def _contributions(
    source: FinancingSource,
    path: str,
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    terms: dict[str, ScenarioTerms],
    errors: dict[str, InputError],
    to_pct: Array,
) -> SourceTerms:
    """``members x wage x 12 x rate x share`` per calendar year, then per reported year."""
    found = source.contributions
    assert found is not None
    scheme = terms.get(found.scenario)
    if scheme is None:
        reason = errors[found.scenario].message if found.scenario in errors else ""
        raise InputError(
            f"{path}.contributions.scenario",
            messages.translate(
                "Engine",
                'cannot be computed: scenario "{scenario}" has no results ({reason})',
                "financing.contributions_scenario_blocked",
            ).format(scenario=found.scenario, reason=reason),
        )
    economy = ctx.economy
    anchor = economy.anchors[found.wage_anchor]
    if anchor is None:
        raise InputError(
            f"{path}.contributions.wage_anchor",
            economy.missing.get(f"{found.wage_anchor}_monthly", ""),
        )
    wage = found.wage_percent / 100.0 * anchor
    share = np.ones(ctx.years.count) if scheme.year_share is None else scheme.year_share
    members = scheme.beneficiaries
    collected = members * wage * MONTHS * found.rate * share
    money = collected if fiscal is None else fiscal.flow(collected, scheme.start)
    return SourceTerms(
        source.id,
        source.name,
        "contributions",
        money,
        money * to_pct,
        scenario=found.scenario,
        members=members,
        monthly_wage=wage,
        rate=found.rate,
        year_share=share,
        collected=collected,
        start=scheme.start,
    )


def affordable_from(years: NDArray[np.int64], gap: Array) -> int | None:
    """The first year from which the financing covers the cost every year to the end of the
    projection (gap <= 0); None when the last year is not covered, or nothing finances it."""
    covered = gap <= 0.0  # NaN (no financing) is never covered
    if not len(covered) or not covered[-1]:
        return None
    uncovered = np.flatnonzero(~covered)
    first = 0 if uncovered.size == 0 else int(uncovered[-1]) + 1
    return int(years[first])
