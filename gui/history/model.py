"""The project's history as a Qt table model: one row per field an edit changed.

Newest first. Rows can be filtered by guarantee, scenario, field (a path or words
in the field's name) and author; an edit of many population cells is one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.edits.changes import ABSENT, Change, detailed
from engine.edits.flat import Path, parse_path, path_text
from engine.store.journal import Entry
from gui.common.field_labels import field_label, value_text, when_text
from gui.common.numbers import format_number
from gui.document.project_document import ProjectDocument

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
CELLS_SHOWN = 8  # population cells listed one by one in an edit; past this, counted
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "Field"),
    QT_TRANSLATE_NOOP("HistoryModel", "Before"),
    QT_TRANSLATE_NOOP("HistoryModel", "After"),
    QT_TRANSLATE_NOOP("HistoryModel", "Edit and comment"),
)


@dataclass(frozen=True)
class Row:
    entry: Entry
    change: Change
    cells: int = 0  # > 0: this row stands for that many population cells


@dataclass(frozen=True)
class HistoryFilter:
    guarantee: str | None = None
    scenario: str | None = None
    field: str = ""
    author: str | None = None


class HistoryModel(QAbstractTableModel):
    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self.document = document
        self.filter = HistoryFilter()
        self.entries: list[Entry] = []
        self.rows: list[Row] = []
        self.reload()

    # ------------------------------------------------------------ contents

    def reload(self) -> None:
        """Read the history again (after an edit, a merge, a comment)."""
        try:
            self.entries = self.document.history()
        except InputError:
            self.entries = []
        self._refill()

    def set_filter(self, wanted: HistoryFilter) -> None:
        self.filter = wanted
        self._refill()

    def authors(self) -> list[str]:
        return sorted({e.author for e in self.entries if e.author})

    def _refill(self) -> None:
        self.beginResetModel()
        merges = {e.id: e for e in self.entries if e.is_merge}
        self._merges = merges
        rows: list[Row] = []
        for entry in reversed(self.entries):
            if self.filter.author and entry.author != self.filter.author:
                continue
            rows += [row for row in _rows(entry) if self._accepts(row)]
        self.rows = rows
        self.endResetModel()

    def _accepts(self, row: Row) -> bool:
        path = row.change.path
        wanted = self.filter
        if wanted.scenario and path[:2] != ("scenarios", wanted.scenario):
            return False
        if wanted.guarantee and self._guarantee_of(row.change) != wanted.guarantee:
            return False
        if wanted.field:
            return _field_matches(wanted.field, path, self._label(row))
        return True

    def _guarantee_of(self, change: Change) -> str | None:
        path = change.path
        if len(path) < 2 or path[0] not in ("scenarios", "matrix"):
            return None
        items = (
            self.document.project.scenarios
            if path[0] == "scenarios"
            else self.document.project.matrix
        )
        for item in items:
            if item.id == path[1]:
                return str(item.guarantee)
        for value in (change.before, change.after):  # a deleted entity: its own value
            if path[2:] == ("guarantee",) and isinstance(value, str):
                return value
        return None

    def _label(self, row: Row) -> str:
        change = row.change
        value = change.after if change.after is not ABSENT else change.before
        if row.cells:
            return QCoreApplication.translate("HistoryModel", "Population: {count} cells").format(
                count=format_number(row.cells, 0)
            )
        return field_label(change.path, self.document.project, value)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("HistoryModel", COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ENTRY_ROLE:
            return row.entry.id
        if role == PATH_ROLE:
            return path_text(row.change.path)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return path_text(row.change.path)
        return self.text(row, column)

    def text(self, row: Row, column: int) -> str:
        entry, change = row.entry, row.change
        if column == 0:
            return when_text(entry.time)
        if column == 1:
            return entry.author or QCoreApplication.translate("HistoryModel", "(unknown)")
        if column == 2:
            return self._label(row)
        if row.cells or change.is_order:
            return "" if column in (3, 4) else self._why(entry)
        if column == 3:
            return value_text(change.before, change.path)
        if column == 4:
            return value_text(change.after, change.path)
        return self._why(entry)

    def _why(self, entry: Entry) -> str:
        parts = [entry.label]
        if entry.via in self._merges:
            origin = self._merges[entry.via].merge or {}
            parts.append(
                QCoreApplication.translate("HistoryModel", "(from {file})").format(
                    file=origin.get("from", "")
                )
            )
        if entry.comment:
            parts.append("— " + entry.comment)
        return " ".join(p for p in parts if p)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _rows(entry: Entry) -> list[Row]:
    """An entry's rows: each field it changed; many population cells as one row; an
    edit that only moved rows as its order change."""
    cells = [c for c in entry.changes if c.path[:2] == ("population", "rows")]
    others = [c for c in entry.changes if c.path[:2] != ("population", "rows") and not c.is_order]
    rows = [Row(entry, part) for c in others for part in detailed(c)]
    if len(cells) > CELLS_SHOWN:
        rows.append(Row(entry, Change(("population", "rows")), len(cells)))
    else:
        rows += [Row(entry, part) for c in cells for part in detailed(c)]
    if not rows:
        rows = [Row(entry, c) for c in entry.changes if c.is_order]
    return rows


def _field_matches(wanted: str, path: Path, label: str) -> bool:
    """A path typed (``matrix.m3`` matches its fields) or words of the field's name."""
    try:
        prefix = parse_path(wanted.strip())
    except InputError:
        prefix = ()
    if prefix and path[: len(prefix)] == prefix:
        return True
    return wanted.strip().lower() in label.lower()
