"""Fiscal years: results per fiscal year from the engine's calendar-year arrays.

A fiscal year starting in month m > 1 is named by the calendar year in which it
ends: fiscal year Y runs from month m of Y-1 to month m-1 of Y, so it takes the
last (13 - m) months of calendar year Y-1 and the first (m - 1) months of Y.
A flow (a cost, GDP, a budget) is spread evenly over the months it is paid, so

    flow_FY[Y] = (13 - m)/12 * flow[Y-1] + (m - 1)/12 * flow[Y]

except in a scheme's first calendar year, whose flow falls in the months it runs
(from its ``start_month`` s): a share max(0, m - s)/(13 - s) of it falls in the
fiscal year ending that year, the rest in the next. A stock (beneficiaries,
persons) measured at mid-year is interpolated linearly to the fiscal year's
mid-point, which gives the same weights. The first fiscal year reported is
base + 1, the first whose calendar years are both projected (docs/method.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from engine.domain.model import Years

Array = NDArray[np.float64]


@dataclass(frozen=True)
class FiscalYears:
    """How calendar years [base..end] turn into fiscal years [base+1..end]."""

    month: int  # the month the fiscal year starts, 2-12
    years: NDArray[np.int64]  # fiscal years reported, each named by its end year
    calendar_base: int

    @property
    def early(self) -> float:
        """Share of a calendar year that falls in the fiscal year ending in it."""
        return (self.month - 1) / 12.0

    @property
    def late(self) -> float:
        """Share of a calendar year that falls in the fiscal year ending in the next."""
        return (13 - self.month) / 12.0

    def stock(self, values: Array) -> Array:
        """A mid-year stock at each fiscal year's mid-point (linear interpolation)."""
        result: Array = self.late * values[..., :-1] + self.early * values[..., 1:]
        return result

    def flow_weights(self, start: tuple[int, int] | None, count: int) -> tuple[Array, Array]:
        """(early, late) share of each calendar year's flow of one scheme (the first-year
        flow falls in the months from its start month on)."""
        early = np.full(count, self.early)
        if start is not None:
            first, month = start
            t = first - self.calendar_base
            if 0 <= t < count:
                early[t] = max(0, self.month - month) / (13 - month)
        return early, 1.0 - early

    def flow(self, values: Array, start: tuple[int, int] | None = None) -> Array:
        """A flow per fiscal year; ``start``: the scheme's first year and start month."""
        if start is None:
            return self.stock(values)
        early, late = self.flow_weights(start, values.shape[-1])
        result: Array = late[:-1] * values[..., :-1] + early[1:] * values[..., 1:]
        return result


def fiscal_years(years: Years) -> FiscalYears | None:
    """The fiscal years of a project, or None when they are calendar years (month 1)."""
    month = years.fiscal_month
    if month == 1:
        return None
    return FiscalYears(month, np.arange(years.base + 1, years.end + 1), years.base)
