"""Cost of one scenario per year (docs/rap-method.md section 4), vectorised over years.

``scenario_terms`` returns every term of the cost formula as arrays over the
projection years, so that results and explanations come from the same numbers:

    BC[t] = TU[t] * N[t] * A[t]      benefit outlay
    AC[t] = alpha * BC[t] + F[t]     administration
    C[t]  = BC[t] + AC[t]            total cost
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from engine.domain.errors import InputError
from engine.domain.kinds import (
    DEFAULT_ADMIN_RATE,
    DEFAULT_INDEXATION,
    DEFAULT_MONTHS_PER_YEAR,
    DEFAULT_WORKING_DAYS_PER_MONTH,
)
from engine.domain.model import MAX_AGE, Ramp, Rate, Scenario, TakeUp
from engine.method.context import SEX_COLUMNS, CountryContext
from engine.method.labour import missing_ages_message, rate_series
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
    monthly_benefit: Array | None = None  # b: LCU per beneficiary per month
    months: float | None = None

    @property
    def beneficiaries(self) -> Array:
        return self.take_up * self.eligible


def scenario_terms(scenario: Scenario, ctx: CountryContext, path: str) -> ScenarioTerms:
    """Every term of a scenario's cost; an :class:`InputError` names a missing input."""
    details: dict[str, Array] = {}
    monthly: Array | None = None
    months: float | None = None
    kind = scenario.kind
    if kind == "health_staffing":
        eligible, annual = _health_staffing(scenario, ctx, path, details)
    elif kind == "health_per_capita":
        eligible = _targeted_population(scenario, ctx, path, details, scenario.ages or ALL_AGES)
        annual = _health_cost_per_person(scenario, ctx)
    elif kind == "public_works":
        eligible = _targeted_population(scenario, ctx, path, details, _ages(scenario))
        annual = _public_works_pay(scenario, ctx, path, details)
    else:
        if kind == "maternity":
            eligible = _maternity_births(scenario, ctx, path, details)
        elif kind == "custom":
            assert scenario.beneficiaries is not None
            eligible = resolve(scenario.beneficiaries, ctx.years, f"{path}.beneficiaries")
        else:
            eligible = _targeted_population(scenario, ctx, path, details, _ages(scenario))
        monthly = monthly_benefit(scenario, ctx, path)
        months = (
            scenario.months_per_year
            if scenario.months_per_year is not None
            else DEFAULT_MONTHS_PER_YEAR
        )
        annual = monthly * months
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
    )


def _zeros(ctx: CountryContext) -> Array:
    return np.zeros(ctx.years.count)


def _ages(scenario: Scenario) -> tuple[int, int]:
    assert scenario.ages is not None  # required for these kinds by the reader
    return scenario.ages


# ------------------------------------------------------------ eligible population


def _targeted_population(
    scenario: Scenario,
    ctx: CountryContext,
    path: str,
    details: dict[str, Array],
    ages: tuple[int, int],
) -> Array:
    """``sum over the band of X[t, a] * m[t, a]``, X the kind's base population by age.

    X is the population (or, for ``unemployed`` and ``contribution_subsidy``,
    the unemployed or informal employed) of the scenario's sex.
    """
    sex = scenario.sex or "both"
    multiplier = targeting_multiplier(scenario, ctx, path, ages)
    if scenario.kind in ("unemployed", "contribution_subsidy"):
        base = _labour_base(scenario, ctx, path, ages, sex, details)
    else:
        total = ctx.band_total(ages, sex, f"{path}.ages")  # names missing cells, if any
        if multiplier.shape[1] == 1:  # fast path: one rate for the whole band
            details["base_population"] = total
            details["multiplier"] = multiplier[:, 0]
            return total * multiplier[:, 0]
        base = ctx.by_sex[sex][:, ages[0] : ages[1] + 1]
    base_total = base.sum(axis=1)
    eligible: Array = (base * multiplier).sum(axis=1)
    details["base_population"] = base_total
    details["multiplier"] = np.divide(eligible, base_total, out=_zeros(ctx), where=base_total > 0)
    return eligible


