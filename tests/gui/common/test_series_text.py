"""Short text for per-year series and age-banded rates, as typed in a form field: shown from the
format's JSON in the user's conventions and read back to the same JSON (a share in percent),
JSON accepted as the file holds it, anything else refused in one line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from gui.common.numbers import NumberError, Quantity
from gui.common.series_text import parse_series_text, series_text

NBSP = "\u00a0"
SHARE = Quantity.SHARE


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    "value, quantity, text",
    [
        (None, SHARE, ""),
        (1200, Quantity.PLAIN, "1,200"),
        (0.05, SHARE, f"5{NBSP}%"),
        ({"2026": 0.3, "2030": 0.9}, SHARE, f"2026: 30{NBSP}%; 2030: 90{NBSP}%"),
        ({"2026": 1000, "2030": 5000}, Quantity.PLAIN, "2026: 1,000; 2030: 5,000"),
        (
            [{"ages": [0, 14], "value": 0.02}, {"ages": [15, 64], "value": 0.028}],
            SHARE,
            f"0-14: 2{NBSP}%; 15-64: 2.8{NBSP}%",
        ),
        (1.5, Quantity.PERCENT, f"1.5{NBSP}%"),
    ],
)
def test_series_are_shown_as_short_text(value, quantity, text) -> None:
    assert series_text(value, quantity) == text


@pytest.mark.parametrize(
    "text, quantity, value",
    [
        ("", SHARE, None),
        ("   ", SHARE, None),
        ("5 %", SHARE, 0.05),
        ("2.8", SHARE, 0.028),
        ("1,200", Quantity.PLAIN, 1200.0),
        ("2026: 30 %; 2030: 90 %", SHARE, {"2026": 0.3, "2030": 0.9}),
        ("2026=30;", SHARE, {"2026": 0.3}),
        ('{"2026": 0.5}', SHARE, {"2026": 0.5}),  # JSON as the file holds it: fractions
    ],
)
def test_typed_text_becomes_the_json_the_engine_reads(text, quantity, value) -> None:
    assert parse_series_text(text, quantity) == value


def test_age_bands_are_read_only_where_bands_are_allowed() -> None:
    assert parse_series_text("0-14: 2 %; 15-64: 2.8", SHARE, bands=True) == [
        {"ages": [0, 14], "value": 0.02},
        {"ages": [15, 64], "value": 0.028},
    ]
    with pytest.raises(NumberError) as raised:
        parse_series_text("0-14: 2 %", SHARE)
    assert str(raised.value) == '"0-14: 2 %" is not YEAR: value'
    assert parse_series_text("2026: 30", SHARE, bands=True) == {"2026": 0.3}


def test_bands_with_per_year_values_are_shown_as_json_and_read_back() -> None:
    value = [{"ages": [0, 14], "value": {"2026": 0.02}}]
    text = series_text(value, SHARE)
    assert text == '[{"ages": [0, 14], "value": {"2026": 0.02}}]'
    assert parse_series_text(text, SHARE, bands=True) == value


@pytest.mark.parametrize(
    "text, message",
    [
        ("lots", '"lots" is not a number'),
        ("2026: lots", '"lots" is not a number'),
        ("26: 30", '"26: 30" is not YEAR: value'),
        ("30; 50", '"30" is not YEAR: value'),
        ("[1, 2", "is not valid JSON (Expecting ',' delimiter)"),
        ("2026: 2,5", '"2,5" is not a number here: decimals follow "." (e.g. 2.5)'),
    ],
)
def test_text_of_no_known_shape_is_refused_in_one_line(text, message) -> None:
    with pytest.raises(NumberError) as raised:
        parse_series_text(text, SHARE)
    assert str(raised.value) == message


def test_mixing_years_and_bands_is_refused() -> None:
    with pytest.raises(NumberError, match=r"^mixes years and age bands; give one or the other$"):
        parse_series_text("2026: 30; 0-14: 20", SHARE, bands=True)
    with pytest.raises(NumberError, match=r'^"x" is not YEAR: value or AGE-AGE: value$'):
        parse_series_text("0-14: 20; x", SHARE, bands=True)


def test_bounds_apply_to_every_value_in_the_fields_units() -> None:
    with pytest.raises(NumberError) as raised:
        parse_series_text("2026: 30; 2030: 120", SHARE, maximum=100)
    assert str(raised.value) == f"120{NBSP}% is above the maximum 100{NBSP}%"


@pytest.mark.parametrize("code", ["en", "fr", "lo"])
def test_shown_text_reads_back_to_the_same_value_in_every_language(code) -> None:
    QLocale.setDefault(QLocale(code))
    for value in (0.05, 0.028, {"2026": 0.3, "2030": 0.955}, [{"ages": [0, 14], "value": 0.02}]):
        assert parse_series_text(series_text(value, SHARE), SHARE, bands=True) == value
    assert parse_series_text(series_text({"2026": 1234.5}), bands=False) == {"2026": 1234.5}
