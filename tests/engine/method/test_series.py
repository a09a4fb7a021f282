"""A Series as one value per projection year: constants fill every year, per-year values carry
forward, and a series that starts too late is refused naming the series and the year."""

from __future__ import annotations

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.domain.model import Series, Years
from engine.method.series import resolve

YEARS = Years(2025, 2030)


def test_a_constant_holds_every_year() -> None:
    np.testing.assert_array_equal(resolve(Series.of(0.05), YEARS, "g"), [0.05] * 6)


def test_per_year_values_carry_forward_to_the_next_value_given() -> None:
    series = Series.per_year({2025: 1.0, 2027: 2.0, 2029: 3.0})
    np.testing.assert_array_equal(resolve(series, YEARS, "s"), [1, 1, 2, 2, 3, 3])


def test_years_before_the_base_carry_into_it_and_years_after_the_end_are_ignored() -> None:
    series = Series.per_year({2010: 5.0, 2020: 6.0, 2027: 7.0, 2040: 9.0})
    np.testing.assert_array_equal(resolve(series, YEARS, "s"), [6, 6, 7, 7, 7, 7])


def test_take_up_is_zero_before_its_first_year() -> None:
    series = Series.per_year({2027: 0.5, 2029: 0.9})
    values = resolve(series, YEARS, "take_up", before_first=0.0)
    np.testing.assert_array_equal(values, [0, 0, 0.5, 0.5, 0.9, 0.9])


def test_a_series_starting_after_the_base_year_is_refused_naming_it() -> None:
    with pytest.raises(InputError) as raised:
        resolve(Series.per_year({2027: 0.5}), YEARS, "economy.gov_revenue_share_gdp")
    assert raised.value.one_line() == (
        "economy.gov_revenue_share_gdp: gives no value for 2025; per-year values must start "
        "by 2025 (the base year)"
    )


def test_growth_rates_may_start_a_year_later_and_are_nan_in_the_base_year() -> None:
    growth = Series.per_year({2026: 0.05})
    values = resolve(growth, YEARS, "economy.real_gdp_growth", first_needed=2026)
    assert np.isnan(values[0])
    np.testing.assert_array_equal(values[1:], [0.05] * 5)
    with pytest.raises(InputError) as raised:
        resolve(Series.per_year({2028: 0.05}), YEARS, "economy.cpi_inflation", first_needed=2026)
    assert raised.value.message == "gives no value for 2026; per-year values must start by 2026"


def test_a_one_year_projection_does_not_need_a_growth_rate() -> None:
    one_year = Years(2010, 2010)
    values = resolve(Series.per_year({2011: 0.05}), one_year, "g", first_needed=2011)
    assert values.shape == (1,) and np.isnan(values[0])


def test_the_values_are_read_only_so_a_cached_array_cannot_be_spoiled() -> None:
    values = resolve(Series.of(0.05), YEARS, "g")
    with pytest.raises(ValueError):
        values[0] = 1.0
    np.testing.assert_array_equal(resolve(Series.of(0.05), YEARS, "g"), [0.05] * 6)
