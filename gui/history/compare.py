"""The compare view: two versions or two files side by side.

Every assumption that differs, in words with both values, and each scenario's and
package's cost in two chosen years under both, with the change. A side is the
project now, a version saved in it, or another project file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.analysis.compare import POPULATION_ROWS, Comparison, Measure, compare, default_years
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.changes import ABSENT
from engine.store.files import read_project
from gui.common.field_labels import field_label, value_text
from gui.common.numbers import Quantity, format_number
from gui.document.project_document import ProjectDocument
from gui.document.tasks import Outcome, Report

NOW = "now:"  # a side: "now:", "version:KEY", "file:PATH", or "pick:" (ask for a file)


class CompareView(QDialog):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Compare"))
        self.comparison: Comparison | None = None
        self._generation = 0  # only the latest comparison is shown
        self.side_a = QComboBox()
        self.side_b = QComboBox()
        self._fill_sides()
        years = document.project.years
        first, last = default_years(document.project, document.project)[0], years.end
        self.year_1, self.year_2 = QSpinBox(), QSpinBox()
        for spin, value in ((self.year_1, first), (self.year_2, last)):
            spin.setRange(years.base, years.end)
            spin.setValue(value)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("% of GDP"), "pct_gdp")
        self.measure.addItem(
            self.tr("cost in {currency}").format(currency=document.project.country.currency),
            "total_cost",
        )
        self.status = QLabel()
        self.assumptions = _table([self.tr("Assumption"), self.tr("A"), self.tr("B")], (330, 200))
        self.costs = _table([], (230,))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("A:")))
        top.addWidget(self.side_a, 1)
        top.addWidget(QLabel(self.tr("B:")))
        top.addWidget(self.side_b, 1)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Costs in")))
        options.addWidget(self.year_1)
        options.addWidget(QLabel(self.tr("and")))
        options.addWidget(self.year_2)
        options.addWidget(self.measure)
        options.addWidget(self.status, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.assumptions)
        split.addWidget(self.costs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        for widget in (self.side_a, self.side_b, self.measure):
            widget.currentIndexChanged.connect(self._side_changed)
        for spin in (self.year_1, self.year_2):
            spin.valueChanged.connect(self.refresh)
        self.resize(1000, 600)
        self.refresh()

    def _fill_sides(self) -> None:
        versions = self.document.store.versions()
        for combo in (self.side_a, self.side_b):
            combo.blockSignals(True)
            combo.addItem(self.tr("Now"), NOW)
            for version in versions:
                text = self.tr("Version {number}: {name}").format(
                    number=version.number, name=version.name
                )
                combo.addItem(text, f"version:{version.key}")
            combo.addItem(self.tr("Another file..."), "pick:")
            combo.blockSignals(False)
        if versions:  # the latest version against now: what changed since
            self.side_a.setCurrentIndex(len(versions))

    def choose(self, side: str, kind: str, key: str = "") -> None:
        """Set side ``a`` or ``b`` to now, a version (its key) or a file (its path)."""
        combo = self.side_a if side == "a" else self.side_b
        if kind == "file":
            combo.blockSignals(True)
            combo.insertItem(combo.count() - 1, Path(key).name, f"file:{key}")
            combo.blockSignals(False)
        combo.setCurrentIndex(combo.findData(f"{kind}:{key}"))

    def _side_changed(self) -> None:
        for side, combo in (("a", self.side_a), ("b", self.side_b)):
            if combo.currentData() == "pick:":
                path, _ = QFileDialog.getOpenFileName(
                    self,
                    self.tr("Compare with a project file"),
                    str(self.document.path.parent),
                    self.tr("ABND projects (*.abnd *.json)"),
                )
                if path:
                    self.choose(side, "file", path)
                else:
                    combo.setCurrentIndex(0)
                return
        self.refresh()

    def _project(self, data: str) -> Project:
        kind, _, key = str(data).partition(":")
        if kind == "version":
            return self.document.store.version_project(key)[1]
        if kind == "file":
            return read_project(key)
        return self.document.project

    def refresh(self) -> None:
        """Compare the two sides again (in the background: two projects are costed)."""
        try:
            first = self._project(self.side_a.currentData())
            second = self._project(self.side_b.currentData())
        except InputError as error:
            self.status.setText(error.one_line())
            return
        years = sorted({self.year_1.value(), self.year_2.value()})
        measure: Measure = self.measure.currentData()
        self.status.setText(self.tr("Comparing..."))
        self._generation += 1
        generation = self._generation

        def work(_report: Report) -> Comparison:
            return compare(first, second, years, measure)

        self.document.tasks.run(work, lambda outcome: self._show(generation, outcome))

    def _show(self, generation: int, outcome: Outcome[Comparison]) -> None:
        if generation != self._generation:
            return
        if outcome.value is None:
            if isinstance(outcome.error, InputError):
                self.status.setText(outcome.error.one_line())
            return
        self.comparison = comparison = outcome.value
        self.status.setText(self.tr("%n assumption(s) differ", "", len(comparison.differences)))
        self._fill_assumptions(comparison)
        self._fill_costs(comparison)

    def _fill_assumptions(self, comparison: Comparison) -> None:
        table = self.assumptions
        table.setRowCount(len(comparison.differences))
        project = self.document.project
        for row, item in enumerate(comparison.differences):
            if item.path == POPULATION_ROWS:
                texts = [
                    self.tr("Population"),
                    self.tr("%n cell(s) differ", "", item.count),
                    "",
                ]
            else:
                value = item.b if item.b is not ABSENT else item.a
                texts = [
                    field_label(item.path, project, value),
                    value_text(item.a, item.path),
                    value_text(item.b, item.path),
                ]
            for column, text in enumerate(texts):
                _set(table, row, column, text)
        table.resizeRowsToContents()

    def _fill_costs(self, comparison: Comparison) -> None:
        table = self.costs
        headers = [self.tr("Scenario or package")]
        for year in comparison.years:
            headers += [
                self.tr("{year}: A").format(year=year),
                self.tr("{year}: B").format(year=year),
                self.tr("change"),
            ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(comparison.costs))
        digits = 3 if comparison.measure == "pct_gdp" else 0
        quantity = Quantity.PERCENT if comparison.measure == "pct_gdp" else Quantity.PLAIN
        for row, cost in enumerate(comparison.costs):
            kind = self.tr("package") if cost.scope == "package" else self.tr("scenario")
            _set(table, row, 0, f"{cost.name} ({kind})")
            for i, (a, b) in enumerate(zip(cost.a, cost.b, strict=True)):
                change = None if a is None or b is None else b - a
                for offset, value in enumerate((a, b, change)):
                    text = format_number(value, digits, quantity)
                    if offset == 2 and change is not None and change > 0:
                        text = "+" + text
                    _set(table, row, 1 + 3 * i + offset, text, numeric=True)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, 96)
        table.resizeRowsToContents()


def _table(headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def _set(table: QTableWidget, row: int, column: int, text: str, numeric: bool = False) -> None:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setItem(row, column, item)
