"""A project field's name in words, in the window: the engine's names
(``engine.domain.field_names``), with the scenario form's own labels for scenario fields."""

from __future__ import annotations

from engine.domain import field_names
from engine.domain.field_names import ItemPath, item_path
from engine.domain.model import Project
from gui.common.numbers import conventions
from gui.common.scenario_fields import FIELDS, Field

__all__ = ["ItemPath", "field_name", "item_path"]


def _form_label(key: str) -> str | None:
    return Field.text(FIELDS[key].label) if key in FIELDS else None


def field_name(path: str, project: Project | None = None) -> str:
    """``path`` in words in the user's language; the path itself when it names nothing known."""
    return field_names.field_name(path, project, _form_label, conventions())
