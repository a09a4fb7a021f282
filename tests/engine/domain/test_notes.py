"""Warnings and notes: one line for a person, a dict for a file, the path to jump to."""

from __future__ import annotations

from engine.domain.notes import Warning_


def test_one_line_starts_with_the_level_and_names_the_path() -> None:
    warning = Warning_("gdp_mismatch", "differs by +3.0 %", "economy.gdp_nominal.2031")
    assert warning.one_line() == "warning: economy.gdp_nominal.2031: differs by +3.0 %"
    note = Warning_("births_from_age_0", "births taken as age 0", "population.births", "note")
    assert note.one_line() == "note: population.births: births taken as age 0"
    assert Warning_("x", "no place").one_line() == "warning: no place"


def test_to_dict_holds_every_part() -> None:
    warning = Warning_("missing_budget", "not given", "economy.gov_revenue_share_gdp")
    assert warning.to_dict() == {
        "level": "warning",
        "code": "missing_budget",
        "path": "economy.gov_revenue_share_gdp",
        "message": "not given",
    }
