"""Table models of the country data tab: population by age and sex, economy by year.

They show what the engine computes with (single ages after Sprague and
interpolation, each series' value in each year) and turn an edit of a value
the user gave into an engine command.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.domain.model import MAX_AGE, Population, Series
from engine.edits.builders import set_economy_year, set_population_cell
from engine.edits.commands import Command
from engine.format.keys import ECONOMY_SERIES, GROWTH_KEYS
from engine.format.series_json import value_in
from gui.common.messages import error_line
from gui.common.numbers import NumberError, Quantity, format_number, parse_number
from gui.common.widgets import same_objects
from gui.document.project_document import ProjectDocument

AnyIndex = QModelIndex | QPersistentModelIndex
DERIVED = QBrush(QColor("#666666"))


class _ResultsModel(QAbstractTableModel):
    """A model that resets when the project or its results change, and applies edits."""

    edit_refused = Signal(str)

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self.document = document
        self._shown = self._what_is_shown()
        document.results_changed.connect(self._results_changed)

    def _what_is_shown(self) -> tuple[object, ...]:
        project, results = self.document.project, self.document.results
        return (
            None if results is None else results.context,
            project.population,
            project.economy,
            project.labour,
            project.years,
            project.sources,
            project.country,
        )

    def _results_changed(self) -> None:
        """New results: shown again only if what this tab shows changed (a scenario edit
        keeps the country data and their prepared context, the very same objects)."""
        shown = self._what_is_shown()
        if same_objects(shown, self._shown):
            return
        self._shown = shown
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def run(self, command: Command, label: str) -> bool:
        try:
            self.document.apply(command, label)
        except InputError as error:
            self.edit_refused.emit(error_line(error, self.document.project))
            return False
        return True


class PopulationModel(_ResultsModel):
    """Ages 0-100 (rows) by women, men, total (columns) in one projection year."""

    COLUMNS = ("female", "male", "total")

    def __init__(self, document: ProjectDocument, year: int) -> None:
        super().__init__(document)
        self.year = year

    def set_year(self, year: int) -> None:
        self.year = year
        self._reset()

    def persons(self) -> np.ndarray | None:
        results = self.document.results
        if results is None:
            return None
        t = self.year - int(results.calendar_years[0])  # population is per calendar year
        if not 0 <= t < len(results.calendar_years):
            return None
        persons: np.ndarray = results.context.persons[t]
        return persons

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MAX_AGE + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                QCoreApplication.translate("CountryModels", "Women"),
                QCoreApplication.translate("CountryModels", "Men"),
                QCoreApplication.translate("CountryModels", "Total"),
            )[section]
        return f"{section}+" if section == MAX_AGE else str(section)

    def _given(self, age: int, sex: str) -> bool:
        """Whether the project holds this single-age cell (else it is derived)."""
        key = (self.year, sex, age)
        return key in _single_ages(self.document.project.population)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        persons = self.persons()
        if not index.isValid() or persons is None:
            return None
        age, column = index.row(), index.column()
        value = float(np.nansum(persons[age])) if column == 2 else float(persons[age, column])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_number(value, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self._editable(index):
            return DERIVED
        if role == Qt.ItemDataRole.ToolTipRole and column < 2 and not self._editable(index):
            return QCoreApplication.translate(
                "CountryModels", "Derived (5-year groups split by Sprague, or years interpolated)"
            )
        return None

    def _editable(self, index: AnyIndex) -> bool:
        return index.column() < 2 and self._given(index.row(), self.COLUMNS[index.column()])

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._editable(index) else base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._editable(index):
            return False
        try:
            number = parse_number(str(value), minimum=0)
        except NumberError as error:
            self.edit_refused.emit(str(error))
            return False
        sex = self.COLUMNS[index.column()]
        age = index.row()
        return self.run(
            set_population_cell(self.document.project, self.year, sex, age, number),
            QCoreApplication.translate(
                "CountryModels", "Edit population, {sex} aged {age}, in {year}"
            ).format(
                sex=self.headerData(index.column(), Qt.Orientation.Horizontal),
                age=age,
                year=self.year,
            ),
        )


@lru_cache(maxsize=2)
def _single_ages(population: Population) -> frozenset[tuple[int, str, int]]:
    """The single-age cells a population holds (cached per population object, which an
    edit of anything else leaves as it was)."""
    return frozenset((r.year, r.sex, r.age) for r in population.rows if r.age is not None)


ECONOMY_LABELS = {
    "real_gdp_growth": QT_TRANSLATE_NOOP("CountryModels", "Real GDP growth (%)"),
    "gdp_deflator_growth": QT_TRANSLATE_NOOP("CountryModels", "GDP deflator growth (%)"),
    "cpi_inflation": QT_TRANSLATE_NOOP("CountryModels", "CPI inflation (%)"),
    "gov_expenditure_share_gdp": QT_TRANSLATE_NOOP("CountryModels", "Gov. spending (% GDP)"),
    "gov_revenue_share_gdp": QT_TRANSLATE_NOOP("CountryModels", "Gov. revenue (% GDP)"),
    "real_wage_growth": QT_TRANSLATE_NOOP("CountryModels", "Real wage growth (%)"),
}


class EconomyModel(_ResultsModel):
    """Projection years (rows) by economy series (columns, in %), then nominal GDP (derived)."""

    SERIES = ECONOMY_SERIES

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.document.project.years.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.SERIES) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            key = self.key(section)
            return dict(self.document.project.sources).get(f"economy.{key}")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.document.project.years.base + section)
        if section == len(self.SERIES):
            return QCoreApplication.translate("CountryModels", "Nominal GDP ({currency})").format(
                currency=self.document.project.country.currency
            )
        return QCoreApplication.translate("CountryModels", ECONOMY_LABELS[self.SERIES[section]])

    def key(self, column: int) -> str:
        return "gdp_nominal" if column == len(self.SERIES) else self.SERIES[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        year = self.document.project.years.base + index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.column() == len(self.SERIES):
            if role == Qt.ItemDataRole.ForegroundRole:
                return DERIVED
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            results = self.document.results
            if results is None:
                return "—"
            return format_number(float(results.context.economy.gdp_nominal[index.row()]), 0)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        series = getattr(self.document.project.economy, self.SERIES[index.column()])
        value = series_value(series, year)
        if value is None:
            return ""
        decimals = None if role == Qt.ItemDataRole.EditRole else 2
        return format_number(float(f"{value * 100:.10g}"), decimals)  # the heading says %

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == len(self.SERIES) or (index.row() == 0 and self._growth(index)):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def _growth(self, index: AnyIndex) -> bool:
        return self.SERIES[index.column()] in GROWTH_KEYS

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        name = self.SERIES[index.column()]
        year = self.document.project.years.base + index.row()
        try:
            fraction = parse_number(str(value), Quantity.SHARE)
        except NumberError as error:
            self.edit_refused.emit(str(error))
            return False
        label = QCoreApplication.translate("CountryModels", "Edit {series} in {year}").format(
            series=QCoreApplication.translate("CountryModels", ECONOMY_LABELS[name]), year=year
        )
        return self.run(set_economy_year(self.document.project, name, year, fraction), label)


def series_value(series: Series | None, year: int) -> float | None:
    if series is None:
        return None
    if series.constant is not None:
        return series.constant
    return value_in(dict(series.by_year), year)
