"""The form of one scenario: exactly the fields its kind uses, each edit one engine command.

A value the engine refuses stays refused in place: the field shows the reason
beneath it, in red, and keeps the project's value. No dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.model import Scenario
from engine.edits.builders import set_scenario_field
from engine.format.write import scenario_to_dict
from gui.common.numbers import Quantity, format_number
from gui.common.series_text import series_text
from gui.document.project_document import ProjectDocument
from gui.scenarios.fields import FIELDS, Field, choice_options, form_fields, kind_label
from gui.scenarios.values import read_value

ERROR_STYLE = "color: #b00020;"


class FocusOut(QObject):
    """Calls back when a paragraph box loses focus (QPlainTextEdit has no editingFinished)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class ScenarioForm(QWidget):
    """Edits one scenario; ``refused`` carries the message of a refused value."""

    refused = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenario_id: str | None = None
        self.kind: str | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.editors: dict[str, dict[str, QWidget]] = {}
        self.errors: dict[str, QLabel] = {}
        document.changed.connect(self.refresh)

    # ------------------------------------------------------------ building

    def show_scenario(self, scenario_id: str | None) -> None:
        scenario = self._scenario(scenario_id)
        if scenario is None:
            self.scenario_id = self.kind = None
            self._clear()
            self.heading.setText(
                QCoreApplication.translate(
                    "ScenarioFields", "<i>Choose a scenario, or add one.</i>"
                )
            )
            return
        if (scenario.id, scenario.kind) != (self.scenario_id, self.kind):
            self.scenario_id, self.kind = scenario.id, scenario.kind
            self._build(scenario.kind)
        self.refresh()

    def _scenario(self, scenario_id: str | None) -> Scenario | None:
        for scenario in self.document.project.scenarios:
            if scenario.id == scenario_id:
                return scenario
        return None

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors, self.errors = {}, {}

    def _build(self, kind: str) -> None:
        self._clear()
        currency = self.document.project.country.currency
        for field in form_fields(kind):
            editors = self._editors_for(field)
            self.editors[field.key] = editors
            row = QHBoxLayout()
            for editor in editors.values():
                row.addWidget(editor, 1 if isinstance(editor, QLineEdit | QPlainTextEdit) else 0)
            if field.unit:
                row.addWidget(QLabel(Field.text(field.unit).format(currency=currency)))
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[field.key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addLayout(row)
            box.addWidget(error)
            self.form.addRow(Field.text(field.label), box)

    def _line(self, field: Field, part: str = "") -> QLineEdit:
        edit = QLineEdit()
        if field.hint:
            edit.setPlaceholderText(Field.text(field.hint))
            edit.setToolTip(Field.text(field.hint))
        edit.editingFinished.connect(lambda: self._commit(field))
        edit.setObjectName(f"{field.key}{'.' + part if part else ''}")
        return edit

    def _combo(self, field: Field, options: list[tuple[str, str]], part: str = "") -> QComboBox:
        combo = QComboBox()
        for value, label in options:
            combo.addItem(label, value)
        combo.activated.connect(lambda _index: self._commit(field))
        combo.setObjectName(f"{field.key}{'.' + part if part else ''}")
        return combo

    def _editors_for(self, field: Field) -> dict[str, QWidget]:
        shape = field.shape
        if shape == "choice":
            return {"": self._combo(field, choice_options(field.key))}
        if shape == "ages":
            return {"from": self._line(field, "from"), "to": self._line(field, "to")}
        if shape == "benefit":
            kinds = [
                ("anchor", QCoreApplication.translate("ScenarioFields", "% of an anchor")),
                ("fixed", QCoreApplication.translate("ScenarioFields", "fixed amount a month")),
            ]
            return {
                "type": self._combo(field, kinds, "type"),
                "amount": self._line(field, "amount"),
                "what": self._combo(field, [], "what"),
            }
        if shape == "take_up":
            modes = [
                ("ramp", QCoreApplication.translate("ScenarioFields", "ramp from")),
                ("series", QCoreApplication.translate("ScenarioFields", "per year")),
            ]
            editors: dict[str, QWidget] = {"mode": self._combo(field, modes, "mode")}
            for part, tip in (
                (
                    "start",
                    QCoreApplication.translate("ScenarioFields", "take-up in the first year, %"),
                ),
                ("in", QCoreApplication.translate("ScenarioFields", "in")),
                ("start_year", QCoreApplication.translate("ScenarioFields", "first year")),
                ("to", QCoreApplication.translate("ScenarioFields", "to")),
                ("target", QCoreApplication.translate("ScenarioFields", "take-up reached, %")),
                ("by", QCoreApplication.translate("ScenarioFields", "by")),
                ("target_year", QCoreApplication.translate("ScenarioFields", "year it is reached")),
                (
                    "values",
                    QCoreApplication.translate(
                        "ScenarioFields", "2026: 30 %; 2028: 60 %; 2030: 90 %"
                    ),
                ),
            ):
                if part in ("in", "to", "by"):
                    editors[part] = QLabel(tip)
                    continue
                edit = self._line(field, part)
                edit.setToolTip(tip)
                edit.setPlaceholderText(tip)
                editors[part] = edit
            return editors
        if shape == "replaces":
            return {"": self._combo(field, [], "")}
        if shape == "paragraph":
            box = QPlainTextEdit()
            box.setObjectName(field.key)
            box.setFixedHeight(70)
            box.setTabChangesFocus(True)
            box.installEventFilter(FocusOut(lambda: self._commit(field), box))
            return {"": box}
        return {"": self._line(field)}

    # ------------------------------------------------------------ showing values

    def refresh(self) -> None:
        scenario = self._scenario(self.scenario_id)
        if scenario is None:
            self.show_scenario(None)
            return
        if scenario.kind != self.kind:
            self.show_scenario(scenario.id)
            return
        self.heading.setText(
            f"<h3>{scenario.name}</h3>"
            + QCoreApplication.translate("ScenarioFields", "{kind} · id <code>{id}</code>").format(
                kind=kind_label(scenario.kind), id=scenario.id
            )
        )
        body = scenario_to_dict(scenario)
        for key, editors in self.editors.items():
            self._show_value(FIELDS[key], editors, body.get(key))

    def _show_value(self, field: Field, editors: dict[str, QWidget], value: Any) -> None:
        shape = field.shape
        if shape == "choice":
            _select(editors[""], value if value is not None else _default_choice(field.key))
        elif shape == "ages":
            low, high = value if value else ("", "")
            _text(editors["from"], str(low))
            _text(editors["to"], str(high))
        elif shape in ("percent", "percent_of", "number"):
            _text(editors[""], "" if value is None else format_number(value, None, field.quantity))
        elif shape in ("rate", "series"):
            _text(editors[""], series_text(value, field.quantity))
        elif shape == "benefit":
            self._show_benefit(editors, value or {})
        elif shape == "take_up":
            self._show_take_up(editors, value)
        elif shape == "replaces":
            combo = editors[""]
            assert isinstance(combo, QComboBox)
            combo.clear()
            combo.addItem(QCoreApplication.translate("ScenarioFields", "nothing"), None)
            for other in self.document.project.scenarios:
                if other.status == "existing" and other.id != self.scenario_id:
                    combo.addItem(other.name, other.id)
            _select(combo, value)
        elif shape == "paragraph":
            box = editors[""]
            assert isinstance(box, QPlainTextEdit)
            if box.toPlainText() != (value or ""):
                box.setPlainText(value or "")
        else:
            _text(editors[""], "" if value is None else str(value))

    def _show_benefit(self, editors: dict[str, QWidget], value: dict[str, Any]) -> None:
        kind = value.get("type", "anchor")
        _select(editors["type"], kind)
        what = editors["what"]
        assert isinstance(what, QComboBox)
        what.clear()
        options = choice_options("anchor" if kind == "anchor" else "indexation")
        for key, label in options:
            what.addItem(label, key)
        if kind == "anchor":
            _text(editors["amount"], format_number(value.get("percent", 0), None, Quantity.PERCENT))
            _select(what, value.get("anchor"))
        else:
            _text(editors["amount"], format_number(value.get("monthly_amount", 0)))
            _select(what, value.get("indexation", "none"))

    def _show_take_up(self, editors: dict[str, QWidget], value: Any) -> None:
        ramp = isinstance(value, dict) and "start_year" in value
        _select(editors["mode"], "ramp" if ramp else "series")
        for part in ("start", "in", "start_year", "to", "target", "by", "target_year"):
            editors[part].setVisible(ramp)
        editors["values"].setVisible(not ramp)
        if ramp:
            _text(editors["start"], format_number(value["start"], None, Quantity.SHARE))
            _text(editors["target"], format_number(value["target"], None, Quantity.SHARE))
            _text(editors["start_year"], str(value["start_year"]))
            _text(editors["target_year"], str(value["target_year"]))
        else:
            _text(editors["values"], series_text(value, Quantity.SHARE))

    # ------------------------------------------------------------ committing

    def _commit(self, field: Field) -> None:
        scenario = self._scenario(self.scenario_id)
        if scenario is None:
            return
        body = scenario_to_dict(scenario)
        try:
            value = self._read_value(field, self.editors[field.key], body.get(field.key))
        except ValueError as error:
            self._refuse(field, str(error))
            return
        if value == body.get(field.key):
            self.errors[field.key].hide()
            return
        try:
            self.document.apply(
                set_scenario_field(self.document.project, scenario.id, field.key, value),
                QCoreApplication.translate("ScenarioFields", "Edit {field} of {name}").format(
                    field=Field.text(field.label), name=scenario.name
                ),
            )
        except InputError as error:
            self._refuse(field, error.message)
            return
        self.errors[field.key].hide()

    def _refuse(self, field: Field, message: str) -> None:
        label = self.errors[field.key]
        label.setText(message)
        label.show()
        self.refused.emit(f"{Field.text(field.label)}: {message}")
        self.refresh()  # the field shows the project's value again

    def _read_value(self, field: Field, editors: dict[str, QWidget], current: Any) -> Any:
        return read_value(field, editors, current, self.document.project.years.base)


def _default_choice(key: str) -> str:
    return {"sex": "both", "status": "proposed", "guarantee": "health"}.get(key, "")


def _select(widget: QWidget, value: Any) -> None:
    assert isinstance(widget, QComboBox)
    index = widget.findData(value)
    widget.setCurrentIndex(max(index, 0))


def _text(widget: QWidget, text: str) -> None:
    assert isinstance(widget, QLineEdit)
    if widget.text() != text:
        widget.setText(text)
        widget.setCursorPosition(0)
