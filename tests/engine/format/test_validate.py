"""Path-aware readers for untrusted JSON values: each checks one value and refuses it with
its JSON path and a message a user can act on."""

from __future__ import annotations

import math

import pytest

from engine.domain.errors import InputError
from engine.domain.model import Series
from engine.format import validate as v


def refused(call, *args, **kwargs) -> InputError:
    with pytest.raises(InputError) as raised:
        call(*args, **kwargs)
    return raised.value


def test_child_paths_use_dots_for_keys_and_brackets_for_indexes() -> None:
    assert v.child("scenarios", 2) == "scenarios[2]"
    assert v.child("scenarios[2]", "take_up") == "scenarios[2].take_up"
    assert v.child("", "name") == "name"


def test_describe_says_what_was_found_in_short() -> None:
    assert v.describe(None) == "null"
    assert v.describe(True) == "true" and v.describe(False) == "false"
    assert v.describe("abc") == 'text "abc"'
    assert v.describe("x" * 31) == 'text "' + "x" * 27 + '..."'  # 30 characters at most
    assert v.describe("x" * 30) == 'text "' + "x" * 30 + '"'
    assert v.describe([1]) == "a list" and v.describe({}) == "an object"
    assert v.describe(3.5) == "3.5"


def test_objects_and_lists_are_checked_for_shape() -> None:
    assert v.obj({"a": 1}, "p") == {"a": 1}
    assert v.array([1], "p") == [1]
    assert refused(v.obj, [1], "economy").one_line() == (
        "economy: expected an object {...}, found a list"
    )
    assert refused(v.array, "x", "scenarios").one_line() == (
        'scenarios: expected a list [...], found text "x"'
    )


def test_unknown_keys_are_refused_with_a_suggestion_and_missing_ones_named() -> None:
    error = refused(v.check_keys, {"naem": "x"}, "scenarios[0]", ("name", "id"))
    assert error.one_line() == "scenarios[0].naem: unknown field (did you mean 'name'?)"
    error = refused(v.check_keys, {"zzz": 1}, "", ("name",))
    assert error.one_line() == "zzz: unknown field"
    error = refused(v.check_keys, {"name": "x"}, "scenarios[0]", ("name", "id"), ("name", "id"))
    assert error.one_line() == "scenarios[0].id: is missing (this field is required)"
    v.check_keys({"name": "x"}, "p", ("name", "id"), ("name",))  # all there: no error


def test_text_is_text_not_empty_when_required_and_within_its_length() -> None:
    assert v.text("Lao PDR", "name") == "Lao PDR"
    assert refused(v.text, 3, "name").message == "expected text, found 3"
    assert refused(v.text, "  ", "name", non_empty=True).message == "must not be empty"
    assert v.text("  ", "notes") == "  "  # allowed unless non_empty
    error = refused(v.text, "x" * 1234, "name", max_length=500)
    assert error.message == "text is 1,234 characters long; the limit is 500"


def test_a_choice_outside_the_options_suggests_the_nearest() -> None:
    options = ("health", "children", "working_age", "elderly")
    assert v.choice("elderly", "g", options) == "elderly"
    error = refused(v.choice, "elderley", "matrix[0].guarantee", options)
    assert error.one_line() == (
        'matrix[0].guarantee: text "elderley" is not one of health, children, working_age, '
        "elderly; did you mean 'elderly'?"
    )
    assert refused(v.choice, 3, "g", options).message == (
        "3 is not one of health, children, working_age, elderly"
    )


def test_booleans_are_true_or_false_only() -> None:
    assert v.boolean(True, "costable") is True
    assert refused(v.boolean, 1, "costable").message == "expected true or false, found 1"
    assert refused(v.boolean, "yes", "costable").message == (
        'expected true or false, found text "yes"'
    )


def test_numbers_are_finite_within_bounds_and_never_a_boolean() -> None:
    assert v.number(5, "x") == 5 and v.number(0.5, "x", rate=True) == 0.5
    assert refused(v.number, True, "x").message == "expected a number, found true"
    assert refused(v.number, "5", "x").message == 'expected a number, found text "5"'
    assert refused(v.number, math.inf, "x").message == "inf is not a finite number"
    assert refused(v.number, math.nan, "x").message == "nan is not a finite number"
    assert refused(v.number, -1, "x", minimum=0).message == "-1 is below the minimum 0"
    assert refused(v.number, 13, "x", maximum=12).message == "13 is above the maximum 12"
    assert refused(v.number, 2.5, "x", integer=True).message == "2.5 is not a whole number"
    whole = v.number(7.0, "x", integer=True)
    assert whole == 7 and isinstance(whole, int)


