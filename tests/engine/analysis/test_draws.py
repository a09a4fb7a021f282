"""Monte Carlo draws made part by part are the very numbers drawing them all at once gives,
whether the parts come in turn (the generators go on) or in any order (moved on afresh)."""

from __future__ import annotations

import numpy as np
import pytest

from engine.analysis.assumptions import ASSUMPTIONS
from engine.analysis.draws import Draws, draw_shocks, draw_source_shocks
from engine.domain.errors import InputError
from engine.domain.model import Range, ShiftRange

RANGES = [
    Range("take_up", -0.3, 0.2, "uniform"),
    Range("real_growth", -0.02, 0.02),
    Range("admin_rate", 0.01, 0.01),  # fixed: draws nothing from the generator
    Range("inflation", -0.01, 0.03),
]
SOURCES = {"a": ShiftRange(-0.5, 0.1), "b": ShiftRange(0, 0), "c": ShiftRange(-1, 0, "uniform")}


def assert_parts_are_the_whole(made: Draws, parts: list[tuple[int, int]], seed: int) -> None:
    whole = draw_shocks(RANGES, made.draws, seed)
    whole_sources = draw_source_shocks(SOURCES, made.draws, seed)
    for start, stop in parts:
        part = made.part(start, stop)
        for name in ASSUMPTIONS:
            assert getattr(part, name).tobytes() == getattr(whole, name)[start:stop].tobytes()
        for key, values in whole_sources.items():
            assert part.sources[key].tobytes() == values[start:stop].tobytes()


def test_parts_in_any_order_are_those_drawn_at_once() -> None:
    made = Draws(RANGES, SOURCES, 1000, 7)
    assert_parts_are_the_whole(made, [(0, 1000), (0, 1), (333, 777), (999, 1000)], 7)


@pytest.mark.parametrize("seed", [1, 7, 2024])
def test_parts_in_turn_go_on_drawing_the_same_numbers(seed) -> None:
    """Uneven parts one after the other, then a jump back and on again: each part starts
    where the generators stand or moves fresh copies on, and both give the same draws."""
    made = Draws(RANGES, SOURCES, 10_000, seed)
    in_turn = [(0, 1), (1, 500), (500, 5_000), (5_000, 5_001), (5_001, 9_999), (9_999, 10_000)]
    again = [(2_000, 3_000), (3_000, 4_000), (0, 2_000), (2_000, 2_500)]
    assert_parts_are_the_whole(made, in_turn + again, seed)


def test_the_last_part_stops_at_the_last_draw() -> None:
    made = Draws(RANGES, SOURCES, 10, 3)
    assert len(made.part(5, 5_000).take_up) == 5
    assert_parts_are_the_whole(made, [(0, 4), (4, 10)], 3)


def test_ranges_a_draw_cannot_use_are_refused_before_any_draw() -> None:
    with pytest.raises(InputError, match="is not one of"):
        Draws([Range("rain", 0, 1)], {}, 10, 1)
    with pytest.raises(InputError, match=r"low 0\.5 is above high 0\.1"):
        Draws([Range("take_up", 0.5, 0.1)], {}, 10, 1)


def test_a_fixed_range_is_its_value_and_moves_no_generator() -> None:
    fixed = draw_shocks([Range("admin_rate", 0.01, 0.01), Range("take_up", -0.2, 0.2)], 50, 9)
    alone = draw_shocks([Range("take_up", -0.2, 0.2)], 50, 9)
    assert (fixed.admin_rate == 0.01).all()
    assert fixed.take_up.tobytes() == alone.take_up.tobytes()
    np.testing.assert_array_equal(fixed.population, np.zeros(50))  # not drawn: central
