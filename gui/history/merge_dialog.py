"""The merge dialog: what merges by itself, and each conflict side by side to choose.

Every conflict shows the field in words, its value in the common base, mine and
theirs with who changed each and when; the choice is mine, theirs, or a value
typed here. A row deleted on one side and edited on the other is kept or deleted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.edits.changes import ABSENT
from engine.edits.flat import Path
from engine.edits.merge import Choice, Typed
from engine.format import strict_json
from engine.store.merging import MergePlan, SideConflict, Stamp
from gui.common.field_labels import field_label, quantity_of, value_text, when_text
from gui.common.numbers import NumberError, parse_number
from gui.document.project_document import ProjectDocument

FIELD, BASE, MINE, THEIRS, KEEP, VALUE = range(6)


class MergeDialog(QDialog):
    def __init__(self, document: ProjectDocument, plan: MergePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.plan = plan
        name = plan.source.name
        self.setWindowTitle(self.tr("Merge changes from {file}").format(file=name))
        summary = QLabel(self._summary())
        summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.conflicts), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Base"),
                self.tr("Mine"),
                self.tr("Theirs"),
                self.tr("Keep"),
                self.tr("Typed value"),
            ]
        )
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 120, 170, 170, 130)):
            self.table.setColumnWidth(column, width)
        self.keep: list[QComboBox] = []
        self.typed: list[QLineEdit] = []
        for row, item in enumerate(plan.conflicts):
            self._fill_row(row, item)
        self.table.resizeRowsToContents()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        all_mine = QPushButton(self.tr("Keep mine everywhere"))
        all_mine.clicked.connect(lambda: self.choose_all(0))
        all_theirs = QPushButton(self.tr("Take theirs everywhere"))
        all_theirs.clicked.connect(lambda: self.choose_all(1))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        shortcuts = QHBoxLayout()
        shortcuts.addWidget(all_mine)
        shortcuts.addWidget(all_theirs)
        shortcuts.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if plan.conflicts:
            layout.addWidget(self.table, 1)
            layout.addLayout(shortcuts)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 560 if plan.conflicts else 180)

    def _summary(self) -> str:
        plan = self.plan
        name = plan.source.name
        parts = [
            self.tr("From {file}:").format(file=name),
            self.tr("%n change(s) merge by themselves.", "", plan.taken),
        ]
        if plan.carried:
            parts.append(
                self.tr("%n edit(s) of its history come with them.", "", len(plan.carried))
            )
        if plan.conflicts:
            parts.append(
                self.tr(
                    "%n field(s) were changed differently here and there: choose what to keep "
                    "for each.",
                    "",
                    len(plan.conflicts),
                )
            )
        parts.append(self.tr("The merge is one edit: Edit > Undo takes it all back."))
        return " ".join(parts)

    def _fill_row(self, row: int, item: SideConflict) -> None:
        conflict = item.conflict
        project = self.document.project
        label = field_label(conflict.path, project, _any_value(conflict))
        self._cell(row, FIELD, label)
        keep = QComboBox()
        typed = QLineEdit()
        if conflict.is_entity:
            deleted = conflict.deleted_on
            self._cell(row, BASE, "")
            self._cell(row, MINE, self._side_text(deleted == "mine", item.mine_by))
            self._cell(row, THEIRS, self._side_text(deleted == "theirs", item.theirs_by))
            keep.addItem(
                self.tr("Delete it") if deleted == "mine" else self.tr("Keep it, edited"), "mine"
            )
            keep.addItem(
                self.tr("Delete it") if deleted == "theirs" else self.tr("Keep it, edited"),
                "theirs",
            )
            typed.setEnabled(False)
        else:
            path = conflict.path
            self._cell(row, BASE, value_text(conflict.base, path))
            self._cell(row, MINE, _with_stamp(value_text(conflict.mine, path), item.mine_by))
            self._cell(row, THEIRS, _with_stamp(value_text(conflict.theirs, path), item.theirs_by))
            keep.addItem(self.tr("Mine"), "mine")
            keep.addItem(self.tr("Theirs"), "theirs")
            keep.addItem(self.tr("Type a value"), "typed")
            typed.setPlaceholderText(self.tr("the value to keep"))
            typed.setEnabled(False)
            keep.currentIndexChanged.connect(
                lambda _i, k=keep, t=typed: t.setEnabled(k.currentData() == "typed")
            )
        self.table.setCellWidget(row, KEEP, keep)
        self.table.setCellWidget(row, VALUE, typed)
        self.keep.append(keep)
        self.typed.append(typed)

    def _side_text(self, deleted: bool, stamp: Stamp | None) -> str:
        text = self.tr("deleted") if deleted else self.tr("edited")
        return _with_stamp(text, stamp)

    def _cell(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(text)
        self.table.setItem(row, column, item)

    def choose_all(self, index: int) -> None:
        for keep in self.keep:
            keep.setCurrentIndex(index)

    def choose(self, row: int, choice: str, text: str = "") -> None:
        """Pick one conflict's outcome: ``mine``, ``theirs`` or ``typed`` with ``text``."""
        self.keep[row].setCurrentIndex(self.keep[row].findData(choice))
        self.typed[row].setText(text)

    def choices(self) -> dict[Path, Choice]:
        """Every conflict's choice; a typed value that cannot be read raises ValueError."""
        chosen: dict[Path, Choice] = {}
        for row, item in enumerate(self.plan.conflicts):
            kind = self.keep[row].currentData()
            if kind == "typed":
                chosen[item.conflict.path] = Typed(self._typed_value(row, item))
            else:
                chosen[item.conflict.path] = "mine" if kind == "mine" else "theirs"
        return chosen

    def _typed_value(self, row: int, item: SideConflict) -> Any:
        text = self.typed[row].text()
        conflict = item.conflict
        label = field_label(conflict.path, self.document.project, _any_value(conflict))
        sample = next(
            (v for v in (conflict.mine, conflict.theirs, conflict.base) if v is not ABSENT), None
        )
        if isinstance(sample, str) or sample is None:
            return text
        if isinstance(sample, int | float) and not isinstance(sample, bool):
            try:
                return parse_number(text, quantity_of(conflict.path))
            except NumberError as error:
                raise ValueError(f"{label}: {error}") from None
        try:
            return strict_json.loads(text)
        except InputError:
            raise ValueError(
                self.tr("{field}: type the value as the other two are written").format(field=label)
            ) from None

    def _accept(self) -> None:
        try:
            self.choices()
        except ValueError as error:
            self.error.setText(str(error))
            return
        self.accept()


def _with_stamp(text: str, stamp: Stamp | None) -> str:
    if stamp is None:
        return text
    return f"{text}\n{stamp.author} · {when_text(stamp.time)}"


def _any_value(conflict: Any) -> Any:
    for value in (conflict.mine, conflict.theirs, conflict.base):
        if value is not ABSENT:
            return value
    return None