def test_a_rate_above_one_suggests_what_the_user_meant() -> None:
    assert refused(v.number, 4.5, "take_up", rate=True).message == (
        "4.5 is above 1 (did you mean 0.045 or 45 %?)"
    )
    assert refused(v.number, 15, "take_up", rate=True).message == (
        "15 is above 1 (rates are fractions: did you mean 0.15 for 15 %?)"
    )
    assert v.number(1, "take_up", rate=True) == 1  # 100 % is a rate


def test_years_are_whole_numbers_from_1900_to_2200() -> None:
    assert v.year(2025, "y") == 2025
    assert refused(v.year, 1899, "years.base").message == "1899 is below the minimum 1900"
    assert refused(v.year, 2201, "years.end").message == "2201 is above the maximum 2200"
    assert refused(v.year, 2025.5, "y").message == "2025.5 is not a whole number"
    assert v.year_key("2031", "s.2031") == 2031
    for key in ("25", "20x5", "20255", " 2025"):
        error = refused(v.year_key, key, f"s.{key}")
        assert error.message == f'"{key}" is not a year (expected keys such as "2025")'
    assert refused(v.year_key, "1800", "s.1800").message == "1800 is below the minimum 1900"


def test_a_series_is_a_number_or_per_year_values_each_checked_at_its_path() -> None:
    assert v.series(0.05, "g") == Series.of(0.05)
    assert v.series({"2030": 0.9, "2026": 0.3}, "t") == Series(by_year=((2026, 0.3), (2030, 0.9)))
    assert refused(v.series, {}, "t").message == (
        "gives no year; give a number or at least one year"
    )
    error = refused(v.series, {"2026": 0.3, "2030": 90}, "scenarios[1].take_up", rate=True)
    assert error.path == "scenarios[1].take_up.2030"
    assert error.message.startswith("90 is above 1")
    assert refused(v.series, {"y2030": 1}, "t").path == "t.y2030"
    assert refused(v.series, -1, "b", minimum=0).one_line() == "b: -1 is below the minimum 0"


def test_an_age_band_is_two_ordered_ages_within_0_to_100() -> None:
    assert v.age_band([15, 64], "ages") == (15, 64)
    assert v.age_band([7, 7], "ages") == (7, 7)
    assert refused(v.age_band, [1], "s.ages").message == (
        "expected two ages [from, to], found 1 values"
    )
    assert refused(v.age_band, [64, 15], "s.ages").message == (
        "the age band is reversed: 64 is above 15"
    )
    error = refused(v.age_band, [0, 101], "s.ages")
    assert (error.path, error.message) == ("s.ages[1]", "101 is above the maximum 100")
    assert refused(v.age_band, [0.5, 3], "s.ages").path == "s.ages[0]"
    assert refused(v.age_band, "0-4", "s.ages").message == (
        'expected a list [...], found text "0-4"'
    )


def test_an_age_group_is_text_parsed_as_people_write_it() -> None:
    assert v.age_group("15-64", "g") == (15, 64)
    assert v.age_group("100+", "g") == (100, 100)
    assert refused(v.age_group, 15, "rows[0].age_group").message == "expected text, found 15"


def test_text_that_no_document_can_hold_is_refused_naming_the_character() -> None:
    from engine.format.validate import text

    cases = (("a\x0bb", "000B", 2), ("\x1b[2J", "001B", 1), ("x\ud800", "D800", 2))
    for bad, code, position in cases:
        with pytest.raises(InputError) as raised:
            text(bad, "matrix[0].notes")
        assert raised.value.one_line() == (
            f"matrix[0].notes: holds the control character U+{code} at position {position}, "
            "which no report or workbook can hold; remove it"
        )
    assert text("tab\there\nnew line\r\n", "x") == "tab\there\nnew line\r\n"


def test_typed_text_keeps_its_line_breaks_and_loses_the_rest() -> None:
    from engine.format.validate import clean_text

    word_paste = "Agreed\x0bper MoF\x0cletter\u2028of 3 May\u2029\x07end\x1b"
    assert clean_text(word_paste) == "Agreed\nper MoF\nletter\nof 3 May\nend"
    assert clean_text("ພາສາລາວ\tFrançais") == "ພາສາລາວ\tFrançais"
