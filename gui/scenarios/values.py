"""Reading a scenario field's JSON value back from its editors (the inverse of showing it).

Numbers go through the one parser (:mod:`gui.common.numbers`), in the user's
conventions and in the field's unit (a share is typed in percent). A ValueError
carries a plain one-line message for text that is not a value at all; the engine
then checks the value itself (bounds) with its own words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from gui.common.numbers import NumberError, Quantity, parse_number
from gui.common.scenario_fields import Field
from gui.common.series_text import parse_series_text

SHARE_BOUNDS: dict[str, float | None] = {"minimum": 0.0, "maximum": 100.0}  # 0-100 %


def read_value(field: Field, editors: dict[str, QWidget], current: Any, base: int) -> Any:
    shape = field.shape
    if shape in ("choice", "replaces", "month"):
        return _combo(editors[""]).currentData()
    if shape == "covered_by":
        return checked_ids(editors[""]) or None
    if shape == "ages":
        return [_integer(editors["from"], "from"), _integer(editors["to"], "to")]
    if shape in ("percent", "percent_of", "number"):
        text = _line(editors[""]).text()
        if not text.strip():
            return None
        bounds = SHARE_BOUNDS if field.quantity is Quantity.SHARE else {}
        return _number(text, field.quantity, **bounds)
    if shape == "rate":
        text = _line(editors[""]).text()
        return parse_series_text(text, Quantity.SHARE, bands=True, minimum=0, maximum=100)
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
    text = _line(editors["amount"]).text()
    if kind == "anchor":
        return {"type": "anchor", "anchor": what, "percent": _number(text, Quantity.PERCENT)}
    return {"type": "fixed", "monthly_amount": _number(text), "indexation": what}


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
            "start": _number(_line(editors["start"]).text(), Quantity.SHARE, **SHARE_BOUNDS),
            "target": _number(_line(editors["target"]).text(), Quantity.SHARE, **SHARE_BOUNDS),
            "start_year": _integer(editors["start_year"], "first year"),
            "target_year": _integer(editors["target_year"], "year reached"),
        }
    value = parse_series_text(
        _line(editors["values"]).text(), Quantity.SHARE, minimum=0, maximum=100
    )
    if value is None:
        raise NumberError(
            QCoreApplication.translate(
                "ScenarioValues", "take-up needs a value: 90 %, or 2026: 30 %; 2030: 90 %"
            )
        )
    return value


def checked_ids(widget: QWidget) -> list[str]:
    """The ids (item data) of the checked items of a picker list, in its order."""
    assert isinstance(widget, QListWidget)
    return [
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def parse_tier_rows(
    rows: list[tuple[str, str, str]], quantity: Quantity = Quantity.PLAIN
) -> list[tuple[int, int, float]]:
    """Benefit tiers typed in the table: (from age, to age, amount or percent) per row,
    through the one parser; a refusal names the band."""
    tiers = []
    for number_, (low, high, level) in enumerate(rows, start=1):
        try:
            tiers.append(
                (
                    int(parse_number(low, integer=True)),
                    int(parse_number(high, integer=True)),
                    parse_number(level, quantity, minimum=0),
                )
            )
        except NumberError as error:
            where = QCoreApplication.translate("ScenarioValues", "band {number}").format(
                number=number_
            )
            raise NumberError(f"{where}: {error}") from None
    return tiers


def _combo(widget: QWidget) -> QComboBox:
    assert isinstance(widget, QComboBox)
    return widget


def _line(widget: QWidget) -> QLineEdit:
    assert isinstance(widget, QLineEdit)
    return widget


def _number(text: str, quantity: Quantity = Quantity.PLAIN, **bounds: float | None) -> float:
    return parse_number(
        text, quantity, minimum=bounds.get("minimum"), maximum=bounds.get("maximum")
    )


def _integer(widget: QWidget, what: str) -> int:
    return int(parse_number(_line(widget).text(), integer=True))
