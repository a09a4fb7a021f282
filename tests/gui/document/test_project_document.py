"""Undo that cannot lie: when the disk fails during undo or redo, the stack, the project in
memory and the file on disk still agree, and the user is told why in one sentence; an edit
recomputes only what it changed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engine.edits.builders import set_scenario_field
from engine.format.json_file import dumps_project
from engine.format.write import project_to_dict
from engine.method.compute import compute
from engine.store.files import read_project, write_project
from engine.store.project_store import ProjectStore
from gui.document.project_document import ProjectDocument
from tests.engine.method.test_incremental import same_results
from tests.gui.conftest import SAMPLE


class FailingDisk:
    """The store's real SQLite connection, with the disk failing at COMMIT once armed:
    the writes of the transaction happen, then the commit fails part-way."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.failing = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self.failing and sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError("disk I/O error")
        return self.connection.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.connection, name)


def on_disk(path: Path) -> str:
    return dumps_project(read_project(path))


def in_memory(document: ProjectDocument) -> str:
    return dumps_project(document.project)


@pytest.fixture
def document(qtbot, sample_file) -> Iterator[ProjectDocument]:
    opened = ProjectDocument(ProjectStore.open(sample_file))
    yield opened
    opened.close()


def admin(document: ProjectDocument, rate: float) -> None:
    command = set_scenario_field(document.project, "child-benefit", "admin_rate", rate)
    document.apply(command, f"admin {rate}")


def test_a_disk_failure_during_undo_and_redo_keeps_stack_memory_and_file_in_step(
    document, qtbot
) -> None:
    disk = FailingDisk(document.store.connection)
    document.store.connection = disk  # type: ignore[assignment]
    admin(document, 0.07)
    after_first = on_disk(document.path)
    admin(document, 0.09)
    after_second = on_disk(document.path)
    stack = document.undo_stack
    refusals: list[str] = []
    document.refused.connect(lambda what, error: refusals.append(f"{what}: {error.message}"))

    disk.failing = True
    assert document.undo() is False
    assert stack.index() == 2 and not stack.canRedo()
    assert in_memory(document) == on_disk(document.path) == after_second
    assert len(refusals) == 1 and "\n" not in refusals[0]
    assert refusals[0].startswith('Could not undo "admin 0.09"') and "disk I/O error" in refusals[0]

    disk.failing = False
    assert document.undo() is True
    assert stack.index() == 1
    assert in_memory(document) == on_disk(document.path) == after_first

    disk.failing = True
    assert document.redo() is False
    assert stack.index() == 1 and stack.canRedo()
    assert in_memory(document) == on_disk(document.path) == after_first
    assert refusals[-1].startswith('Could not redo "admin 0.09"')

    disk.failing = False
    assert document.redo() is True
    assert stack.index() == 2
    assert in_memory(document) == on_disk(document.path) == after_second
    assert document.results.terms["child-benefit"].admin_rate == 0.09


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small filesystem needs root")
def test_a_full_disk_during_undo_changes_nothing(qtbot, tmp_path) -> None:
    """A real full disk: a 2 MB tmpfs holding the project, filled before the undo."""
    mount = tmp_path / "stick"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    try:
        path = mount / "lao.abnd"
        write_project(read_project(SAMPLE), path)
        document = ProjectDocument(ProjectStore.open(path))
        try:
            admin(document, 0.07)
            saved = project_to_dict(document.project)
            filler = mount / "filler"
            try:
                with filler.open("wb") as handle:
                    while True:
                        handle.write(b"\0" * 4096)
                        handle.flush()
            except OSError:
                pass  # the disk is full
            assert document.undo() is False
            assert document.undo_stack.index() == 1
            assert project_to_dict(document.project) == saved
            filler.unlink()
            assert project_to_dict(read_project(path)) == saved
            assert document.undo() is True  # space again: the undo goes through
        finally:
            document.close()
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_an_edit_recomputes_only_what_it_changed_and_equals_a_full_compute(document) -> None:
    """The window's recompute is incremental: the other scenarios' terms are taken again,
    and the results are those of a full compute to the last bit, after undo too."""
    before = document.results
    admin(document, 0.07)
    after = document.results
    assert after.terms["child-benefit"] is not before.terms["child-benefit"]
    assert after.terms["social-pension-65"] is before.terms["social-pension-65"]
    same_results(after, compute(document.project, strict=False))
    assert document.undo() is True
    same_results(document.results, compute(document.project, strict=False))
    assert (
        document.results.terms["child-benefit"].admin_rate
        == before.terms["child-benefit"].admin_rate
    )


# ------------------------------------------------------------------ history and merges


def test_edits_undo_and_redo_are_recorded_under_the_author(document) -> None:
    document.author = "Somchai"
    admin(document, 0.07)
    edit_id = document.store.last_entry.id
    assert document.undo() and document.redo()
    history = document.history()
    assert [(e.author, e.label) for e in history] == [
        ("Somchai", "admin 0.07"),
        ("Somchai", "Undo: admin 0.07"),
        ("Somchai", "Redo: admin 0.07"),
    ]
    assert (history[1].undoes, history[2].redoes) == (edit_id, edit_id)


def test_a_comment_and_a_version_tell_the_history_panel(document, qtbot) -> None:
    admin(document, 0.07)
    with qtbot.waitSignal(document.history_changed):
        document.set_comment(document.store.last_entry.id, "per MoF letter of 3 May")
    assert document.history()[0].comment == "per MoF letter of 3 May"
    with qtbot.waitSignal(document.history_changed):
        version = document.save_version("Validated")
    assert version.number == 1 and document.store.versions()[0].name == "Validated"


def test_a_merge_is_one_undoable_edit(document, tmp_path) -> None:
    theirs = tmp_path / "theirs.abnd"
    document.save_as(theirs)
    with ProjectStore.open(theirs) as store:
        store.author = "Noy"
        store.apply(set_scenario_field(store.project, "child-benefit", "admin_rate", 0.09))
    before = in_memory(document)
    plan = document.plan_merge(theirs)
    assert document.merge(plan, "mine", "Merge theirs")
    assert document.project.scenario("child-benefit").admin_rate == 0.09
    assert document.undo_stack.undoText() == "Merge theirs"
    assert document.undo()
    assert in_memory(document) == before == on_disk(document.path)
    assert document.redo()
    assert document.project.scenario("child-benefit").admin_rate == 0.09
    labels = [e.label for e in document.history()]
    assert labels[-3:] == ["Merge theirs", "Undo: Merge theirs", "Redo: Merge theirs"]
    assert not document.merge(document.plan_merge(theirs), "mine", "Again")  # nothing left


def test_text_pasted_from_a_word_processor_is_saved_with_its_line_breaks(document) -> None:
    """Word's line break (a vertical tab) would be refused in a file; typed in the window
    it becomes a new line, and a stray control character is dropped, in the file too."""
    from engine.edits.builders import set_matrix_cells

    row = document.project.matrix[0]
    pasted = set_matrix_cells(document.project, row.id, {"notes": "Agreed\x0bper MoF\x07"})
    document.apply(pasted, "Paste", comment="letter\x0bof 3 May")
    assert document.project.matrix[0].notes == "Agreed\nper MoF"
    assert "Agreed\\nper MoF" in on_disk(document.path)
    assert document.history()[-1].comment == "letter\nof 3 May"
