"""Monte Carlo draws of the assumptions and of the financing sources, at once or part by part.

A seed's draws are fixed by docs/uncertainty.md: the ranges are drawn in the order
given, ``draws`` values each, from ``np.random.default_rng(seed)`` (the sources from a
stream of their own, ``[seed, SOURCE_STREAM]``), a range whose low equals its high
taking nothing from the generator.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from engine.analysis.assumptions import ASSUMPTIONS, Array, Shocks
from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Range, ShiftRange

SOURCE_STREAM = 0x46494E  # "FIN": the sources' draws come from a stream apart from the costs'


def draw_shocks(ranges: list[Range], draws: int, seed: int) -> Shocks:
    """Independent draws for each assumption given a range; the others stay central."""
    rng = np.random.default_rng(seed)
    fields = {name: np.zeros(draws) for name in ASSUMPTIONS}
    for item in ranges:
        if item.assumption not in ASSUMPTIONS:
            raise InputError(
                "ranges",
                messages.translate(
                    "Engine",
                    '"{assumption}" is not one of {assumptions}',
                    "uncertainty.assumption_one_assumptions",
                ).format(assumption=item.assumption, assumptions=", ".join(ASSUMPTIONS)),
            )
        if item.low > item.high:
            raise InputError(
                f"ranges.{item.assumption}",
                messages.translate(
                    "Engine", "low {low:g} is above high {high:g}", "uncertainty.low_low_g_above"
                ).format(low=item.low, high=item.high),
            )
        fields[item.assumption] = _draw(rng, item.low, item.high, item.distribution, draws)
    return Shocks.of(fields)


def draw_source_shocks(ranges: dict[str, ShiftRange], draws: int, seed: int) -> dict[str, Array]:
    """Independent draws of each source's relative shift, in the order given."""
    rng = np.random.default_rng([seed, SOURCE_STREAM])
    return {key: _draw(rng, r.low, r.high, r.distribution, draws) for key, r in ranges.items()}


def _draw(rng: np.random.Generator, low: float, high: float, distribution: str, n: int) -> Array:
    """``n`` draws of one range: ``n`` steps of the generator, none for a fixed value."""
    if low == high:
        return np.full(n, low)
    if distribution == "uniform":
        return rng.uniform(low, high, n)
    return rng.triangular(low, min(max(0.0, low), high), high, n)


class Draws:
    """The draws of :func:`draw_shocks` and :func:`draw_source_shocks`, made part by part.

    Each draw of a uniform or triangular range is one step of the random generator, so
    the draws ``start`` to ``stop`` of the k-th range drawn are found by moving the
    generator ``k x draws + start`` steps on: the very numbers drawing everything at
    once gives, without holding a million of them per assumption. Parts asked for in
    turn (each starting where the last stopped) go on drawing from the generators the
    last one left; any other part moves fresh copies on. One caller at a time.
    """

    def __init__(
        self, ranges: list[Range], sources: dict[str, ShiftRange], draws: int, seed: int
    ) -> None:
        draw_shocks(ranges, 1, seed)  # the same refusals as drawing them all
        self.draws = draws
        self._costs = _Stream([(r.assumption, r.low, r.high, r.distribution) for r in ranges])
        self._sources = _Stream([(k, r.low, r.high, r.distribution) for k, r in sources.items()])
        self._cost_bits = np.random.PCG64(seed)  # never drawn from: copied, then moved on
        self._source_bits = np.random.PCG64([seed, SOURCE_STREAM])

    def part(self, start: int, stop: int) -> Shocks:
        stop = min(stop, self.draws)
        fields = self._costs.drawn(self._cost_bits, self.draws, start, stop)
        sources = self._sources.drawn(self._source_bits, self.draws, start, stop)
        zeros = np.zeros(stop - start)
        return Shocks.of({a: fields.get(a, zeros) for a in ASSUMPTIONS}, sources)


class _Stream:
    """Ranges drawn one after the other from one seeded generator, ``draws`` values each."""

    def __init__(self, items: Sequence[tuple[str, float, float, str]]) -> None:
        self.items = items
        self._at = -1  # the draw the generators below stand at (-1: none made yet)
        self._generators: list[np.random.Generator] = []

    def drawn(self, first: np.random.PCG64, draws: int, start: int, stop: int) -> dict[str, Array]:
        """Draws ``start`` to ``stop`` of each item, as drawing ``draws`` of each in turn gives."""
        if start != self._at:
            self._generators = []
            taken = 0  # ranges drawn before this one, ``draws`` steps each
            for _, low, high, _ in self.items:
                if low == high:
                    continue
                bits = np.random.PCG64()
                bits.state = first.state
                bits.advance(taken * draws + start)
                self._generators.append(np.random.Generator(bits))
                taken += 1
        values: dict[str, Array] = {}
        generators = iter(self._generators)
        for name, low, high, distribution in self.items:
            if low == high:
                values[name] = np.full(stop - start, low)
            else:
                values[name] = _draw(next(generators), low, high, distribution, stop - start)
        self._at = stop
        return values
