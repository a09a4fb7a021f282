"""Edit commands: every entity has a stable key its body gives itself."""

from __future__ import annotations

from engine.edits.commands import COLLECTIONS, FIELDS, OPTIONAL_FIELDS, key_of, population_key


def test_a_population_row_is_keyed_by_year_sex_and_age_or_group() -> None:
    assert population_key({"year": 2025, "sex": "female", "age": 7, "value": 1}) == "2025|female|7"
    assert population_key({"year": 2030, "sex": "both", "age_group": "100+"}) == "2030|both|100+"
    assert key_of("population_row", {"year": 2025, "sex": "male", "age": 0}) == "2025|male|0"


def test_other_entities_are_keyed_by_their_id() -> None:
    assert key_of("scenario", {"id": "child-benefit", "name": "x"}) == "child-benefit"
    assert key_of("matrix_row", {"id": "m1"}) == "m1"
    assert key_of("scenario", {"name": "no id"}) == ""
    assert key_of("scenario", {"id": 7}) == ""  # not text: no key
    assert key_of("package", ["not", "a", "body"]) == ""


def test_optional_fields_are_project_fields_and_collections_name_their_json_lists() -> None:
    assert set(OPTIONAL_FIELDS) <= set(FIELDS)
    assert COLLECTIONS == {
        "population_row": "population.rows",
        "scenario": "scenarios",
        "package": "packages",
        "matrix_row": "matrix",
        "financing_source": "financing_sources",
    }
