"""The consultation record of the current matrix row: its status and the comments of
the agencies, each with its date and who typed it; add or delete a comment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.model import MatrixRow
from engine.edits.builders import add_matrix_comment, delete_matrix_comment
from engine.store.stored_matrix import row_with_id
from gui.common.labels import status_label
from gui.document.project_document import ProjectDocument

COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsultationPanel(QWidget):
    message = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.row_id: str | None = None
        self._shown: tuple[str | None, Sequence[MatrixRow]] | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setAlternatingRowColors(True)
        self.comments.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.agency = QComboBox()
        self.agency.setEditable(True)
        self.agency.setMinimumContentsLength(8)
        line = self.agency.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Agency"))
        self.agency.setToolTip(self.tr("The agency that made the comment (MoF, ILO, a union...)"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("The agency's comment on this recommendation"))
        self.text.setToolTip(self.tr("What the agency said; Enter adds it with today's date"))
        self.text.returnPressed.connect(self.add_comment)
        self.add_button = QPushButton(self.tr("Add comment"))
        self.add_button.clicked.connect(self.add_comment)
        self.delete_button = QPushButton(self.tr("Delete comment"))
        self.delete_button.clicked.connect(self.delete_comment)
        entry = QHBoxLayout()
        entry.addWidget(self.agency)
        entry.addWidget(self.text, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.comments, 1)
        layout.addLayout(entry)
        document.changed.connect(self.refresh)
        self.show_row(None)

    def _row(self) -> MatrixRow | None:
        try:
            return row_with_id(self.document.project.matrix, self.row_id)
        except InputError:  # a damaged row, until the check after opening refuses the file
            return None

    def show_row(self, row_id: str | None) -> None:
        self.row_id = row_id
        self.refresh()

    def refresh(self) -> None:
        """The row's record again, unless neither the row chosen nor the matrix changed (an
        edit of a scenario leaves the matrix as it was: 2,000 rows are not searched)."""
        shown = (self.row_id, self.document.project.matrix)
        if self._shown is not None and shown[0] == self._shown[0] and shown[1] is self._shown[1]:
            return
        self._shown = shown
        row = self._row()
        enabled = row is not None
        for widget in (self.agency, self.text, self.add_button, self.delete_button):
            widget.setEnabled(enabled)
        self.comments.clear()
        if row is None:
            self.heading.setText(self.tr("Consultation: choose a row of the matrix."))
            return
        title = " ".join(row.recommendation.split()) or row.id
        if len(title) > 90:
            title = title[:89] + "…"
        status = status_label(row.status)
        if row.status_date:
            status = self.tr("{status} since {date}").format(status=status, date=row.status_date)
        heading = self.tr("Consultation on “{title}” — status: {status}").format(
            title=title, status=status
        )
        count = self.tr("%n comment(s)", "", len(row.comments))
        self.heading.setText(f"{heading}; {count}")
        for comment in row.comments:
            who = " · ".join(
                part for part in (comment.agency, comment.date, comment.author) if part
            )
            item = QListWidgetItem(f"{who}: {comment.text}")
            item.setData(COMMENT_ID_ROLE, comment.id)
            self.comments.addItem(item)
        typed = self.agency.currentText()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItems(list(row.agencies))
        self.agency.setEditText(typed)
        self.agency.blockSignals(False)

    def add_comment(self) -> bool:
        row = self._row()
        agency, text = self.agency.currentText().strip(), self.text.text().strip()
        if row is None:
            return False
        if not agency or not text:
            self.message.emit(self.tr("A comment needs the agency and the text."))
            return False
        command = add_matrix_comment(
            self.document.project,
            row.id,
            agency,
            text,
            self.document.author,
            date.today().isoformat(),
        )
        try:
            self.document.apply(command, self.tr("Add a comment"))
        except InputError as error:
            self.message.emit(error.message)
            return False
        self.text.clear()
        return True

    def delete_comment(self) -> bool:
        row, item = self._row(), self.comments.currentItem()
        if row is None or item is None:
            self.message.emit(self.tr("Select a comment first."))
            return False
        command = delete_matrix_comment(
            self.document.project, row.id, str(item.data(COMMENT_ID_ROLE))
        )
        try:
            self.document.apply(command, self.tr("Delete a comment"))
        except InputError as error:
            self.message.emit(error.message)
            return False
        return True
