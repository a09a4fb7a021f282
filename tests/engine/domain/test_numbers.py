"""Writing numbers the way a language writes them: English 1,234,567.5, French with narrow
no-break spaces and a decimal comma, Lao with dots and a decimal comma; as many decimals as
a value needs, a dash for a missing value, never "-0"."""

from __future__ import annotations

import pytest

from engine.domain.numbers import (
    CONVENTIONS,
    LANGUAGES,
    NARROW_NBSP,
    NBSP,
    Conventions,
    conventions,
    decimals_needed,
    format_number,
    format_percent,
)

EN, FR, LO = CONVENTIONS["en"], CONVENTIONS["fr"], CONVENTIONS["lo"]


def test_the_three_languages_and_their_separators() -> None:
    assert LANGUAGES == ("en", "fr", "lo")
    assert (EN.decimal, EN.group) == (".", ",")
    assert (FR.decimal, FR.group) == (",", NARROW_NBSP)
    assert (LO.decimal, LO.group) == (",", ".")
    assert conventions("de") == EN and conventions("lo") == LO


@pytest.mark.parametrize(
    "value, decimals",
    [(2.0, 0), (0.1, 1), (1234.5678, 4), (1 / 3, 12), (1e-7, 7), (1.5e-7, 8), (2.5e20, 0)],
)
def test_decimals_needed_show_a_value_as_typed(value: float, decimals: int) -> None:
    assert decimals_needed(value) == decimals


@pytest.mark.parametrize(
    "convention, text",
    [(EN, "1,234,567.5"), (FR, f"1{NARROW_NBSP}234{NARROW_NBSP}567,5"), (LO, "1.234.567,5")],
)
def test_each_language_groups_thousands_and_marks_decimals(convention, text) -> None:
    assert format_number(1234567.5, None, convention) == text
    assert format_number(-1234567.5, None, convention) == "-" + text


def test_decimals_are_rounded_when_asked_and_as_needed_otherwise() -> None:
    assert format_number(1234567.5, 0) == "1,234,568"
    assert format_number(0.125, 2) == "0.12"  # the float 0.125 rounds half to even
    assert format_number(0.1 + 0.2) == "0.3"  # 12 significant digits: no float noise
    assert format_number(7.0) == "7"
    assert format_number(1234.5, 1, LO, group=False) == "1234,5"


def test_a_missing_value_is_a_dash_and_infinity_a_sign() -> None:
    assert format_number(None) == format_number(float("nan")) == "—"
    assert format_number(float("inf")) == "∞" and format_number(float("-inf")) == "-∞"


def test_a_value_that_rounds_to_zero_never_reads_minus_zero() -> None:
    assert format_number(-0.0001, 2) == "0.00"
    assert format_number(-0.0, 0) == "0"
    assert format_number(-0.006, 2) == "-0.01"


def test_percent_follows_a_no_break_space() -> None:
    assert format_percent(12.5) == f"12.5{NBSP}%"
    assert format_percent(0.0714, 3, FR) == f"0,071{NBSP}%"
    assert format_percent(None) == "—"


def test_conventions_are_values() -> None:
    assert Conventions(",", ".") == LO
