"""Field names in words without a window: the report's case (English, or the catalogue the
report installs); a scenario's field is named by its scenario unless a label is given."""

from __future__ import annotations

from engine.domain import messages
from engine.domain.field_names import field_name, item_path
from engine.domain.i18n import set_translator
from engine.domain.numbers import CONVENTIONS
from engine.format.json_file import load_project
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


def test_names_in_english_without_a_catalogue() -> None:
    project = load_project(SAMPLE)
    first = project.scenarios[0].name
    assert field_name("economy.cpi_inflation.2030") == "CPI inflation, 2030"
    assert field_name("scenarios[0].admin_rate", project) == f'Scenario "{first}"'
    labels = {"admin_rate": "Administration"}.get
    assert field_name("scenarios[0].admin_rate", project, labels) == (
        f'Scenario "{first}": Administration'
    )
    assert field_name("no.such.path") == "no.such.path"
    assert item_path("packages[1].name") == ("packages", 1, "name", "")


def test_names_follow_the_translator_installed() -> None:
    set_translator(lambda context, text, *_: f"<{text}>" if context == "Fields" else text)
    try:
        assert field_name("labour.unemployment_rate") == "<Unemployment rate>"
    finally:
        set_translator(None)


def test_an_import_place_is_rendered_in_the_conventions_given() -> None:
    place = messages.translate("Engine", "row {row:,}", "tables.row").format(row=12345)
    assert field_name(place) == "row 12,345"
    assert field_name(place, convention=CONVENTIONS["fr"]) == "row 12\u202f345"


def test_financing_sources_are_named_by_their_names_by_position_or_by_id() -> None:
    project = load_project(REPO / "resources" / "examples" / "lao-pdr-sample.json")
    source = project.financing_sources[1]
    named = f'Financing source "{source.name}": Amount'
    assert field_name("financing_sources[1].amount", project) == named
    assert field_name(f"financing_sources.{source.id}.amount", project) == named
    assert field_name("financing_sources[1]", project) == f'Financing source "{source.name}"'
    assert field_name("packages[0].financing[0]", project).endswith(": Financing sources")
    assert field_name("financing_sources[1].amount") == 'Financing source "2": Amount'
