"""Age groups as people write them: "15-64", "100+" or "7" give the inclusive ages, and
anything else is one InputError naming the place."""

from __future__ import annotations

import pytest

from engine.domain.ages import parse_age_group
from engine.domain.errors import InputError


@pytest.mark.parametrize(
    "raw, ages",
    [
        ("15-64", (15, 64)),
        ("0-4", (0, 4)),
        ("100+", (100, 100)),
        ("95+", (95, 100)),  # "and over" runs to the last single age, 100
        ("7", (7, 7)),
        ("0", (0, 0)),
        ("100", (100, 100)),
    ],
)
def test_a_group_gives_its_inclusive_ages(raw: str, ages: tuple[int, int]) -> None:
    assert parse_age_group(raw, "x") == ages


@pytest.mark.parametrize(
    "raw, message",
    [
        ("abc", '"abc" is not an age group such as "0-4" or "100+"'),
        ("15-", '"15-" is not an age group such as "0-4" or "100+"'),
        ("-5", '"-5" is not an age group such as "0-4" or "100+"'),
        ("1.5", '"1.5" is not an age group such as "0-4" or "100+"'),
    ],
)
def test_a_bad_group_is_refused_naming_its_place(raw: str, message: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_age_group(raw, "labour.participation_rate[3].age_group")
    error = raised.value
    assert error.path == "labour.participation_rate[3].age_group"
    assert error.message == message
    assert error.one_line() == f"labour.participation_rate[3].age_group: {message}"


@pytest.mark.parametrize("raw", ["64-15", "0-101", "101+", "120"])
def test_a_reversed_or_out_of_range_group_is_refused_naming_its_place(raw: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_age_group(raw, "population.rows[9].age_group")
    assert raised.value.path == "population.rows[9].age_group"
    assert raised.value.message.startswith(f'"{raw}"')
    assert "\n" not in raised.value.one_line()


def test_the_refusal_says_what_is_wrong_with_the_group() -> None:
    with pytest.raises(InputError) as reversed_group:
        parse_age_group("64-15", "p")
    assert reversed_group.value.message == '"64-15": the age group is reversed'
    with pytest.raises(InputError) as too_old:
        parse_age_group("0-101", "p")
    assert too_old.value.message == '"0-101": ages must be between 0 and 100'
