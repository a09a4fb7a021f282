"""A number a person types means what they typed: one parser and one formatter, in the
conventions of the language chosen (QLocale's CLDR data)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from engine.domain import numbers as engine_numbers
from gui.common.numbers import NumberError, Quantity, format_number, parse_number

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """Switch QLocale's default for one test, and back."""
    before = QLocale()

    def use(code: str) -> None:
        QLocale.setDefault(QLocale(code))

    yield use
    QLocale.setDefault(before)


# language, typed text, quantity, expected value (None: refused)
CASES = [
    # English: point for decimals, comma groups of three
    ("en", "2.5", Quantity.PLAIN, 2.5),
    ("en", "2,5", Quantity.PLAIN, None),  # never read as 25
    ("en", "2,500", Quantity.PLAIN, 2500.0),
    ("en", "1,234,567.89", Quantity.PLAIN, 1234567.89),
    ("en", "12,34", Quantity.PLAIN, None),  # not a valid group
    ("en", "192.000", Quantity.PLAIN, 192.0),
    ("en", " 42 ", Quantity.PLAIN, 42.0),
    ("en", "-3.5", Quantity.PLAIN, -3.5),
    ("en", "\u22123.5", Quantity.PLAIN, -3.5),  # the minus sign a word processor writes
    ("en", "5e9", Quantity.PLAIN, 5e9),
    ("en", "1 234", Quantity.PLAIN, None),  # a space does not group in English
    ("en", "abc", Quantity.PLAIN, None),
    ("en", "", Quantity.PLAIN, None),
    ("en", "5 %", Quantity.PLAIN, None),  # a money field is not in percent
    ("en", "30", Quantity.SHARE, 0.3),
    ("en", "30 %", Quantity.SHARE, 0.3),
    ("en", "30%", Quantity.SHARE, 0.3),
    ("en", "2.8 %", Quantity.SHARE, 0.028),  # exactly 0.028
    ("en", "1", Quantity.PERCENT, 1.0),
    ("en", "1 %", Quantity.PERCENT, 1.0),
    ("en", "1.0 %", Quantity.PERCENT, 1.0),
    # French: comma for decimals, (narrow) no-break space or space groups
    ("fr", "2,5", Quantity.PLAIN, 2.5),
    ("fr", "1 234,5", Quantity.PLAIN, 1234.5),
    ("fr", f"1{NNBSP}234,5", Quantity.PLAIN, 1234.5),
    ("fr", f"1{NBSP}234,5", Quantity.PLAIN, 1234.5),
    ("fr", "2.5", Quantity.PLAIN, None),  # a point is not a French decimal
    ("fr", "1,0 %", Quantity.PERCENT, 1.0),
    ("fr", f"12,5{NBSP}%", Quantity.SHARE, 0.125),
    ("fr", "12 34", Quantity.PLAIN, None),
    # Lao: comma for decimals, dot groups (as the Ministry of Finance writes kip)
    ("lo", "2,5", Quantity.PLAIN, 2.5),
    ("lo", "192.000", Quantity.PLAIN, 192000.0),
    ("lo", "1.200.000", Quantity.PLAIN, 1200000.0),
    ("lo", "1.234,5", Quantity.PLAIN, 1234.5),
    ("lo", "192.5", Quantity.PLAIN, None),  # not a valid group: refused, not guessed
    ("lo", "64,57 %", Quantity.SHARE, 0.6457),
    ("lo", "໑໒", Quantity.PLAIN, 12.0),  # Lao digits (informal texts use them)
    ("lo", "໒,໕", Quantity.PLAIN, 2.5),
]


@pytest.mark.parametrize("code, text, quantity, expected", CASES)
def test_each_language_reads_numbers_as_its_people_write_them(
    language, code, text, quantity, expected
) -> None:
    language(code)
    if expected is None:
        with pytest.raises(NumberError) as refused:
            parse_number(text, quantity)
        assert "\n" not in str(refused.value) and str(refused.value)
    else:
        assert parse_number(text, quantity) == expected


def test_english_refuses_a_decimal_comma_with_a_hint(language) -> None:
    language("en")
    with pytest.raises(NumberError) as refused:
        parse_number("2,5")
    assert str(refused.value) == '"2,5" is not a number here: decimals follow "." (e.g. 2.5)'


def test_lao_and_french_hint_at_the_decimal_comma(language) -> None:
    for code in ("lo", "fr"):
        language(code)
        with pytest.raises(NumberError) as refused:
            parse_number("2.5")
        assert 'decimals follow ","' in str(refused.value)


def test_a_share_above_100_percent_is_refused_in_percent(language) -> None:
    language("en")
    with pytest.raises(NumberError) as refused:
        parse_number("140", Quantity.SHARE, minimum=0, maximum=100)
    assert str(refused.value) == f"140{NBSP}% is above the maximum 100{NBSP}%"


def test_whole_numbers_only_where_asked(language) -> None:
    language("en")
    assert parse_number("2030", integer=True) == 2030
    with pytest.raises(NumberError):
        parse_number("2030.5", integer=True)


@pytest.mark.parametrize(
    "code, value, decimals, quantity, shown",
    [
        ("en", 1234567.891, 2, Quantity.PLAIN, "1,234,567.89"),
        ("fr", 1234567.891, 2, Quantity.PLAIN, f"1{NNBSP}234{NNBSP}567,89"),
        ("lo", 1234567.891, 2, Quantity.PLAIN, "1.234.567,89"),
        ("lo", 192000.0, None, Quantity.PLAIN, "192.000"),
        ("en", 0.028, None, Quantity.SHARE, f"2.8{NBSP}%"),
        ("fr", 0.028, None, Quantity.SHARE, f"2,8{NBSP}%"),
        ("lo", 0.4, 3, Quantity.PERCENT, f"0,400{NBSP}%"),
        ("en", -0.0001, 2, Quantity.PLAIN, "0.00"),
        ("en", float("nan"), 2, Quantity.PLAIN, "—"),
    ],
)
def test_what_is_shown_uses_the_same_conventions(
    language, code, value, decimals, quantity, shown
) -> None:
    language(code)
    assert format_number(value, decimals, quantity) == shown


@pytest.mark.parametrize("code", engine_numbers.LANGUAGES)
def test_what_is_shown_reads_back_as_the_same_number(language, code) -> None:
    language(code)
    for value in (0.0, 2.5, 1234.5, 192000.0, 1234567.891, -42.125, 0.000123):
        assert parse_number(format_number(value)) == value
    for share in (0.028, 0.3, 1.0, 0.6457):
        assert parse_number(format_number(share, None, Quantity.SHARE), Quantity.SHARE) == share


@pytest.mark.parametrize("code", engine_numbers.LANGUAGES)
def test_the_engines_conventions_are_qlocales(qapp, code) -> None:
    """The report and the workbook write numbers as the window does."""
    locale = QLocale(code)
    table = engine_numbers.conventions(code)
    assert (table.decimal, table.group) == (locale.decimalPoint(), locale.groupSeparator())
