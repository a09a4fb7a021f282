"""What the menu actions and dialogs need of the main window, so that they can be typed
against it without importing the window itself (which imports them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from gui.document.project_document import ProjectDocument
from gui.shell.settings import Settings


class ProjectWindow(QMainWindow):
    """A main window over one open project; :class:`MainWindow` is the implementation."""

    settings: Settings
    document: ProjectDocument | None

    def open_project(self, path: str | Path, *, reuse_copy: bool = False) -> bool:
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        raise NotImplementedError

    def show_country_checklist(self, count: int) -> None:
        raise NotImplementedError
