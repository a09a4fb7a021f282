"""Turning a :class:`Series` into one value per projection year."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Series, Years


def resolve(
    series: Series,
    years: Years,
    path: str,
    *,
    before_first: float | None = None,
    first_needed: int | None = None,
) -> NDArray[np.float64]:
    """Values for every year from base to end (read-only array).

    Per-year values carry forward. Before the first given year the value is
    ``before_first`` (take-up: 0, the scheme has not started); without it the
    series must start by ``first_needed`` (default: the base year), else an
    :class:`InputError` names the series and the year. Years before
    ``first_needed`` that nobody gave are NaN (a growth rate in the base year).
    """
    needed = years.base if first_needed is None else first_needed
    first = series.first_year()
    if first is not None and before_first is None and first > needed and needed <= years.end:
        template = (
            messages.translate(
                "Engine",
                "gives no value for {year}; per-year values must start by {year} (the base year)",
                "series.starts_after_base",
            )
            if needed == years.base
            else messages.translate(
                "Engine",
                "gives no value for {year}; per-year values must start by {year}",
                "series.starts_late",
            )
        )
        raise InputError(path, template.format(year=needed))
    return _resolve(series, years.base, years.end, before_first)


@lru_cache(maxsize=4096)
def _resolve(
    series: Series, base: int, end: int, before_first: float | None
) -> NDArray[np.float64]:
    count = end - base + 1
    if series.constant is not None:
        values = np.full(count, float(series.constant))
    else:
        values = np.full(count, np.nan if before_first is None else before_first)
        for year, value in series.by_year:
            if year <= end:
                values[max(year - base, 0) :] = value
    values.flags.writeable = False
    return values
