"""Cost of one scenario per year (docs/rap-method.md section 4), vectorised over years.

``scenario_terms`` returns every term of the cost formula as arrays over the
projection's calendar years, so that results and explanations come from the same numbers:

    BC[t] = TU[t] * N[t] * A[t]      benefit outlay
    AC[t] = alpha * BC[t] + F[t]     administration
    C[t]  = BC[t] + AC[t]            total cost

With benefit tiers, A is the average over the eligible persons of each tier's
amount, ``A = sum_k N_k A_k / N``, so that BC is the sum of the tiers' outlays.
In a scheme's first year, ``start_month`` s pays (13 - s) / 12 of the year
(docs/method.md, "Partial first year").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.kinds import (
    DEFAULT_ADMIN_RATE,
    DEFAULT_INDEXATION,
    DEFAULT_MONTHS_PER_YEAR,
    DEFAULT_WORKING_DAYS_PER_MONTH,
)
from engine.domain.model import MAX_AGE, Benefit, Ramp, Scenario, TakeUp
from engine.method.context import CountryContext
from engine.method.eligible import Eligible, targeted_population, targeting_multiplier
from engine.method.series import resolve

Array = NDArray[np.float64]
ALL_AGES = (0, MAX_AGE)


@dataclass(frozen=True)
class ScenarioTerms:
    """The terms of one scenario's cost, each per projection year (LCU nominal)."""

    eligible: Array  # N: persons eligible (health_staffing: health workers to add)
    take_up: Array  # TU: fraction
    annual_benefit: Array  # A: LCU per beneficiary per year
    benefit_cost: Array  # BC
    admin_rate: float  # alpha
    fixed_admin: Array  # F: LCU per year
    admin_cost: Array  # AC
    total_cost: Array  # C
    # Kind-specific intermediate terms (name -> per-year array), for explanations.
    details: dict[str, Array] = field(default_factory=dict)
    monthly_benefit: Array | None = None  # b: LCU per beneficiary per month (tiers: average)
    months: float | None = None  # months paid in a full year
    tiers: tuple[TierTerms, ...] = ()
    # the scheme's first year and the month it starts paying, when it starts in the projection
    start: tuple[int, int] | None = None
    year_share: Array | None = None  # share of the year paid: (13 - s) / 12 in the first year
    eligible_cells: Array | None = None  # N by age and sex [t, age, sex], when others need it
    targeted_cells: Array | None = None  # X x m by age and sex before covered_by removes anyone

    @property
    def beneficiaries(self) -> Array:
        return self.take_up * self.eligible

    def beneficiary_cells(self) -> Array:
        """``TU x N`` by age and sex, for the scenarios covered by this one."""
        assert self.eligible_cells is not None
        cells: Array = self.take_up[:, None, None] * self.eligible_cells
        return cells


@dataclass(frozen=True)
class TierTerms:
    """One tier of a benefit: its ages, eligible persons N_k and monthly amount b_k per year."""

    ages: tuple[int, int]
    eligible: Array
    monthly_benefit: Array


def scenario_terms(
    scenario: Scenario,
    ctx: CountryContext,
    path: str,
    covering: tuple[Array, ...] = (),
    keep_cells: bool = False,
) -> ScenarioTerms:
    """Every term of a scenario's cost; an :class:`InputError` names a missing input.

    ``covering``: the beneficiaries by age and sex of the schemes it is ``covered_by``
    (costed before it). ``keep_cells``: keep N by age and sex, for scenarios covered by it.
    """
    details: dict[str, Array] = {}
    monthly: Array | None = None
    months: float | None = None
    tiers: tuple[TierTerms, ...] = ()
    cells: Array | None = None
    targeted: Array | None = None
    kind = scenario.kind
    start = _start(scenario, ctx)
    share = None if start is None else _year_share(ctx, start)

    if kind == "health_staffing":
        eligible, annual = _health_staffing(scenario, ctx, path, details)
    elif kind == "health_per_capita":
        found = _population(scenario, ctx, path, details, covering, keep_cells)
        eligible, cells, targeted = found.total, found.cells, found.targeted
        annual = _health_cost_per_person(scenario, ctx)
    elif kind == "public_works":
        found = _population(scenario, ctx, path, details, covering, keep_cells)
        eligible, cells, targeted = found.total, found.cells, found.targeted
        annual = _public_works_pay(scenario, ctx, path, details)
    else:
        months = (
            scenario.months_per_year
            if scenario.months_per_year is not None
            else DEFAULT_MONTHS_PER_YEAR
        )
        assert scenario.benefit is not None
        if kind == "maternity":
            eligible = _maternity_births(scenario, ctx, path, details)
            if share is not None:  # only the births of the months the scheme runs
                details["births_in_months_paid"] = eligible * share
                eligible = eligible * share
        elif kind == "custom":
            assert scenario.beneficiaries is not None
            eligible = resolve(scenario.beneficiaries, ctx.years, f"{path}.beneficiaries")
        else:
            tiered = bool(scenario.benefit.tiers)
            found = _population(scenario, ctx, path, details, covering, keep_cells, tiered)
            eligible, cells, targeted = found.total, found.cells, found.targeted
            if scenario.benefit.tiers:
                assert found.by_age is not None
                tiers = _tiers(scenario, found.by_age, ctx, path)
        monthly = (
            _average_monthly(tiers, eligible)
            if tiers
            else monthly_benefit(scenario.benefit, ctx, path)
        )
        annual = monthly * months
    if share is not None and kind != "maternity":
        annual = annual * share
    take_up = take_up_path(scenario.take_up, ctx, f"{path}.take_up")
    benefit_cost = take_up * eligible * annual
    alpha = scenario.admin_rate if scenario.admin_rate is not None else DEFAULT_ADMIN_RATE
    fixed = (
        resolve(scenario.fixed_admin, ctx.years, f"{path}.fixed_admin")
        if scenario.fixed_admin is not None
        else _zeros(ctx)
    )
    admin_cost = alpha * benefit_cost + fixed
    return ScenarioTerms(
        eligible=eligible,
        take_up=take_up,
        annual_benefit=annual,
        benefit_cost=benefit_cost,
        admin_rate=alpha,
        fixed_admin=fixed,
        admin_cost=admin_cost,
        total_cost=benefit_cost + admin_cost,
        details=details,
        monthly_benefit=monthly,
        months=months,
        tiers=tiers,
        start=start,
        year_share=share,
        eligible_cells=cells,
        targeted_cells=targeted,
    )


