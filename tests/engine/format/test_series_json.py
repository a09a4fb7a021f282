"""Per-year series as the format writes them: a number holds from a start year, per-year
values carry forward from the last year given."""

from __future__ import annotations

from engine.format.series_json import per_year_json, value_in


def test_a_number_becomes_a_value_from_the_start_year() -> None:
    assert per_year_json(0.05, 2025) == {2025: 0.05}
    assert per_year_json(3, 2030) == {2030: 3.0}


def test_per_year_json_keys_become_years_and_values_floats() -> None:
    assert per_year_json({"2026": 1, "2030": 0.9}, 2025) == {2026: 1.0, 2030: 0.9}


def test_an_absent_series_has_no_values() -> None:
    assert per_year_json(None, 2025) == {}


def test_values_carry_forward_and_are_absent_before_the_first_year() -> None:
    values = {2026: 0.3, 2030: 0.9}
    assert value_in(values, 2025) is None
    assert value_in(values, 2026) == 0.3
    assert value_in(values, 2029) == 0.3  # carried forward from 2026
    assert value_in(values, 2030) == 0.9
    assert value_in(values, 2050) == 0.9
    assert value_in({}, 2030) is None
