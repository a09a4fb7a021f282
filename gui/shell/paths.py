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
