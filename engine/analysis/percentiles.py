"""Exact percentiles of many draws, fed in parts, in bounded memory.

The percentiles are numpy's default ("linear", Hyndman and Fan's method 7): the value
at the virtual index ``(n - 1) * p / 100`` of the sorted draws, interpolated between
its two neighbours. Up to ``pilot`` draws are simply kept and given to
``np.percentile``. Beyond that, the first ``pilot`` draws (a random sample of them all:
the draws are independent) tell, for each year and each percentile, an interval that
surely holds the two order statistics it needs (``width`` standard deviations of the
sample quantile on either side). Every draw is then only counted (below the interval,
at its ends) or, when strictly inside, kept; at the end each order statistic is
picked from what was kept, knowing how many lie below. So the result is the same
number ``np.percentile`` gives on every draw held at once, to the last bit, while the
memory held is a few per cent of the draws. Should an order statistic fall outside
its interval after all (about one chance in a billion at 6 standard deviations),
:meth:`Percentiles.levels` says which years, and the caller gives their draws whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]
PILOT = 100_000  # draws kept whole: up to this many, np.percentile itself
WIDTH = 6.0  # standard deviations of the sample quantile on each side of an interval


@dataclass
class _Interval:
    """One percentile's interval per year [lo, hi] (-inf/inf: open), and what was found."""

    lo: Array
    hi: Array
    below: NDArray[np.int64]  # draws < lo, per year
    at_lo: NDArray[np.int64]  # draws == lo (counted with ``ties`` only)
    at_hi: NDArray[np.int64]  # draws == hi (not counted again when hi == lo)
    ties: bool  # some draws of the sample equal an end: they are counted apart
    # the draws kept with their years: lo < x < hi with ``ties``, else lo <= x <= hi
    inside: list[tuple[Array, NDArray[np.int16]]] = field(default_factory=list)


