"""Labour market (docs/rap-method.md section 3.3): labour force, unemployed, informal employed."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.ages import parse_age_group
from engine.domain.errors import InputError
from engine.domain.model import N_AGES, Labour, Years
from engine.method.series import resolve

Array = NDArray[np.float64]
SEXES_OF = {"female": (0,), "male": (1,), "both": (0, 1)}


def participation(labour: Labour | None, years: Years) -> Array:
    """``LFPR[t, age, sex]``; NaN where no rate was given (never a silent zero)."""
    rates = np.full((years.count, N_AGES, 2), np.nan)
    if labour is None:
        return rates
    # Rows without a year hold for every year; a row with a year holds from then on.
    ordered = sorted(enumerate(labour.participation_rate), key=lambda item: item[1].year or -1)
    for i, row in ordered:
        path = f"labour.participation_rate[{i}]"
        if row.age is not None:
            low, high = row.age, row.age
        else:
            low, high = parse_age_group(str(row.age_group), f"{path}.age_group")
        start = 0 if row.year is None else max(row.year - years.base, 0)
        for sex in SEXES_OF[row.sex]:
            rates[start:, low : high + 1, sex] = row.value
    return rates


def rate_series(labour: Labour | None, name: str, years: Years, path: str) -> Array:
    """The unemployment rate or informality share per year; an error names it when missing."""
    series = getattr(labour, name) if labour is not None else None
    if series is None:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "needs {field}, which is not given",
                "labour.series_missing",
            ).format(field=messages.field(f"labour.{name}")),
        )
    return resolve(series, years, f"labour.{name}")


def missing_ages_message(rates: Array, low: int, high: int, sexes: tuple[int, ...]) -> str | None:
    """Which ages of a band have no participation rate, in words; None when all do."""
    band = rates[:, low : high + 1, :][:, :, list(sexes)]
    missing = np.flatnonzero(np.isnan(band).any(axis=(0, 2)))
    if missing.size == 0:
        return None
    ages = missing + low
    return messages.translate(
        "Engine",
        "needs {field} for ages {ages}, which are not given",
        "labour.participation_missing",
    ).format(field=messages.field("labour.participation_rate"), ages=_ages_text(ages))


def _ages_text(ages: NDArray[np.int64]) -> str:
    runs: list[str] = []
    start = prev = int(ages[0])
    for age in [*ages[1:].tolist(), None]:
        if age is not None and age == prev + 1:
            prev = age
            continue
        runs.append(f"{start}" if start == prev else f"{start}-{prev}")
        if age is not None:
            start = prev = age
    return ", ".join(runs)
