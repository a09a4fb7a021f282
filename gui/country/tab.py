"""The country data tab: population (table and pyramid), economy by year, anchors, labour,
source notes, and the engine's coherence warnings with a jump to the data concerned."""

from __future__ import annotations

import html
import re
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.analysis.missing_data import missing_data
from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.edits.builders import set_economy_value, set_labour_value, set_source_note
from engine.edits.commands import Put
from engine.format.keys import ECONOMY_LEVELS
from engine.format.write import economy_to_dict, labour_to_dict
from gui.common.history_menu import offer_history, offer_history_in_table
from gui.common.messages import error_line, line, localized, target
from gui.common.numbers import NumberError, Quantity, format_number, parse_number
from gui.common.printing import model_table
from gui.common.pyramid import PyramidPlot
from gui.common.series_text import parse_series_text, series_text
from gui.common.when_shown import WhenShown
from gui.country.fiscal import FiscalYearPicker
from gui.country.models import EconomyModel, PopulationModel
from gui.document.project_document import ProjectDocument

LEVEL_LABELS = {
    "gdp_nominal_base": QT_TRANSLATE_NOOP("CountryTab", "Nominal GDP in the base year"),
    "poverty_line_monthly": QT_TRANSLATE_NOOP("CountryTab", "Poverty line, per person a month"),
    "minimum_wage_monthly": QT_TRANSLATE_NOOP("CountryTab", "Minimum wage, a month"),
    "average_wage_monthly": QT_TRANSLATE_NOOP("CountryTab", "Average wage, a month"),
}
ECONOMY_YEAR = re.compile(r"^economy\.(\w+)(?:\.(\d{4}))?")
POPULATION_ROW = re.compile(r"^population\.rows\[(\d+)\]")


