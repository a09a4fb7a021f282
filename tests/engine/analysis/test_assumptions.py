"""The shocks of one evaluation: central, by name, and a part of the draws."""

from __future__ import annotations

import numpy as np

from engine.analysis.assumptions import ASSUMPTIONS, DEFAULT_SHIFTS, LABELS, Shocks


def test_central_shocks_are_zero_for_every_assumption() -> None:
    shocks = Shocks.central(3)
    for name in ASSUMPTIONS:
        np.testing.assert_array_equal(getattr(shocks, name), np.zeros(3))
    assert shocks.sources == {}


def test_a_part_takes_the_same_draws_of_every_assumption_and_source() -> None:
    fields = {name: np.arange(10.0) + i for i, name in enumerate(ASSUMPTIONS)}
    shocks = Shocks.of(fields, {"aid": np.arange(10.0) * -1})
    part = shocks.part(3, 6)
    for name in ASSUMPTIONS:
        np.testing.assert_array_equal(getattr(part, name), fields[name][3:6])
    np.testing.assert_array_equal(part.sources["aid"], [-3.0, -4.0, -5.0])


def test_every_assumption_has_a_label_and_a_default_shift() -> None:
    assert set(LABELS) == set(DEFAULT_SHIFTS) == set(ASSUMPTIONS)
    assert all(low < 0 < high for low, high in DEFAULT_SHIFTS.values())
