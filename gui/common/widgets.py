"""Small widgets every tab uses, shaped to fit a 1,024-pixel screen."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget


def same_objects(shown: Sequence[object], now: Sequence[object]) -> bool:
    """The very same objects, one for one (a project's parts are immutable: an edit
    replaces what it changes, so a view compares what it was filled from by identity)."""
    return len(shown) == len(now) and all(a is b for a, b in zip(shown, now, strict=True))


def compact_combo(characters: int = 12) -> QComboBox:
    """A combo box as wide as ``characters`` letters, whatever its items (a long package
    name must not widen the window; the list opens as wide as its items)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def fill_checklist(
    picker: QListWidget, items: Sequence[tuple[str, str]], chosen: Collection[str]
) -> None:
    """A list of (key, name) with a check box each, ``chosen`` checked. The items are
    rebuilt only when they change (a name, an addition), not on every edit: a project of
    100 scenarios would otherwise rebuild 100 items for each keystroke committed."""
    shown = [
        (str(item.data(Qt.ItemDataRole.UserRole)), item.text())
        for i in range(picker.count())
        if (item := picker.item(i)) is not None
    ]
    blocked = picker.blockSignals(True)
    if shown != list(items):
        picker.clear()
        for key, name in items:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            picker.addItem(item)
    for i in range(picker.count()):
        item = picker.item(i)
        if item is not None:
            wanted = item.data(Qt.ItemDataRole.UserRole) in chosen
            state = Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
    picker.blockSignals(blocked)


class LayoutBarrier(QWidget):
    """Holds one widget whose size hint changes on every edit (a label of results), so that
    a change lays out this box alone, not the window.

    A QLabel given new text asks every layout up to the window to lay out again, and a
    QTabWidget on that path repaints itself whole: each edit repainted the whole window.
    The child's request stops here (this box has no layout): the child is fitted to the
    box, and the layouts above are asked again only when the height the child needs at
    this width, or its minimum size, differs from what it has."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setSizePolicy(child.sizePolicy())
        self._minimum = child.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.child.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.child.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.child.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.child.heightForWidth(width)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the child's size hint changed
            self._fit()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.child.setGeometry(self.rect())
        child = self.child
        needed = (
            child.heightForWidth(self.width())
            if child.hasHeightForWidth()
            else child.sizeHint().height()
        )
        minimum = child.minimumSizeHint()
        if needed != self.height() or minimum != self._minimum:
            self._minimum = minimum
            self.updateGeometry()  # the layouts above give it the size it now needs