def _population(
    scenario: Scenario,
    ctx: CountryContext,
    path: str,
    details: dict[str, Array],
    covering: tuple[Array, ...],
    keep_cells: bool,
    by_age: bool = False,
) -> Eligible:
    ages = scenario.ages or ALL_AGES
    return targeted_population(
        scenario, ctx, path, details, ages, covering=covering, by_age=by_age, cells=keep_cells
    )


def _zeros(ctx: CountryContext) -> Array:
    return np.zeros(ctx.years.count)


def _ages(scenario: Scenario) -> tuple[int, int]:
    assert scenario.ages is not None  # required for these kinds by the reader
    return scenario.ages


def _start(scenario: Scenario, ctx: CountryContext) -> tuple[int, int] | None:
    """(first year, start month) when ``start_month`` is given and the first year is projected.

    The first year is the take-up's: the ramp's start year, or the first year of a
    take-up given per year (0 before it).
    """
    if scenario.start_month is None:
        return None
    take_up = scenario.take_up
    first = take_up.ramp.start_year if take_up.ramp is not None else None
    if first is None and take_up.series is not None:
        first = take_up.series.first_year()
    if first is None or not ctx.years.base <= first <= ctx.years.end:
        return None
    return first, scenario.start_month


def _year_share(ctx: CountryContext, start: tuple[int, int]) -> Array:
    """1 every year but the first, where a scheme starting in month s pays (13 - s) / 12."""
    first, month = start
    share: Array = np.where(ctx.year_array == first, (13 - month) / 12.0, 1.0)
    return share


def _tiers(
    scenario: Scenario, by_age: Array, ctx: CountryContext, path: str
) -> tuple[TierTerms, ...]:
    """Each tier's eligible persons (the band's ages it pays) and monthly amount."""
    benefit = scenario.benefit
    assert benefit is not None
    low = _ages(scenario)[0]
    result = []
    for tier in benefit.tiers:
        first, last = tier.ages
        level = tier.monthly_amount if benefit.type == "fixed" else tier.percent
        assert level is not None
        result.append(
            TierTerms(
                ages=tier.ages,
                eligible=by_age[:, first - low : last - low + 1].sum(axis=1),
                monthly_benefit=benefit_level(benefit, level, ctx, path),
            )
        )
    return tuple(result)


def _average_monthly(tiers: tuple[TierTerms, ...], eligible: Array) -> Array:
    """``b = sum_k N_k b_k / N``: the tiers' amounts averaged over the eligible persons
    (their plain mean in a year with nobody eligible, where it multiplies 0)."""
    weighted = np.add.reduce([tier.eligible * tier.monthly_benefit for tier in tiers])
    plain = np.add.reduce([tier.monthly_benefit for tier in tiers]) / len(tiers)
    average: Array = np.divide(weighted, eligible, out=plain.copy(), where=eligible > 0)
    return average


def _maternity_births(
    scenario: Scenario, ctx: CountryContext, path: str, details: dict[str, Array]
) -> Array:
    multiplier = targeting_multiplier(scenario, ctx, path, ALL_AGES)
    if multiplier.shape[1] != 1:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "maternity targeting is per birth: give shares, not age bands",
                "scenarios.maternity_targeting_per_birth",
            ).format(),
        )
    details["births"] = ctx.births
    details["multiplier"] = multiplier[:, 0]
    return ctx.births * multiplier[:, 0]


# ------------------------------------------------------------ take-up and benefit


