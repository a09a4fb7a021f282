"""The assessment matrix as a Qt table model over the open project's matrix rows.

Reads come from the project; every write becomes an engine command through the
document (validated, saved, undoable). A refused edit emits ``edit_refused``
with the reason, and the cell keeps its value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.domain.model import MatrixRow, Scenario
from engine.edits.builders import (
    add_matrix_row,
    new_matrix_ids,
    set_matrix_cells,
    set_matrix_status,
)
from engine.edits.commands import Batch, Command, Put
from engine.edits.flat import path_text
from engine.runtime.line_breaks import breakable
from engine.store.stored_matrix import id_at
from gui.common.labels import (
    format_percent,
    guarantee_key,
    guarantee_label,
    status_key,
    status_label,
)
from gui.common.messages import error_line, localized
from gui.document.project_document import ProjectDocument

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LINKED_ROLE = Qt.ItemDataRole.UserRole + 2  # a row's linked scenario ids
LINK_COLOUR = QColor("#1f5fa8")


@dataclass(frozen=True)
class Column:
    key: str  # a matrix row field, or "cost"
    title: str  # marked with QT_TRANSLATE_NOOP; shown translated by title_text()
    multiline: bool = False

    def title_text(self) -> str:
        return QCoreApplication.translate("MatrixModel", self.title)


COLUMNS: tuple[Column, ...] = (
    Column("guarantee", QT_TRANSLATE_NOOP("MatrixModel", "Guarantee")),
    Column(
        "existing_provision", QT_TRANSLATE_NOOP("MatrixModel", "Existing provision"), multiline=True
    ),
    Column("policy_gap", QT_TRANSLATE_NOOP("MatrixModel", "Policy gap"), multiline=True),
    Column(
        "implementation_issue",
        QT_TRANSLATE_NOOP("MatrixModel", "Implementation issue"),
        multiline=True,
    ),
    Column("recommendation", QT_TRANSLATE_NOOP("MatrixModel", "Recommendation"), multiline=True),
    Column("costable", QT_TRANSLATE_NOOP("MatrixModel", "Costable")),
    Column("scenario_ids", QT_TRANSLATE_NOOP("MatrixModel", "Linked scenarios")),
    Column("cost", QT_TRANSLATE_NOOP("MatrixModel", "% of GDP")),
    Column("priority", QT_TRANSLATE_NOOP("MatrixModel", "Priority")),
    Column("agencies", QT_TRANSLATE_NOOP("MatrixModel", "Agencies")),
    Column("notes", QT_TRANSLATE_NOOP("MatrixModel", "Notes"), multiline=True),
    # last, so blocks copied from a spreadsheet laid out as before still paste in place
    Column("status", QT_TRANSLATE_NOOP("MatrixModel", "Status")),
)
COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}


class MatrixModel(QAbstractTableModel):
    edit_refused = Signal(str)

    def __init__(self, document: ProjectDocument, cost_year: int) -> None:
        super().__init__()
        self.document = document
        self.cost_year = cost_year
        self._matrix = document.project.matrix  # the rows last shown (a project is immutable)
        self._names: tuple[tuple[Scenario, ...], dict[str, str]] = ((), {})
        self._names_shown = self.scenario_names()  # the names the view shows
        document.changed.connect(self._reload)
        document.results_changed.connect(self._costs_changed)

    # ------------------------------------------------------------ reading

    @property
    def rows(self) -> Sequence[MatrixRow]:
        return self.document.project.matrix

    def row_at(self, position: int) -> MatrixRow | None:
        """The row, or None while a damaged row waits for the check after opening to
        refuse the file (a project opened with its rows later: engine.store.stored_matrix)."""
        try:
            return self.rows[position]
        except InputError:
            return None

    def row_id(self, position: int) -> str:
        """A row's id, known without decoding the row."""
        return id_at(self.rows, position)

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
            title = COLUMNS[section].title_text()
            if COLUMNS[section].key == "cost":
                return f"{title} ({self.cost_year})"
            return title
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == ROW_ID_ROLE:
            return row.id
        if role == LINKED_ROLE:
            return row.scenario_ids
        if key == "costable":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.costable else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # Lao wraps between words, never inside one
            return breakable(self.cell_text(row, key))
        if role == Qt.ItemDataRole.EditRole:
            return (row.status or "draft") if key == "status" else self.cell_text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if key in ("cost", "scenario_ids") and row.scenario_ids:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LINK_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
        return None

    def cell_text(self, row: MatrixRow, key: str) -> str:
        """What a cell shows, and what copy puts on the clipboard."""
        if key == "guarantee":
            return guarantee_label(row.guarantee)
        if key == "costable":
            return (
                QCoreApplication.translate("MatrixModel", "yes")
                if row.costable
                else QCoreApplication.translate("MatrixModel", "no")
            )
        if key == "scenario_ids":  # by name; names can hold commas, so "; " between them
            names = self.scenario_names()
            return "; ".join(names.get(i, i) for i in row.scenario_ids)
        if key == "agencies":
            return ", ".join(row.agencies)
        if key == "priority":
            return "" if row.priority is None else str(row.priority)
        if key == "cost":
            return self.cost_text(row)
        if key == "status":
            shown = status_label(row.status)
            return f"{shown} · {row.status_date}" if row.status_date else shown
        return str(getattr(row, key))

    def scenario_names(self) -> dict[str, str]:
        """Each scenario's name by id (found again only when the scenarios changed)."""
        scenarios = self.document.project.scenarios
        if self._names[0] is not scenarios:
            self._names = (scenarios, {s.id: s.name for s in scenarios})
        return self._names[1]

    def row_cost(self, row: MatrixRow) -> float | None:
        """Sum of the linked scenarios' cost in % of GDP; None if any has no result."""
        if not row.scenario_ids:
            return None
        total = 0.0
        for scenario_id in row.scenario_ids:
            value = self.document.scenario_pct_gdp(scenario_id, self.cost_year)
            if value is None:
                return None
            total += value
        return total

    def cost_text(self, row: MatrixRow) -> str:
        if not row.scenario_ids:
            return ""
        return format_percent(self.row_cost(row), 3)

    def _tooltip(self, row: MatrixRow, key: str) -> str | None:
        if key == "cost" and row.scenario_ids:
            results = self.document.results
            lines = []
            for scenario_id in row.scenario_ids:
                value = self.document.scenario_pct_gdp(scenario_id, self.cost_year)
                error = results.errors.get(scenario_id) if results else None
                reason = (
                    localized(error.message, self.document.project)
                    if error
                    else format_percent(value, 3)
                )
                name = self.scenario_names().get(scenario_id, scenario_id)
                lines.append(f"{name}: {reason}")
            return (
                "\n".join(lines)
                + "\n"
                + QCoreApplication.translate("MatrixModel", "Click to open the scenario.")
            )
        text = self.cell_text(row, key)
        return text if len(text) > 40 else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = COLUMNS[index.column()].key
        if key == "cost":
            return base
        if key == "costable":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # ------------------------------------------------------------ writing

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key = COLUMNS[index.column()].key
        if key == "costable" and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self.row_at(index.row())
        if row is None:
            return False
        try:
            if key == "status" and parse_cell(key, value) == (row.status or "draft"):
                return True  # the same status: nothing to record, the date stays
            command = self.put_cell(row, key, value)
        except ValueError as error:
            self.edit_refused.emit(str(error))
            return False
        title = COLUMNS[index.column()].title_text()
        return self.run(
            command,
            QCoreApplication.translate("MatrixModel", "Edit {column}").format(column=title),
            context=title,
        )

    def put_cell(self, row: MatrixRow, key: str, value: Any) -> Put:
        """The command setting one cell from what a user typed or pasted (a new status
        is dated today)."""
        project = self.document.project
        if key == "scenario_ids":
            return set_matrix_cells(project, row.id, {key: self.linked_ids(str(value or ""))})
        if key == "status":
            return set_matrix_status(
                project, row.id, parse_cell(key, value), date.today().isoformat()
            )
        return set_matrix_cells(project, row.id, {key: parse_cell(key, value)})

    def linked_ids(self, text: str) -> list[str]:
        """Scenarios typed or pasted by name or by id, separated by ";" (or "," when no name
        holds one); a word that names none is kept, and refused with the reason."""
        by_name = {s.name.strip().lower(): s.id for s in self.document.project.scenarios}
        ids = {s.id for s in self.document.project.scenarios}
        parts = [p.strip() for p in text.split(";") if p.strip()]
        if not all(p.lower() in by_name or p in ids for p in parts):
            parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        return [by_name.get(p.lower(), p) for p in parts]

    def run(self, command: Command, label: str, context: str = "") -> bool:
        """Apply through the document; a refusal is reported, never raised."""
        try:
            self.document.apply(command, label)
        except InputError as error:
            project = self.document.project
            if context:  # the caller names the place in words already
                self.edit_refused.emit(f"{context}: {localized(error.message, project)}")
            else:
                self.edit_refused.emit(error_line(error, project))
            return False
        return True

    def paste_block(self, top: int, left: int, block: list[list[str]]) -> bool:
        """Paste cells at (top, left), adding rows past the end: one undo step."""
        project = self.document.project
        rows = list(self.rows)
        editable = [i for i, c in enumerate(COLUMNS) if c.key != "cost"]
        guarantee = rows[top].guarantee if top < len(rows) else "health"
        new_ids = new_matrix_ids(project, max(0, top + len(block) - len(rows)))
        commands: list[Command] = []
        try:
            for offset, cells in enumerate(block):
                values = {
                    COLUMNS[left + i].key: parse_cell(COLUMNS[left + i].key, text)
                    for i, text in enumerate(cells)
                    if left + i < len(COLUMNS) and left + i in editable
                }
                if "status" in values:  # a pasted status is dated today
                    values["status_date"] = date.today().isoformat()
                target = top + offset
                if target < len(rows):
                    commands.append(set_matrix_cells(project, rows[target].id, values))
                else:
                    row_guarantee = values.pop("guarantee", None) or guarantee
                    commands.append(add_matrix_row(new_ids.pop(0), row_guarantee, values))
        except ValueError as error:
            self.edit_refused.emit(str(error))
            return False
        return self.run(Batch(tuple(commands)), QCoreApplication.translate("MatrixModel", "Paste"))

    # ------------------------------------------------------------ refresh

    def set_cost_year(self, year: int) -> None:
        self.cost_year = year
        self._costs_changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _reload(self) -> None:
        """After an edit: the rows that changed, if the matrix changed. Rows edited in
        place (the same rows in the same order) are told as changed data, so the view
        keeps its selection and fits only those rows again; rows added, deleted or moved
        reset the rows."""
        before, matrix = self._matrix, self.document.project.matrix
        if matrix is before:
            return  # a scenario edited: its names and costs come with the results
        self._matrix = matrix
        if len(before) != len(matrix) or any(
            old.id != new.id for old, new in zip(before, matrix, strict=True)
        ):
            self.beginResetModel()
            self.endResetModel()
            return
        changed = [
            i for i, (old, new) in enumerate(zip(before, matrix, strict=True)) if old is not new
        ]
        last = len(COLUMNS) - 1
        for first, end in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def _costs_changed(self) -> None:
        """New results (after every edit): the costs, and the linked scenarios' names if a
        name changed (names can wrap and make a row taller; a cost is one short line)."""
        if not self.rows:
            return
        names = self.scenario_names()
        first = COLUMN_INDEX["cost"]
        if names != self._names_shown:
            self._names_shown = names
            first = COLUMN_INDEX["scenario_ids"]
        last = max(first, COLUMN_INDEX["cost"])
        self.dataChanged.emit(self.index(0, first), self.index(len(self.rows) - 1, last))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as runs of consecutive rows: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def parse_cell(key: str, value: Any) -> Any:
    """A cell's JSON value from text; ValueError names the problem in plain words."""
    if key == "costable":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in (
            "yes",
            "true",
            "1",
            "x",
            QCoreApplication.translate("MatrixModel", "yes").lower(),
        ):
            return True
        if text in (
            "",
            "no",
            "false",
            "0",
            QCoreApplication.translate("MatrixModel", "no").lower(),
        ):
            return False
        raise ValueError(
            QCoreApplication.translate("MatrixModel", 'Costable: "{text}" is not yes or no').format(
                text=value
            )
        )
    text = "" if value is None else str(value)
    if key == "status":
        status = status_key(text.split("·")[0]) if text.strip() else "draft"
        if status is None:
            raise ValueError(
                QCoreApplication.translate(
                    "MatrixModel",
                    '"{text}" is not a status (draft, discussed, validated or endorsed)',
                ).format(text=text)
            )
        return status
    if key == "guarantee":
        found = guarantee_key(text)
        if found is None:
            raise ValueError(
                QCoreApplication.translate(
                    "MatrixModel",
                    '"{text}" is not a guarantee (health care, children, working age or elderly)',
                ).format(text=text)
            )
        return found
    if key in ("scenario_ids", "agencies"):
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if key == "priority":
        if not text.strip():
            return None
        if not text.strip().isdigit():
            raise ValueError(
                QCoreApplication.translate(
                    "MatrixModel", 'Priority: "{text}" is not a whole number'
                ).format(text=text)
            )
        return int(text.strip())
    return text


def cell_path(row_id: str, key: str) -> str | None:
    """The field a cell shows, as a history path (the cost column is not a field)."""
    if key == "cost":
        return None
    return path_text(("matrix", row_id, key))
