"""Work a view does only while it is on screen.

A hidden tab or page that rebuilt itself on every edit made each edit cost every view
of the window (issue 21). A view hands such work to :class:`WhenShown`: it runs at once
when the view shows, else once when the view is next shown, however many changes came
meanwhile; so a hidden view costs an edit nothing and is current the moment it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """``work`` for ``view``: call it to have it done now or when the view is next shown."""

    def __init__(self, view: QWidget, work: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._work = work
        self.due = False  # changes came while the view was hidden
        view.installEventFilter(self)

    def __call__(self) -> None:
        if not self.deferred():
            self.due = False
            self._work()

    def deferred(self) -> bool:
        """True, and the work remembered, when the view is hidden; False when it shows
        (the caller then does what the change needs, the whole work or a smaller part)."""
        if self._view.isVisible():
            return False
        self.due = True
        return True

    def catch_up(self) -> None:
        """The remembered work now, if any (before a view is asked to show something)."""
        if self.due:
            self.due = False
            self._work()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.catch_up()
        return False
