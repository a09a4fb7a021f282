"""Percentiles found as the draws come equal np.percentile over every draw held at once, to
the last bit: ties, a year that never moves, NaN, one or two draws, parts of any size, and
order statistics that fall outside their intervals (given again whole)."""

from __future__ import annotations

import numpy as np
import pytest

from engine.analysis.percentiles import Percentiles

PERCENTILES = (5, 25, 50, 75, 95)


def streamed(
    values: np.ndarray, part: int, pilot: int, width: float = 6.0, by_year: bool = False
) -> np.ndarray:
    """``by_year``: each part given as the evaluator gives it, the transpose of an array laid
    out a year per row (the same numbers, another order in memory)."""
    found = Percentiles(PERCENTILES, len(values), pilot=pilot, width=width)
    for start in range(0, len(values), part):
        given = values[start : start + part]
        found.add(np.ascontiguousarray(given.T).T if by_year else given)
    levels = found.levels()
    if isinstance(levels, list):  # outside the intervals: those years whole
        levels = found.levels({year: values[:, year] for year in levels})
    assert not isinstance(levels, list)
    return levels


def draws(count: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    values = rng.lognormal(size=(count, 5))
    values[:, 1] = 3.0  # a year every draw agrees on
    values[:, 2] = np.round(rng.normal(size=count)) + 0.0  # many ties
    values[:, 3] = np.minimum(values[:, 3], 1.0)  # a cap many draws reach
    if count > 10:
        values[count // 2, 4] = np.nan
    return values


@pytest.mark.parametrize("count", [1, 2, 3, 10, 101, 4_000])
@pytest.mark.parametrize("pilot", [1, 7, 500, 100_000])
@pytest.mark.parametrize("part", [1, 64, 1_000])
@pytest.mark.parametrize("by_year", [False, True])
def test_streamed_percentiles_are_numpys_to_the_last_bit(count, pilot, part, by_year) -> None:
    values = draws(count, seed=count + pilot + part)
    expected = np.percentile(values, PERCENTILES, axis=0)
    assert streamed(values, part, pilot, by_year=by_year).tobytes() == expected.tobytes()
    # Intervals far too narrow: order statistics fall outside and are found from the years whole
    narrow = streamed(values, part, pilot, width=0.0, by_year=by_year)
    assert narrow.tobytes() == expected.tobytes()


def test_intervals_keep_a_few_per_cent_of_the_draws() -> None:
    values = np.random.default_rng(1).normal(size=(200_000, 3))
    found = Percentiles(PERCENTILES, len(values), pilot=50_000)
    for start in range(0, len(values), 500):
        found.add(values[start : start + 500])
    kept = sum(len(part) for interval in found._intervals or () for part, _ in interval.inside)
    # Five intervals, each 12 standard deviations of the sample quantile wide: about 10 % of
    # the draws with a sample of 50,000, 7 % with the 100,000 a million draws use.
    assert kept < 0.12 * values.size
    assert found.levels().tobytes() == np.percentile(values, PERCENTILES, axis=0).tobytes()
