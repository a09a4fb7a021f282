"""Demography: population rows to an array ``P[year, age, sex]`` (docs/rap-method.md section 3.1).

Single ages are kept; 5-year groups are split with Sprague multipliers; years
between known years are filled by geometric interpolation per cell (linear
where a value is 0). Nothing is extrapolated: a horizon outside the data is an
error naming the years available. Cells nobody gave stay NaN, so that a result
needing them fails with the missing ages named, never a silent zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.ages import parse_age_group
from engine.domain.errors import InputError
from engine.domain.model import N_AGES, Population, Years
from engine.domain.notes import Warning_
from engine.method.sprague import split_groups

SEX_INDEX = {"female": 0, "male": 1, "both": 2}
Array = NDArray[np.float64]
N_GROUPS = 21  # 0-4 ... 95-99 (20 closed groups) and 100+
YEAR_CHANGE_LIMIT = 0.05


@dataclass(frozen=True)
class PopulationArrays:
    """``persons[t, age, sex]`` (sex 0 female, 1 male), NaN where no data; ``years[t]``."""

    years: NDArray[np.int64]
    persons: NDArray[np.float64]
    warnings: tuple[Warning_, ...]


def build_population(population: Population, years: Years) -> PopulationArrays:
    """The projection years' population by single age and sex, from the project's rows."""
    scale = 1000.0 if population.unit == "thousands" else 1.0
    known_years = sorted({row.year for row in population.rows})
    _check_horizon(known_years, years)
    # Only the known years that bracket the horizon matter.
    first = max(y for y in known_years if y <= years.base)
    last = min(y for y in known_years if y >= years.end)
    used_years = [y for y in known_years if first <= y <= last]
    index = {y: i for i, y in enumerate(used_years)}
    singles = np.full((len(used_years), N_AGES, 3), np.nan)
    groups = np.full((len(used_years), N_GROUPS, 3), np.nan)
    group_source: dict[tuple[int, int, int], int] = {}
    single_source: dict[tuple[int, int, int], int] = {}
    for i, row in enumerate(population.rows):
        if row.year not in index:
            continue
        t, s = index[row.year], SEX_INDEX[row.sex]
        path = f"population.rows[{i}]"
        if row.age is not None:
            _claim(single_source, (t, row.age, s), i, path, row.year)
            singles[t, row.age, s] = row.value * scale
        else:
            low, _ = parse_age_group(str(row.age_group), f"{path}.age_group")
            _claim(group_source, (t, low // 5, s), i, path, row.year)
            groups[t, low // 5, s] = row.value * scale
    warnings: list[Warning_] = []
    _check_overlaps(singles, groups, used_years, single_source, group_source)
    singles = _merge_groups(singles, groups, used_years, warnings)
    by_sex = _split_both(singles, used_years, warnings)
    projection_years = np.arange(years.base, years.end + 1)
    persons = interpolate_years(np.array(used_years), by_sex, projection_years)
    warnings.extend(_year_change_warnings(projection_years, persons))
    return PopulationArrays(projection_years, persons, tuple(warnings))


def _check_horizon(known_years: list[int], years: Years) -> None:
    if known_years[0] > years.base:
        raise InputError(
            "years.base",
            messages.translate(
                "Engine",
                "{base} is before the first population year ({known_years}); the engine "
                "never extrapolates population",
                "demography.base_before_first_population",
            ).format(base=years.base, known_years=known_years[0]),
        )
    if known_years[-1] < years.end:
        raise InputError(
            "years.end",
            messages.translate(
                "Engine",
                "{end} is past the last population year available ({known_years}); the "
                "engine never extrapolates population",
                "demography.end_past_last_population",
            ).format(end=years.end, known_years=known_years[-1]),
        )


def _claim(
    sources: dict[tuple[int, int, int], int],
    key: tuple[int, int, int],
    row: int,
    path: str,
    year: int,
) -> None:
    if key in sources:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "duplicates population.rows[{sources}] (same year {year}, sex and age)",
                "demography.duplicates_population_rows_sources",
            ).format(sources=sources[key], year=year),
        )
    sources[key] = row


def _check_overlaps(
    singles: NDArray[np.float64],
    groups: NDArray[np.float64],
    used_years: list[int],
    single_source: dict[tuple[int, int, int], int],
    group_source: dict[tuple[int, int, int], int],
) -> None:
    """A cell may be given once: as a single age or within a group, for a sex or both."""
    for (t, g, s), row in group_source.items():
        ages = range(5 * g, min(5 * g + 5, N_AGES))
        for age in ages:
            if not np.isnan(singles[t, age, s]):
                raise InputError(
                    f"population.rows[{row}]",
                    messages.translate(
                        "Engine",
                        "age group overlaps population.rows[{single_source}] (age {age} in "
                        "{year} is given twice)",
                        "demography.age_group_overlaps_population",
                    ).format(single_source=single_source[(t, age, s)], age=age, year=used_years[t]),
                )
    for t, year in enumerate(used_years):
        has_both = ~np.isnan(singles[t, :, 2]) | np.repeat(~np.isnan(groups[t, :, 2]), 5)[:N_AGES]
        has_sex = (
            ~np.isnan(singles[t, :, :2])
            | np.repeat(~np.isnan(groups[t, :, :2]), 5, axis=0)[:N_AGES]
        ).any(axis=1)
        clash = np.flatnonzero(has_both & has_sex)
        if clash.size:
            raise InputError(
                "population.rows",
                messages.translate(
                    "Engine",
                    "age {clash} in {year} is given both by sex and for both sexes; keep one",
                    "demography.age_clash_year_given",
                ).format(clash=clash[0], year=year),
            )


def _merge_groups(
    singles: NDArray[np.float64],
    groups: NDArray[np.float64],
    used_years: list[int],
    warnings: list[Warning_],
) -> NDArray[np.float64]:
    """Split every run of consecutive closed groups into single ages; 100+ is age 100."""
    result = singles.copy()
    open_group = groups[:, N_GROUPS - 1, :]
    result[:, N_AGES - 1, :] = np.where(np.isnan(open_group), result[:, N_AGES - 1, :], open_group)
    closed = groups[:, : N_GROUPS - 1, :]
    present = ~np.isnan(closed)
    complete = present.all(axis=1)  # [t, s]: every closed group given
    if complete.any():
        t_idx, s_idx = np.nonzero(complete)
        split, negative = split_groups(closed[t_idx, :, s_idx])
        result[t_idx, : N_AGES - 1, s_idx] = split
        if negative:
            warnings.append(_negative_warning())
    for t, s in zip(*np.nonzero(present.any(axis=1) & ~complete), strict=True):
        for start, stop in _runs(present[t, :, s]):
            split, negative = split_groups(closed[t, start:stop, s])
            result[t, 5 * start : 5 * stop, s] = split
            if negative:
                warnings.append(_negative_warning())
            if stop - start < 5:
                warnings.append(
                    Warning_(
                        "even_split",
                        messages.translate(
                            "Engine",
                            "ages {low}-{high} in {year}: fewer than five 5-year groups, "
                            "so each group was split evenly instead of by Sprague",
                            "demography.even_split",
                        ).format(low=5 * start, high=5 * stop - 1, year=used_years[t]),
                        "population.rows",
                    )
                )
    return result


def _negative_warning() -> Warning_:
    return Warning_(
        "sprague_negative",
        messages.translate(
            "Engine",
            "a single age came out negative after Sprague splitting; it was set to 0 "
            "and its 5-year group rescaled to keep the group total",
            "demography.sprague_negative",
        ).format(),
        "population.rows",
    )


def _runs(flags: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Start and stop indices of the runs of True values."""
    runs, start = [], None
    for i, flag in enumerate([*flags.tolist(), False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _split_both(
    singles: NDArray[np.float64], used_years: list[int], warnings: list[Warning_]
) -> NDArray[np.float64]:
    """Cells given for both sexes are split 50/50 (only where no sex detail exists)."""
    both = singles[:, :, 2]
    by_sex = singles[:, :, :2].copy()
    given = ~np.isnan(both)
    if given.any():
        by_sex[given] = (both[given] / 2.0)[:, None]
        warnings.append(
            Warning_(
                "both_sexes_split",
                messages.translate(
                    "Engine",
                    "population given for both sexes together was split 50/50 between women "
                    "and men",
                    "demography.both_sexes_split",
                ).format(),
                "population.rows",
                "note",
            )
        )
    return by_sex


def interpolate_years(
    known: NDArray[np.int64], values: NDArray[np.float64], wanted: NDArray[np.int64]
) -> NDArray[np.float64]:
    """Values for ``wanted`` years from ``values[k, ...]`` at ``known`` years.

    Geometric between the nearest known years, linear where either end is 0;
    NaN where either end is NaN. ``wanted`` must lie within ``known``.
    """
    upper = np.searchsorted(known, wanted, side="left")
    exact = known[np.minimum(upper, len(known) - 1)] == wanted
    lower = np.where(exact, upper, upper - 1)
    y0 = values[lower]
    y1 = values[upper]
    span = (known[upper] - known[lower]).astype(float)
    frac = np.divide(wanted - known[lower], span, out=np.zeros(len(wanted)), where=span > 0)
    frac = frac.reshape((-1,) + (1,) * (values.ndim - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        geometric = y0 * np.power(y1 / y0, frac)
    linear = y0 + (y1 - y0) * frac
    positive = (y0 > 0) & (y1 > 0)
    result: Array = np.where(positive, geometric, linear)
    return result


def _year_change_warnings(years: NDArray[np.int64], persons: NDArray[np.float64]) -> list[Warning_]:
    totals = persons.sum(axis=(1, 2))  # NaN where the population is partial: no check then
    result = []
    for t in range(1, len(years)):
        if not (np.isfinite(totals[t]) and np.isfinite(totals[t - 1]) and totals[t - 1] > 0):
            continue
        change = totals[t] / totals[t - 1] - 1
        if abs(change) > YEAR_CHANGE_LIMIT:
            result.append(
                Warning_(
                    "population_jump",
                    messages.translate(
                        "Engine",
                        "total population changes by {change:+.1%} from {first} to {last} "
                        "(more than {limit:.0%} in a year); check the population data",
                        "demography.population_jump",
                    ).format(
                        change=change,
                        first=years[t - 1],
                        last=years[t],
                        limit=YEAR_CHANGE_LIMIT,
                    ),
                    "population.rows",
                )
            )
    return result
