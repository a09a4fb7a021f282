"""A field's name in words from the engine's path, in the user's language."""

from __future__ import annotations

import pytest

from engine.format.json_file import load_project
from gui.common.field_names import field_name, item_path
from tests.gui.conftest import SAMPLE


@pytest.fixture(scope="module")
def project():
    return load_project(SAMPLE)


def test_country_data_fields_are_named_with_their_year_or_row(qapp, project) -> None:
    assert field_name("economy.poverty_line_monthly") == "Poverty line, per person a month"
    assert field_name("economy.real_gdp_growth.2031") == "Real GDP growth, 2031"
    assert field_name("population.rows[3]") == "Population, row 4"
    assert field_name("labour.participation_rate[0]") == "Labour force participation rate, row 1"
    assert field_name("years.base") == "Base year"


def test_items_are_named_by_their_name_and_field_label(qapp, project) -> None:
    first, package = project.scenarios[0], project.packages[0]
    assert field_name("scenarios[0]", project) == f'Scenario "{first.name}"'
    assert field_name("scenarios[0].admin_rate", project) == (
        f'Scenario "{first.name}": Administration'
    )
    assert field_name("scenarios[0].benefit.anchor", project) == (
        f'Scenario "{first.name}": Benefit, anchor'
    )
    assert field_name("scenarios[0].take_up.2031", project) == (
        f'Scenario "{first.name}": Take-up, 2031'
    )
    assert field_name("packages[0].fiscal_space_percent_gdp", project) == (
        f'Package "{package.name}": Fiscal space, % of GDP'
    )
    assert field_name("matrix[2].policy_gap", project) == "Matrix row 3: Policy gap"


def test_without_the_project_an_item_is_named_by_its_position(qapp) -> None:
    assert field_name("scenarios[4].admin_rate") == 'Scenario "5": Administration'


def test_a_path_it_does_not_know_is_shown_as_it_is(qapp, project) -> None:
    assert field_name("") == ""
    assert field_name("uncertainty.ranges") == "uncertainty.ranges"
    assert field_name("scenarios[0].no_such_field", project) == "scenarios[0].no_such_field"
    assert field_name("economy.no_such_series.2030") == "Economy, 2030"  # what it lies in


def test_item_path_splits_collection_position_field_and_rest() -> None:
    assert item_path("scenarios[2].benefit.anchor") == ("scenarios", 2, "benefit", ".anchor")
    assert item_path("matrix[0]") == ("matrix", 0, None, "")
    assert item_path("economy.cpi_inflation") is None


def test_names_follow_the_language(qapp, project) -> None:
    from gui.shell.language import install_language

    try:
        install_language("fr")
        french = field_name("economy.poverty_line_monthly")
        install_language("lo")
        lao = field_name("economy.poverty_line_monthly")
    finally:
        install_language("en")
    assert french.startswith("Seuil de pauvreté")
    assert any("\u0e80" <= ch <= "\u0eff" for ch in lao)
