"""A field's own history, one right-click away from the field.

``offer_history`` gives a widget (a text box, a choice) a context menu ending with
"History of this field"; ``offer_history_in_table`` does the same for each cell of
a table view. The action calls ``show(path)``, which the window routes to its
History panel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QPlainTextEdit, QWidget

Show = Callable[[str], None]


def history_action_text() -> str:
    return QCoreApplication.translate("HistoryMenu", "History of this field")


def offer_history(widget: QWidget, path: Callable[[], str | None], show: Show) -> None:
    """Right-click on ``widget``: its usual menu, then "History of this field"."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_menu(position: QPoint) -> None:
        menu = field_menu(widget, path(), show)
        menu.popup(widget.mapToGlobal(position))

    widget.customContextMenuRequested.connect(open_menu)


def field_menu(widget: QWidget, path: str | None, show: Show) -> QMenu:
    """The menu a right-click opens (tests read it without showing it)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        menu = widget.createStandardContextMenu()
    else:
        menu = QMenu(widget)
    if path:
        if not menu.isEmpty():
            menu.addSeparator()
        action = menu.addAction(history_action_text())
        action.triggered.connect(lambda: show(path))
    return menu


def offer_history_in_table(
    view: QAbstractItemView, path_at: Callable[[QModelIndex], str | None], show: Show
) -> None:
    """Right-click on a cell of ``view``: "History of this field" for that cell."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_menu(position: QPoint) -> None:
        index = view.indexAt(position)
        path = path_at(index) if index.isValid() else None
        if path:
            menu = field_menu(view, path, show)
            menu.popup(view.viewport().mapToGlobal(position))

    view.customContextMenuRequested.connect(open_menu)