class Percentiles:
    """``add`` the draws in parts ([draws, years] each, ``count`` in all), then ``levels``."""

    def __init__(
        self,
        percentiles: tuple[int, ...],
        count: int,
        pilot: int | None = None,
        width: float = WIDTH,
    ) -> None:
        self.percentiles, self.count, self.width = percentiles, count, width
        self.pilot = PILOT if pilot is None else pilot
        # numpy's virtual indexes, neighbours and weights (numpy/lib/_function_base_impl.py)
        virtual = (count - 1) * np.true_divide(np.asarray(percentiles), 100)
        previous = np.floor(virtual)
        upper = previous + 1
        above = virtual >= count - 1  # the last draw, both sides
        previous[above], upper[above] = -1, -1
        self.gamma = np.asanyarray(virtual - previous.astype(np.intp), dtype=virtual.dtype)
        self.ranks = [
            (int(p) % count, int(u) % count) for p, u in zip(previous, upper, strict=True)
        ]
        self.virtual = virtual
        self._kept: list[Array] = []
        self._sample: Array | None = None
        self._filled = 0
        self._nan: NDArray[np.bool_] | None = None
        self._intervals: list[_Interval] | None = None

    def add(self, values: Array) -> None:
        """The next part of the draws, [draws, years]: fastest as the transpose of an array
        laid out a year per row (the evaluator's), which is how they are gone through."""
        by_year = values.T
        found = np.asarray(np.isnan(by_year).any(axis=1))
        self._nan = found if self._nan is None else np.logical_or(self._nan, found)
        if self.count <= self.pilot:
            self._kept.append(values)  # every draw kept: np.percentile at the end
        elif self._intervals is None:  # the sample fills first, then tells the intervals
            if self._sample is None:
                self._sample = np.empty((by_year.shape[0], self.pilot))
            room = self.pilot - self._filled
            taken = by_year[:, :room]
            self._sample[:, self._filled : self._filled + taken.shape[1]] = taken
            self._filled += taken.shape[1]
            if self._filled == self.pilot:
                sample, self._sample = self._sample, None
                self._intervals = self._intervals_from(sample)
                self._count(sample)
                if by_year.shape[1] > room:
                    self._count(by_year[:, room:])
        else:
            self._count(by_year)

    def levels(self, whole: dict[int, Array] | None = None) -> Array | list[int]:
        """The percentiles [percentile, year]; or the years whose order statistics fell
        outside their intervals: call again with ``whole`` {year: every draw of it}."""
        if self._intervals is None:
            levels: Array = np.percentile(np.concatenate(self._kept), self.percentiles, axis=0)
            return levels
        assert self._nan is not None
        columns = len(self._nan)
        previous = np.empty((len(self.percentiles), columns))
        upper = np.empty_like(previous)
        missed: list[int] = []
        for i, interval in enumerate(self._intervals):
            picked = _picked(interval, self.ranks[i], columns)
            for column, pair in enumerate(picked):
                if self._nan[column]:
                    continue  # NaN whatever the order statistics
                if column in (whole or {}):
                    assert whole is not None
                    ordered = np.partition(whole[column], self.ranks[i])
                    pair = (ordered[self.ranks[i][0]], ordered[self.ranks[i][1]])
                if pair is None:
                    if column not in missed:
                        missed.append(column)
                    continue
                previous[i, column], upper[i, column] = pair
        if missed:
            return sorted(missed)
        result = _lerp(previous, upper, self.gamma.reshape(-1, 1))
        result[:, self._nan] = np.nan  # as numpy: a year with a NaN draw has NaN percentiles
        return result

    def _intervals_from(self, sample: Array) -> list[_Interval]:
        """Each percentile's interval per year, from a random sample of the draws laid out
        a year per row [years, draws] (put in order in place: the order is not needed)."""
        columns, m = sample.shape
        n = self.count
        wanted = []
        for low, high in self.ranks:
            q_low, q_high = low / (n - 1), high / (n - 1)
            spread_low = self.width * np.sqrt(m * q_low * (1 - q_low)) + 2
            spread_high = self.width * np.sqrt(m * q_high * (1 - q_high)) + 2
            start = int(np.floor(q_low * (m - 1) - spread_low))
            stop = int(np.ceil(q_high * (m - 1) + spread_high))
            wanted.append((start, stop))
        positions = sorted({p for pair in wanted for p in pair if 0 < p < m - 1})
        if positions:
            sample.partition(positions, axis=1)
        intervals = []
        for start, stop in wanted:
            lo = sample[:, start] if start > 0 else np.full(columns, -np.inf)
            hi = sample[:, stop] if stop < m - 1 else np.full(columns, np.inf)
            zeros = np.zeros(columns, dtype=np.int64)
            ends = (sample == lo[:, None]) | (sample == hi[:, None])
            ties = bool(ends.sum(axis=1).max() > 2)
            intervals.append(
                _Interval(lo.copy(), hi.copy(), zeros, zeros.copy(), zeros.copy(), ties)
            )
        return intervals

    def _count(self, by_year: Array) -> None:
        """Counts and keeps a part of the draws laid out a year per row [years, draws]."""
        assert self._intervals is not None
        columns = np.arange(by_year.shape[0], dtype=np.int16)
        for interval in self._intervals:
            lo, hi = interval.lo[:, None], interval.hi[:, None]
            under_lo = by_year < lo
            below = np.count_nonzero(under_lo, axis=1)
            interval.below += below
            if interval.ties:  # ends that many draws may equal: counted, not kept
                to_lo, under_hi = by_year <= lo, by_year < hi
                interval.at_lo += np.count_nonzero(to_lo, axis=1) - below
                at_hi = np.count_nonzero(by_year <= hi, axis=1)
                at_hi -= np.count_nonzero(under_hi, axis=1)
                interval.at_hi += np.where(interval.hi != interval.lo, at_hi, 0)
                inside = under_hi & ~to_lo
            else:  # the ends kept with what lies between (no draw of the sample equalled one)
                inside = by_year <= hi
                inside &= ~under_lo
            # year by year, each year's draws in their order (as _picked wants them)
            kept = np.repeat(columns, np.count_nonzero(inside, axis=1))
            interval.inside.append((by_year[inside], kept))


def _picked(
    interval: _Interval, ranks: tuple[int, int], columns: int
) -> list[tuple[float, float] | None]:
    """The two order statistics per year, or None where one is outside the interval."""
    values = np.concatenate([part for part, _ in interval.inside] or [np.empty(0)])
    where = np.concatenate([part for _, part in interval.inside] or [np.empty(0, np.int16)])
    order = np.argsort(where, kind="stable")
    by_column = np.split(values[order], np.cumsum(np.bincount(where, minlength=columns))[:-1])
    result: list[tuple[float, float] | None] = []
    for column in range(columns):
        found = []
        inside = by_column[column]
        below, at_lo = int(interval.below[column]), int(interval.at_lo[column])
        at_hi = int(interval.at_hi[column])
        for rank in ranks:
            k = rank - below
            if k < 0 or k >= at_lo + len(inside) + at_hi:
                break
            if k < at_lo:
                found.append(float(interval.lo[column]))
            elif k < at_lo + len(inside):
                found.append(float(np.partition(inside, k - at_lo)[k - at_lo]))
            else:
                found.append(float(interval.hi[column]))
        result.append((found[0], found[1]) if len(found) == 2 else None)
    return result


def _lerp(a: Array, b: Array, t: Array) -> Array:
    """numpy's own linear interpolation between neighbours (the same bits as np.percentile)."""
    diff_b_a = b - a
    result: Array = np.add(a, diff_b_a * t)
    np.subtract(b, diff_b_a * (1 - t), out=result, where=t >= 0.5)
    return result
