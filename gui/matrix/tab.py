"""The assessment matrix tab: the table, its toolbar, filters, clipboard and cost links."""

from __future__ import annotations

import html
from collections.abc import Collection

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engine.domain.model import GUARANTEES, MATRIX_STATUSES
from engine.edits.builders import (
    add_matrix_row,
    clear_matrix_cells,
    delete_matrix_rows,
    move_matrix_row,
    new_matrix_ids,
)
from gui.common.field_names import item_path
from gui.common.flow_layout import FlowLayout, labelled
from gui.common.history_menu import offer_history_in_table
from gui.common.labels import guarantee_label, status_label
from gui.common.printing import model_table
from gui.common.tsv import from_tsv, to_tsv
from gui.common.widgets import compact_combo
from gui.document.project_document import ProjectDocument
from gui.matrix.consultation import ConsultationPanel
from gui.matrix.model import (
    COLUMN_INDEX,
    COLUMNS,
    LINKED_ROLE,
    ROW_ID_ROLE,
    MatrixModel,
    cell_path,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class MatrixFilter(QSortFilterProxyModel):
    """Rows of one guarantee (or all), of one consultation status (or all), whose text
    contains the search words."""

    def __init__(self) -> None:
        super().__init__()
        self.guarantee: str | None = None
        self.status: str | None = None
        self.search = ""
        self.setDynamicSortFilter(False)  # no filter: every row shows, whatever its data

    def set_filter(self, guarantee: str | None, search: str, status: str | None = None) -> None:
        self.beginFilterChange()
        self.guarantee, self.search = guarantee, search.strip().lower()
        self.status = status
        # Rows are looked at again when their data change only while a filter is on (else a
        # cost changing in 2,000 rows would ask 2,000 times whether to show them).
        self.setDynamicSortFilter(bool(self.guarantee or self.status or self.search))
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not (self.guarantee or self.status or self.search):
            return True  # no filter: no row is read (a large matrix is read as it shows)
        model = self.sourceModel()
        assert isinstance(model, MatrixModel)
        row = model.row_at(source_row)
        if row is None:
            return False
        if self.guarantee and row.guarantee != self.guarantee:
            return False
        if self.status and (row.status or "draft") != self.status:
            return False
        if not self.search:
            return True
        text = " ".join(model.cell_text(row, column.key) for column in COLUMNS).lower()
        return all(word in text for word in self.search.split())


class ParagraphDelegate(QStyledItemDelegate):
    """Multi-line cells edit in a text box: Enter starts a new line, Tab or a click away saves.
    Linked scenarios are picked from a list of the project's scenarios, by name."""

    def __init__(self, parent: QWidget, document: ProjectDocument) -> None:
        super().__init__(parent)
        self.document = document

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if COLUMNS[index.column()].key == "scenario_ids":
            picker = QListWidget(parent)
            picker.setObjectName("linked-scenarios")
            picker.setToolTip(self.tr("Tick the scenarios that cost this recommendation"))
            for scenario in self.document.project.scenarios:
                item = QListWidgetItem(scenario.name, picker)
                item.setData(Qt.ItemDataRole.UserRole, scenario.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            return picker
        if COLUMNS[index.column()].multiline:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            return editor
        if COLUMNS[index.column()].key == "status":
            choice = QComboBox(parent)
            for key in MATRIX_STATUSES:
                choice.addItem(status_label(key), key)
            return choice
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QListWidget):
            linked = set(index.data(LINKED_ROLE) or ())
            for i in range(editor.count()):
                item = editor.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in linked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QListWidget):
            chosen = [
                str(editor.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(editor.count())
                if editor.item(i).checkState() == Qt.CheckState.Checked
            ]
            if chosen != list(index.data(LINKED_ROLE) or ()):
                model.setData(index, ", ".join(chosen), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != (index.data(Qt.ItemDataRole.EditRole) or ""):
                model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, max(0, 120 - rect.height()))
        elif isinstance(editor, QListWidget):  # room for a few names, wider than the cell
            rect = rect.adjusted(0, 0, max(0, 260 - rect.width()), max(0, 160 - rect.height()))
        editor.setGeometry(rect)


class MatrixTab(QWidget):
    """The first tab a workshop sees."""

    open_scenario = Signal(str)
    message = Signal(str)
    deleted = Signal(str)  # what was deleted, said with an Undo button
    show_history = Signal(str)  # a field's path: its own history

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        years = document.project.years
        self.model = MatrixModel(document, cost_year=min(years.end, years.base + 5))
        self.model.edit_refused.connect(self.message)
        self.proxy = MatrixFilter()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ParagraphDelegate(self.view, document))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(120)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.clicked.connect(self._clicked)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            "guarantee": 95,
            "status": 120,
            "costable": 70,
            "cost": 130,
            "priority": 60,
            "scenario_ids": 140,
        }
        for i, column in enumerate(COLUMNS):
            self.view.setColumnWidth(i, widths.get(column.key, 210 if column.multiline else 150))
        # Rows are as tall as their text, measured only when on screen (RowFitter): never
        # every row on each edit, nor while the tab is hidden.
        self.fitter = RowFitter(self.view, self, one_line_columns=(COLUMN_INDEX["cost"],))
        self.model.modelReset.connect(self._restore_selection)
        self._selected_id: str | None = None
        offer_history_in_table(self.view, self._path_at, self.show_history.emit)
        self.consultation = ConsultationPanel(document)
        self.consultation.message.connect(self.message)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.consultation)
        split.setStretchFactor(0, 1)
        split.setSizes([460, 120])
        split.setCollapsible(0, False)
        self.split = split

        self.empty = QLabel(
            self.tr(
                "<b>The assessment matrix is empty.</b> Add a row for each existing scheme, "
                "policy gap, implementation issue and recommendation, by guarantee (Add row), "
                "or paste rows from a spreadsheet (Ctrl+V): one column per heading below."
            )
        )
        self.empty.setObjectName("empty-state")
        self.empty.setWordWrap(True)
        self.model.modelReset.connect(self._show_empty_state)
        self.model.rowsInserted.connect(self._show_empty_state)
        self.model.rowsRemoved.connect(self._show_empty_state)
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self._shortcuts()
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def _shortcuts(self) -> None:
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_row(-1)),
            ("Ctrl+Down", lambda: self.move_row(1)),
            ("Ctrl+Ins", self.add_row),
            ("Ctrl+Del", self.delete_selection),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _toolbar(self) -> QWidget:
        """Buttons, filters and the cost year, wrapping to a second row when narrow."""
        box = QWidget()
        bar = FlowLayout(box)
        bar.setContentsMargins(0, 0, 0, 0)
        for text, tip, slot in (
            (
                self.tr("Add row"),
                self.tr("Add a row below the current one (Ctrl+Ins)"),
                self.add_row,
            ),
            (
                self.tr("Delete rows"),
                self.tr("Delete the selected rows (Ctrl+Del)"),
                self.delete_selection,
            ),
            (self.tr("Move up"), self.tr("Move the row up (Ctrl+Up)"), lambda: self.move_row(-1)),
            (
                self.tr("Move down"),
                self.tr("Move the row down (Ctrl+Down)"),
                lambda: self.move_row(1),
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.guarantee_filter = compact_combo(18)  # a guarantee's name is long in French
        self.guarantee_filter.setToolTip(self.tr("Show the rows of one guarantee only"))
        self.guarantee_filter.addItem(self.tr("All guarantees"), None)
        for key in GUARANTEES:
            self.guarantee_filter.addItem(guarantee_label(key), key)
        self.guarantee_filter.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(labelled(self.tr("Guarantee:"), self.guarantee_filter))
        self.status_filter = QComboBox()
        self.status_filter.setToolTip(self.tr("Show the rows at one step of the consultation"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for key in MATRIX_STATUSES:
            self.status_filter.addItem(status_label(key), key)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(self.status_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the matrix"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Show the rows whose text holds these words"))
        self.search.textChanged.connect(self._filter_changed)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 24))
        bar.addWidget(self.search)
        self.year = QSpinBox()
        years = self.document.project.years
        self.year.setRange(years.base, years.end)
        self.year.setValue(self.model.cost_year)
        self.year.setToolTip(self.tr("The year whose cost the matrix shows"))
        self.year.valueChanged.connect(self.model.set_cost_year)
        bar.addWidget(labelled(self.tr("Costs in:"), self.year))
        return box

    # ------------------------------------------------------------ helpers

    def _filter_changed(self) -> None:
        self.proxy.set_filter(
            self.guarantee_filter.currentData(),
            self.search.text(),
            self.status_filter.currentData(),
        )

    def _path_at(self, index: QModelIndex) -> str | None:
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return None
        return cell_path(self.model.row_id(source.row()), COLUMNS[source.column()].key)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        self.consultation.show_row(self.model.row_id(source.row()) if source.isValid() else None)

    def _source_rows(self) -> list[int]:
        rows = {
            self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()
        }
        current = self.proxy.mapToSource(self.view.currentIndex())
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def _current_source(self) -> QModelIndex:
        return self.proxy.mapToSource(self.view.currentIndex())

    def printable_html(self) -> str:
        """File > Print: the matrix rows shown (the filter applies), every column."""
        rows = [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]
        title = html.escape(
            self.tr("Assessment matrix: {name}").format(name=self.document.project.name)
        )
        return f"<h2>{title}</h2>" + model_table(self.model, rows)

    def show_field(self, path: str) -> bool:
        """Select the matrix cell at ``path`` (``matrix[3].policy_gap``); False otherwise."""
        place = item_path(path)
        if place is None or place.collection != "matrix":
            return False
        rows = self.document.project.matrix
        if place.position < len(rows):
            column = COLUMN_INDEX.get(place.field or "", 1)
            self.select_row_id(rows[place.position].id, column)
            self.view.setFocus()
        return True

    def select_row_id(self, row_id: str, column: int = 1) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, column)
            if index.data(ROW_ID_ROLE) == row_id:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def _restore_selection(self) -> None:
        if self._selected_id:
            self.select_row_id(self._selected_id, max(self.view.currentIndex().column(), 1))

    def _remember(self) -> None:
        current = self._current_source()
        self._selected_id = self.model.row_id(current.row()) if current.isValid() else None

    def _clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if COLUMNS[source.column()].key != "cost":
            return
        row = self.model.rows[source.row()]
        if row.scenario_ids:
            self.open_scenario.emit(row.scenario_ids[0])

    # ------------------------------------------------------------ row edits

    def add_row(self) -> None:
        current = self._current_source()
        position = current.row() + 1 if current.isValid() else len(self.model.rows)
        guarantee = self.guarantee_filter.currentData() or (
            self.model.rows[current.row()].guarantee if current.isValid() else "health"
        )
        (row_id,) = new_matrix_ids(self.document.project, 1)
        self._selected_id = row_id
        self.model.run(add_matrix_row(row_id, guarantee, position=position), self.tr("Add row"))

    def delete_selection(self) -> None:
        rows = self._source_rows()
        if not rows:
            return
        ids = [self.model.rows[r].id for r in rows]
        label = self.tr("Delete %n row(s)", "", len(ids))
        if self.model.run(delete_matrix_rows(ids), label):
            self.deleted.emit(self.tr("%n row(s) deleted.", "", len(ids)))

    def move_row(self, step: int) -> None:
        current = self._current_source()
        if not current.isValid():
            return
        target = current.row() + step
        if not 0 <= target < len(self.model.rows):
            return
        self._remember()
        row_id = self.model.rows[current.row()].id
        self.model.run(move_matrix_row(row_id, target), self.tr("Move row"))

    # ------------------------------------------------------------ clipboard

    def copy(self) -> None:
        indexes = sorted(
            (self.proxy.mapToSource(i) for i in self.view.selectionModel().selectedIndexes()),
            key=lambda i: (i.row(), i.column()),
        )
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        block = [
            [
                self.model.cell_text(self.model.rows[r], COLUMNS[c].key) if (r, c) in chosen else ""
                for c in columns
            ]
            for r in rows
        ]
        QGuiApplication.clipboard().setText(to_tsv(block))

    def delete(self) -> None:
        """Edit > Delete: whole rows selected (row headers) go; otherwise cells are emptied."""
        selection = self.view.selectionModel()
        full_rows = selection.selectedRows()
        if full_rows:
            self.delete_selection()
        else:
            self.clear_cells()

    def cut(self) -> None:
        self.copy()
        self.clear_cells()

    def clear_cells(self) -> None:
        """Empty the selected text cells (one undo step)."""
        by_row: dict[int, list[int]] = {}
        for index in self.view.selectionModel().selectedIndexes():
            source = self.proxy.mapToSource(index)
            by_row.setdefault(source.row(), []).append(source.column())
        cells = {
            self.model.rows[row].id: [COLUMNS[c].key for c in columns if COLUMNS[c].key != "cost"]
            for row, columns in sorted(by_row.items())
        }
        if cells:
            self.model.run(clear_matrix_cells(self.document.project, cells), self.tr("Clear cells"))

    def paste(self) -> None:
        block = from_tsv(QGuiApplication.clipboard().text())
        if not block:
            return
        current = self._current_source()
        top = current.row() if current.isValid() else len(self.model.rows)
        left = current.column() if current.isValid() else 1
        self._remember()
        self.model.paste_block(top, left, block)