def take_up_path(take_up: TakeUp, ctx: CountryContext, path: str) -> Array:
    """``TU[t]``: per-year values (0 before the first year given) or a linear ramp."""
    if take_up.series is not None:
        return resolve(take_up.series, ctx.years, path, before_first=0.0)
    assert take_up.ramp is not None
    return _ramp(take_up.ramp, ctx.years.base, ctx.years.end)


@lru_cache(maxsize=1024)
def _ramp(ramp: Ramp, base: int, end: int) -> Array:
    """0 before ``start_year``, then linear from ``start`` to ``target`` (read-only, cached)."""
    years = np.arange(base, end + 1)
    if ramp.target_year == ramp.start_year:
        progress = (years >= ramp.start_year).astype(float)
    else:
        progress = np.clip((years - ramp.start_year) / (ramp.target_year - ramp.start_year), 0, 1)
    values = np.where(
        years < ramp.start_year, 0.0, ramp.start + (ramp.target - ramp.start) * progress
    )
    values.flags.writeable = False
    return values


def monthly_benefit(benefit: Benefit, ctx: CountryContext, path: str) -> Array:
    """``b[t]``: fixed base-year amount times its index, or a percent of an anchor."""
    level = benefit.monthly_amount if benefit.type == "fixed" else benefit.percent
    assert level is not None
    return benefit_level(benefit, level, ctx, path)


def benefit_level(benefit: Benefit, level: float, ctx: CountryContext, path: str) -> Array:
    """A base-year amount (fixed) or a percent (anchor) of ``benefit``'s kind, per year."""
    economy = ctx.economy
    if benefit.type == "anchor":
        assert benefit.anchor is not None
        anchor = economy.anchors[benefit.anchor]
        name = benefit.anchor if benefit.anchor == "gdp_per_capita" else f"{benefit.anchor}_monthly"
        if anchor is None:
            reason = economy.missing.get(name, economy.missing.get(benefit.anchor, ""))
            raise InputError(f"{path}.benefit.anchor", reason)
        return level / 100.0 * anchor
    indexation = benefit.indexation or DEFAULT_INDEXATION
    return level * _index(indexation, ctx, f"{path}.benefit.indexation")


def _index(indexation: str, ctx: CountryContext, path: str) -> Array:
    economy = ctx.economy
    if indexation == "none":
        return np.ones(ctx.years.count)
    if indexation == "prices":
        return economy.cpi
    if indexation == "wages":
        return economy.need("wages", economy.wage_index, path)
    gdp_pc = economy.need("gdp_per_capita", economy.gdp_per_capita, path)
    relative: Array = gdp_pc / gdp_pc[0]
    return relative


# ------------------------------------------------------------ kinds with their own pay


def _public_works_pay(
    scenario: Scenario, ctx: CountryContext, path: str, details: dict[str, Array]
) -> Array:
    """``A = days * (wage% * MW / working days a month) * (1 + non-wage share)``."""
    economy = ctx.economy
    minimum_wage = economy.anchors["minimum_wage"]
    if minimum_wage is None:
        raise InputError(
            f"{path}.wage_percent_of_minimum_wage",
            economy.missing["minimum_wage_monthly"],
        )
    assert scenario.days_per_year is not None and scenario.wage_percent_of_minimum_wage is not None
    working_days = scenario.working_days_per_month or DEFAULT_WORKING_DAYS_PER_MONTH
    daily_wage = scenario.wage_percent_of_minimum_wage / 100.0 * minimum_wage / working_days
    details["daily_wage"] = daily_wage
    return scenario.days_per_year * daily_wage * (1.0 + (scenario.nonwage_share or 0.0))


def _health_cost_per_person(scenario: Scenario, ctx: CountryContext) -> Array:
    """``A = c * I[t] * (1 + e) ** (t - t0)``."""
    assert scenario.annual_cost_per_person is not None
    excess = scenario.excess_health_inflation or 0.0
    elapsed = ctx.year_array - ctx.years.base
    return scenario.annual_cost_per_person * ctx.economy.cpi * (1.0 + excess) ** elapsed


def _health_staffing(
    scenario: Scenario, ctx: CountryContext, path: str, details: dict[str, Array]
) -> tuple[Array, Array]:
    """Additional health workers ``max(0, rho_target - rho_now) * Pop / 1000`` and their cost."""
    assert scenario.staff_per_1000_target is not None and scenario.staff_per_1000_now is not None
    assert scenario.salary_multiple_of_average_wage is not None
    population = ctx.band_total(scenario.ages or ALL_AGES, "both", f"{path}.ages")
    needed = scenario.staff_per_1000_target * population / 1000.0
    existing = scenario.staff_per_1000_now * population / 1000.0
    average_wage = ctx.economy.anchors["average_wage"]
    if average_wage is None:
        raise InputError(
            f"{path}.salary_multiple_of_average_wage",
            ctx.economy.missing["average_wage_monthly"],
        )
    salary = scenario.salary_multiple_of_average_wage * average_wage * 12.0
    details.update(
        population_served=population,
        workers_needed=needed,
        workers_now=existing,
        annual_salary=salary,
    )
    return np.maximum(0.0, needed - existing), salary * (1.0 + (scenario.nonstaff_ratio or 0.0))