def _labour_base(
    scenario: Scenario,
    ctx: CountryContext,
    path: str,
    ages: tuple[int, int],
    sex: str,
    details: dict[str, Array],
) -> Array:
    """Unemployed (``P * LFPR * u``) or informal employed (``P * LFPR * (1 - u) * inf``)."""
    low, high = ages
    columns = SEX_COLUMNS[sex]
    rates = ctx.participation()
    message = missing_ages_message(rates, low, high, columns)
    if message:
        raise InputError(f"{path}.ages", message)
    ctx.band_total(ages, sex, f"{path}.ages")  # names missing population cells, if any
    band = ctx.persons[:, low : high + 1, :] * rates[:, low : high + 1, :]
    labour_force = band[:, :, list(columns)].sum(axis=2)
    unemployment = rate_series(ctx.labour, "unemployment_rate", ctx.years, f"{path}.kind")
    details["labour_force"] = labour_force.sum(axis=1)
    details["unemployment_rate"] = unemployment
    if scenario.kind == "unemployed":
        unemployed: Array = labour_force * unemployment[:, None]
        return unemployed
    informality = rate_series(ctx.labour, "informality_share", ctx.years, f"{path}.kind")
    details["informality_share"] = informality
    informal: Array = labour_force * ((1.0 - unemployment) * informality)[:, None]
    return informal


def _maternity_births(
    scenario: Scenario, ctx: CountryContext, path: str, details: dict[str, Array]
) -> Array:
    multiplier = targeting_multiplier(scenario, ctx, path, ALL_AGES)
    if multiplier.shape[1] != 1:
        raise InputError(path, "maternity targeting is per birth: give shares, not age bands")
    details["births"] = ctx.births
    details["multiplier"] = multiplier[:, 0]
    return ctx.births * multiplier[:, 0]


def targeting_multiplier(
    scenario: Scenario, ctx: CountryContext, path: str, ages: tuple[int, int]
) -> Array:
    """``m = target_share * prevalence * (1 - covered_share)``: shape [t, 1] or [t, ages]."""
    result = np.ones((ctx.years.count, 1))
    for name in ("target_share", "prevalence", "covered_share"):
        rate = getattr(scenario, name)
        if rate is None:
            continue
        values = rate_by_age(rate, ctx, f"{path}.{name}", ages)
        result = result * (1.0 - values if name == "covered_share" else values)
    return result


def rate_by_age(rate: Rate, ctx: CountryContext, path: str, ages: tuple[int, int]) -> Array:
    """A rate as [t, 1] (all ages) or [t, band ages] (per age band, covering the band)."""
    if rate.all_ages is not None:
        return resolve(rate.all_ages, ctx.years, path)[:, None]
    low, high = ages
    values = np.full((ctx.years.count, high - low + 1), np.nan)
    for i, band in enumerate(rate.bands):
        start, stop = max(band.ages[0], low), min(band.ages[1], high)
        if start <= stop:
            series = resolve(band.value, ctx.years, f"{path}[{i}].value")
            values[:, start - low : stop - low + 1] = series[:, None]
    uncovered = np.flatnonzero(np.isnan(values[0])) + low
    if uncovered.size:
        raise InputError(
            path,
            f"no value for ages {uncovered.min()}-{uncovered.max()} "
            f"(the scenario covers ages {low}-{high})",
        )
    return values


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


def monthly_benefit(scenario: Scenario, ctx: CountryContext, path: str) -> Array:
    """``b[t]``: fixed base-year amount times its index, or a percent of an anchor."""
    benefit = scenario.benefit
    assert benefit is not None
    economy = ctx.economy
    if benefit.type == "anchor":
        assert benefit.anchor is not None and benefit.percent is not None
        anchor = economy.anchors[benefit.anchor]
        name = benefit.anchor if benefit.anchor == "gdp_per_capita" else f"{benefit.anchor}_monthly"
        if anchor is None:
            reason = economy.missing.get(name, economy.missing.get(benefit.anchor, ""))
            raise InputError(f"{path}.benefit.anchor", reason)
        return benefit.percent / 100.0 * anchor
    assert benefit.monthly_amount is not None
    indexation = benefit.indexation or DEFAULT_INDEXATION
    return benefit.monthly_amount * _index(indexation, ctx, f"{path}.benefit.indexation")


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
            economy.missing.get("minimum_wage_monthly", "needs the minimum wage"),
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
            ctx.economy.missing.get("average_wage_monthly", "needs the average wage"),
        )
    salary = scenario.salary_multiple_of_average_wage * average_wage * 12.0
    details.update(
        population_served=population,
        workers_needed=needed,
        workers_now=existing,
        annual_salary=salary,
    )
    return np.maximum(0.0, needed - existing), salary * (1.0 + (scenario.nonstaff_ratio or 0.0))
