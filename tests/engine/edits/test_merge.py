"""Three-way merge of flat fields and of collection orders, by hand-made cases."""

from __future__ import annotations

from engine.edits.changes import ABSENT
from engine.edits.flat import Flat
from engine.edits.merge import Typed, merge_order, three_way


def flat(fields: dict, matrix: list[str] | None = None) -> Flat:
    return Flat({tuple(k.split(".")): v for k, v in fields.items()}, {"matrix": matrix or []})


def test_one_sided_changes_both_same_and_conflicts() -> None:
    base = flat({"economy.a": 1, "economy.b": 1, "economy.c": 1, "economy.d": 1})
    mine = flat({"economy.a": 2, "economy.b": 1, "economy.c": 5, "economy.d": 7})
    theirs = flat({"economy.a": 1, "economy.b": 3, "economy.c": 5, "economy.d": 8})
    outcome = three_way(base, mine, theirs)
    assert outcome.merged == {("economy", "a"): 2, ("economy", "b"): 3, ("economy", "c"): 5}
    (conflict,) = outcome.conflicts
    assert (conflict.path, conflict.base, conflict.mine, conflict.theirs) == (
        ("economy", "d"),
        1,
        7,
        8,
    )
    assert outcome.taken == (("economy", "b"),)
    for choice, value in (("mine", 7), ("theirs", 8), (Typed(9), 9)):
        assert outcome.resolve({("economy", "d"): choice}).fields[("economy", "d")] == value


def test_an_optional_field_removed_on_one_side_goes() -> None:
    base = flat({"economy.a": 1, "economy.b": 1})
    outcome = three_way(base, flat({"economy.a": 1}), base)
    assert outcome.merged == {("economy", "a"): 1} and outcome.conflicts == ()


def test_deleted_on_one_side_and_edited_on_the_other_is_one_entity_conflict() -> None:
    row = {"matrix.m1.id": "m1", "matrix.m1.notes": "", "matrix.m1.policy_gap": ""}
    base = flat(row, ["m1"])
    mine = flat({}, [])
    theirs = flat(row | {"matrix.m1.notes": "x", "matrix.m1.policy_gap": "y"}, ["m1"])
    outcome = three_way(base, mine, theirs)
    (conflict,) = outcome.conflicts
    assert conflict.path == ("matrix", "m1") and conflict.deleted_on == "mine"
    assert conflict.mine is ABSENT
    assert outcome.resolve("mine").fields == {}
    kept = outcome.resolve("theirs")
    assert kept.fields[("matrix", "m1", "notes")] == "x" and kept.orders["matrix"] == ["m1"]


def test_orders_keep_the_side_that_moved_and_place_additions_after_their_neighbour() -> None:
    assert merge_order(["a", "b", "c"], ["a", "b", "c"], ["c", "a", "b"], {"a", "b", "c"}) == [
        "c",
        "a",
        "b",
    ]
    assert merge_order(["a", "b"], ["b", "a"], ["a", "b"], {"a", "b"}) == ["b", "a"]
    # each side appended one: mine's first, as if mine's edits then theirs' were applied
    assert merge_order(["a", "b"], ["a", "b", "m"], ["a", "b", "t"], {"a", "b", "m", "t"}) == [
        "a",
        "b",
        "m",
        "t",
    ]
    # theirs inserted after a; mine deleted b
    assert merge_order(["a", "b"], ["a"], ["a", "t", "b"], {"a", "t"}) == ["a", "t"]
