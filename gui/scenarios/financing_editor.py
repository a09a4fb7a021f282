"""The financing editor: the ways the floor could be paid for (the options of the ILO handbook
on fiscal space), each with its amount per year or the contributions a scheme's members pay,
how sure it is, where it comes from and how feasible it is.

Every change is one saved edit (``engine.edits.builders``), undone with Ctrl+Z; a refused
value is explained in one line and the field shows the project's value again.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.kinds import CONTRIBUTOR_KINDS
from engine.domain.model import FINANCING_KINDS, FINANCING_UNITS, WAGE_ANCHORS
from engine.edits.builders import (
    delete_financing_source,
    new_financing_source,
    set_contributions,
    set_financing_amount,
    set_financing_field,
)
from engine.edits.commands import Command
from engine.format.write import financing_source_to_dict
from gui.common.labels import financing_kind_label, financing_unit_label
from gui.common.numbers import NumberError, Quantity, format_number, parse_number
from gui.common.series_text import parse_series_text, series_text
from gui.common.when_shown import WhenShown
from gui.common.widgets import compact_combo
from gui.document.project_document import ProjectDocument
from gui.scenarios.form import FocusOut

COMPUTED = "contributions"  # the "given as" choice for contributions computed from a scheme


class FinancingEditor(QWidget):
    message = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._reload_when_shown = WhenShown(self, self._reload)
        self.chooser = compact_combo(16)
        self.chooser.currentIndexChanged.connect(self.refresh)
        self.name = QLineEdit()
        self.name.editingFinished.connect(self._commit_name)
        self.kind = QComboBox()
        for kind in FINANCING_KINDS:
            self.kind.addItem(financing_kind_label(kind), kind)
        self.kind.activated.connect(lambda _index: self._commit_kind())
        self.given_as = QComboBox()
        self.given_as.activated.connect(lambda _index: self._commit_given_as())
        self.mode = QComboBox()
        self.mode.addItem(self.tr("per year"), "series")
        self.mode.addItem(self.tr("ramp from"), "ramp")
        self.mode.activated.connect(lambda _index: self._commit_amount(switch=True))
        self.values = QLineEdit()
        self.values.setPlaceholderText(self.tr("0.5 %, or 2026: 0.2 %; 2030: 0.5 %"))
        self.start, self.start_year = QLineEdit(), QLineEdit()
        self.target, self.target_year = QLineEdit(), QLineEdit()
        for edit, tip in (
            (self.start, self.tr("amount in the first year")),
            (self.start_year, self.tr("first year")),
            (self.target, self.tr("amount reached")),
            (self.target_year, self.tr("year it is reached")),
        ):
            edit.setPlaceholderText(tip)
            edit.setToolTip(tip)
        for edit in (self.values, self.start, self.start_year, self.target, self.target_year):
            edit.editingFinished.connect(self._commit_amount)
        self.ramp_box = QWidget()
        ramp = QHBoxLayout(self.ramp_box)
        ramp.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.start,
            QLabel(self.tr("in")),
            self.start_year,
            QLabel(self.tr("to")),
            self.target,
            QLabel(self.tr("by")),
            self.target_year,
        ):
            ramp.addWidget(widget)
        amount_box = QWidget()
        amount = QHBoxLayout(amount_box)
        amount.setContentsMargins(0, 0, 0, 0)
        amount.addWidget(self.mode)
        amount.addWidget(self.values, 1)
        amount.addWidget(self.ramp_box, 1)
        self.amount_box = amount_box
        self.scheme = QComboBox()
        self.anchor = QComboBox()
        self.anchor.addItem(self.tr("minimum wage"), "minimum_wage")
        self.anchor.addItem(self.tr("average wage"), "average_wage")
        self.wage = QLineEdit()
        self.wage.setPlaceholderText(self.tr("wage, % of the anchor"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("contribution rate the members pay, %"))
        for combo in (self.scheme, self.anchor):
            combo.activated.connect(lambda _index: self._commit_contributions())
        for edit in (self.wage, self.rate):
            edit.editingFinished.connect(self._commit_contributions)
        self.low, self.high = QLineEdit(), QLineEdit()
        self.low.setPlaceholderText(self.tr("-20 %"))
        self.high.setPlaceholderText(self.tr("20 %"))
        for edit in (self.low, self.high):
            edit.editingFinished.connect(self._commit_range)
        range_box = QWidget()
        sure = QHBoxLayout(range_box)
        sure.setContentsMargins(0, 0, 0, 0)
        for widget in (self.low, QLabel(self.tr("to")), self.high):
            sure.addWidget(widget)
        sure.addWidget(QLabel(self.tr("of the amount (empty: -20 % to 20 %)")), 1)
        self.note = QPlainTextEdit()
        self.feasibility = QPlainTextEdit()
        for box, key in ((self.note, "source"), (self.feasibility, "feasibility")):
            box.setMaximumHeight(70)
            box.installEventFilter(FocusOut(partial(self._commit_note, key), box))
        tips: tuple[tuple[QWidget, str], ...] = (
            (self.chooser, self.tr("The financing source to edit")),
            (self.name, self.tr("The source's name in charts, tables and the report")),
            (self.kind, self.tr("The option of the ILO handbook on fiscal space this source is")),
            (
                self.given_as,
                self.tr("The unit of the amount: % of GDP, % of government revenue, or money"),
            ),
            (self.mode, self.tr("One amount or values by year, or a ramp between two years")),
            (
                self.values,
                self.tr(
                    "The amount: one value for every year, or values by year (e.g. 2026: 0.2 %)"
                ),
            ),
            (self.scheme, self.tr("The scheme whose members pay the contributions")),
            (self.anchor, self.tr("The wage the members' wages are a share of")),
            (self.wage, self.tr("The members' wage, in % of that wage (e.g. 80 %)")),
            (self.rate, self.tr("The contribution rate the members pay, in % of their wage")),
            (self.low, self.tr("How much lower the amount could be, in % (e.g. -20 %)")),
            (self.high, self.tr("How much higher the amount could be, in % (e.g. 20 %)")),
            (self.note, self.tr("Where the amount comes from (a budget law, a study, a letter)")),
            (self.feasibility, self.tr("How feasible the option is, and what it would take")),
        )
        for tipped, text in tips:
            tipped.setToolTip(text)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        add = QPushButton(self.tr("New source"))
        add.clicked.connect(self.add_source)
        remove = QPushButton(self.tr("Delete source"))
        remove.clicked.connect(self.delete_source)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Financing source:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(add)
        top.addWidget(remove)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Option"), self.kind)
        self.form.addRow(self.tr("Given as"), self.given_as)
        self.form.addRow(self.tr("Amount"), self.amount_box)
        self.form.addRow(self.tr("Scheme whose members pay"), self.scheme)
        self.wage_box = self._row(self.wage, self.anchor)
        self.form.addRow(self.tr("Their wage"), self.wage_box)
        self.form.addRow(self.tr("Contribution rate"), self.rate)
        self.form.addRow(self.tr("How sure"), range_box)
        self.form.addRow(self.tr("Where it comes from"), self.note)
        self.form.addRow(self.tr("Feasibility"), self.feasibility)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        document.changed.connect(self.reload)
        document.results_changed.connect(self._results_changed)
        self._reload()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    def current_id(self) -> str | None:
        value = self.chooser.currentData()
        return None if value is None else str(value)

    def show_source(self, source_id: str, field: str | None = None) -> None:
        """Choose a source and focus the input of ``field`` (a message's link)."""
        self._reload_when_shown.catch_up()  # a source added while the page was hidden is listed
        index = self.chooser.findData(source_id)
        if index < 0:
            return
        self.chooser.setCurrentIndex(index)
        inputs: dict[str, QWidget] = {
            "name": self.name,
            "kind": self.kind,
            "unit": self.given_as,
            "amount": self.values if self.values.isVisible() else self.start,
            "contributions": self.rate,
            "range": self.low,
            "source": self.note,
            "feasibility": self.feasibility,
        }
        target = inputs.get(field or "", self.name)
        if target.isEnabled():
            target.setFocus()

    # ------------------------------------------------------------ showing

    def reload(self) -> None:
        """The project changed: the sources and the chosen one again, now if the page
        shows, else when it is next shown (a hidden page costs an edit nothing)."""
        self._reload_when_shown()

    def _results_changed(self) -> None:
        if not self._reload_when_shown.deferred():
            self._show_status()

    def _reload(self) -> None:
        chosen = self.current_id()
        project = self.document.project
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for source in project.financing_sources:
            self.chooser.addItem(source.name, source.id)
        index = self.chooser.findData(chosen)
        self.chooser.setCurrentIndex(index if index >= 0 else 0)
        self.chooser.blockSignals(False)
        self.given_as.clear()
        for unit in (*FINANCING_UNITS, COMPUTED):
            self.given_as.addItem(financing_unit_label(unit, project.country.currency), unit)
        self.scheme.clear()
        for scenario in project.scenarios:
            if scenario.kind in CONTRIBUTOR_KINDS:
                self.scheme.addItem(scenario.name, scenario.id)
        self.refresh()

    def refresh(self) -> None:
        source_id = self.current_id()
        for widget in self._editors():
            widget.setEnabled(source_id is not None)
        if source_id is None:
            for edit in (self.name, self.values, self.wage, self.rate, self.low, self.high):
                edit.clear()
            self.note.clear()
            self.feasibility.clear()
            self._show_status()
            return
        body = financing_source_to_dict(self.document.project.financing_source(source_id))
        self.name.setText(body["name"])
        _select(self.kind, body["kind"])
        computed = "contributions" in body
        _select(self.given_as, COMPUTED if computed else body["unit"])
        self.kind.setEnabled(not computed)  # contributions are social security's
        self._show_row(self.amount_box, not computed)
        for widget in (self.scheme, self.wage_box, self.rate):
            self._show_row(widget, computed)
        if computed:
            found = body["contributions"]
            _select(self.scheme, found["scenario"])
            _select(self.anchor, found["wage_anchor"])
            self.wage.setText(format_number(found["wage_percent"], None, Quantity.PERCENT))
            self.rate.setText(format_number(found["rate"], None, Quantity.SHARE))
        else:
            self._show_amount(body["unit"], body["amount"])
        shifts = body.get("range")
        self.low.setText(
            "" if shifts is None else format_number(shifts["low"], None, Quantity.SHARE)
        )
        self.high.setText(
            "" if shifts is None else format_number(shifts["high"], None, Quantity.SHARE)
        )
        self.note.setPlainText(body.get("source", ""))
        self.feasibility.setPlainText(body.get("feasibility", ""))
        self._show_status()

    def _editors(self) -> list[QWidget]:
        return [
            self.name,
            self.kind,
            self.given_as,
            self.amount_box,
            self.scheme,
            self.anchor,
            self.wage,
            self.rate,
            self.low,
            self.high,
            self.note,
            self.feasibility,
        ]

    def _show_row(self, field: QWidget, visible: bool) -> None:
        field.setVisible(visible)
        label = self.form.labelForField(field)
        if label is not None:
            label.setVisible(visible)

    def _show_amount(self, unit: str, amount: Any) -> None:
        quantity = _quantity(unit)
        ramp = isinstance(amount, dict) and "start_year" in amount
        _select(self.mode, "ramp" if ramp else "series")
        self.values.setVisible(not ramp)
        self.ramp_box.setVisible(ramp)
        if ramp:
            self.start.setText(format_number(amount["start"], None, quantity))
            self.target.setText(format_number(amount["target"], None, quantity))
            self.start_year.setText(str(amount["start_year"]))
            self.target_year.setText(str(amount["target_year"]))
        else:
            self.values.setText(series_text(amount, quantity))

    def _show_status(self) -> None:
        """What the source gives in the end year, or why it cannot be computed."""
        source_id = self.current_id()
        results = self.document.results
        if source_id is None or results is None:
            self.status.clear()
            return
        if source_id in results.financing_errors:
            self.status.setText(results.financing_errors[source_id].message)
            return
        terms = results.financing.get(source_id)
        if terms is None:
            self.status.clear()
            return
        users = [p.name for p in self.document.project.packages if source_id in p.financing]
        text = self.tr("In {year} it gives {money} {currency}, {pct} of GDP.").format(
            year=int(results.years[-1]),
            money=format_number(float(terms.money[-1]), 0),
            currency=results.currency,
            pct=format_number(float(terms.pct_gdp[-1]), 3, Quantity.PERCENT),
        )
        text += " " + (
            self.tr("It finances: {names}.").format(names=", ".join(users))
            if users
            else self.tr("No package chooses it yet (Packages page).")
        )
        self.status.setText(text)

    # ------------------------------------------------------------ edits

    def _apply(self, command: Command | None) -> None:
        """Save one edit; a refusal is explained and the fields show the project again."""
        if command is None:
            self.refresh()
            return
        try:
            self.document.apply(command, self.tr("Edit financing source"))
        except InputError as error:
            self._refused(error.message)
            return
        self.error.clear()

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.message.emit(text)
        self.refresh()

    def _body(self) -> dict[str, Any] | None:
        source_id = self.current_id()
        if source_id is None:
            return None
        return financing_source_to_dict(self.document.project.financing_source(source_id))

    def _field(self, key: str, value: Any) -> None:
        body = self._body()
        if body is None:
            return
        if body.get(key) == value:
            self.refresh()
            return
        source_id = str(body["id"])
        self._apply(set_financing_field(self.document.project, source_id, key, value))

    def _commit_name(self) -> None:
        self._field("name", self.name.text().strip())

    def _commit_kind(self) -> None:
        self._field("kind", self.kind.currentData())

    def _commit_note(self, key: str) -> None:
        box = self.note if key == "source" else self.feasibility
        self._field(key, box.toPlainText().strip() or None)

    def _commit_range(self) -> None:
        try:
            texts = (self.low.text().strip(), self.high.text().strip())
            if not any(texts):
                value = None
            else:
                low, high = (
                    parse_number(text or "0", Quantity.SHARE, minimum=-100) for text in texts
                )
                value = {"low": low, "high": high, "distribution": "triangular"}
        except NumberError as error:
            self._refused(str(error))
            return
        body = self._body()
        if body is not None and value is not None and body.get("range") is not None:
            value["distribution"] = body["range"]["distribution"]
        self._field("range", value)

    def _commit_given_as(self) -> None:
        body = self._body()
        if body is None:
            return
        chosen = str(self.given_as.currentData())
        project = self.document.project
        source_id = str(body["id"])
        if chosen == COMPUTED:
            if "contributions" in body:
                return
            if self.scheme.count() == 0:
                self._refused(
                    self.tr(
                        "Contributions are computed from a contribution subsidy or a custom "
                        "scheme's members: add one on the Scenarios page first."
                    )
                )
                return
            anchor = next(
                (a for a in WAGE_ANCHORS if getattr(project.economy, f"{a}_monthly")),
                "minimum_wage",
            )
            contributions = {
                "scenario": self.scheme.itemData(0),
                "wage_anchor": anchor,
                "wage_percent": 100,
                "rate": 0.05,
            }
            self._apply(set_contributions(project, source_id, contributions))
            return
        if body.get("unit") == chosen:
            return
        amount = body.get("amount", 0.5 if chosen != "lcu" else 0)
        if chosen == "lcu" or body.get("unit") == "lcu" or amount is None:
            amount = 0.5 if chosen != "lcu" else 0  # a percent is not an amount of money
        self._apply(set_financing_amount(project, source_id, chosen, amount))

    def _commit_amount(self, switch: bool = False) -> None:
        body = self._body()
        if body is None or "unit" not in body:
            return
        unit = str(body["unit"])
        quantity = _quantity(unit)
        current = body["amount"]
        was_ramp = isinstance(current, dict) and "start_year" in current
        try:
            if self.mode.currentData() == "ramp":
                if not was_ramp:  # start a ramp from the value of the first year
                    base = self.document.project.years.base
                    first = current if isinstance(current, int | float) else 0
                    amount: Any = {
                        "start": first,
                        "target": first,
                        "start_year": base + 1,
                        "target_year": base + 5,
                    }
                else:
                    amount = {
                        "start": parse_number(self.start.text(), quantity, minimum=0),
                        "target": parse_number(self.target.text(), quantity, minimum=0),
                        "start_year": int(parse_number(self.start_year.text(), integer=True)),
                        "target_year": int(parse_number(self.target_year.text(), integer=True)),
                    }
            elif was_ramp and switch:
                amount = {str(current["start_year"]): current["start"]}
                amount[str(current["target_year"])] = current["target"]
            else:
                amount = parse_series_text(self.values.text(), quantity, minimum=0)
                if amount is None:
                    raise NumberError(self.tr("an amount is needed: 0.5 %, or 2026: 0.2 %"))
        except NumberError as error:
            self._refused(str(error))
            return
        if amount == current:
            self.refresh()
            return
        project = self.document.project
        self._apply(set_financing_amount(project, str(body["id"]), unit, amount))

    def _commit_contributions(self) -> None:
        body = self._body()
        if body is None or "contributions" not in body:
            return
        try:
            contributions = {
                "scenario": self.scheme.currentData(),
                "wage_anchor": self.anchor.currentData(),
                "wage_percent": parse_number(self.wage.text(), Quantity.PERCENT, minimum=0),
                "rate": parse_number(self.rate.text(), Quantity.SHARE, minimum=0, maximum=100),
            }
        except NumberError as error:
            self._refused(str(error))
            return
        if contributions == body["contributions"]:
            return
        project = self.document.project
        self._apply(set_contributions(project, str(body["id"]), contributions))

    def add_source(self) -> None:
        command = new_financing_source(self.document.project, self.tr("New source"))
        try:
            self.document.apply(command, self.tr("New financing source"))
        except InputError as error:
            self.message.emit(error.message)
            return
        self.chooser.setCurrentIndex(self.chooser.findData(command.key))

    def delete_source(self) -> None:
        source_id = self.current_id()
        if source_id is not None:
            command = delete_financing_source(self.document.project, source_id)
            self.document.apply(command, self.tr("Delete financing source"))


def _quantity(unit: str) -> Quantity:
    """Percents of GDP or revenue are typed and shown in %; money as it is."""
    return Quantity.PLAIN if unit == "lcu" else Quantity.PERCENT


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
