"""What an edit changed, field by field, looking only where the edit acted."""

from __future__ import annotations

from engine.edits.apply import apply
from engine.edits.builders import add_matrix_comment, set_matrix_cells, set_population_cell
from engine.edits.changes import (
    ABSENT,
    Change,
    changes_of,
    detailed,
    diff,
    merge_changes,
    project_flat,
)
from engine.edits.commands import FIELD, Batch, Delete, Move, Put, Replace
from engine.format.write import project_to_dict
from tests.engine.builders import build


def project():
    return build(
        matrix=[
            {"id": "m1", "guarantee": "children", "recommendation": "A"},
            {"id": "m2", "guarantee": "elderly"},
        ]
    )


def changed(command, before=None):
    before = before or project()
    after, _ = apply(before, command)
    found = changes_of(before, after, command)
    assert sorted(found, key=repr) == sorted(
        diff(project_flat(before), project_flat(after)), key=repr
    )
    return found


def test_a_cell_edit_is_one_change_with_both_values() -> None:
    start = project()
    assert changed(set_matrix_cells(start, "m1", {"recommendation": "B"}), start) == [
        Change(("matrix", "m1", "recommendation"), "A", "B")
    ]


def test_a_new_row_is_its_fields_and_the_new_order() -> None:
    found = changed(Put("matrix_row", "m3", {"id": "m3", "guarantee": "health"}, 0))
    assert Change(("matrix", "m3", "id"), ABSENT, "m3") in found
    assert Change(("matrix",), ["m1", "m2"], ["m3", "m1", "m2"]) in found


def test_a_deleted_row_and_a_moved_one() -> None:
    found = changed(Delete("matrix_row", "m1"))
    assert Change(("matrix", "m1", "recommendation"), "A", ABSENT) in found
    assert changed(Move("matrix_row", "m2", 0)) == [Change(("matrix",), ["m1", "m2"], ["m2", "m1"])]


def test_country_data_and_population_cells() -> None:
    start = project()
    economy = project_to_dict(start)["economy"] | {"poverty_line_monthly": 150}
    assert changed(Put(FIELD, "economy", economy), start) == [
        Change(("economy", "poverty_line_monthly"), 100, 150)
    ]
    found = changed(set_population_cell(start, 2025, "female", 3, 1200), start)
    assert [c.path for c in found] == [("population", "rows", "2025|female|3")]
    assert found[0].after["value"] == 1200


def test_a_comment_and_a_batch_and_a_whole_replace() -> None:
    start = project()
    command = add_matrix_comment(start, "m1", "MoF", "Agreed", "Noy", "2025-05-03", comment_id="c1")
    (only,) = changed(command, start)
    assert only.path == ("matrix", "m1", "comments", "c1") and only.before is ABSENT
    batch = Batch((Put(FIELD, "name", "X"), Put(FIELD, "name", "Y")))
    assert changed(batch, start) == [Change(("name",), "Hand-computed test project", "Y")]
    document = project_to_dict(start) | {"name": "Z"}
    assert changed(Replace(document), start) == [
        Change(("name",), "Hand-computed test project", "Z")
    ]


def test_consecutive_changes_of_one_path_merge_and_no_ops_go() -> None:
    changes = [Change(("name",), "a", "b"), Change(("name",), "b", "a"), Change(("x",), 1, 2)]
    assert merge_changes(changes) == [Change(("x",), 1, 2)]


def test_a_change_of_an_object_shows_as_the_keys_that_differ() -> None:
    change = Change(
        ("scenarios", "s", "benefit"),
        {"type": "anchor", "percent": 30, "tiers": {"a": 1}},
        {"type": "anchor", "percent": 45, "tiers": {"a": 2}},
    )
    assert detailed(change) == [
        Change(("scenarios", "s", "benefit", "percent"), 30, 45),
        Change(("scenarios", "s", "benefit", "tiers", "a"), 1, 2),
    ]
    comment = Change(("matrix", "m", "comments", "c"), {"text": "a"}, {"text": "b"})
    assert detailed(comment) == [comment]


def test_changes_write_and_read_as_json_with_absent_left_out() -> None:
    change = Change(("matrix", "m1", "notes"), ABSENT, "x")
    assert change.to_json() == {"path": ["matrix", "m1", "notes"], "after": "x"}
    assert Change.from_json(change.to_json()) == change
