"""Merging copies of one project: three-way from their shared history, conflicts, undo,
and the property that a merge taking theirs equals applying mine's edits then theirs'."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.domain.errors import InputError
from engine.edits.builders import add_matrix_comment
from engine.edits.changes import project_flat
from engine.edits.merge import Typed
from engine.edits.paths import set_command
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.store import journal
from engine.store.merging import apply_merge, conflict_line, plan_merge
from engine.store.project_store import ProjectStore
from tests.engine.builders import base_project, scenario

Edit = tuple[str, Any]


def small_document() -> dict[str, Any]:
    """Two scenarios (children, elderly), a package, two matrix rows: quick to merge."""
    document = base_project(
        scenarios=[
            scenario("child", "custom", beneficiaries=100, benefit=_benefit(), admin_rate=0.05),
            scenario(
                "pension",
                "age_cash",
                guarantee="elderly",
                ages=[65, 100],
                benefit=_benefit(),
                admin_rate=0.05,
            ),
        ],
        packages=[{"id": "p", "name": "Package", "scenarios": ["child", "pension"]}],
        matrix=[
            {"id": "m1", "guarantee": "children", "recommendation": "Child benefit"},
            {"id": "m2", "guarantee": "elderly", "recommendation": "Social pension"},
        ],
    )
    document["population"]["rows"] = [
        r for r in document["population"]["rows"] if r["age"] in (0, 1, 2, 64, 65, 66, 100)
    ]
    return document


def _benefit() -> dict[str, Any]:
    return {"type": "fixed", "monthly_amount": 10, "indexation": "none"}


@pytest.fixture
def copies(tmp_path) -> tuple[Path, Path]:
    mine, theirs = tmp_path / "mine.abnd", tmp_path / "theirs.abnd"
    ProjectStore.create(mine, project_from_dict(small_document())).close()
    shutil.copy(mine, theirs)
    return mine, theirs


def edit(path: Path, author: str, edits: list[Edit]) -> None:
    with ProjectStore.open(path) as store:
        store.author = author
        for field, value in edits:
            store.apply(set_command(store.project, field, value), label=f"set {field}")


def applied(edits: list[Edit]) -> dict[str, Any]:
    """The small project with ``edits`` applied in order, in memory."""
    from engine.edits.apply import apply

    project = project_from_dict(small_document())
    for field, value in edits:
        project, _ = apply(project, set_command(project, field, value))
    return project_to_dict(project)


def merge(mine: Path, theirs: Path, choices: Any = "mine", author: str = "Lead") -> Any:
    with ProjectStore.open(mine) as store:
        store.author = author
        found = plan_merge(store, theirs)
        apply_merge(store, found, choices)
        return found


def document_of(path: Path) -> dict[str, Any]:
    with ProjectStore.open(path, read_only=True) as store:
        return project_to_dict(store.project)


CHILDREN: list[Edit] = [
    ("scenarios.child.admin_rate", 0.07),
    ("matrix.m1.recommendation", "A child benefit from 2027"),
    ("matrix.m1.status", "discussed"),
]
ELDERLY: list[Edit] = [
    ("scenarios.pension.benefit.monthly_amount", 25),
    ("matrix.m2.notes", "MoF asks for tiers"),
    ("packages.p.name", "Pension first"),
]


def test_edits_in_different_guarantees_merge_as_both_edit_lists_in_either_order(copies) -> None:
    mine, theirs = copies
    edit(mine, "Somchai", CHILDREN)
    edit(theirs, "Noy", ELDERLY)
    found = merge(mine, theirs)
    assert found.conflicts == () and found.taken == 3
    merged = document_of(mine)
    assert merged == applied(CHILDREN + ELDERLY) == applied(ELDERLY + CHILDREN)


def test_one_field_edited_on_both_sides_is_one_conflict_resolved_each_way(copies, tmp_path) -> None:
    mine, theirs = copies
    edit(mine, "Somchai", [("economy.poverty_line_monthly", 120), ("matrix.m1.notes", "a")])
    edit(theirs, "Noy", [("economy.poverty_line_monthly", 130), ("matrix.m2.notes", "b")])
    with ProjectStore.open(mine, read_only=True) as store:
        found = plan_merge(store, theirs)
    (only,) = found.conflicts
    assert only.conflict.path == ("economy", "poverty_line_monthly")
    assert (only.conflict.base, only.conflict.mine, only.conflict.theirs) == (100, 120, 130)
    assert only.mine_by.author == "Somchai" and only.theirs_by.author == "Noy"
    line = conflict_line(only)
    assert line.startswith(
        "economy.poverty_line_monthly (Economy: poverty line, per person a month)"
    )
    assert "base 100 | mine 120 (Somchai, " in line and "| theirs 130 (Noy, " in line
    for choice, expected in (("mine", 120), ("theirs", 130), (Typed(125), 125)):
        copy = tmp_path / f"resolved-{expected}.abnd"
        shutil.copy(mine, copy)
        key = ("economy", "poverty_line_monthly")
        merge(copy, theirs, {key: choice})
        document = document_of(copy)
        assert document["economy"]["poverty_line_monthly"] == expected
        assert [m["notes"] for m in document["matrix"]] == ["a", "b"]  # the rest merged


def test_deleted_on_one_side_and_edited_on_the_other_is_a_conflict(copies, tmp_path) -> None:
    mine, theirs = copies
    edit(mine, "Somchai", [("matrix.m2", None)])
    edit(theirs, "Noy", [("matrix.m2.recommendation", "Social pension at 70")])
    with ProjectStore.open(mine, read_only=True) as store:
        found = plan_merge(store, theirs)
    (only,) = found.conflicts
    assert only.conflict.path == ("matrix", "m2") and only.conflict.deleted_on == "mine"
    assert "deleted in mine, edited in the other" in conflict_line(only)
    kept = tmp_path / "kept.abnd"
    shutil.copy(mine, kept)
    merge(kept, theirs, "theirs")
    assert [m["id"] for m in document_of(kept)["matrix"]] == ["m1", "m2"]
    assert document_of(kept)["matrix"][1]["recommendation"] == "Social pension at 70"
    merge(mine, theirs, "mine")
    assert [m["id"] for m in document_of(mine)["matrix"]] == ["m1"]


def test_deleted_on_one_side_and_untouched_on_the_other_is_deleted(copies) -> None:
    mine, theirs = copies
    edit(mine, "Somchai", [("matrix.m1.notes", "x")])
    edit(theirs, "Noy", [("matrix.m2", None)])
    found = merge(mine, theirs)
    assert found.conflicts == ()
    assert [m["id"] for m in document_of(mine)["matrix"]] == ["m1"]


def test_a_copy_merged_with_itself_or_an_identical_copy_changes_nothing(copies) -> None:
    mine, theirs = copies
    edit(mine, "Somchai", CHILDREN)
    before = mine.read_bytes()
    with ProjectStore.open(mine) as store:
        found = plan_merge(store, mine)
        assert found.nothing_to_do and apply_merge(store, found) is None
    assert mine.read_bytes() == before
    shutil.copy(mine, theirs)
    with ProjectStore.open(mine) as store:
        assert apply_merge(store, plan_merge(store, theirs)) is None
    assert mine.read_bytes() == before


def test_unrelated_projects_and_json_files_are_refused_in_one_line(copies, tmp_path) -> None:
    mine, _ = copies
    other = tmp_path / "other.abnd"
    ProjectStore.create(other, project_from_dict(base_project(name="Another project"))).close()
    with ProjectStore.open(mine) as store:
        with pytest.raises(InputError) as raised:
            plan_merge(store, other)
        assert raised.value.one_line() == (
            f"{other}: is not a copy of mine.abnd: they are two different projects, which "
            "cannot be merged (copies of one project share its history)"
        )
        exchange = tmp_path / "x.json"
        exchange.write_text("{}", encoding="utf-8")
        with pytest.raises(InputError, match="only copies of a project file can be merged"):
            plan_merge(store, exchange)


def test_a_merge_keeps_both_sides_entries_with_their_authors(copies) -> None:
    mine, theirs = copies
    edit(mine, "Somchai", CHILDREN[:1])
    edit(theirs, "Noy", ELDERLY[:2])
    merge(mine, theirs, author="Lead")
    with ProjectStore.open(mine, read_only=True) as store:
        history = store.history()
    assert [(e.author, e.via is not None, e.is_merge) for e in history] == [
        ("Somchai", False, False),
        ("Noy", True, False),
        ("Noy", True, False),
        ("Lead", False, True),
    ]
    assert history[-1].label == "Merge changes from theirs.abnd"


def test_merges_both_ways_then_nothing_is_left_to_merge(copies) -> None:
    """After each copy merged the other (a conflict resolved once), they hold the same
    project, and a later change on one side merges into the other without a conflict."""
    mine, theirs = copies
    edit(mine, "Somchai", [("economy.poverty_line_monthly", 120)])
    edit(theirs, "Noy", [("economy.poverty_line_monthly", 130), ("matrix.m2.notes", "b")])
    merge(mine, theirs, "mine")
    found = merge(theirs, mine)
    assert found.conflicts == ()  # the resolution travelled with the history
    assert document_of(mine) == document_of(theirs)
    with ProjectStore.open(mine) as store:
        assert plan_merge(store, theirs).outcome.taken == ()
    edit(theirs, "Noy", [("economy.poverty_line_monthly", 140)])
    found = merge(mine, theirs)
    assert found.conflicts == ()
    assert document_of(mine)["economy"]["poverty_line_monthly"] == 140


def test_an_undone_merge_can_be_merged_again(copies) -> None:
    mine, theirs = copies
    edit(theirs, "Noy", ELDERLY)
    before = document_of(mine)
    with ProjectStore.open(mine) as store:
        inverse = apply_merge(store, plan_merge(store, theirs))
        merge_id = store.last_entry.id
        store.apply(inverse, label="Undo merge", undoes=merge_id)
        assert project_to_dict(store.project) == before
        again = plan_merge(store, theirs)
        assert again.taken == 3  # the undone merge counts as not having happened
        apply_merge(store, again)
    assert document_of(mine) == applied(ELDERLY)


def test_new_rows_and_comments_from_both_sides_all_arrive_in_order(copies) -> None:
    mine, theirs = copies
    with ProjectStore.open(mine) as store:
        store.apply(set_command(store.project, "matrix.mine-1", _row("mine-1")))
        store.apply(add_matrix_comment(store.project, "m1", "MoF", "Mine", "S", "2025-05-03"))
    with ProjectStore.open(theirs) as store:
        store.apply(set_command(store.project, "matrix.theirs-1", _row("theirs-1")))
        store.apply(add_matrix_comment(store.project, "m1", "ILO", "Theirs", "N", "2025-05-04"))
    found = merge(mine, theirs)
    assert found.conflicts == ()
    matrix = document_of(mine)["matrix"]
    assert [m["id"] for m in matrix] == ["m1", "m2", "mine-1", "theirs-1"]
    assert [c["text"] for c in matrix[0]["comments"]] == ["Mine", "Theirs"]


def test_replaying_the_history_over_the_origin_gives_the_project(copies) -> None:
    mine, theirs = copies
    edit(mine, "Somchai", [*CHILDREN, ("matrix.m2", None)])
    edit(theirs, "Noy", [*ELDERLY[:1], ("economy.cpi_inflation", 0.04)])
    merge(mine, theirs)
    with ProjectStore.open(mine, read_only=True) as store:
        entries = journal.History.of(store.history()).entries
        replayed = journal.replay(store.origin(), entries)
        assert replayed.fields == project_flat(store.project).fields


def _row(row_id: str) -> dict[str, Any]:
    return {"id": row_id, "guarantee": "health", "recommendation": row_id}


# ------------------------------------------------------------------ the property

TEXTS = st.text(alphabet="abcdefgh ສະບາຍດີ", min_size=1, max_size=12)
FIELDS: dict[str, Any] = {
    "scenarios.child.admin_rate": st.sampled_from([0.01, 0.02, 0.08, 0.1]),
    "scenarios.pension.admin_rate": st.sampled_from([0.01, 0.03, 0.09]),
    "scenarios.child.name": TEXTS.map(lambda t: "Child " + t),
    "scenarios.pension.benefit.monthly_amount": st.sampled_from([11, 12, 20, 30]),
    "economy.poverty_line_monthly": st.sampled_from([90, 110, 150]),
    "economy.cpi_inflation": st.sampled_from([0.01, 0.04, 0.05]),
    "matrix.m1.recommendation": TEXTS.map(lambda t: "Rec " + t),
    "matrix.m2.notes": TEXTS,
    "matrix.m1.status": st.sampled_from(["discussed", "validated", "endorsed"]),
    "packages.p.scenarios": st.sampled_from([["child"], ["pension"], []]),
    "packages.p.name": TEXTS.map(lambda t: "P " + t),
}  # every value differs from the base's, so a field a side touched ends changed there


@st.composite
def edit_lists(draw: Any, side: str) -> list[tuple[str, Any]]:
    edits: list[tuple[str, Any]] = []
    for i in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["field", "field", "field", "row", "comment"]))
        if kind == "field":
            field = draw(st.sampled_from(sorted(FIELDS)))
            edits.append((field, draw(FIELDS[field])))
        elif kind == "row":
            edits.append((f"matrix.{side}-{i}", _row(f"{side}-{i}")))
        else:
            edits.append(("comment", (f"c-{side}-{i}", draw(TEXTS))))
    return edits


def run_edits(store: ProjectStore | None, project: Any, edits: list[tuple[str, Any]]) -> Any:
    from engine.edits.apply import apply

    for field, value in edits:
        if field == "comment":
            comment_id, text = value
            command = add_matrix_comment(project, "m1", "MoF", text, "", "", comment_id=comment_id)
        else:
            command = set_command(project, field, value)
        if store is not None:
            store.apply(command)
            project = store.project
        else:
            project, _ = apply(project, command)
    return project


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mine_edits=edit_lists("mine"), theirs_edits=edit_lists("theirs"))
def test_merging_with_take_theirs_equals_mine_then_theirs(
    tmp_path, mine_edits, theirs_edits
) -> None:
    for name in ("mine.abnd", "theirs.abnd"):
        (tmp_path / name).unlink(missing_ok=True)
    mine, theirs = tmp_path / "mine.abnd", tmp_path / "theirs.abnd"
    ProjectStore.create(mine, project_from_dict(small_document())).close()
    shutil.copy(mine, theirs)
    with ProjectStore.open(mine) as store:
        run_edits(store, store.project, mine_edits)
    with ProjectStore.open(theirs) as store:
        run_edits(store, store.project, theirs_edits)
    expected = run_edits(None, project_from_dict(small_document()), mine_edits + theirs_edits)
    merge(mine, theirs, "theirs")
    assert document_of(mine) == project_to_dict(expected)


def test_financing_sources_added_and_edited_on_two_copies_merge(tmp_path) -> None:
    """A source added on one copy and another source edited on the other both arrive; the
    same source's amount changed on both sides is one conflict."""
    document = small_document()
    document["financing_sources"] = [
        {"id": "vat", "name": "VAT", "kind": "tax_revenue", "unit": "pct_gdp", "amount": 0.5}
    ]
    document["packages"][0]["financing"] = ["vat"]
    mine, theirs = tmp_path / "mine.abnd", tmp_path / "theirs.abnd"
    ProjectStore.create(mine, project_from_dict(document)).close()
    shutil.copy(mine, theirs)
    aid = {"id": "aid", "name": "Aid", "kind": "aid_and_transfers", "unit": "lcu", "amount": 1e6}
    edit(
        mine, "Somchai", [("financing_sources.aid", aid), ("packages.p.financing", ["vat", "aid"])]
    )
    edit(theirs, "Noy", [("financing_sources.vat.feasibility", "Needs the reform")])
    found = merge(mine, theirs)
    assert found.conflicts == ()
    merged = project_from_dict(document_of(mine))
    assert [s.id for s in merged.financing_sources] == ["vat", "aid"]
    assert merged.financing_source("vat").feasibility == "Needs the reform"
    assert merged.package("p").financing == ("vat", "aid")
    edit(mine, "Somchai", [("financing_sources.vat.amount", 0.75)])
    edit(theirs, "Noy", [("financing_sources.vat.amount", 1.0)])
    conflicts = merge(mine, theirs).conflicts
    assert [side.conflict.path for side in conflicts] == [("financing_sources", "vat", "amount")]
