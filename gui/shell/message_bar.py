"""The line at the foot of the window: the last message, and a button to the field it is about.

A message that names a field (why the project cannot be costed, a refused value)
stays until the next edit that succeeds, with "Show <field>"; a plain message
(saved, exported) fades after eight seconds. Long text is shortened to fit,
with the whole message in the tooltip, so the window never grows to show it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.domain.notes import Warning_
from gui.common.field_names import field_name
from gui.common.messages import line, target

PLAIN_TIMEOUT_MS = 8000


UNDO_TIMEOUT_MS = 15000  # "Deleted ... Undo" stays long enough to change one's mind


class MessageBar(QWidget):
    go_to = Signal(str)  # the path of the field the message is about
    undo = Signal()  # the Undo button of a deletion's message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._path = ""
        self._undo = False
        self.label = QLabel()
        self.label.setObjectName("message")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton()
        self.show_button.setObjectName("show-field")
        self.show_button.setFlat(True)
        self.show_button.hide()
        self.show_button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def show_text(self, text: str, timeout_ms: int = PLAIN_TIMEOUT_MS) -> None:
        """A plain message; it fades after ``timeout_ms`` (0: stays)."""
        self._set(text, "")
        if timeout_ms:
            self._timer.start(timeout_ms)

    def show_undoable(self, text: str) -> None:
        """What was just deleted, with an Undo button (instead of asking first)."""
        self._set(text, "")
        self._undo = True
        self.show_button.setText(self.tr("Undo"))
        self.show_button.show()
        self._timer.start(UNDO_TIMEOUT_MS)

    def _clicked(self) -> None:
        if self._undo:
            self.clear()
            self.undo.emit()
        else:
            self.go_to.emit(self._path)

    def show_problem(self, item: InputError | Warning_, project: Project | None) -> None:
        """An engine message in words, with a button to the field it names; it stays."""
        self._set(line(item, project), target(item), project)

    def clear(self) -> None:
        self._set("", "")

    def text(self) -> str:
        return self._text

    def _set(self, text: str, path: str, project: Project | None = None) -> None:
        self._timer.stop()
        self._text, self._path, self._undo = text, path, False
        self.label.setToolTip(text)
        self.show_button.setVisible(bool(path))
        if path:
            self.show_button.setText(
                self.tr("Show {field}").format(field=_short(field_name(path, project)))
            )
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.label.fontMetrics()
        self.label.setText(
            metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, max(self.label.width(), 40))
        )


def _short(name: str, limit: int = 40) -> str:
    """A field name short enough for a button; the message's tooltip holds it whole."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
