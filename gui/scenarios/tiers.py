"""Benefit tiers in the scenario form: a small table of age bands, each with its amount.

Every change is one engine command (``set_benefit_tiers``); a table the engine
refuses (a gap, an overlap) shows the reason under it and the project's tiers again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.edits.builders import Tier, benefit_tiers, set_benefit_tiers
from gui.common.messages import localized
from gui.common.numbers import Quantity, format_number
from gui.document.project_document import ProjectDocument
from gui.scenarios.values import parse_tier_rows

ERROR_STYLE = "color: #b00020;"


class TiersEditor(QWidget):
    """Tiers of one scenario's benefit; ``refused`` carries the message of a refused table."""

    refused = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenario_id: str | None = None
        self.enabled = QCheckBox(self.tr("Pays a different amount by age band"))
        self.enabled.setObjectName("tiers.enabled")
        self.enabled.setToolTip(
            self.tr("Tiers: a different amount for each age band (e.g. 600 at 60-69, 700 at 70-79)")
        )
        self.enabled.clicked.connect(self._toggled)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("tiers")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(150)
        self.table.itemChanged.connect(lambda _item: self._commit())
        self.add = QPushButton(self.tr("Split the last band"))
        self.add.clicked.connect(self._split_last)
        self.remove = QPushButton(self.tr("Join the last two bands"))
        self.remove.clicked.connect(self._join_last)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def show_scenario(self, scenario_id: str) -> None:
        self.scenario_id = scenario_id
        project = self.document.project
        scenario = project.scenario(scenario_id)
        benefit = scenario.benefit
        tiered = benefit is not None and bool(benefit.tiers)
        self.enabled.setChecked(tiered)
        for widget in (self.table, self.add, self.remove):
            widget.setVisible(tiered)
        anchor = benefit is not None and benefit.type == "anchor"
        level = self.tr("% of the anchor") if anchor else self.tr("amount a month")
        self.table.setHorizontalHeaderLabels([self.tr("from age"), self.tr("to age"), level])
        self.table.blockSignals(True)
        tiers = benefit_tiers(project, scenario_id) if tiered else []
        self.table.setRowCount(len(tiers))
        for row, (low, high, value) in enumerate(tiers):
            shown = (str(low), str(high), format_number(value, None, self.quantity()))
            for column, text in enumerate(shown):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.remove.setEnabled(len(tiers) > 1)

    def quantity(self) -> Quantity:
        """Anchored tiers are a percent of the anchor; fixed ones an amount of money."""
        assert self.scenario_id is not None
        benefit = self.document.project.scenario(self.scenario_id).benefit
        return (
            Quantity.PERCENT if benefit is not None and benefit.type == "anchor" else Quantity.PLAIN
        )

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(  # type: ignore[misc]
                (self.table.item(row, column) or QTableWidgetItem("")).text() for column in range(3)
            )
            for row in range(self.table.rowCount())
        ]

    # ------------------------------------------------------------ edits

    def _toggled(self, checked: bool) -> None:
        assert self.scenario_id is not None
        tiers = benefit_tiers(self.document.project, self.scenario_id) if checked else None
        self._apply(tiers, self.tr("Pay by age band") if checked else self.tr("Pay one amount"))

    def _commit(self) -> None:
        try:
            tiers = parse_tier_rows(self.rows(), self.quantity())
        except ValueError as error:
            self._refuse(str(error))
            return
        self._apply(tiers, self.tr("Edit benefit tiers"))

    def _split_last(self) -> None:
        """The last band in two halves, each with its amount (so the tiers stay valid)."""
        assert self.scenario_id is not None
        tiers = benefit_tiers(self.document.project, self.scenario_id)
        low, high, value = tiers[-1]
        if high == low:
            self._refuse(self.tr("the last band is a single age: it cannot be split"))
            return
        middle = (low + high) // 2
        self._apply(
            [*tiers[:-1], (low, middle, value), (middle + 1, high, value)],
            self.tr("Add a benefit band"),
        )

    def _join_last(self) -> None:
        assert self.scenario_id is not None
        tiers = benefit_tiers(self.document.project, self.scenario_id)
        (low, _, value), (_, high, _) = tiers[-2], tiers[-1]
        self._apply([*tiers[:-2], (low, high, value)], self.tr("Remove a benefit band"))

    def _apply(self, tiers: list[Tier] | None, label: str) -> None:
        assert self.scenario_id is not None
        try:
            self.document.apply(
                set_benefit_tiers(self.document.project, self.scenario_id, tiers), label
            )
        except InputError as error:
            self._refuse(localized(error.message, self.document.project))
            return
        self.error.hide()
        self.show_scenario(self.scenario_id)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.refused.emit(self.tr("Benefit tiers: {message}").format(message=message))
        if self.scenario_id is not None:
            self.show_scenario(self.scenario_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
