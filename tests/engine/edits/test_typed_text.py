"""The window's edits have their text cleaned before validation: a comment pasted from Word
keeps its line breaks instead of being refused."""

from __future__ import annotations

from engine.edits.apply import apply
from engine.edits.builders import set_matrix_cells
from engine.edits.commands import Batch, Delete
from engine.edits.typed_text import cleaned
from tests.engine.builders import build


def test_every_text_a_command_puts_is_cleaned_and_nothing_else_changes() -> None:
    project = build(matrix=[{"id": "m1", "guarantee": "children"}])
    pasted = set_matrix_cells(
        project, "m1", {"notes": "line 1\x0bline 2\x07", "agencies": ["MoF\x1b"]}
    )
    command = cleaned(Batch((pasted, Delete("scenario", "nothing"))))
    assert isinstance(command, Batch)
    changed, _ = apply(project, command.commands[0])
    assert changed.matrix[0].notes == "line 1\nline 2"
    assert changed.matrix[0].agencies == ("MoF",)
    assert command.commands[1] == Delete("scenario", "nothing")
    clean = set_matrix_cells(project, "m1", {"notes": "plain"})
    assert cleaned(clean) is clean  # nothing to clean: the same command
