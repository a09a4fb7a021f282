"""The versions dialog: the named states saved in the project, and what to do with one.

"Save a version" names the project as it is now ("Validated at the national
workshop, 12 September"). A version opens read-only in its own window, is compared
with now, or exported as a project exchange file (JSON) or as the report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.format.json_file import save_project
from gui.common.field_labels import when_text
from gui.document.project_document import ProjectDocument


class VersionsDialog(QDialog):
    """``open_version(key)``, ``compare_version(key)`` and ``report_version(key)`` are
    for the window to act on; a JSON export happens here."""

    open_version = Signal(str)
    compare_version = Signal(str)
    report_version = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Versions of {name}").format(name=document.project.name))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Saved"), self.tr("By")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        for text, slot in (
            (self.tr("Save a version..."), self.ask_name),
            (self.tr("Open read-only"), lambda: self._emit(self.open_version)),
            (self.tr("Compare with now"), lambda: self._emit(self.compare_version)),
            (self.tr("Export as JSON..."), self.ask_export),
            (self.tr("Export the report..."), lambda: self._emit(self.report_version)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        document.history_changed.connect(self.refresh)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        try:
            versions = self.document.store.versions()
        except InputError as error:
            self.message.setText(error.one_line())
            versions = []
        self.table.setRowCount(len(versions))
        for row, version in enumerate(versions):
            for column, text in enumerate(
                (str(version.number), version.name, when_text(version.time), version.author)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, version.key)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 130)
        if versions and not self.table.selectedItems():
            self.table.selectRow(len(versions) - 1)
        if not versions:
            self.message.setText(
                self.tr("No version saved yet: save one to name the project as it is now.")
            )

    def selected(self) -> str | None:
        items = self.table.selectedItems()
        return None if not items else str(items[0].data(Qt.ItemDataRole.UserRole))

    def _emit(self, signal: SignalInstance) -> None:
        key = self.selected()
        if key is None:
            self.message.setText(self.tr("Select a version first."))
            return
        signal.emit(key)

    def ask_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save a version"))
        dialog.setLabelText(
            self.tr('Name the project as it is now (e.g. "Validated at the national workshop")')
        )
        dialog.textValueSelected.connect(self.save)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def save(self, name: str) -> bool:
        try:
            version = self.document.save_version(name)
        except InputError as error:
            self.message.setText(error.one_line())
            return False
        self.message.setText(
            self.tr('Version {number} "{name}" saved.').format(
                number=version.number, name=version.name
            )
        )
        return True

    def ask_export(self) -> None:
        key = self.selected()
        if key is None:
            self.message.setText(self.tr("Select a version first."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the version as JSON"),
            str(self.document.path.with_suffix(".json")),
            self.tr("Project exchange file (*.json)"),
        )
        if path:
            self.export_json(key, Path(path))

    def export_json(self, key: str, path: Path) -> bool:
        try:
            version, project = self.document.store.version_project(key)
            save_project(project, path)
        except (InputError, OSError) as error:
            reason = error.one_line() if isinstance(error, InputError) else str(error)
            self.message.setText(reason)
            return False
        self.message.setText(
            self.tr('Version "{name}" exported to {path}').format(name=version.name, path=path)
        )
        return True
