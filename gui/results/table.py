"""The results table: every results column (docs/cli.md), one row per scope, id and year.

Rows come from ``engine.outputs.results_files.result_rows``, the same function the
command line's CSV uses, so the table, its exports and ``compute`` agree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from engine.outputs.results_files import CSV_COLUMNS, result_rows
from gui.common.numbers import format_number
from gui.document.project_document import ProjectDocument

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PERCENT_COLUMNS = {c for c in CSV_COLUMNS if "pct" in c}


class ResultsTableModel(QAbstractTableModel):
    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self.document = document
        self.rows: list[list[Any]] = []
        document.results_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        results = self.document.results
        self.rows = result_rows(results) if results is not None else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CSV_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return CSV_COLUMNS[section]
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == SORT_ROLE:
            return value if value is not None else float("-inf")
        if role == Qt.ItemDataRole.DisplayRole:
            return display(CSV_COLUMNS[index.column()], value)
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
