"""Undo entries hold an edit's inverse (and, once undone, the edit again); the stack moving
applies nothing by itself, so only the document, after saving, changes the project."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack

from engine.edits.builders import set_scenario_field
from engine.edits.commands import FIELD, Put
from engine.format.json_file import dumps_project
from engine.store.files import read_project
from engine.store.project_store import ProjectStore
from gui.document.project_document import ProjectDocument
from gui.document.undo import EditEntry


@pytest.fixture
def document(qtbot, sample_file) -> Iterator[ProjectDocument]:
    opened = ProjectDocument(ProjectStore.open(sample_file))
    yield opened
    opened.close()


def test_an_entry_holds_its_label_and_inverse_and_no_forward_yet(qapp) -> None:
    inverse = Put(FIELD, "name", "Before")
    entry = EditEntry("Rename", inverse)
    assert (entry.text(), entry.inverse, entry.forward) == ("Rename", inverse, None)


def test_moving_the_stack_alone_changes_nothing(document) -> None:
    before = dumps_project(document.project)
    stack = QUndoStack()
    stack.push(EditEntry("Rename", Put(FIELD, "name", "Never applied")))  # push calls redo()
    stack.undo()
    stack.redo()
    assert dumps_project(document.project) == before
    assert dumps_project(read_project(document.path)) == before


def test_the_document_fills_the_entry_as_it_undoes_and_redoes(document) -> None:
    command = set_scenario_field(document.project, "child-benefit", "admin_rate", 0.07)
    original = set_scenario_field(document.project, "child-benefit", "admin_rate", 0.05)
    document.apply(command, "admin 7 %")
    entry = document.undo_stack.command(0)
    assert isinstance(entry, EditEntry) and entry.text() == "admin 7 %"
    assert entry.inverse == original and entry.forward is None
    assert document.undo()
    assert entry.forward == command  # the edit again, ready for redo
    assert document.project.scenario("child-benefit").admin_rate == 0.05
    assert document.redo()
    assert entry.inverse == original
    assert read_project(document.path).scenario("child-benefit").admin_rate == 0.07