class RowFitter(QObject):
    """Fits the rows on screen of a word-wrapped table to their text, and only those.

    Qt's "resize to contents" measures every row whenever anything changes, shown or
    not (2,000 rows: a second an edit). Here a row is measured when it comes on screen
    and again only after its data, the columns' widths or the rows changed; a hidden
    table measures nothing until it is shown."""

    def __init__(
        self, view: QTableView, owner: QWidget, one_line_columns: Collection[int] = ()
    ) -> None:
        super().__init__(owner)
        self.view, self.owner = view, owner
        self.one_line_columns = frozenset(one_line_columns)  # their changes fit no row again
        self.measured: set[int] = set()  # rows (of the view's model) fitted since the change
        self._pending = False
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
        ):
            signal.connect(self.forget)
        model.dataChanged.connect(self._changed)
        view.horizontalHeader().sectionResized.connect(self.forget)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.viewport().installEventFilter(self)
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.fit()  # at once: shown, the rows are already fitted at the first paint
        return False

    def forget(self) -> None:
        self.measured.clear()
        self.schedule()

    def _changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if set(range(top.column(), bottom.column() + 1)) <= self.one_line_columns:
            return  # one short line (a cost) never makes a row taller or shorter
        self.measured.difference_update(range(top.row(), bottom.row() + 1))
        self.schedule()

    def schedule(self) -> None:
        """Fit once the event loop is back (many changes, one fit)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False
        if not self.owner.isVisible():
            return  # shown later: the Show event fits then
        view = self.view
        count = view.model().rowCount()
        height = view.viewport().height()
        row = max(0, view.rowAt(0))
        top = view.rowViewportPosition(row)
        while row < count and top < height:
            if row not in self.measured:
                view.resizeRowToContents(row)
                self.measured.add(row)
            top += view.rowHeight(row)
            row += 1
