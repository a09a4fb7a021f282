"""The history inside a project file: every edit and undo recorded, read back strictly,
and what counts when a merge was undone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.edits.builders import set_matrix_cells
from engine.edits.changes import Change
from engine.edits.flat import Flat
from engine.format.read import project_from_dict
from engine.store import journal
from engine.store.journal import Entry, effective, replay
from engine.store.project_store import ProjectStore
from tests.engine.store.test_merging import small_document


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "p.abnd"
    ProjectStore.create(path, project_from_dict(small_document())).close()
    opened = ProjectStore.open(path)
    opened.author = "Somchai"
    yield opened
    opened.close()


def test_an_edit_its_undo_and_its_redo_are_three_entries_that_survive_reopening(store) -> None:
    command = set_matrix_cells(store.project, "m1", {"notes": "per MoF"})
    inverse = store.apply(command, label="Edit notes", comment="letter of 3 May")
    edit_id = store.last_entry.id
    store.apply(inverse, label="Undo: Edit notes", undoes=edit_id)
    store.apply(command, label="Redo: Edit notes", redoes=edit_id)
    store.close()
    with ProjectStore.open(store.path, read_only=True) as reopened:
        entries = reopened.history()
    assert [(e.label, e.author, e.comment, e.undoes, e.redoes) for e in entries] == [
        ("Edit notes", "Somchai", "letter of 3 May", None, None),
        ("Undo: Edit notes", "Somchai", "", edit_id, None),
        ("Redo: Edit notes", "Somchai", "", None, edit_id),
    ]
    assert entries[0].changes == (Change(("matrix", "m1", "notes"), "", "per MoF"),)
    assert entries[1].changes == (Change(("matrix", "m1", "notes"), "per MoF", ""),)
    assert entries[0].time.endswith("Z") and len(entries[0].time) == 20
    assert len({e.id for e in entries}) == 3


def test_an_edit_that_changes_nothing_is_not_recorded(store) -> None:
    store.apply(set_matrix_cells(store.project, "m1", {"notes": ""}))
    assert store.last_entry is None and store.history() == []


def test_a_comment_can_be_added_later(store) -> None:
    store.apply(set_matrix_cells(store.project, "m1", {"notes": "x"}))
    store.set_comment(store.last_entry.id, "  per MoF letter of 3 May ")
    assert store.history()[0].comment == "per MoF letter of 3 May"
    store.set_comment(store.last_entry.id, "")
    assert store.history()[0].comment == ""


@pytest.mark.parametrize(
    "body",
    [
        '{"label": 5}',
        '{"changes": [{"path": "x"}]}',
        "[1]",
        '{"label": "a", "label": "b"}',
        "{",
        '{"undoes": 3}',
    ],
)
def test_a_damaged_entry_is_refused_naming_it(store, body) -> None:
    store.apply(set_matrix_cells(store.project, "m1", {"notes": "x"}))
    connection = sqlite3.connect(store.path)
    connection.execute("UPDATE journal SET body = ?", (body,))
    connection.commit()
    connection.close()
    with pytest.raises(InputError) as raised:
        store.history()
    assert raised.value.path == "table journal, entry 1"
    assert raised.value.message.startswith("is damaged")


def entry(entry_id: str, **fields) -> Entry:
    return Entry(id=entry_id, time="2025-05-03T09:00:00Z", author="a", **fields)


def test_an_undone_merge_and_what_it_brought_do_not_count_until_redone() -> None:
    entries = [
        entry("e1"),
        entry("x", via="inner"),  # brought to the other copy by its own merge "inner"
        entry("inner", via="m", merge={}),
        entry("t1", via="m"),
        entry("m", merge={}),
        entry("u", undoes="m"),
    ]
    assert [e.id for e in effective(entries)] == ["e1", "u"]
    assert [e.id for e in effective([*entries, entry("r", redoes="m")])] == [
        "e1",
        "x",
        "inner",
        "t1",
        "m",
        "u",
        "r",
    ]


def test_replay_sets_each_path_and_order_once_per_entry() -> None:
    origin = Flat({("name",): "A", ("economy", "x"): 1}, {"matrix": []})
    entries = [
        entry("1", changes=(Change(("name",), "A", "B"),)),
        entry("1", changes=(Change(("name",), "B", "C"),)),  # the same entry again: once
        entry("2", changes=(Change(("economy", "x"), 1), Change(("matrix",), [], ["m1"]))),
    ]
    replayed = replay(origin, entries)
    assert replayed.fields == {("name",): "B"} and replayed.orders["matrix"] == ["m1"]
    assert replay(origin, entries, only=frozenset({"2"})).fields == {("name",): "A"}


def test_entries_write_and_read_back_whole(tmp_path: Path) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE TABLE journal (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, time TEXT NOT NULL, "
        "author TEXT NOT NULL, body TEXT NOT NULL) STRICT"
    )
    made = entry(
        "m",
        label="Merge",
        comment="why",
        changes=(Change(("name",), "A", "B"),),
        merge={"from": "b.abnd"},
        settled=(Change(("name",), after="B"),),
    )
    journal.insert(connection, made)
    (back,) = journal.read(connection)
    assert back == Entry(**{**made.__dict__, "seq": 1})
