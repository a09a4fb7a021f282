"""Small widgets every tab uses, shaped to fit a 1,024-pixel screen."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem


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
