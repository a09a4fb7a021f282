"""A what-if run edits a scratch copy: discarding leaves the project file byte for byte as it
was; keeping makes the run's changes one undoable edit of the project."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.edits.builders import set_economy_value, set_package_member
from engine.edits.levers import levers_of, set_lever
from engine.store.project_store import ProjectStore
from gui.document.project_document import ProjectDocument
from gui.document.what_if import WhatIf


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def origin(qtbot, sample_file: Path) -> Iterator[ProjectDocument]:
    document = ProjectDocument(ProjectStore.open(sample_file))
    yield document
    document.close()


def play(run: WhatIf) -> None:
    """What a room does: the pension's benefit doubled, the child benefit put in "low"."""
    scratch = run.scratch
    project = scratch.project
    (benefit, *_) = levers_of(project.scenario("social-pension-65"))
    scratch.apply(set_lever(project, benefit, 60), "pension 60 %")
    scratch.apply(
        set_package_member(scratch.project, "low", "child-benefit", True), "child benefit in"
    )


def test_discard_leaves_the_project_file_byte_for_byte(origin, tmp_path) -> None:
    before = digest(origin.path)
    run = WhatIf(origin, tmp_path / "what-if")
    play(run)
    assert run.scratch.project.scenario("social-pension-65").benefit.percent == 60
    assert origin.project.scenario("social-pension-65").benefit.percent == 30  # untouched
    run.discard()
    assert digest(origin.path) == before
    assert not run.path.exists() and list((tmp_path / "what-if").iterdir()) == []


def test_keep_is_one_undo_step_that_undo_takes_back(origin, tmp_path) -> None:
    start = origin.project
    steps = origin.undo_stack.count()
    run = WhatIf(origin, tmp_path / "what-if")
    play(run)
    assert run.keep("Workshop changes")
    kept = origin.project
    assert kept.scenario("social-pension-65").benefit.percent == 60
    assert "child-benefit" in kept.package("low").scenarios
    assert origin.undo_stack.count() == steps + 1
    assert origin.undo_stack.undoText() == "Workshop changes"
    assert origin.undo()
    assert origin.project.scenarios == start.scenarios
    assert origin.project.packages == start.packages
    assert not run.path.exists()


def test_keep_applies_only_what_the_run_changed(origin, tmp_path) -> None:
    run = WhatIf(origin, tmp_path / "what-if")
    play(run)
    # meanwhile, in the main window, someone corrects the poverty line
    origin.apply(set_economy_value(origin.project, "poverty_line_monthly", 700000), "line")
    run.keep("Workshop changes")
    assert origin.project.economy.poverty_line_monthly == 700000
    assert origin.project.scenario("social-pension-65").benefit.percent == 60
    unchanged = [s for s in origin.project.scenarios if s.id != "social-pension-65"]
    assert unchanged == [s for s in run.start.scenarios if s.id != "social-pension-65"]


def test_a_run_with_no_change_keeps_nothing(origin, tmp_path) -> None:
    before = digest(origin.path)
    steps = origin.undo_stack.count()
    run = WhatIf(origin, tmp_path / "what-if")
    assert not run.changed()
    assert run.keep("Workshop changes") is False
    assert origin.undo_stack.count() == steps and digest(origin.path) == before


def test_copies_left_by_a_crash_are_removed_when_a_run_starts(origin, tmp_path) -> None:
    folder = tmp_path / "what-if"
    folder.mkdir()
    stale = folder / "what-if-deadbeef.abnd"
    stale.write_bytes(b"left behind")
    (folder / "what-if-deadbeef.abnd-journal").write_bytes(b"journal")
    run = WhatIf(origin, folder)
    assert not stale.exists() and not (folder / "what-if-deadbeef.abnd-journal").exists()
    run.discard()
