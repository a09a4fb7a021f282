"""Coherence warnings and notes reported with results (docs/rap-method.md section 6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from engine.domain.errors import escape_text


@dataclass(frozen=True)
class Warning_:
    """One warning: ``path`` names the input concerned (a JSON path) so a view can jump to it.

    ``level`` is ``warning`` for something to check, ``note`` for a choice the
    engine made that a reader should know about (e.g. births taken as age 0).
    """

    code: str
    message: str
    path: str = ""
    level: Literal["warning", "note"] = "warning"

    def one_line(self) -> str:
        place = f"{self.path}: " if self.path else ""
        return escape_text(f"{self.level}: {place}{self.message}")

    def to_dict(self) -> dict[str, str]:
        return {"level": self.level, "code": self.code, "path": self.path, "message": self.message}
