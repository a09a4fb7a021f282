"""Small shared widgets: a checklist rebuilt only when its items change."""

from __future__ import annotations


def test_a_checklist_keeps_its_items_until_they_change(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    from gui.common.widgets import fill_checklist

    picker = QListWidget()
    qtbot.addWidget(picker)
    fill_checklist(picker, [("a", "Alpha"), ("b", "Beta")], ("b",))
    first = picker.item(0)
    states = [picker.item(i).checkState() for i in range(2)]
    assert states == [Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    fill_checklist(picker, [("a", "Alpha"), ("b", "Beta")], ("a",))
    assert picker.item(0) is first  # the same items, only their boxes changed
    assert picker.item(0).checkState() == Qt.CheckState.Checked
    assert picker.item(1).checkState() == Qt.CheckState.Unchecked
    fill_checklist(picker, [("a", "Alpha 2"), ("b", "Beta")], ("a",))
    assert [picker.item(i).text() for i in range(2)] == ["Alpha 2", "Beta"]
    assert picker.item(0).checkState() == Qt.CheckState.Checked
