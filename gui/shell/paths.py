"""Where ABND Studio keeps its own files: settings and working copies of projects.

``ABND_HOME`` overrides the folder (tests, portable use from a USB stick). The log
is elsewhere: see :mod:`engine.runtime.logs` (``ABND_LOG_DIR``).
"""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    folder = Path(os.environ.get("ABND_HOME") or Path.home() / "ABND Studio")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings_file() -> Path:
    return home() / "settings.ini"


def projects_dir() -> Path:
    folder = home() / "projects"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_folder(last: Path | None, project: Path | None) -> Path:
    """Where a file dialog opens: the folder last used for that purpose; else the project's
    own folder, unless it is one of our working copies; else the user's documents."""
    if last is not None:
        return last
    if project is not None and project.parent != projects_dir() and project.parent.is_dir():
        return project.parent
    from PySide6.QtCore import QStandardPaths  # the shell's only Qt use here

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def what_if_dir() -> Path:
    """Scratch copies of projects for what-if runs (workshop mode), deleted on leaving."""
    folder = home() / "what-if"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
