"""Numbers as the report writes them: grouped in the language's conventions, percentages
with a no-break space, money scaled with its unit said once and never broken."""

from __future__ import annotations

from engine.domain.numbers import CONVENTIONS
from engine.report.text import (
    Numbers,
    join_list,
    money_scale,
    people_scale,
    scenarios_phrase,
    significant_decimals,
)

NBSP = "\u00a0"
EN, LO, FR = Numbers(CONVENTIONS["en"]), Numbers(CONVENTIONS["lo"]), Numbers(CONVENTIONS["fr"])


def test_numbers_are_grouped_in_each_language_with_a_dash_for_none() -> None:
    assert EN(1234567.891) == "1,234,568"
    assert LO(1234567.891) == "1.234.568" and LO(0.12345, 3) == "0,123"
    assert FR(1234567.5, 1) == "1\u202f234\u202f567,5"
    assert EN(float("nan")) == "—"


def test_percentages_shares_and_parameters() -> None:
    assert EN.percent(0.855) == f"0.85{NBSP}%" or EN.percent(0.855) == f"0.86{NBSP}%"
    assert EN.percent(12.3456) == f"12.35{NBSP}%"
    assert EN.share(0.95) == f"95{NBSP}%" and EN.share(0.028) == f"2.8{NBSP}%"
    assert EN.share(1 / 3) == f"33.3{NBSP}%"
    assert EN.exact(3) == "3" and EN.exact(1.5) == "1.5" and LO.exact(22.25) == "22,25"
    assert EN.exact_percent(20) == f"20{NBSP}%"


def test_money_is_scaled_to_billions_or_millions_and_stays_one_phrase() -> None:
    assert EN.money(3_504_400_000_000, "LAK") == f"3,504{NBSP}billion{NBSP}LAK"
    assert EN.money(96_820_000_000, "LAK") == f"96.82{NBSP}billion{NBSP}LAK"
    assert EN.money(45_600_000, "KHR") == f"45.60{NBSP}million{NBSP}KHR"
    assert EN.money(1_890_000, "TSD") == f"1,890,000{NBSP}TSD"  # below ten million: in full
    assert LO.money(3_504_400_000_000, "LAK") == f"3.504{NBSP}billion{NBSP}LAK"
    assert EN.amount(128_010.15, "LAK") == f"128,010{NBSP}LAK"
    assert EN.amount(30, "TSD") == f"30.00{NBSP}TSD"


def test_a_column_takes_one_scale_from_its_largest_value() -> None:
    scale = money_scale(4_144_000_000_000, "LAK")
    assert (scale.divisor, scale.unit, scale.decimals) == (1e9, "billion LAK", 0)
    assert EN.scaled(496_700_000_000, scale) == "497"
    assert money_scale(642e9, "LAK").decimals == 1
    assert money_scale(25e6, "TSD").unit == "million TSD"
    assert money_scale(float("nan"), "TSD").unit == "TSD"
    assert people_scale(7_900_000).unit == "" and people_scale(16e6).unit == "thousands"
    assert significant_decimals(12.3) == 2 and significant_decimals(0) == 0


def test_lists_and_counts_read_as_sentences() -> None:
    assert join_list([]) == "" and join_list(["a"]) == "a"
    assert join_list(["a", "b", "c"]) == "a, b and c"
    assert scenarios_phrase(1) == "one scenario" and scenarios_phrase(5) == "5 scenarios"
    assert EN.count(282_719.8) == "282,700" and EN.count(9_876.4) == "9,876"
