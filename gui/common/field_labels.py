"""Project fields and their values as a reader sees them: in words, in their language.

The words come from ``engine.edits.field_names`` (context ``Fields``), so the
window and the command line name a field alike; values are written in the
user's conventions, and the history's UTC times in local time.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt

from engine.domain.model import Project
from engine.edits.changes import ABSENT
from engine.edits.field_names import field_name, join
from engine.edits.flat import Path
from gui.common.labels import guarantee_label, status_label
from gui.common.numbers import Quantity, format_number

MAX_SHOWN = 200  # characters of a long value in a table cell
# Fields stored as fractions and shown in percent (as their own editors show them).
SHARE_KEYS = frozenset(
    {
        "admin_rate",
        "real_gdp_growth",
        "gdp_deflator_growth",
        "cpi_inflation",
        "gov_expenditure_share_gdp",
        "gov_revenue_share_gdp",
        "real_wage_growth",
        "unemployment_rate",
        "informality_share",
        "nonwage_share",
        "excess_health_inflation",
        "target_share",
        "prevalence",
        "covered_share",
        "take_up",
    }
)


YEAR_KEYS = frozenset({"base", "end", "start_year", "target_year", "year"})


def quantity_of(path: Path) -> Quantity:
    """How a field's numbers read: in percent for a share (a take-up ramp's start and
    target, a series' years of a share), else as they are."""
    parts = [part for part in path if not part.isdigit()]  # a year names a value, not a field
    last = parts[-1] if parts else ""
    if last in SHARE_KEYS or (last in ("start", "target") and "take_up" in parts):
        return Quantity.SHARE
    return Quantity.PLAIN


def field_label(path: Path, project: Project | None = None, value: Any = None) -> str:
    """``Scenario "Child benefit": administration rate``, translated."""
    name = field_name(path, project, value)
    owner = QCoreApplication.translate("Fields", name.owner).format(name=name.name)
    labels = ", ".join(
        QCoreApplication.translate("Fields", label).format(agency=name.agency)
        for label in name.labels
    )
    return join(owner, labels)


def value_text(value: Any, path: Path = ()) -> str:
    """A field's value on one line: numbers in the user's conventions (a share of the
    field at ``path`` in percent), lists joined."""
    if value is ABSENT or value is None:
        return QCoreApplication.translate("Fields", "(none)")
    if isinstance(value, str) and path[-1:] == ("guarantee",):
        return guarantee_label(value)
    if isinstance(value, str) and path[:1] == ("matrix",) and path[-1:] == ("status",):
        return status_label(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Fields", "yes")
            if value
            else QCoreApplication.translate("Fields", "no")
        )
    if isinstance(value, int) and path and path[-1] in YEAR_KEYS:
        return str(value)  # a year is never grouped
    if isinstance(value, int | float):
        quantity = quantity_of(path)
        if quantity is Quantity.SHARE:
            return format_number(float(value), None, quantity)
        return format_number(float(value)) if isinstance(value, float) else format_number(value, 0)
    if isinstance(value, str):
        text = " ".join(value.split())
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = ", ".join(value)
    elif isinstance(value, dict) and "text" in value and "agency" in value:  # a comment
        text = f"{value['agency']}: {value['text']}"
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def when_text(iso: str) -> str:
    """A history time (UTC, ISO) in local time, ``2025-05-03 16:12``: year first, which
    every language reads the same way."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")
