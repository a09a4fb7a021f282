"""The labour market: participation rates by age and sex (NaN where none was given, never a
silent zero), unemployment and informality series, and missing ages named in words."""

from __future__ import annotations

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.domain.model import Labour, ParticipationRow, Series, Years
from engine.method.labour import missing_ages_message, participation, rate_series

YEARS = Years(2025, 2027)


def test_without_labour_data_every_rate_is_missing() -> None:
    rates = participation(None, YEARS)
    assert rates.shape == (3, 101, 2)
    assert np.isnan(rates).all()


def test_a_group_row_for_both_sexes_fills_its_ages_only() -> None:
    labour = Labour((ParticipationRow("both", 0.7, age_group="15-64"),))
    rates = participation(labour, YEARS)
    assert (rates[:, 15:65, :] == 0.7).all()
    assert np.isnan(rates[:, :15, :]).all() and np.isnan(rates[:, 65:, :]).all()


def test_rows_by_sex_single_age_and_open_group() -> None:
    labour = Labour(
        (
            ParticipationRow("female", 0.6, age_group="65+"),
            ParticipationRow("male", 0.8, age=30),
        )
    )
    rates = participation(labour, YEARS)
    assert (rates[:, 65:, 0] == 0.6).all() and np.isnan(rates[:, 65:, 1]).all()
    assert (rates[:, 30, 1] == 0.8).all() and np.isnan(rates[:, 30, 0]).all()


def test_a_row_with_a_year_holds_from_that_year_on_over_a_row_without() -> None:
    labour = Labour(
        (
            ParticipationRow("both", 0.75, age_group="15-64", year=2026),  # listed first
            ParticipationRow("both", 0.7, age_group="15-64"),
        )
    )
    rates = participation(labour, YEARS)
    np.testing.assert_array_equal(rates[:, 40, 0], [0.7, 0.75, 0.75])


def test_a_row_dated_before_the_base_year_holds_from_the_base_year() -> None:
    labour = Labour((ParticipationRow("male", 0.5, age=20, year=2010),))
    np.testing.assert_array_equal(participation(labour, YEARS)[:, 20, 1], [0.5] * 3)


def test_rate_series_are_resolved_or_named_when_missing() -> None:
    labour = Labour(unemployment_rate=Series.per_year({2025: 0.1, 2027: 0.08}))
    values = rate_series(labour, "unemployment_rate", YEARS, "scenarios[0].kind")
    np.testing.assert_array_equal(values, [0.1, 0.1, 0.08])
    with pytest.raises(InputError) as raised:
        rate_series(labour, "informality_share", YEARS, "scenarios[0].kind")
    assert raised.value.one_line() == (
        "scenarios[0].kind: needs labour.informality_share, which is not given"
    )
    with pytest.raises(InputError, match=r"needs labour\.unemployment_rate"):
        rate_series(None, "unemployment_rate", YEARS, "scenarios[0].kind")


def test_missing_ages_are_said_as_runs() -> None:
    labour = Labour(
        (
            ParticipationRow("both", 0.7, age_group="15-19"),
            ParticipationRow("both", 0.7, age_group="25-59"),
            ParticipationRow("female", 0.7, age=61),
        )
    )
    rates = participation(labour, YEARS)
    assert missing_ages_message(rates, 15, 59, (0, 1)) == (
        "needs labour.participation_rate for ages 20-24, which are not given"
    )
    assert missing_ages_message(rates, 10, 64, (0, 1)) == (
        "needs labour.participation_rate for ages 10-14, 20-24, 60-64, which are not given"
    )
    # women have age 61, men do not
    assert missing_ages_message(rates, 61, 61, (0,)) is None
    assert missing_ages_message(rates, 60, 62, (0,)) == (
        "needs labour.participation_rate for ages 60, 62, which are not given"
    )
    assert missing_ages_message(rates, 25, 59, (0, 1)) is None
