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

from engine.domain.errors import InputError
from engine.domain.model import Economy, Labour, Population, Project, Years
from engine.domain.notes import Warning_
from engine.method.demography import build_population
from engine.method.economy import EconomyPaths, build_economy
from engine.method.labour import participation
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
        return (
            f"the population has no data for ages {_span(missing_ages)} "
            f"in {_span(missing_years)} (the band is {low}-{high})"
        )

    def participation(self) -> Array:
        if "participation" not in self._lazy:
            self._lazy["participation"] = participation(self.labour, self.years)
        return self._lazy["participation"]


def _span(values: NDArray[np.int64]) -> str:
    first, last = int(values.min()), int(values.max())
    return f"{first}" if first == last else f"{first}-{last}"


def prepare(project: Project) -> CountryContext:
    """The prepared country data of a project (cached per country data and years)."""
    return _prepare(project.population, project.economy, project.labour, project.years)


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
        births = by_sex["both"][:, 0]
        warnings.append(
            Warning_(
                "births_from_age_0",
                "births are not given, so they are taken as the population aged 0",
                "population.births",
                "note",
            )
        )
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


def _running_sum(values: Array) -> Array:
    """Sums over ages with a leading 0 column: ``out[:, a]`` is the sum of ages below ``a``."""
    out = np.zeros((values.shape[0], values.shape[1] + 1))
    np.cumsum(values, axis=1, out=out[:, 1:])
    return out
