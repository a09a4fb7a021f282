"""Result tables: their columns checked for values that are not finite."""

from __future__ import annotations

import numpy as np

from engine.method.tables import not_finite


def test_a_value_that_is_not_finite_is_named_and_a_share_without_a_base_is_not() -> None:
    """The look at a table: an infinite value anywhere, or a cost that is not a number, is
    named with its column and year; a share left NaN (its denominator is 0) is allowed."""
    years = np.array([2025, 2026, 2027])
    fine = {"total_cost": np.array([1.0, 2.0, 3.0]), "pct_gov_expenditure": np.full(3, np.nan)}
    assert not_finite(fine, years, "scenarios[0]") is None
    for name, bad in (("total_cost", np.nan), ("total_cost", np.inf), ("pct_gdp", -np.inf)):
        values = np.array([1.0, 2.0, 3.0])
        values[2] = bad
        error = not_finite({**fine, name: values}, years, "scenarios[0]")
        assert error is not None and error.one_line().startswith(
            f"scenarios[0]: {name} in 2027 is not a finite number"
        )
