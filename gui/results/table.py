"""The results table: every results column (docs/cli.md), one row per scope, id and year.

Rows come from ``engine.outputs.results_files.result_rows``, the same function the
command line's CSV uses, so the table, its exports and ``compute`` agree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.outputs.results_files import CSV_COLUMNS, result_rows
from gui.common.numbers import format_number
from gui.document.project_document import ProjectDocument

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # a header's column key, as in the CSV
PERCENT_COLUMNS = {c for c in CSV_COLUMNS if "pct" in c}
# Headers in words with their unit ({currency} is the project's); the CSV key in the tooltip.
HEADERS = {
    "scope": QT_TRANSLATE_NOOP("ResultsTable", "Type"),  # scenario or package: a narrow column
    "id": QT_TRANSLATE_NOOP("ResultsTable", "Name"),
    "year": QT_TRANSLATE_NOOP("ResultsTable", "Year"),
    "beneficiaries": QT_TRANSLATE_NOOP("ResultsTable", "Beneficiaries"),
    "benefit_per_beneficiary": QT_TRANSLATE_NOOP(
        "ResultsTable", "Benefit per beneficiary, {currency} a year"
    ),
    "benefit_cost": QT_TRANSLATE_NOOP("ResultsTable", "Benefit cost, {currency}"),
    "admin_cost": QT_TRANSLATE_NOOP("ResultsTable", "Administration, {currency}"),
    "total_cost": QT_TRANSLATE_NOOP("ResultsTable", "Total cost, {currency}"),
    "total_cost_constant": QT_TRANSLATE_NOOP(
        "ResultsTable", "Total cost, {currency} at base-year prices"
    ),
    "pct_gdp": QT_TRANSLATE_NOOP("ResultsTable", "Cost, % of GDP"),
    "pct_gov_expenditure": QT_TRANSLATE_NOOP("ResultsTable", "Cost, % of government expenditure"),
    "pct_gov_revenue": QT_TRANSLATE_NOOP("ResultsTable", "Cost, % of government revenue"),
    "existing_cost": QT_TRANSLATE_NOOP("ResultsTable", "Existing schemes, {currency}"),
    "proposed_cost": QT_TRANSLATE_NOOP("ResultsTable", "Proposed schemes, {currency}"),
    "replaced_cost": QT_TRANSLATE_NOOP("ResultsTable", "Replaced schemes, {currency}"),
    "additional_cost": QT_TRANSLATE_NOOP("ResultsTable", "Additional cost, {currency}"),
    "additional_pct_gdp": QT_TRANSLATE_NOOP("ResultsTable", "Additional cost, % of GDP"),
    "fiscal_space_pct_gdp": QT_TRANSLATE_NOOP("ResultsTable", "Fiscal space, % of GDP"),
    "fiscal_space_gap_pct_gdp": QT_TRANSLATE_NOOP(
        "ResultsTable", "Fiscal space left, % of GDP (negative: over)"
    ),
    "gov_expenditure_needed_pct_gdp": QT_TRANSLATE_NOOP(
        "ResultsTable", "Government expenditure needed, % of GDP"
    ),
    "financing": QT_TRANSLATE_NOOP("ResultsTable", "Financing, {currency}"),
    "financing_pct_gdp": QT_TRANSLATE_NOOP("ResultsTable", "Financing, % of GDP"),
    "financing_gap_pct_gdp": QT_TRANSLATE_NOOP(
        "ResultsTable", "Financing gap, % of GDP (negative: surplus)"
    ),
}
SCOPES = {
    "scenario": QT_TRANSLATE_NOOP("ResultsTable", "scenario"),
    "package": QT_TRANSLATE_NOOP("ResultsTable", "package"),
}


class ResultsProxy(QSortFilterProxyModel):
    """Can show only some scenarios and packages (the chosen package's). Sorting is the
    results model's own (one key per row in Python, not a call to ``data()`` for every
    comparison): the proxy keeps the model's order."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.ids: set[str] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, ResultsTableModel)
        model.sort(column, order)

    def show_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self.ids is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, ResultsTableModel)
        return bool(model.rows[source_row][1] in self.ids)


def header_text(column: str, currency: str) -> str:
    """A column's header in the user's language, with its unit."""
    source = HEADERS.get(column)
    if source is None:
        return column
    return QCoreApplication.translate("ResultsTable", source).format(currency=currency)


class ResultsTableModel(QAbstractTableModel):
    """``follow``: load now and on every new result (False: the owner loads it, as the
    results tab does when it is shown, so a hidden table costs nothing per edit)."""

    def __init__(self, document: ProjectDocument, follow: bool = True) -> None:
        super().__init__()
        self.document = document
        self.rows: list[list[Any]] = []
        self._unsorted: list[list[Any]] = []  # the rows in result_rows' order
        self._order: tuple[int, Qt.SortOrder] | None = None
        self.names: dict[str, str] = {}
        if follow:
            document.results_changed.connect(self.reload)
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        results = self.document.results
        self._unsorted = result_rows(results) if results is not None else []
        self.rows = self._sorted(self._unsorted)
        project = self.document.project
        self.names = {s.id: s.name for s in project.scenarios} | {
            p.id: p.name for p in project.packages
        }
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By the exact values (empty cells lowest), stable from the rows' own order as
        Qt's sorting is; the order is kept for the next results."""
        self.layoutAboutToBeChanged.emit()
        before = {id(row): i for i, row in enumerate(self.rows)}
        self._order = (column, order) if 0 <= column < len(CSV_COLUMNS) else None
        self.rows = self._sorted(self._unsorted)
        moved = [before[id(row)] for row in self.rows]  # new position -> old position
        where = {old: new for new, old in enumerate(moved)}
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(where[i.row()], i.column()) if i.isValid() else i for i in old_indexes],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[list[Any]]) -> list[list[Any]]:
        if self._order is None:
            return list(rows)
        column, order = self._order
        lowest = float("-inf")
        return sorted(
            rows,
            key=lambda row: lowest if row[column] is None else row[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CSV_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        column = CSV_COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            results = self.document.results
            return header_text(column, results.currency if results is not None else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "ResultsTable", "{header} (column {key} in exported files)"
            ).format(header=self.headerData(section, orientation), key=column)
        if role == KEY_ROLE:
            return column
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == SORT_ROLE:
            return value if value is not None else float("-inf")
        if role == Qt.ItemDataRole.DisplayRole:
            column = CSV_COLUMNS[index.column()]
            if column == "scope":
                return QCoreApplication.translate("ResultsTable", SCOPES.get(value, value))
            if column == "id":
                return self.names.get(value, value)
            return display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def exact_text(self, row: int, column: int) -> str:
        """The cell as a spreadsheet should receive it: the exact number, no separators."""
        value = self.rows[row][column]
        if value is None:
            return ""
        return repr(value) if isinstance(value, float) else str(value)


def display(column: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, float):
        return str(value)
    if column in PERCENT_COLUMNS:
        return format_number(value, 4)
    return format_number(value, 0)
