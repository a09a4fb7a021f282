"""Flat fields: every project reads back from them, and paths read and write as text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from engine.domain.errors import InputError
from engine.edits.flat import flatten, parse_path, path_text, unflatten
from engine.format.json_file import load_project
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.runtime.resources import resource_path
from tests.conftest import DATA
from tests.engine.format.test_json_file import projects


@pytest.mark.parametrize("name", ["schema-v3.json", "thailand-child-2010.json"])
def test_a_project_is_its_flat_fields(name) -> None:
    document = project_to_dict(load_project(DATA / name))
    assert unflatten(flatten(document)) == document


def test_the_sample_flattens_to_fields_named_by_ids() -> None:
    document = project_to_dict(load_project(resource_path("examples", "lao-pdr-sample.json")))
    flat = flatten(document)
    assert flat.fields[("scenarios", "child-benefit", "admin_rate")] == 0.05
    assert flat.fields[("packages", "high", "scenarios")][0] == "child-benefit"
    assert ("population", "rows", "2025|female|3") in flat.fields
    assert flat.orders["matrix"][0] == "health-coverage"
    assert project_to_dict(project_from_dict(unflatten(flat))) == document


@settings(max_examples=30, deadline=None)
@given(document=projects())
def test_generated_projects_round_trip_through_flat_fields(document) -> None:
    normal = project_to_dict(project_from_dict(document))
    assert unflatten(flatten(normal)) == normal


def test_comments_are_fields_of_their_own() -> None:
    document = project_to_dict(load_project(DATA / "schema-v3.json"))
    flat = flatten(document)
    comment = flat.fields[("matrix", "m1", "comments", "c-0f3a9b21c4")]
    assert comment["agency"] == "MoF"
    assert ("matrix", "m1", "comments") not in flat.fields


@pytest.mark.parametrize(
    "text, path",
    [
        ("scenarios.child-benefit.admin_rate", ("scenarios", "child-benefit", "admin_rate")),
        ("sources.[economy.cpi_inflation]", ("sources", "economy.cpi_inflation")),
        ("population.rows.2025|female|0-4", ("population", "rows", "2025|female|0-4")),
        ("[a.b].c", ("a.b", "c")),
    ],
)
def test_paths_read_and_write_as_text(text, path) -> None:
    assert parse_path(text) == path
    assert path_text(path) == text


@pytest.mark.parametrize("text", ["", "a..b", "a.", ".a", "a[b]", "[a", "a.[b"])
def test_a_malformed_path_is_refused_with_an_example(text) -> None:
    with pytest.raises(InputError, match="is not a path: write its parts with dots"):
        parse_path(text)
