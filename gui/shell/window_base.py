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
    viewers: list[ProjectWindow]  # versions open read-only in windows of their own
    title_note: str  # what the title says besides the project's name (a version's name)

    def open_project(
        self, path: str | Path, *, reuse_copy: bool = False, read_only: bool = False
    ) -> bool:
        raise NotImplementedError

    def update_title(self) -> None:
        raise NotImplementedError

    def check_rows(self) -> None:
        """Check the open project's matrix rows now if that is still to be done (a damaged
        row: the window says so and opens another project)."""
        raise NotImplementedError

    def new_viewer(self) -> ProjectWindow:
        """A window of the same kind that keeps no settings (for a version, read-only)."""
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        raise NotImplementedError

    def show_country_checklist(self, count: int) -> None:
        raise NotImplementedError
