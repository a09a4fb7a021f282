"""The merge dialog: conflicts side by side with who and when, chosen each way, typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.edits.builders import set_matrix_cells
from engine.edits.merge import Typed
from engine.edits.paths import set_command
from engine.store.project_store import ProjectStore
from gui.history.merge_dialog import BASE, FIELD, MINE, THEIRS, MergeDialog
from gui.shell import group_work


def copies(window, tmp_path: Path) -> Path:
    """The window's project and a copy, each changing the poverty line and one row."""
    theirs = tmp_path / "luang-prabang.abnd"
    document = window.document
    document.save_as(theirs)
    document.author = "Somchai"
    document.apply(set_command(document.project, "economy.poverty_line_monthly", 650000), "set")
    document.apply(set_matrix_cells(document.project, "disability", {"notes": "mine"}), "n")
    with ProjectStore.open(theirs) as store:
        store.author = "Noy"
        store.apply(set_command(store.project, "economy.poverty_line_monthly", 640000))
        store.apply(set_command(store.project, "scenarios.child-benefit.admin_rate", 0.06))
        store.apply(set_command(store.project, "matrix.maternity", None))
    document.apply(set_matrix_cells(document.project, "maternity", {"notes": "kept"}), "n")
    return theirs


def test_conflicts_show_base_mine_theirs_with_who_and_when(window, tmp_path) -> None:
    theirs = copies(window, tmp_path)
    dialog = group_work.merge_file(window, theirs)
    assert isinstance(dialog, MergeDialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, FIELD).text() == "Economy: poverty line, per person a month"
    assert table.item(0, BASE).text() == "600,981"
    assert table.item(0, MINE).text().startswith("650,000\nSomchai · ")
    assert table.item(0, THEIRS).text().startswith("640,000\nNoy · ")
    assert table.item(1, FIELD).text() == 'Matrix row "maternity": the whole entry'
    assert table.item(1, MINE).text().startswith("edited\nSomchai")
    assert table.item(1, THEIRS).text().startswith("deleted\nNoy")
    assert [dialog.keep[1].itemText(i) for i in range(2)] == ["Keep it, edited", "Delete it"]
    dialog.choose(0, "typed", "645,000")
    dialog.choose(1, "theirs")
    assert dialog.choices() == {
        ("economy", "poverty_line_monthly"): Typed(645000.0),
        ("matrix", "maternity"): "theirs",
    }
    dialog.accept()  # the window merges: one edit
    project = window.document.project
    assert project.economy.poverty_line_monthly == 645000
    assert project.scenario("child-benefit").admin_rate == 0.06
    assert "maternity" not in [m.id for m in project.matrix]
    assert window.undo_action.text() == "Undo Merge changes from luang-prabang.abnd"
    window.undo()
    assert window.document.project.economy.poverty_line_monthly == 650000
    assert "maternity" in [m.id for m in window.document.project.matrix]


@pytest.mark.parametrize("side, expected", [(0, 650000), (1, 640000)])
def test_one_button_resolves_everything_one_way(window, tmp_path, side, expected) -> None:
    theirs = copies(window, tmp_path)
    dialog = group_work.merge_file(window, theirs)
    assert dialog is not None
    dialog.choose_all(side)
    dialog.accept()
    assert window.document.project.economy.poverty_line_monthly == expected


def test_a_typed_value_that_cannot_be_read_keeps_the_dialog_open(window, tmp_path) -> None:
    dialog = group_work.merge_file(window, copies(window, tmp_path))
    assert dialog is not None
    dialog.choose(0, "typed", "six hundred")
    dialog._accept()
    assert dialog.error.text().startswith("Economy: poverty line, per person a month: ")
    assert window.document.project.economy.poverty_line_monthly == 650000


def test_unrelated_files_and_nothing_to_merge_are_said_in_one_sentence(window, tmp_path) -> None:
    from engine.format.read import project_from_dict
    from tests.engine.builders import base_project

    other = tmp_path / "other.abnd"
    ProjectStore.create(other, project_from_dict(base_project())).close()
    assert group_work.merge_file(window, other) is None
    same = tmp_path / "same.abnd"
    window.document.save_as(same)
    assert group_work.merge_file(window, same) is None
