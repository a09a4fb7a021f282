"""Sprague multipliers: the invariants of docs/rap-method.md section 8."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.method.sprague import PANELS, split_groups, split_matrix


@pytest.mark.parametrize(
    "name, unit_column",
    [
        ("first", 0),
        ("second", 1),
        ("middle", 2),
        ("next_to_last", 3),
        ("last", 4),
    ],
)
def test_each_panel_columns_sum_to_a_unit_vector(name: str, unit_column: int) -> None:
    sums = PANELS[name].sum(axis=0)
    expected = np.zeros(5)
    expected[unit_column] = 1.0
    np.testing.assert_allclose(sums, expected, atol=1e-12)


@settings(max_examples=200, deadline=None)
@given(
    groups=st.lists(st.floats(min_value=0, max_value=1e7), min_size=5, max_size=25),
)
def test_single_ages_of_a_group_add_up_to_the_group(groups: list[float]) -> None:
    values = np.array(groups)
    singles, _ = split_groups(values)
    np.testing.assert_allclose(singles.reshape(-1, 5).sum(axis=1), values, rtol=1e-9, atol=1e-6)
    assert (singles >= 0).all()  # negatives are clipped and the group rescaled


@settings(max_examples=200, deadline=None)
@given(
    coefficients=st.lists(st.floats(min_value=-1.0, max_value=1.0), min_size=5, max_size=5),
    n_groups=st.integers(min_value=5, max_value=20),
)
def test_a_degree_four_cumulative_population_is_split_exactly(
    coefficients: list[float], n_groups: int
) -> None:
    # Cumulative count F(x) = sum c_k (x/10)^k, degree <= 4; single age a holds F(a+1) - F(a).
    ages = np.arange(5 * n_groups + 1) / 10.0
    cumulative = sum(c * ages**k for k, c in enumerate(coefficients))
    singles = np.diff(cumulative)
    groups = cumulative[5::5] - cumulative[:-5:5]
    split = groups @ split_matrix(n_groups).T  # raw multipliers, before any clipping
    np.testing.assert_allclose(split, singles, atol=1e-9)


def test_open_group_needs_no_panel_and_few_groups_split_evenly() -> None:
    singles, negative = split_groups(np.array([10.0, 20.0]))
    np.testing.assert_allclose(singles, [2] * 5 + [4] * 5)
    assert not negative


def test_negative_cells_are_clipped_and_reported() -> None:
    # A sharp drop makes the first panel give a negative single age.
    groups = np.array([0.0, 1000.0, 0.0, 0.0, 0.0, 0.0])
    singles, negative = split_groups(groups)
    assert negative
    assert (singles >= 0).all()
    np.testing.assert_allclose(singles.reshape(-1, 5).sum(axis=1), groups, atol=1e-9)


def test_split_matrix_refuses_fewer_than_five_groups() -> None:
    with pytest.raises(ValueError, match="at least 5"):
        split_matrix(4)
