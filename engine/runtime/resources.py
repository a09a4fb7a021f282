"""Where the bundled resources live: beside the code, or inside the one-file executable."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder (PyInstaller unpacks it under ``sys._MEIPASS``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


SAMPLE_PROJECT = ("examples", "lao-pdr-sample.json")
