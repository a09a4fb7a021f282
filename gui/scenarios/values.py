"""Reading a scenario field's JSON value back from its editors (the inverse of showing it).

ValueError carries a plain message for text that is not a value at all; the
engine then checks the value itself (bounds, percents as rates) with its own words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from gui.common.series_text import from_percent, parse_series_text
from gui.scenarios.fields import Field


def read_value(field: Field, editors: dict[str, QWidget], current: Any, base: int) -> Any:
    shape = field.shape
    if shape in ("choice", "replaces", "month"):
        return _combo(editors[""]).currentData()
    if shape == "covered_by":
        return checked_ids(editors[""]) or None
    if shape == "ages":
        return [_integer(editors["from"], "from"), _integer(editors["to"], "to")]
    if shape == "percent":
        value = _optional_number(editors[""])
        return None if value is None else from_percent(value)
    if shape == "number":
        return _optional_number(editors[""])
    if shape == "rate":
        return parse_series_text(_line(editors[""]).text(), bands=True)
    if shape == "series":
        return parse_series_text(_line(editors[""]).text())
    if shape == "benefit":
        return _benefit(editors, current or {})
    if shape == "take_up":
        return _take_up(editors, current, base)
    if shape == "paragraph":
        box = editors[""]
        assert isinstance(box, QPlainTextEdit)
        text = box.toPlainText().strip()
        return text or None
    return _line(editors[""]).text().strip()


def _benefit(editors: dict[str, QWidget], current: dict[str, Any]) -> dict[str, Any]:
    kind = _combo(editors["type"]).currentData()
    if kind != current.get("type"):  # switched: start from a plain value of the new type
        if kind == "anchor":
            return {"type": "anchor", "anchor": "poverty_line", "percent": 20}
        return {"type": "fixed", "monthly_amount": 0, "indexation": "prices"}
    what = _combo(editors["what"]).currentData()
    if "tiers" in current:  # the amounts are the tiers': only the anchor or indexation here
        return {**current, ("anchor" if kind == "anchor" else "indexation"): what}
    amount = _number(_line(editors["amount"]).text(), "amount")
    if kind == "anchor":
        return {"type": "anchor", "anchor": what, "percent": amount}
    return {"type": "fixed", "monthly_amount": amount, "indexation": what}


def _take_up(editors: dict[str, QWidget], current: Any, base: int) -> Any:
    mode = _combo(editors["mode"]).currentData()
    was_ramp = isinstance(current, dict) and "start_year" in current
    if mode == "ramp" and not was_ramp:
        return {"start": 0.5, "target": 0.9, "start_year": base + 1, "target_year": base + 5}
    if mode == "series" and was_ramp:
        return {
            str(current["start_year"]): current["start"],
            str(current["target_year"]): current["target"],
        }
    if mode == "ramp":
        return {
            "start": from_percent(_number(_line(editors["start"]).text(), "start")),
            "target": from_percent(_number(_line(editors["target"]).text(), "target")),
            "start_year": _integer(editors["start_year"], "first year"),
            "target_year": _integer(editors["target_year"], "year reached"),
        }
    value = parse_series_text(_line(editors["values"]).text())
    if value is None:
        raise ValueError("take-up needs a value: 0.9, 90 %, or 2026: 30 %; 2030: 90 %")
    return value


def checked_ids(widget: QWidget) -> list[str]:
    """The ids (item data) of the checked items of a picker list, in its order."""
    assert isinstance(widget, QListWidget)
    return [
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def parse_tier_rows(rows: list[tuple[str, str, str]]) -> list[tuple[int, int, float]]:
    """Benefit tiers typed in the table: (from age, to age, amount or percent) per row.

    The one place tier text becomes numbers (a locale-aware parser can replace it)."""
    tiers = []
    for number_, (low, high, level) in enumerate(rows, start=1):
        where = f"band {number_}"
        tiers.append(
            (
                _whole(low, f"{where}, from age"),
                _whole(high, f"{where}, to age"),
                _number(level, f"{where}, amount"),
            )
        )
    return tiers


def _whole(text: str, what: str) -> int:
    value = _number(text, what)
    if not value.is_integer():
        raise ValueError(f'{what}: "{text.strip()}" is not a whole number')
    return int(value)


def _combo(widget: QWidget) -> QComboBox:
    assert isinstance(widget, QComboBox)
    return widget


def _line(widget: QWidget) -> QLineEdit:
    assert isinstance(widget, QLineEdit)
    return widget


def _number(text: str, what: str) -> float:
    cleaned = text.strip().rstrip("%").strip().replace(",", "").replace(" ", "")
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(f'{what}: "{text.strip()}" is not a number') from None


def _optional_number(widget: QWidget) -> float | None:
    text = _line(widget).text()
    return None if not text.strip() else _number(text, "value")


def _integer(widget: QWidget, what: str) -> int:
    value = _number(_line(widget).text(), what)
    if not value.is_integer():
        raise ValueError(f'{what}: "{_line(widget).text().strip()}" is not a whole number')
    return int(value)
