"""Engine messages as the window shows them: translated, numbers in the language's
conventions, fields in words, and the field to go to."""

from __future__ import annotations

from dataclasses import replace

import pytest

from engine.domain.errors import InputError
from engine.domain.notes import Warning_
from engine.format.json_file import load_project
from engine.format.validate import text
from engine.method.compute import compute
from gui.common.messages import (
    error_line,
    linked_path,
    localized,
    target,
    warning_line,
    with_link,
)
from tests.gui.conftest import SAMPLE


@pytest.fixture(scope="module")
def without_poverty_line():
    """The sample with no poverty line: the scenarios anchored on it cannot be costed."""
    project = load_project(SAMPLE)
    return replace(project, economy=replace(project.economy, poverty_line_monthly=None))


def _first_error(project) -> tuple[str, InputError]:
    results = compute(project, strict=False)
    assert results.errors, "the sample has a scenario anchored on the poverty line"
    return next(iter(results.errors.items()))


def test_a_missing_anchor_names_the_field_in_words_and_links_to_it(
    qapp, without_poverty_line
) -> None:
    _, error = _first_error(without_poverty_line)
    assert "economy.poverty_line_monthly" in error.message  # the command line's words
    shown = localized(error.message, without_poverty_line)
    assert shown == "needs Poverty line, per person a month, which is not given"
    assert target(error) == "economy.poverty_line_monthly"
    link = with_link(error, without_poverty_line)
    assert 'href="field:economy.poverty_line_monthly"' in link
    assert linked_path("field:economy.poverty_line_monthly") == "economy.poverty_line_monthly"
    assert linked_path("https://example.org") is None


def test_an_error_line_names_file_and_place_in_words(qapp, without_poverty_line) -> None:
    scenario_id, error = _first_error(without_poverty_line)
    index = [s.id for s in without_poverty_line.scenarios].index(scenario_id)
    name = without_poverty_line.scenarios[index].name
    line = error_line(error, without_poverty_line)
    assert line.startswith(f'Scenario "{name}"')
    assert line.endswith("needs Poverty line, per person a month, which is not given")
    in_file = error_line(InputError("economy.cpi_inflation.2030", "is not a number", "a.json"))
    assert in_file == "a.json, CPI inflation, 2030: is not a number"


def test_warnings_and_notes_say_which_they_are(qapp) -> None:
    note = Warning_("births", "taken as age 0", "population.births", "note")
    assert warning_line(note) == "Note: Births: taken as age 0"
    assert warning_line(Warning_("x", "check this")) == "Warning: check this"
    assert target(note) == "population.births"


def test_in_french_the_template_is_translated_and_numbers_follow_french_conventions(
    qapp, without_poverty_line
) -> None:
    from gui.shell.language import install_language

    _, error = _first_error(without_poverty_line)
    with pytest.raises(InputError) as too_long:
        text("x" * 12000, "matrix[0].notes", max_length=10000)
    counted = too_long.value.message
    try:
        install_language("fr")
        french = localized(error.message, without_poverty_line)
        french_count = localized(counted)
    finally:
        install_language("en")
    assert "Seuil de pauvreté" in french and "needs" not in french
    assert "12\u202f000" in french_count and "10\u202f000" in french_count
    assert french_count != counted  # the sentence itself is French
