"""The bundled fonts (Latin and Lao) the report is set in, loaded once into Qt."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from engine.runtime.resources import resource_path

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "NotoSansLao-Regular.ttf",
    "NotoSansLao-Bold.ttf",
)
LATIN, LAO = "DejaVu Sans", "Noto Sans Lao"


@cache
def load_fonts() -> None:
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
