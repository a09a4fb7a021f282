"""Country data prepared once for costing: population, births, economy, labour.

Preparing turns rows into arrays (Sprague, interpolation) and builds economy
paths; it depends only on the country data and the years, so it is cached and
an edit to a scenario recomputes from the prepared arrays in well under a
millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Economy, Labour, Population, Project, Years
from engine.domain.notes import Warning_
from engine.method.demography import build_population
from engine.method.economy import EconomyPaths, build_economy
from engine.method.labour import missing_ages_message, participation
from engine.method.series import resolve

Array = NDArray[np.float64]
SEX_COLUMNS = {"both": (0, 1), "female": (0,), "male": (1,)}


@dataclass(frozen=True)
class CountryContext:
    years: Years
    year_array: NDArray[np.int64]
    persons: Array  # [t, age, sex], NaN where not given
    by_sex: dict[str, Array]  # "both"/"female"/"male" -> [t, age]
    cumulative: dict[str, Array]  # [t, age + 1], running sum over ages, NaN taken as 0
    missing_cumulative: dict[str, Array]  # [t, age + 1], running count of NaN cells
    births: Array
    economy: EconomyPaths
    labour: Labour | None
    warnings: tuple[Warning_, ...]
    _lazy: dict[str, Array] = field(default_factory=dict, compare=False)
    _gaps: dict[tuple[int, int, tuple[int, ...]], str | None] = field(
        default_factory=dict, compare=False
    )

    def band_total(self, ages: tuple[int, int], sex: str, path: str) -> Array:
        """``sum over a in ages, s in sex of P[t, a, s]``; an error names missing cells."""
        low, high = ages
        missing = self.missing_cumulative[sex]
        if (missing[:, high + 1] - missing[:, low]).any():
            raise InputError(path, self.missing_population_message(ages, sex))
        cumulative = self.cumulative[sex]
        return cumulative[:, high + 1] - cumulative[:, low]

    def missing_population_message(self, ages: tuple[int, int], sex: str) -> str:
        low, high = ages
        band = self.by_sex[sex][:, low : high + 1]
        missing_ages = np.flatnonzero(np.isnan(band).any(axis=0)) + low
        missing_years = self.year_array[np.isnan(band).any(axis=1)]
        return messages.translate(
            "Engine",
            "the population has no data for ages {ages} in {years} (the band is {low}-{high})",
            "context.population_missing",
        ).format(ages=_span(missing_ages), years=_span(missing_years), low=low, high=high)

    def participation(self) -> Array:
        if "participation" not in self._lazy:
            self._lazy["participation"] = participation(self.labour, self.years)
        return self._lazy["participation"]

    def participation_gaps(self, low: int, high: int, sexes: tuple[int, ...]) -> str | None:
        """Which ages of a band lack a participation rate, in words (cached: a recompute
        asks again for every labour scenario)."""
        key = (low, high, sexes)
        if key not in self._gaps:
            self._gaps[key] = missing_ages_message(self.participation(), low, high, sexes)
        return self._gaps[key]


def _span(values: NDArray[np.int64]) -> str:
    first, last = int(values.min()), int(values.max())
    return f"{first}" if first == last else f"{first}-{last}"


def prepare(project: Project) -> CountryContext:
    """The prepared country data of a project (cached per country data and years).

    Calendar years: the fiscal year (results only) does not change what is prepared.
    """
    calendar = Years(project.years.base, project.years.end)
    return _prepare(project.population, project.economy, project.labour, calendar)


@lru_cache(maxsize=8)
def _prepare(
    population: Population, economy: Economy, labour: Labour | None, years: Years
) -> CountryContext:
    arrays = build_population(population, years)
    persons = arrays.persons
    by_sex = {
        "female": persons[:, :, 0],
        "male": persons[:, :, 1],
        "both": persons[:, :, 0] + persons[:, :, 1],
    }
    cumulative, missing = {}, {}
    for sex, values in by_sex.items():
        gaps = np.isnan(values)
        cumulative[sex] = _running_sum(np.where(gaps, 0.0, values))
        missing[sex] = _running_sum(gaps.astype(float))
    warnings = list(arrays.warnings)
    if population.births is not None:
        births = resolve(population.births, years, "population.births")
    else:
        births, note = estimate_births(population, years, by_sex["both"][:, 0])
        warnings.append(Warning_("births_estimated", note, "population.births", "note"))
    economy_paths = build_economy(economy, years, persons)
    warnings.extend(economy_paths.warnings)
    return CountryContext(
        years=years,
        year_array=arrays.years,
        persons=persons,
        by_sex=by_sex,
        cumulative=cumulative,
        missing_cumulative=missing,
        births=births,
        economy=economy_paths,
        labour=labour,
        warnings=tuple(warnings),
    )


def estimate_births(
    population: Population, years: Years, aged_0: Array
) -> tuple[Array, messages.Message]:
    """Births when none are given, and the note that says how (docs/method.md, Births).

    ``aged_0_centred`` (the default): the population aged 0 on 1 July of year t was
    born from July t-1 to June t, so the births of calendar year t are taken as the
    mean of the population aged 0 in t and in t + 1. ``aged_0``: the population aged 0
    (what format version 1 meant). Neither adds back infants who died before that age.
    """
    if population.births_estimate == "aged_0":
        return aged_0, messages.translate(
            "Engine",
            "births are not given, so they are taken as the population aged 0",
            "context.births_aged_0",
        ).format()
    following = np.empty(years.count)
    following[:-1] = aged_0[1:]
    last_known = max(row.year for row in population.rows)
    births: Array
    if last_known > years.end:
        following[-1] = _aged_0_in(population, years.end + 1)
        births = (aged_0 + following) / 2.0
        return births, messages.translate(
            "Engine",
            "births are not given, so they are estimated as the mean of the population aged 0 "
            "in the year and in the next (children aged 0 on 1 July were born in the 12 "
            "months before); infants who died before that age are not added back, so births "
            "are understated by about the infant mortality rate",
            "context.births_centred",
        ).format()
    following[-1] = aged_0[-1]  # the engine never extrapolates: the last year keeps age 0
    births = (aged_0 + following) / 2.0
    return births, messages.translate(
        "Engine",
        "births are not given, so they are estimated as the mean of the population aged 0 "
        "in the year and in the next (children aged 0 on 1 July were born in the 12 months "
        "before; in {last}, the last year of the population data, the population aged 0); "
        "infants who died before that age are not added back, so births are understated by "
        "about the infant mortality rate",
        "context.births_centred_last",
    ).format(last=years.end)


def _aged_0_in(population: Population, year: int) -> float:
    """Persons aged 0 (both sexes) in one year, from the population rows."""
    persons = build_population(population, Years(year, year)).persons
    return float(persons[0, 0, 0] + persons[0, 0, 1])


def _running_sum(values: Array) -> Array:
    """Sums over ages with a leading 0 column: ``out[:, a]`` is the sum of ages below ``a``."""
    out = np.zeros((values.shape[0], values.shape[1] + 1))
    np.cumsum(values, axis=1, out=out[:, 1:])
    return out