class CountryTab(QWidget):
    message = Signal(str)
    go_to = Signal(str)  # a field path outside this tab
    show_history = Signal(str)  # a field's path: its own history

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._refresh_when_shown = WhenShown(self, self._refresh)
        self.pages = QTabWidget()
        self.pages.addTab(self._population_page(), self.tr("Population"))
        self.pages.addTab(self._economy_page(), self.tr("Economy"))
        self.pages.addTab(self._labour_page(), self.tr("Labour"))
        self.pages.addTab(self._sources_page(), self.tr("Sources"))
        self.warnings = QListWidget()
        self.warnings.setObjectName("warnings")
        self.warnings.itemActivated.connect(self.jump_to)
        self._offer_histories()
        self.warnings.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(QLabel(self.tr("<b>Checks on the data</b> (double-click to go there)")))
        layout.addWidget(self.warnings)
        document.results_changed.connect(self.refresh)
        document.changed.connect(self.refresh_fields)
        self.refresh_fields()
        self.refresh()

    # ------------------------------------------------------------ pages

    def _population_page(self) -> QWidget:
        years = self.document.project.years
        self.year = QSpinBox()
        self.year.setToolTip(self.tr("The year the table and the pyramid show"))
        self.year.setRange(years.base, years.end)
        self.year.setValue(years.base)
        self.population = PopulationModel(self.document, years.base)
        self.population.edit_refused.connect(self.message)
        self.population_view = QTableView()
        self.population_view.setModel(self.population)
        self.population_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.population_view.verticalHeader().setDefaultSectionSize(22)
        self.pyramid = PyramidPlot()
        self._drawn: tuple[int, object | None] = (0, None)  # the year and context drawn
        self.year.valueChanged.connect(self._year_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        self.population_note = QLabel()
        self.population_note.setWordWrap(True)
        top.addWidget(self.population_note, 1)
        split = QSplitter()
        split.addWidget(self.population_view)
        split.addWidget(self.pyramid)
        split.setSizes([420, 700])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        return page

    def _economy_page(self) -> QWidget:
        self.economy = EconomyModel(self.document)
        self.economy.edit_refused.connect(self.message)
        self.economy_view = QTableView()
        self.economy_view.setModel(self.economy)
        self.economy_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.economy_view.selectionModel().currentColumnChanged.connect(self._show_series_note)
        self.series_note = QLabel()
        self.series_note.setWordWrap(True)
        self.levels: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in ("gdp_nominal_base", *ECONOMY_LEVELS):
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setToolTip(
                self.tr("{field}, in {currency}, in the base year; e.g. {example}").format(
                    field=QCoreApplication.translate("CountryTab", LEVEL_LABELS[key]),
                    currency=self.document.project.country.currency,
                    example=format_number(1250000 if key != "gdp_nominal_base" else 2.1e14, 0),
                )
            )
            edit.editingFinished.connect(lambda key=key: self._commit_level(key))
            self.levels[key] = edit
            form.addRow(QCoreApplication.translate("CountryTab", LEVEL_LABELS[key]), edit)
        self.fiscal = FiscalYearPicker(self.document)
        self.fiscal.message.connect(self.message)
        form.addRow(self.tr("Fiscal year starts in"), self.fiscal)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.economy_view, 1)
        layout.addWidget(self.series_note)
        layout.addWidget(QLabel(self.tr("<b>Base-year anchors</b> (local currency)")))
        layout.addLayout(form)
        return page

    def _labour_page(self) -> QWidget:
        self.participation = QTableWidget(0, 4)
        self.participation.setHorizontalHeaderLabels(
            [self.tr("Sex"), self.tr("Ages"), self.tr("From year"), self.tr("Participation rate")]
        )
        self.participation.itemChanged.connect(lambda _item: self._commit_participation())
        add_row, remove_row = (
            QPushButton(self.tr("Add a rate")),
            QPushButton(self.tr("Delete rate")),
        )
        add_row.clicked.connect(self._add_participation)
        remove_row.clicked.connect(self._delete_participation)
        self.labour_series: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in (
            ("unemployment_rate", self.tr("Unemployment rate")),
            ("informality_share", self.tr("Informal share of employment")),
        ):
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(self.tr("e.g. 2 %, or 2025: 2 %; 2030: 1.5 %"))
            edit.setToolTip(
                self.tr(
                    "{field}, in %: one value for every year, or values by year "
                    "(years between are interpolated)"
                ).format(field=label)
            )
            edit.editingFinished.connect(lambda key=key: self._commit_labour(key))
            self.labour_series[key] = edit
            form.addRow(label, edit)
        self.labour_note = QLabel()
        self.labour_note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.labour_note)
        layout.addWidget(self.participation, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add_row)
        buttons.addWidget(remove_row)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        return page

    def _sources_page(self) -> QWidget:
        self.sources = QTableWidget(0, 2)
        self.sources.setHorizontalHeaderLabels([self.tr("Input"), self.tr("Source note")])
        self.sources.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sources.setColumnWidth(0, 260)
        self.sources.setWordWrap(True)
        self.sources.itemChanged.connect(self._commit_source)
        return self.sources

    def _offer_histories(self) -> None:
        """Right-click on a field: its own history."""
        show = self.show_history.emit
        for key, edit in self.levels.items():
            offer_history(edit, partial(str, f"economy.{key}"), show)
        for key, edit in self.labour_series.items():
            offer_history(edit, partial(str, f"labour.{key}"), show)
        offer_history_in_table(
            self.economy_view,
            lambda index: (
                f"economy.{self.economy.key(index.column())}"
                if index.column() < len(self.economy.SERIES)
                else None
            ),
            show,
        )
        offer_history_in_table(self.population_view, self._population_path, show)

    def _population_path(self, index: QModelIndex) -> str | None:
        if index.column() >= 2:
            return None
        sex = self.population.COLUMNS[index.column()]
        return f"population.rows.{self.population.year}|{sex}|{index.row()}"

    # ------------------------------------------------------------ showing

    def _year_changed(self, year: int) -> None:
        self.population.set_year(year)
        self._draw_pyramid()

    def _draw_pyramid(self) -> None:
        persons = self.population.persons()
        results = self.document.results
        drawn = (self.year.value(), None if results is None else results.context)
        shown = self._drawn
        if persons is None or (
            drawn[1] is not None and drawn[0] == shown[0] and drawn[1] is shown[1]
        ):
            return  # the same year of the same prepared country data: already drawn
        self._drawn = drawn
        self.pyramid.show_year(self.year.value(), persons[:, 0], persons[:, 1])

    def refresh(self) -> None:
        """New results: redraw now if the tab shows, else when it is next shown."""
        self._refresh_when_shown()

    def _refresh(self) -> None:
        self._draw_pyramid()
        self.warnings.clear()
        document = self.document
        if document.error is not None:
            item = QListWidgetItem(line(document.error, document.project))
            item.setData(Qt.ItemDataRole.UserRole, target(document.error))
            self.warnings.addItem(item)
        if document.results is not None:
            checklist = missing_data(document.project, document.results)
            for missing in checklist:  # what the scenarios need first, most-needed first
                text = self.tr("To fill in: {message}").format(
                    message=localized(missing.message, document.project)
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, missing.path)
                item.setToolTip(text)
                self.warnings.addItem(item)
            listed = {m.path for m in checklist}
            for warning in document.results.warnings:
                if warning.code == "missing_budget" and warning.path in listed:
                    continue  # said above
                item = QListWidgetItem(line(warning, document.project))
                item.setData(Qt.ItemDataRole.UserRole, target(warning))
                self.warnings.addItem(item)
        if not self.warnings.count():
            self.warnings.addItem(self.tr("No problem found in the country data."))

    def refresh_fields(self, force: bool = False) -> None:
        project = self.document.project
        shown = (project.sources, project.economy, project.labour, project.years)
        if shown == getattr(self, "_shown", None) and not force:
            return  # a scenario or matrix edit: nothing here changed
        self._shown = shown
        notes = dict(project.sources)
        self.population_note.setText(notes.get("population", ""))
        self.fiscal.refresh()
        economy = economy_to_dict(project)
        for key, edit in self.levels.items():
            value = economy.get(key)
            edit.setText("" if value is None else format_number(value))
        labour = self._labour_body()
        rows = labour.get("participation_rate", [])
        self.participation.blockSignals(True)
        self.participation.setRowCount(len(rows))
        for i, row in enumerate(rows):
            ages = row.get("age_group", row.get("age"))
            for j, text in enumerate(
                (
                    row["sex"],
                    str(ages),
                    str(row.get("year", "")),
                    format_number(row["value"], None, Quantity.SHARE),
                )
            ):
                self.participation.setItem(i, j, QTableWidgetItem(text))
        self.participation.blockSignals(False)
        for key, edit in self.labour_series.items():
            edit.setText(series_text(labour.get(key), Quantity.SHARE))
        self.labour_note.setText(
            notes.get("labour.participation_rate", "")
            or (self.tr("No labour data in this project.") if not rows else "")
        )
        self.sources.blockSignals(True)
        self.sources.setRowCount(len(notes))
        for i, (key, note) in enumerate(sorted(notes.items())):
            name = QTableWidgetItem(key)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.sources.setItem(i, 0, name)
            self.sources.setItem(i, 1, QTableWidgetItem(note))
        self.sources.resizeRowsToContents()
        self.sources.blockSignals(False)
        self._show_series_note()

    def _show_series_note(self) -> None:
        column = max(self.economy_view.currentIndex().column(), 0)
        key = self.economy.key(column)
        note = dict(self.document.project.sources).get(f"economy.{key}", "")
        self.series_note.setText(f"<b>{key}</b>: {note}" if note else "")

    # ------------------------------------------------------------ committing

    def _apply(self, command: Put, label: str) -> bool:
        try:
            self.document.apply(command, label)
        except InputError as error:
            self.message.emit(error_line(error, self.document.project))
            self.refresh_fields(force=True)
            return False
        return True

    def _commit_level(self, key: str) -> None:
        text = self.levels[key].text().strip()
        body = economy_to_dict(self.document.project)
        try:
            value = parse_number(text, minimum=0) if text else None
        except NumberError as error:
            self.message.emit(
                f"{QCoreApplication.translate('CountryTab', LEVEL_LABELS[key])}: {error}"
            )
            self.refresh_fields(force=True)
            return
        label = self.tr("Edit {item}").format(
            item=QCoreApplication.translate("CountryTab", LEVEL_LABELS[key])
        )
        project = self.document.project
        self._set(set_economy_value(project, key, value), body.get(key), value, label)

    def _set(self, command: Put, current: Any, value: Any, label: str) -> None:
        """Apply ``command`` unless the value is unchanged."""
        if value != current:
            self._apply(command, label)

    def _labour_body(self) -> dict[str, Any]:
        labour = self.document.project.labour
        return labour_to_dict(labour) if labour is not None else {}

    def _commit_labour(self, key: str) -> None:
        try:
            value = parse_series_text(
                self.labour_series[key].text(), Quantity.SHARE, minimum=0, maximum=100
            )
        except ValueError as error:
            self.message.emit(str(error))
            self.refresh_fields(force=True)
            return
        command = set_labour_value(self.document.project, key, value)
        self._set(command, self._labour_body().get(key), value, self.tr("Edit labour data"))

    def _participation_rows(self) -> list[dict[str, object]]:
        """The table as labour.participation_rate JSON; ValueError names a bad cell."""
        rows: list[dict[str, object]] = []
        for i in range(self.participation.rowCount()):
            cells = [self.participation.item(i, j) for j in range(4)]
            sex, ages, year, rate = (c.text().strip() if c is not None else "" for c in cells)
            row: dict[str, object] = {"sex": sex.lower(), "age_group": ages}
            if year:
                if not year.isdigit():
                    raise ValueError(
                        self.tr('row {row}: "{text}" is not a year').format(row=i + 1, text=year)
                    )
                row["year"] = int(year)
            try:
                row["value"] = parse_number(rate, Quantity.SHARE, minimum=0, maximum=100)
            except NumberError as error:
                raise ValueError(
                    self.tr("row {row}: {reason}").format(row=i + 1, reason=error)
                ) from None
            rows.append(row)
        return rows

    def _commit_participation(self) -> None:
        try:
            rows = self._participation_rows()
        except ValueError as error:
            self.message.emit(str(error))
            self.refresh_fields(force=True)
            return
        label = self.tr("Edit participation rates")
        self._set_participation(rows, label)

    def _add_participation(self) -> None:
        new = {"sex": "both", "age_group": "15-64", "value": 0.7}
        rows = [*self._labour_body().get("participation_rate", []), new]
        self._set_participation(rows, self.tr("Add a participation rate"))

    def _delete_participation(self) -> None:
        row = self.participation.currentRow()
        rows = list(self._labour_body().get("participation_rate", []))
        if 0 <= row < len(rows):
            rows.pop(row)
            self._set_participation(rows, self.tr("Delete a participation rate"))

    def _set_participation(self, rows: list[Any], label: str) -> None:
        value = rows or None
        command = set_labour_value(self.document.project, "participation_rate", value)
        self._set(command, self._labour_body().get("participation_rate"), value, label)

    def _commit_source(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        project = self.document.project
        name = self.sources.item(item.row(), 0)
        if name is None:
            return
        key = name.text()
        if dict(project.sources).get(key) == item.text():
            return
        self._apply(set_source_note(project, key, item.text()), self.tr("Edit source note"))

    # ------------------------------------------------------------ warnings

    def jump_to(self, item: QListWidgetItem) -> None:
        """Show the data a warning is about (a field elsewhere goes through the window)."""
        path = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if not self.show_field(path):
            self.go_to.emit(path)

    def printable_html(self) -> str:
        """File > Print: the economy by year, then the population of the year shown."""
        project = self.document.project
        economy = html.escape(self.tr("Economy: {name}").format(name=project.name))
        population = html.escape(self.tr("Population in {year}").format(year=self.year.value()))
        return (
            f"<h2>{economy}</h2>"
            + model_table(self.economy)
            + f"<h2>{population}</h2>"
            + model_table(self.population)
        )

    def show_field(self, path: str) -> bool:
        """Show and focus the country data at ``path``; False when it is not country data."""
        if match := ECONOMY_YEAR.match(path):
            name, year = match.groups()
            self.pages.setCurrentIndex(1)
            if name in self.levels:
                self.levels[name].setFocus()
                return True
            series = list(self.economy.SERIES)
            column = series.index(name) if name in series else len(series)
            base = self.document.project.years.base
            row = int(year) - base if year else 0
            index = self.economy.index(max(row, 0), column)
            self.economy_view.setCurrentIndex(index)
            self.economy_view.scrollTo(index)
            self.economy_view.setFocus()
            return True
        if path.startswith("population"):
            self.pages.setCurrentIndex(0)
            if (match := POPULATION_ROW.match(path)) and (row := int(match.group(1))) < len(
                self.document.project.population.rows
            ):
                self.year.setValue(self.document.project.population.rows[row].year)
            return True
        if path.startswith("labour"):
            self.pages.setCurrentIndex(2)
            name = path.split(".")[1].split("[")[0] if "." in path else ""
            if name in self.labour_series:
                self.labour_series[name].setFocus()
            else:
                self.participation.setFocus()
            return True
        return False
