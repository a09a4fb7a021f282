"""Undo entries for engine edits, driven by the document (never by QUndoStack itself).

An entry holds the edit and its inverse. The document applies one of them
through the store first, and only when that is saved does it move the stack,
whose ``undo``/``redo`` calls then do nothing: so a refused step (a pulled USB
stick, a full disk) leaves the stack, the project in memory and the file in step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from engine.edits.commands import Command


class EditEntry(QUndoCommand):
    """One engine edit on the stack; ``forward`` is None until it has been undone once.
    ``entry_id`` is the edit's entry in the project's history (undo and redo name it)."""

    def __init__(self, label: str, inverse: Command, entry_id: str | None = None) -> None:
        super().__init__(label)
        self.inverse = inverse
        self.forward: Command | None = None
        self.entry_id = entry_id

    def undo(self) -> None:
        """Already applied by the document before the stack moved."""

    def redo(self) -> None:
        """Already applied by the document (or, on push, by the edit itself)."""
