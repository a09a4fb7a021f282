"""Eligible persons N of the kinds whose people have an age and sex (docs/rap-method.md 4.1).

``N[t] = sum over the band and sex of X[t, a, s] * m[t, a] * (1 - c[t, a, s])``, with X the
kind's base population (the population, or the unemployed or informal employed),
m the targeting multiplier, and c the share of the cell that receives one of the
schemes the scenario is ``covered_by`` (their beneficiaries ``TU x N`` by age and
sex, over the population of the cell; several schemes are taken as disjoint, and
the share is capped at 1). See docs/method.md, "Coverage by other schemes".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import N_AGES, Rate, Scenario
from engine.method.context import SEX_COLUMNS, CountryContext
from engine.method.labour import rate_series
from engine.method.series import resolve

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Eligible:
    """N per year; per age of the band (both sexes) when tiers need it; per cell when
    another scenario is covered by this one."""

    total: Array  # [t]
    by_age: Array | None = None  # [t, ages of the band]
    cells: Array | None = None  # [t, age 0-100, sex]
    targeted: Array | None = None  # [t, age 0-100, sex] before covered_by (when it applies)


def targeted_population(
    scenario: Scenario,
    ctx: CountryContext,
    path: str,
    details: dict[str, Array],
    ages: tuple[int, int],
    *,
    covering: Sequence[Array] = (),
    by_age: bool = False,
    cells: bool = False,
) -> Eligible:
    """``sum over the band of X[t, a, s] * m[t, a] * (1 - c[t, a, s])``.

    ``covering``: the beneficiaries by cell [t, age, sex] of the schemes this one is
    covered by. ``by_age``/``cells``: also return N per age / per cell.
    """
    sex = scenario.sex or "both"
    multiplier = targeting_multiplier(scenario, ctx, path, ages)
    labour = scenario.kind in ("unemployed", "contribution_subsidy")
    if covering or cells:
        return _by_cell(scenario, ctx, path, details, ages, multiplier, covering, by_age, cells)
    if labour:
        base = _labour_base(scenario, ctx, path, ages, sex, details).sum(axis=2)
        base = base * _labour_factor(scenario, ctx, path, details)[:, None]
    else:
        total = ctx.band_total(ages, sex, f"{path}.ages")  # names missing cells, if any
        if multiplier.shape[1] == 1 and not by_age:  # fast path: one rate for the whole band
            details["base_population"] = total
            details["multiplier"] = multiplier[:, 0]
            return Eligible(total * multiplier[:, 0])
        base = ctx.by_sex[sex][:, ages[0] : ages[1] + 1]
    base_total = base.sum(axis=1)
    per_age: Array = base * multiplier
    eligible: Array = per_age.sum(axis=1)
    details["base_population"] = base_total
    details["multiplier"] = _ratio(eligible, base_total)
    return Eligible(eligible, per_age if by_age else None)


def _by_cell(
    scenario: Scenario,
    ctx: CountryContext,
    path: str,
    details: dict[str, Array],
    ages: tuple[int, int],
    multiplier: Array,
    covering: Sequence[Array],
    by_age: bool,
    cells: bool,
) -> Eligible:
    """The same sum kept by age and sex, less the people other schemes already cover."""
    low, high = ages
    sex = scenario.sex or "both"
    columns = list(SEX_COLUMNS[sex])
    if scenario.kind in ("unemployed", "contribution_subsidy"):
        base = _labour_base(scenario, ctx, path, ages, sex, details)
        base = base * _labour_factor(scenario, ctx, path, details)[:, None, None]
    else:
        ctx.band_total(ages, sex, f"{path}.ages")  # names missing cells, if any
        base = ctx.persons[:, low : high + 1, :][:, :, columns]
    targeted = base * multiplier[:, :, None]
    base_total = base.sum(axis=(1, 2))
    targeted_total = targeted.sum(axis=(1, 2))
    details["base_population"] = base_total
    details["multiplier"] = _ratio(targeted_total, base_total)
    eligible_cells = targeted
    if covering:
        population = ctx.persons[:, low : high + 1, :][:, :, columns]
        covered = np.add.reduce([c[:, low : high + 1, :][:, :, columns] for c in covering])
        share = np.minimum(
            1.0,
            np.divide(covered, population, out=np.zeros_like(covered), where=population > 0),
        )
        eligible_cells = targeted * (1.0 - share)
        details["covered_by_removed"] = targeted_total - eligible_cells.sum(axis=(1, 2))

    def spread(values: Array) -> Array:  # over every age 0-100 and both sexes
        full = np.zeros((ctx.years.count, N_AGES, 2))
        full[:, low : high + 1, columns] = values
        return full

    per_age = eligible_cells.sum(axis=2) if by_age else None
    return Eligible(
        eligible_cells.sum(axis=(1, 2)),
        per_age,
        spread(eligible_cells) if cells else None,
        spread(targeted) if covering else None,
    )


def _ratio(numerator: Array, denominator: Array) -> Array:
    result: Array = np.divide(
        numerator, denominator, out=np.zeros_like(numerator), where=denominator > 0
    )
    return result


def _labour_base(
    scenario: Scenario,
    ctx: CountryContext,
    path: str,
    ages: tuple[int, int],
    sex: str,
    details: dict[str, Array],
) -> Array:
    """The labour force of the band by age and selected sex, [t, band, sexes]."""
    low, high = ages
    columns = SEX_COLUMNS[sex]
    rates = ctx.participation()
    message = ctx.participation_gaps(low, high, columns)
    if message:
        raise InputError(f"{path}.ages", message)
    ctx.band_total(ages, sex, f"{path}.ages")  # names missing population cells, if any
    band = ctx.persons[:, low : high + 1, :] * rates[:, low : high + 1, :]
    labour_force: Array = band[:, :, list(columns)]
    details["labour_force"] = labour_force.sum(axis=(1, 2))
    return labour_force


def _labour_factor(
    scenario: Scenario, ctx: CountryContext, path: str, details: dict[str, Array]
) -> Array:
    """``u`` (unemployed: ``L * u``) or ``(1 - u) * inf`` (informal employed)."""
    unemployment = rate_series(ctx.labour, "unemployment_rate", ctx.years, f"{path}.kind")
    details["unemployment_rate"] = unemployment
    if scenario.kind == "unemployed":
        return unemployment
    informality = rate_series(ctx.labour, "informality_share", ctx.years, f"{path}.kind")
    details["informality_share"] = informality
    factor: Array = (1.0 - unemployment) * informality
    return factor


def targeting_multiplier(
    scenario: Scenario, ctx: CountryContext, path: str, ages: tuple[int, int]
) -> Array:
    """``m = target_share * prevalence * (1 - covered_share)``: shape [t, 1] or [t, ages]."""
    result: Array | None = None  # 1 until a rate is met (1 * x is x exactly: skipped)
    for name in ("target_share", "prevalence", "covered_share"):
        rate = getattr(scenario, name)
        if rate is None:
            continue
        values = rate_by_age(rate, ctx, f"{path}.{name}", ages)
        factor = 1.0 - values if name == "covered_share" else values
        result = factor if result is None else result * factor
    return np.ones((ctx.years.count, 1)) if result is None else result


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
            messages.translate(
                "Engine",
                "no value for ages {min}-{max} (the scenario covers ages {low}-{high})",
                "eligible.no_value_ages_min",
            ).format(min=uncovered.min(), max=uncovered.max(), low=low, high=high),
        )
    return values
