"""Applying edit commands to an immutable project: each returns the changed project and the
inverse that restores it exactly; a bad command is one InputError naming the place."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.edits.apply import apply, field_body, member_key, members, position_of
from engine.edits.commands import FIELD, FIELDS, Batch, Delete, Move, Put
from engine.format.write import project_to_dict, scenario_to_dict
from tests.engine.builders import build, scenario

BENEFIT = {"type": "fixed", "monthly_amount": 10}


@pytest.fixture
def project():
    return build(
        scenarios=[
            scenario("a", "age_cash", ages=[0, 2], benefit=BENEFIT),
            scenario("b", "age_cash", ages=[65, 100], benefit=BENEFIT, status="existing"),
        ],
        packages=[{"id": "p", "name": "P", "scenarios": ["a"]}],
        matrix=[
            {"id": "m1", "guarantee": "children", "scenario_ids": ["a"]},
            {"id": "m2", "guarantee": "elderly"},
        ],
    )


def refused(project, command) -> InputError:
    with pytest.raises(InputError) as raised:
        apply(project, command)
    return raised.value


def undone(project, command):
    """The changed project; its inverse must give back the project exactly."""
    changed, inverse = apply(project, command)
    restored, again = apply(changed, inverse)
    assert project_to_dict(restored) == project_to_dict(project)
    assert project_to_dict(apply(restored, again)[0]) == project_to_dict(changed)
    return changed


def test_members_are_keyed_by_id_or_by_year_sex_and_age(project) -> None:
    assert [member_key("scenario", s) for s in members(project, "scenario")] == ["a", "b"]
    rows = members(project, "population_row")
    assert len(rows) == 2 * 2 * 101
    assert member_key("population_row", rows[0]) == "2025|female|0"
    assert position_of(project, "matrix_row", "m2") == 1
    assert position_of(project, "population_row", "2027|male|100") == len(rows) - 1
    with pytest.raises(InputError) as raised:
        position_of(project, "package", "nope")
    assert raised.value.one_line() == 'packages: has no entry "nope"'


def test_a_new_member_goes_at_its_position_and_its_inverse_deletes_it(project) -> None:
    body = scenario("c", "age_cash", ages=[3, 5], benefit=BENEFIT)
    changed, inverse = apply(project, Put("scenario", "c", body, position=1))
    assert [s.id for s in changed.scenarios] == ["a", "c", "b"]
    assert inverse == Delete("scenario", "c")
    last = undone(project, Put("matrix_row", "m3", {"id": "m3", "guarantee": "health"}))
    assert [m.id for m in last.matrix] == ["m1", "m2", "m3"]  # no position: last


def test_replacing_a_member_keeps_its_place_and_the_inverse_puts_the_old_body(project) -> None:
    body = {**scenario_to_dict(project.scenario("a")), "admin_rate": 0.1}
    changed, inverse = apply(project, Put("scenario", "a", body))
    assert changed.scenarios[0].admin_rate == 0.1 and changed.scenarios[1].id == "b"
    assert inverse == Put("scenario", "a", scenario_to_dict(project.scenario("a")))
    undone(project, Put("scenario", "a", body))


def test_a_population_row_is_replaced_by_its_key(project) -> None:
    row = {"year": 2025, "sex": "male", "age": 7, "value": 1500}
    changed = undone(project, Put("population_row", "2025|male|7", row))
    (found,) = [r for r in changed.population.rows if (r.year, r.sex, r.age) == (2025, "male", 7)]
    assert found.value == 1500
    assert changed.population.unit == project.population.unit


def test_a_put_is_refused_when_its_body_names_another_key(project) -> None:
    body = scenario("c", "age_cash", ages=[3, 5], benefit=BENEFIT)
    error = refused(project, Put("scenario", "d", body))
    assert error.one_line() == 'scenarios[2]: its key is "c", not "d"'


def test_a_put_outside_the_list_or_of_an_unknown_kind_is_refused(project) -> None:
    body = scenario("c", "age_cash", ages=[3, 5], benefit=BENEFIT)
    assert refused(project, Put("scenario", "c", body, position=3)).one_line() == (
        "scenarios: position 3 is outside 0-2"
    )
    assert refused(project, Put("scenario", "c", body, position=-1)).one_line() == (
        "scenarios: position -1 is outside 0-2"
    )
    assert refused(project, Put("widget", "x", {})).one_line() == (
        'kind: "widget" is not something a project holds'
    )


def test_a_put_is_validated_by_the_format_reader_and_the_references(project) -> None:
    bad = {**scenario_to_dict(project.scenario("a")), "take_up": 95}
    error = refused(project, Put("scenario", "a", bad))
    assert error.path == "scenarios[0].take_up" and error.message.startswith("95 is above 1")
    package = {"id": "p", "name": "P", "scenarios": ["a", "ghost"]}
    assert refused(project, Put("package", "p", package)).one_line() == (
        'packages[0].scenarios[1]: "ghost" is not the id of any scenario'
    )


def test_deleting_a_member_returns_a_put_at_its_old_position(project) -> None:
    changed, inverse = apply(project, Delete("matrix_row", "m1"))
    assert [m.id for m in changed.matrix] == ["m2"]
    assert isinstance(inverse, Put) and inverse.position == 0 and inverse.key == "m1"
    undone(project, Delete("matrix_row", "m1"))
    assert refused(project, Delete("scenario", "nope")).one_line() == (
        'scenarios: has no entry "nope"'
    )


def test_deleting_a_scenario_still_referenced_is_refused(project) -> None:
    error = refused(project, Delete("scenario", "a"))
    assert error.message == '"a" is not the id of any scenario'
    assert error.path in ("packages[0].scenarios[0]", "matrix[0].scenario_ids[0]")


def test_moving_a_member_and_back(project) -> None:
    changed, inverse = apply(project, Move("matrix_row", "m1", 1))
    assert [m.id for m in changed.matrix] == ["m2", "m1"]
    assert inverse == Move("matrix_row", "m1", 0)
    undone(project, Move("scenario", "b", 0))
    assert refused(project, Move("matrix_row", "m1", 2)).one_line() == (
        "matrix: position 2 is outside 0-1"
    )


def test_every_project_field_has_a_body_and_an_unknown_one_is_refused(project) -> None:
    for key in FIELDS:
        field_body(project, key)  # each one readable
    assert field_body(project, "name") == "Hand-computed test project"
    assert field_body(project, "years") == {"base": 2025, "end": 2027}
    assert field_body(project, "births") is None and field_body(project, "sources") is None
    with pytest.raises(InputError) as raised:
        field_body(project, "colour")
    assert raised.value.one_line().startswith("colour: is not a project field (one of name, ")


@pytest.mark.parametrize(
    "key, body",
    [
        ("name", "Lao PDR, Vientiane workshop"),
        ("country", {"iso3": "LAO", "name": "Lao PDR", "currency": "LAK"}),
        ("years", {"base": 2025, "end": 2026}),
        ("population_unit", "thousands"),
        ("births", {"2025": 2000.0}),
        ("labour", None),
        ("labour", {"unemployment_rate": 0.05}),
        ("sources", {"population": "WPP 2024"}),
        ("uncertainty", {"ranges": [], "draws": 10, "seed": 3}),
    ],
)
def test_a_project_field_is_set_and_its_inverse_restores_it(project, key, body) -> None:
    changed = undone(project, Put(FIELD, key, body))
    assert field_body(changed, key) == body


def test_all_population_rows_are_replaced_at_once(project) -> None:
    rows = [
        {"year": year, "sex": "both", "age_group": group, "value": 10.0}
        for year in (2025, 2027)
        for group in [f"{a}-{a + 4}" for a in range(0, 100, 5)] + ["100+"]
    ]
    changed = undone(project, Put(FIELD, "population_rows", rows))
    assert len(changed.population.rows) == 42
    assert refused(project, Put(FIELD, "population_rows", [])).one_line() == (
        "population.rows: is empty; give at least one population row"
    )
    twice = [rows[0], rows[1], rows[0]]
    assert refused(project, Put(FIELD, "population_rows", twice)).one_line() == (
        "population.rows[2]: repeats row 0 (2025|both|0-4)"
    )


def test_a_required_field_cannot_be_removed(project) -> None:
    assert refused(project, Delete(FIELD, "economy")).one_line() == (
        "economy: is required and cannot be removed"
    )
    assert refused(project, Put(FIELD, "name", None)).one_line() == (
        "name: is required and cannot be removed"
    )
    changed = undone(project, Delete(FIELD, "labour"))
    assert changed.labour is None


def test_a_bad_field_value_is_refused_at_its_path(project) -> None:
    assert refused(project, Put(FIELD, "population_unit", "people")).path == "population.unit"
    assert refused(project, Put(FIELD, "name", "x" * 501)).message == (
        "text is 501 characters long; the limit is 500"
    )
    assert refused(project, Put(FIELD, "years", {"base": 2025, "end": 2020})).one_line() == (
        "years.end: 2020 is before the base year 2025"
    )


def test_a_batch_applies_in_order_and_its_inverse_undoes_in_reverse(project) -> None:
    body = scenario("c", "age_cash", ages=[3, 5], benefit=BENEFIT)
    batch = Batch(
        (
            Put("scenario", "c", body),
            Put("package", "p", {"id": "p", "name": "P", "scenarios": ["a", "c"]}),
            Move("scenario", "c", 0),
        )
    )
    changed, inverse = apply(project, batch)
    assert [s.id for s in changed.scenarios] == ["c", "a", "b"]
    assert changed.package("p").scenarios == ("a", "c")
    assert isinstance(inverse, Batch)
    assert [type(c) for c in inverse.commands] == [Move, Put, Delete]
    undone(project, batch)


def test_a_batch_with_one_bad_part_is_refused_whole(project) -> None:
    batch = Batch((Put(FIELD, "name", "Renamed"), Delete("scenario", "nope")))
    assert refused(project, batch).one_line() == 'scenarios: has no entry "nope"'
    assert project.name == "Hand-computed test project"  # the project itself never changes
