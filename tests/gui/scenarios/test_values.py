"""Reading a scenario field's JSON value back from its editors, the inverse of showing it:
numbers in the field's unit (a share in percent) and the user's conventions, switches of
benefit type or take-up mode start from a valid value, and text that is no value is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from gui.common.numbers import NumberError
from gui.common.scenario_fields import FIELDS
from gui.scenarios.values import read_value

BASE = 2025
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def widgets(qtbot):
    """Editors as the form makes them, kept alive by a parent the test closes."""
    parent = QWidget()
    qtbot.addWidget(parent)

    def line(text: str) -> QLineEdit:
        return QLineEdit(text, parent)

    def combo(options: list[str], chosen: str) -> QComboBox:
        box = QComboBox(parent)
        for option in options:
            box.addItem(option, option)
        box.setCurrentIndex(options.index(chosen))
        return box

    def paragraph(text: str) -> QPlainTextEdit:
        return QPlainTextEdit(text, parent)

    return line, combo, paragraph


def read(key: str, editors: dict, current=None):
    return read_value(FIELDS[key], editors, current, BASE)


def test_choices_and_text(widgets) -> None:
    line, combo, paragraph = widgets
    assert read("sex", {"": combo(["both", "female", "male"], "female")}) == "female"
    assert read("name", {"": line("  Child benefit ")}) == "Child benefit"
    assert read("rationale", {"": paragraph("  Because.\n")}) == "Because."
    assert read("source", {"": paragraph("   ")}) is None


def test_ages_are_two_whole_numbers(widgets) -> None:
    line, _, _ = widgets
    assert read("ages", {"from": line("0"), "to": line(" 5 ")}) == [0, 5]
    with pytest.raises(NumberError, match=r'^"2.5" is not a whole number$'):
        read("ages", {"from": line("2.5"), "to": line("5")})


@pytest.mark.parametrize(
    "key, text, value",
    [
        ("admin_rate", "5", 0.05),
        ("admin_rate", "7.5 %", 0.075),
        ("admin_rate", "", None),  # empty: the field is removed
        ("wage_percent_of_minimum_wage", "150", 150.0),  # a percent stored as such
        ("months_per_year", "3", 3.0),
        ("annual_cost_per_person", "1,200,000", 1_200_000.0),
    ],
)
def test_numbers_in_the_fields_unit(widgets, key, text, value) -> None:
    line, _, _ = widgets
    assert read(key, {"": line(text)}) == value


def test_a_share_above_100_percent_is_refused_in_percent(widgets) -> None:
    line, _, _ = widgets
    with pytest.raises(NumberError) as raised:
        read("admin_rate", {"": line("120")})
    assert str(raised.value) == f"120{NBSP}% is above the maximum 100{NBSP}%"


def test_rates_and_series(widgets) -> None:
    line, _, _ = widgets
    assert read("target_share", {"": line("0-14: 20; 15-64: 30 %")}) == [
        {"ages": [0, 14], "value": 0.2},
        {"ages": [15, 64], "value": 0.3},
    ]
    assert read("covered_share", {"": line("2026: 10; 2030: 25")}) == {"2026": 0.1, "2030": 0.25}
    assert read("beneficiaries", {"": line("2026: 1,000; 2030: 5,000")}) == {
        "2026": 1000.0,
        "2030": 5000.0,
    }
    assert read("fixed_admin", {"": line("")}) is None
    with pytest.raises(NumberError):
        read("prevalence", {"": line("0-14: 150")})


def test_a_benefit_reads_its_amount_in_its_type(widgets) -> None:
    line, combo, _ = widgets
    anchors = ["poverty_line", "minimum_wage", "average_wage", "gdp_per_capita"]
    anchored = {
        "type": combo(["anchor", "fixed"], "anchor"),
        "amount": line("40 %"),
        "what": combo(anchors, "minimum_wage"),
    }
    current = {"type": "anchor", "anchor": "poverty_line", "percent": 20}
    assert read("benefit", anchored, current) == {
        "type": "anchor",
        "anchor": "minimum_wage",
        "percent": 40.0,
    }
    fixed = {
        "type": combo(["anchor", "fixed"], "fixed"),
        "amount": line("1,200"),
        "what": combo(["prices", "wages", "gdp_per_capita", "none"], "wages"),
    }
    current = {"type": "fixed", "monthly_amount": 100, "indexation": "prices"}
    assert read("benefit", fixed, current) == {
        "type": "fixed",
        "monthly_amount": 1200.0,
        "indexation": "wages",
    }


def test_switching_the_benefit_type_starts_from_a_plain_value(widgets) -> None:
    line, combo, _ = widgets
    editors = {
        "type": combo(["anchor", "fixed"], "fixed"),
        "amount": line("20 %"),  # still showing the anchor's percent
        "what": combo(["poverty_line"], "poverty_line"),
    }
    current = {"type": "anchor", "anchor": "poverty_line", "percent": 20}
    assert read("benefit", editors, current) == {
        "type": "fixed",
        "monthly_amount": 0,
        "indexation": "prices",
    }
    editors["type"] = combo(["anchor", "fixed"], "anchor")
    assert read("benefit", editors, {"type": "fixed", "monthly_amount": 5})["type"] == "anchor"


def take_up_editors(line, combo, mode: str, **texts: str) -> dict:
    editors = {"mode": combo(["ramp", "series"], mode)}
    for part in ("start", "start_year", "target", "target_year", "values"):
        editors[part] = line(texts.get(part, ""))
    return editors


def test_take_up_as_a_ramp_or_per_year(widgets) -> None:
    line, combo, _ = widgets
    ramp = {"start": 0.3, "target": 0.9, "start_year": 2026, "target_year": 2030}
    editors = take_up_editors(
        line, combo, "ramp", start="40 %", start_year="2027", target="95", target_year="2031"
    )
    assert read("take_up", editors, ramp) == {
        "start": 0.4,
        "target": 0.95,
        "start_year": 2027,
        "target_year": 2031,
    }
    per_year = take_up_editors(line, combo, "series", values="2026: 30 %; 2030: 90")
    assert read("take_up", per_year, {"2026": 0.5}) == {"2026": 0.3, "2030": 0.9}


def test_switching_take_up_mode_keeps_the_ramps_ends_or_starts_a_ramp(widgets) -> None:
    line, combo, _ = widgets
    ramp = {"start": 0.3, "target": 0.9, "start_year": 2026, "target_year": 2030}
    to_series = take_up_editors(line, combo, "series")
    assert read("take_up", to_series, ramp) == {"2026": 0.3, "2030": 0.9}
    to_ramp = take_up_editors(line, combo, "ramp")
    assert read("take_up", to_ramp, {"2026": 0.5}) == {
        "start": 0.5,
        "target": 0.9,
        "start_year": BASE + 1,
        "target_year": BASE + 5,
    }


def test_an_empty_take_up_is_refused(widgets) -> None:
    line, combo, _ = widgets
    with pytest.raises(NumberError) as raised:
        read("take_up", take_up_editors(line, combo, "series", values=" "), {"2026": 0.5})
    assert str(raised.value) == "take-up needs a value: 90 %, or 2026: 30 %; 2030: 90 %"
