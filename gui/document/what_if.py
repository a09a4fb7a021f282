"""A what-if run: the workshop edits a scratch copy of the project, never the project.

Entering workshop mode (or Results > What if...) copies the project file into
ABND_HOME/what-if/ and opens the copy as its own document: sliders and toggles
are ordinary edits there (recomputed live, undoable), while the project itself,
and every other view of it, stay as saved. On leaving:

- **Keep these changes** applies to the project, as ONE undoable edit, every
  scenario and package the run changed (their state at the end of the run);
  edits made meanwhile to anything else of the project are kept.
- **Discard** closes the copy: the project file is byte for byte as before.

Either way the copy is deleted. A copy left by a crash is harmless and is removed
the next time a run starts.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject

from engine.domain.model import Project
from engine.edits.commands import Batch, Command, Put
from engine.format.write import package_to_dict, scenario_to_dict
from engine.store.files import remove_project_file
from engine.store.project_store import ProjectStore
from gui.document.project_document import ProjectDocument


class WhatIf(QObject):
    def __init__(self, origin: ProjectDocument, folder: Path) -> None:
        super().__init__(origin)
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("what-if-*.abnd"):  # left by a crash: nobody has them open
            remove_project_file(stale)
        self.origin = origin
        self.start: Project = origin.project
        self.path = folder / f"what-if-{uuid.uuid4().hex[:12]}.abnd"
        origin.store.save_as(self.path)
        self.scratch = ProjectDocument(ProjectStore.open(self.path), self)
        self.finished = False

    def changes(self) -> list[Command]:
        """One Put per scenario and package the run changed, in the project's order."""
        start, now = self.start, self.scratch.project
        before = {s.id: s for s in start.scenarios}
        commands: list[Command] = [
            Put("scenario", s.id, scenario_to_dict(s))
            for s in now.scenarios
            if before.get(s.id) != s
        ]
        packages_before = {p.id: p for p in start.packages}
        commands += [
            Put("package", p.id, package_to_dict(p))
            for p in now.packages
            if packages_before.get(p.id) != p
        ]
        return commands

    def changed(self) -> bool:
        return bool(self.changes())

    def keep(self, label: str) -> bool:
        """Apply the run's changes to the project as one undo step named ``label``; False
        when there was nothing to keep. The copy is closed and deleted."""
        commands = self.changes()
        if commands:
            self.origin.apply(Batch(tuple(commands)), label)
        self._close()
        return bool(commands)

    def discard(self) -> None:
        """Forget the run: the project is untouched; the copy is closed and deleted."""
        self._close()

    def _close(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.scratch.wait_for_results()
        self.scratch.close()
        remove_project_file(self.path)
