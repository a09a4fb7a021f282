"""The History panel: every recorded edit, who made it, when, what it changed and why.

Filters by guarantee, scenario, field and author; "Comment..." says why an edit
was made, after the fact. ``show_field(path)`` is how a field's own history opens
from the field (its context menu).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.model import GUARANTEES
from gui.common.labels import guarantee_label
from gui.common.when_shown import WhenShown
from gui.document.project_document import ProjectDocument
from gui.history.model import ENTRY_ROLE, HistoryFilter, HistoryModel


class HistoryPanel(QWidget):
    message = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._refresh_when_shown = WhenShown(self, self._refresh)
        self.model = HistoryModel(document)
        self.guarantee = QComboBox()
        self.scenario = QComboBox()
        self.author = QComboBox()
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Field: a name or a path"))
        self.field.setClearButtonEnabled(True)
        self.field.setToolTip(
            self.tr("Words of a field's name, or its path (e.g. scenarios.child-benefit)")
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((118, 90, 290, 110, 110)):
            self.view.setColumnWidth(column, width)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.comment_button = QPushButton(self.tr("Comment..."))
        self.comment_button.setToolTip(self.tr("Say why the selected edit was made"))
        self.comment_button.clicked.connect(self.ask_comment)
        self.count = QLabel()

        filters = QHBoxLayout()  # one line: the table keeps the height
        for widget in (self.guarantee, self.scenario, self.author):
            widget.currentIndexChanged.connect(self._filter_changed)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(10)
            filters.addWidget(widget)
        filters.addWidget(self.field, 1)
        self.field.textChanged.connect(self._filter_changed)
        filters.addWidget(self.count)
        filters.addWidget(self.comment_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        document.changed.connect(self.refresh)
        document.history_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the history again, keeping the filters: now if the panel shows, else when
        it is next shown (the whole history is read: not on every edit while hidden)."""
        self._refresh_when_shown()

    def _refresh(self) -> None:
        self._fill_choices()
        self.model.reload()
        self._show_count()

    def _fill_choices(self) -> None:
        project = self.document.project
        for combo, everything, items in (
            (
                self.guarantee,
                self.tr("All guarantees"),
                [(guarantee_label(g), g) for g in GUARANTEES],
            ),
            (self.scenario, self.tr("All scenarios"), [(s.name, s.id) for s in project.scenarios]),
            (self.author, self.tr("Everyone"), [(a, a) for a in self.model.authors()]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _filter_changed(self) -> None:
        self.model.set_filter(
            HistoryFilter(
                guarantee=self.guarantee.currentData(),
                scenario=self.scenario.currentData(),
                field=self.field.text(),
                author=self.author.currentData(),
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("%n change(s) shown", "", self.model.rowCount())
            if self.model.entries
            else self.tr("No edits recorded yet")
        )

    def show_field(self, path: str) -> None:
        """Only the history of ``path`` (a field or everything under it)."""
        self.guarantee.setCurrentIndex(0)
        self.scenario.setCurrentIndex(0)
        self.author.setCurrentIndex(0)
        self.field.setText(path)

    # ------------------------------------------------------------ comments

    def selected_entry(self) -> str | None:
        index = self.view.currentIndex()
        return None if not index.isValid() else str(index.data(ENTRY_ROLE))

    def ask_comment(self) -> QInputDialog | None:
        entry_id = self.selected_entry()
        if entry_id is None:
            self.message.emit(self.tr("Select an edit first"))
            return None
        current = next((e.comment for e in self.model.entries if e.id == entry_id), "")
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Why this edit"))
        dialog.setLabelText(self.tr('Why was it made? (e.g. "per MoF letter of 3 May")'))
        dialog.setTextValue(current)
        dialog.textValueSelected.connect(lambda text: self.set_comment(entry_id, text))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def set_comment(self, entry_id: str, text: str) -> None:
        try:
            self.document.set_comment(entry_id, text)
        except InputError as error:
            self.message.emit(error.one_line())
