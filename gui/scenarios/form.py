"""The form of one scenario: exactly the fields its kind uses, each edit one engine command.

A value the engine refuses stays refused in place: the field shows the reason
beneath it, in red, and keeps the project's value. No dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.kinds import AGE_SEX_KINDS, TIER_KINDS
from engine.domain.model import Scenario
from engine.edits.builders import set_covered_by, set_scenario_field, set_start_month
from engine.edits.commands import Put
from engine.edits.flat import path_text
from engine.edits.rename import rename_scenario
from engine.format.write import scenario_to_dict
from gui.common.history_menu import offer_history
from gui.common.messages import localized
from gui.common.numbers import Quantity, format_number
from gui.common.scenario_fields import (
    FIELDS,
    Field,
    choice_options,
    form_fields,
    kind_label,
    month_options,
    tip,
)
from gui.common.series_text import series_text
from gui.common.widgets import fill_checklist, same_objects
from gui.document.project_document import ProjectDocument
from gui.scenarios.tiers import TiersEditor
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
    renamed = Signal(str)  # the scenario's new id
    show_history = Signal(str)  # a field's path: its own history

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenario_id: str | None = None
        self.kind: str | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("id")
        self.id_edit.setToolTip(
            QCoreApplication.translate(
                "ScenarioFields",
                "The scenario's short name in files, formulas and links: letters, digits, "
                "dots, dashes, no spaces (e.g. child-benefit). Renaming updates every link.",
            )
        )
        self.id_edit.editingFinished.connect(self._rename)
        self.id_error = QLabel()
        self.id_error.setStyleSheet(ERROR_STYLE)
        self.id_error.setWordWrap(True)
        self.id_error.hide()
        id_row = QFormLayout()
        id_row.addRow(QCoreApplication.translate("ScenarioFields", "Id"), self.id_edit)
        self.id_label = id_row.labelForField(self.id_edit)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(id_row)
        layout.addWidget(self.id_error)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.editors: dict[str, dict[str, QWidget]] = {}
        self.errors: dict[str, QLabel] = {}
        self.tiers: TiersEditor | None = None
        self._shown: tuple[object, ...] = ()  # what the fields were last filled from
        document.changed.connect(self._project_changed)

    def _project_changed(self) -> None:
        """An edit, an undo: old refusals no longer apply; the fields are filled again
        unless the edit left the scenarios and the country as they were (a matrix or a
        package edit)."""
        for error in self.errors.values():
            error.hide()
        if not same_objects(self._shown, self._sources()):
            self.refresh()

    def _sources(self) -> tuple[object, ...]:
        """What the fields show depends on: the scenarios (this one, and the others the
        pickers list), the currency and the base year."""
        project = self.document.project
        return (project.scenarios, project.country, project.years)

    # ------------------------------------------------------------ building

    def show_scenario(self, scenario_id: str | None) -> None:
        scenario = self._scenario(scenario_id)
        for widget in (self.id_edit, self.id_label):
            if widget is not None:
                widget.setVisible(scenario is not None)
        self.id_error.hide()
        if scenario is None:
            self.scenario_id = self.kind = None
            self._clear()
            self.heading.setText(
                QCoreApplication.translate(
                    "ScenarioFields",
                    "<i>Choose a scenario on the left, or add one with Add... "
                    "(one per kind of benefit or service).</i>",
                )
            )
            return
        if (scenario.id, scenario.kind) != (self.scenario_id, self.kind):
            self.scenario_id, self.kind = scenario.id, scenario.kind
            self._build(scenario.kind)
        self.refresh()

    def _path(self, key: str) -> str | None:
        return None if self.scenario_id is None else path_text(("scenarios", self.scenario_id, key))

    def _scenario(self, scenario_id: str | None) -> Scenario | None:
        for scenario in self.document.project.scenarios:
            if scenario.id == scenario_id:
                return scenario
        return None

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors, self.errors, self.tiers = {}, {}, None

    def _build(self, kind: str) -> None:
        self._clear()
        currency = self.document.project.country.currency
        for field in form_fields(kind):
            editors = self._editors_for(field)
            self.editors[field.key] = editors
            for editor in editors.values():
                offer_history(editor, partial(self._path, field.key), self.show_history.emit)
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
            if field.key == "benefit" and kind in TIER_KINDS:
                self.tiers = TiersEditor(self.document)
                self.tiers.refused.connect(self.refused)
                self.form.addRow(
                    QCoreApplication.translate("ScenarioFields", "By age band"), self.tiers
                )

    def _line(self, field: Field, part: str = "") -> QLineEdit:
        edit = QLineEdit()
        if field.hint:
            edit.setPlaceholderText(Field.text(field.hint))
        edit.setToolTip(tip(field))
        edit.editingFinished.connect(lambda: self._commit(field))
        edit.setObjectName(f"{field.key}{'.' + part if part else ''}")
        return edit

    def _combo(self, field: Field, options: list[tuple[str, str]], part: str = "") -> QComboBox:
        combo = QComboBox()
        combo.setToolTip(tip(field))
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
            unit = QLabel()
            unit.setObjectName("benefit.unit")
            return {
                "type": self._combo(field, kinds, "type"),
                "amount": self._line(field, "amount"),
                "unit": unit,
                "what": self._combo(field, [], "what"),
            }
        if shape == "take_up":
            modes = [
                ("ramp", QCoreApplication.translate("ScenarioFields", "ramp from")),
                ("series", QCoreApplication.translate("ScenarioFields", "per year")),
            ]
            editors: dict[str, QWidget] = {"mode": self._combo(field, modes, "mode")}
            for part, hint in (
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
                    editors[part] = QLabel(hint)
                    continue
                edit = self._line(field, part)
                edit.setToolTip(hint)
                edit.setPlaceholderText(hint)
                editors[part] = edit
            return editors
        if shape == "replaces":
            return {"": self._combo(field, [], "")}
        if shape == "month":
            return {"": self._combo(field, month_options(), "")}  # type: ignore[arg-type]
        if shape == "covered_by":
            picker = QListWidget()
            picker.setObjectName(field.key)
            picker.setToolTip(Field.text(field.hint))
            picker.setMaximumHeight(90)
            picker.itemChanged.connect(lambda _item: self._commit(field))
            return {"": picker}
        if shape == "paragraph":
            box = QPlainTextEdit()
            box.setObjectName(field.key)
            box.setFixedHeight(70)
            box.setTabChangesFocus(True)
            box.setToolTip(tip(field))
            box.installEventFilter(FocusOut(lambda: self._commit(field), box))
            return {"": box}
        return {"": self._line(field)}

    # ------------------------------------------------------------ showing values

    def refresh(self) -> None:
        self._shown = self._sources()
        scenario = self._scenario(self.scenario_id)
        if scenario is None:
            self.show_scenario(None)
            return
        if scenario.kind != self.kind:
            self.show_scenario(scenario.id)
            return
        for error in self.errors.values():  # an edit, an undo: old refusals no longer apply
            error.hide()
        self.heading.setText(f"<h3>{html.escape(scenario.name)}</h3>" + kind_label(scenario.kind))
        if not self.id_edit.hasFocus():
            self.id_edit.setText(scenario.id)
        body = scenario_to_dict(scenario)
        for key, editors in self.editors.items():
            self._show_value(FIELDS[key], editors, body.get(key))
        if self.tiers is not None:
            self.tiers.show_scenario(scenario.id)

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
        elif shape == "month":
            _select(editors[""], value)
        elif shape == "covered_by":
            self._show_covered_by(editors[""], value or [])
        elif shape == "paragraph":
            box = editors[""]
            assert isinstance(box, QPlainTextEdit)
            if box.toPlainText() != (value or ""):
                box.setPlainText(value or "")
        else:
            _text(editors[""], "" if value is None else str(value))

    def _show_covered_by(self, picker: QWidget, chosen: list[str]) -> None:
        """The project's other scenarios whose people have an age and sex, checked if named."""
        assert isinstance(picker, QListWidget)
        others = [
            (other.id, other.name)
            for other in self.document.project.scenarios
            if other.id != self.scenario_id and other.kind in AGE_SEX_KINDS
        ]
        fill_checklist(picker, others, chosen)

    def _show_benefit(self, editors: dict[str, QWidget], value: dict[str, Any]) -> None:
        kind = value.get("type", "anchor")
        _select(editors["type"], kind)
        what = editors["what"]
        assert isinstance(what, QComboBox)
        what.clear()
        options = choice_options("anchor" if kind == "anchor" else "indexation")
        for key, label in options:
            what.addItem(label, key)
        tiered = "tiers" in value  # the amounts are in the tiers table below
        editors["amount"].setEnabled(not tiered)
        by_band = QCoreApplication.translate("ScenarioFields", "by age band")
        unit = editors["unit"]
        assert isinstance(unit, QLabel)
        if kind == "anchor":
            percent = format_number(value.get("percent", 0), None, Quantity.PERCENT)
            _text(editors["amount"], by_band if tiered else percent)
            _select(what, value.get("anchor"))
            unit.setText(QCoreApplication.translate("ScenarioFields", "of"))
        else:
            amount = format_number(value.get("monthly_amount", 0))
            _text(editors["amount"], by_band if tiered else amount)
            _select(what, value.get("indexation", "none"))
            unit.setText(
                QCoreApplication.translate(
                    "ScenarioFields", "{currency} a month at {year} prices, indexed to"
                ).format(
                    currency=self.document.project.country.currency,
                    year=self.document.project.years.base,
                )
            )

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
                self._command(scenario.id, field.key, value),
                QCoreApplication.translate("ScenarioFields", "Edit {field} of {name}").format(
                    field=Field.text(field.label), name=scenario.name
                ),
            )
        except InputError as error:
            self._refuse(field, localized(error.message, self.document.project))
            return
        self.errors[field.key].hide()

    def _command(self, scenario_id: str, key: str, value: Any) -> Put:
        project = self.document.project
        if key == "covered_by":
            return set_covered_by(project, scenario_id, value or [])
        if key == "start_month":
            return set_start_month(project, scenario_id, value)
        return set_scenario_field(project, scenario_id, key, value)

    def _rename(self) -> None:
        old, new = self.scenario_id, self.id_edit.text().strip()
        if old is None or new == old:
            self.id_error.hide()
            return
        try:
            command = rename_scenario(self.document.project, old, new)
        except InputError as error:
            self.id_error.setText(localized(error.message, self.document.project))
            self.id_error.show()
            self.id_edit.setText(old)
            return
        self.scenario_id = new  # so that the refresh the edit causes finds the scenario
        try:
            self.document.apply(
                command,
                QCoreApplication.translate("ScenarioFields", "Rename {old} to {new}").format(
                    old=old, new=new
                ),
            )
        except InputError as error:
            self.scenario_id = old
            self.id_error.setText(localized(error.message, self.document.project))
            self.id_error.show()
            self.id_edit.setText(old)
            return
        self.id_error.hide()
        self.renamed.emit(new)

    def focus_field(self, key: str) -> None:
        """Put the cursor in a field's first editor and scroll it into view."""
        editors = self.editors.get(key)
        if not editors:
            return
        editor = next(iter(editors.values()))
        editor.setFocus()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(editor)

    def _refuse(self, field: Field, message: str) -> None:
        label = self.errors[field.key]
        label.setText(message)
        self.refused.emit(f"{Field.text(field.label)}: {message}")
        self.refresh()  # the field shows the project's value again
        label.show()  # after refresh, which clears the others

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
