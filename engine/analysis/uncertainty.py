"""How sure are the costs: one-way sensitivity (tornado) and Monte Carlo bands.

Both rest on one vectorised evaluator built from the central results
(``cost_model.py``); the draws are made in ``draws.py``, the percentiles of many draws
found in bounded memory in ``percentiles.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.analysis.assumptions import (
    ASSUMPTIONS,
    DEFAULT_SHIFTS,
    DEFAULT_SOURCE_SHIFT,
    GAP,
    LABELS,
    MEASURES,
    SOURCE_PREFIX,
    Array,
    Measure,
    Shocks,
)
from engine.analysis.cost_model import CostModel
from engine.analysis.draws import SOURCE_STREAM, Draws, draw_shocks, draw_source_shocks
from engine.analysis.percentiles import Percentiles
from engine.domain import messages
from engine.domain.errors import Cancelled, InputError
from engine.domain.model import Range

__all__ = [
    "ASSUMPTIONS",
    "DEFAULT_SHIFTS",
    "DEFAULT_SOURCE_SHIFT",
    "GAP",
    "LABELS",
    "MEASURES",
    "PERCENTILES",
    "SOURCE_PREFIX",
    "SOURCE_STREAM",
    "Array",
    "Bar",
    "CostModel",
    "Draws",
    "Measure",
    "Progress",
    "Shocks",
    "bands",
    "draw_shocks",
    "draw_source_shocks",
    "tornado",
]

PERCENTILES = (5, 25, 50, 75, 95)
EVALUATED_AT_ONCE = 5_000  # draws per evaluation in bands beyond the pilot (1.4 MB per array)
Progress = Callable[[float], bool]  # share done -> keep going


# ------------------------------------------------------------------ tornado


@dataclass(frozen=True)
class Bar:
    assumption: str
    label: str
    low_shift: float
    high_shift: float
    low: float  # the output with the assumption at its low value
    high: float

    @property
    def swing(self) -> float:
        return abs(self.high - self.low)


def tornado(
    model: CostModel,
    scope: str,
    key: str,
    year: int,
    measure: Measure = "pct_gdp",
    shifts: dict[str, tuple[float, float]] | None = None,
    progress: Progress | None = None,
) -> tuple[float, list[Bar]]:
    """The central output in ``year`` and one bar per assumption, largest swing first. For a
    package's financing gap, each of its financing sources is a bar too, at its own range.

    ``progress``: an optional callable taking the share done (0-1) that returns
    False to stop (:class:`Cancelled` is then raised).
    """
    years = model.years
    if not years[0] <= year <= years[-1]:
        raise InputError(
            "--year",
            messages.translate(
                "Engine",
                "{year} is outside the projection years {first}-{last}",
                "uncertainty.year_outside_projection_years",
            ).format(year=year, first=years[0], last=years[-1]),
        )
    t = int(year - years[0])
    chosen = dict(DEFAULT_SHIFTS if shifts is None else shifts)
    if model.bounds is None:
        chosen.pop("population", None)
    central = float(model.evaluate(scope, key, measure, Shocks.central())[0, t])
    if measure == GAP:
        for source in model.sources_of(key, scope):
            found = model.ranges[source]
            chosen[SOURCE_PREFIX + source] = (found.low, found.high)
    bars = []
    for done, (name, (low, high)) in enumerate(chosen.items()):
        _report(progress, done / len(chosen))
        values = []
        for shift in (low, high):
            shocks = _one_shift(name, shift)
            values.append(float(model.evaluate(scope, key, measure, shocks)[0, t]))
        label = (
            model.names[name[len(SOURCE_PREFIX) :]]
            if name.startswith(SOURCE_PREFIX)
            else LABELS[name]
        )
        bars.append(Bar(name, label, low, high, values[0], values[1]))
    bars.sort(key=lambda bar: bar.swing, reverse=True)
    return central, bars


def _one_shift(name: str, shift: float) -> Shocks:
    """Every assumption central but ``name`` (an assumption or ``financing.<source id>``)."""
    fields = {a: np.zeros(1) for a in ASSUMPTIONS}
    if name.startswith(SOURCE_PREFIX):
        return Shocks.of(fields, {name[len(SOURCE_PREFIX) :]: np.array([shift])})
    fields[name] = np.array([shift])
    return Shocks.of(fields)


def _report(progress: Progress | None, share: float) -> None:
    if progress is not None and not progress(share):
        raise Cancelled("stopped by the user")


# ------------------------------------------------------------------ Monte Carlo


def bands(
    model: CostModel,
    scope: str,
    key: str,
    ranges: list[Range],
    *,
    measure: Measure = "pct_gdp",
    draws: int = 10_000,
    seed: int = 1,
    chunk: int = 2_500,
    progress: Progress | None = None,
) -> dict[int, Array]:
    """Percentiles (5, 25, 50, 75, 95) of the output per year over ``draws`` draws. For a
    package's financing gap, each of its sources is drawn too, at its own range (else
    +-20 %, triangular), from a stream of its own: the cost draws stay those of ``seed``.

    ``progress``: an optional callable taking the share done (0-1) that returns
    False to stop (:class:`Cancelled` is then raised).
    """
    if draws < 1:
        raise InputError(
            "--draws",
            messages.translate("Engine", "must be at least 1", "uncertainty.must_least").format(),
        )
    found = {}
    if measure == GAP:
        found = {source: model.ranges[source] for source in model.sources_of(key, scope)}
    shocks = Draws(ranges, found, draws, seed)
    # Beyond the pilot, evaluated EVALUATED_AT_ONCE draws at a time, on this thread (a row
    # of that many draws per year is what numpy goes through fastest, and memory stays
    # bounded; a second thread was slower whenever the other core was busy), the percentiles
    # found as the draws come (percentiles.py: memory a few per cent of the draws, the same
    # numbers as np.percentile over all of them).
    stream = Percentiles(PERCENTILES, draws)
    large = draws > stream.pilot  # else every output is kept, evaluated as it always was
    step = max(1, EVALUATED_AT_ONCE if large else chunk)
    for start in range(0, draws, step):
        part = shocks.part(start, start + step)
        stream.add(model.by_year(scope, key, measure, part).T)
        _report(progress, min(draws, start + step) / draws)
    levels = stream.levels()
    if isinstance(levels, list):  # an order statistic outside its interval: those years whole
        whole = np.concatenate(
            [
                model.by_year(scope, key, measure, shocks.part(start, start + step))[levels]
                for start in range(0, draws, step)
            ],
            axis=1,
        )
        levels = stream.levels({year: whole[i] for i, year in enumerate(levels)})
        assert not isinstance(levels, list)
    return {p: levels[i] for i, p in enumerate(PERCENTILES)}
