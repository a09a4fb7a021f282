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


def test_a_label_behind_a_layout_barrier_relays_out_its_box_alone(qtbot) -> None:
    """New text of the same height lays out nothing above the box; text needing more
    lines grows the box to the label's height at its width."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QVBoxLayout, QWidget

    from gui.common.widgets import LayoutBarrier

    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Short.")
    label.setWordWrap(True)
    layout = QVBoxLayout(window)
    barrier = LayoutBarrier(label)
    layout.addWidget(barrier)
    layout.addWidget(QTextEdit(), 1)
    window.resize(300, 400)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    one_line = barrier.height()
    assert one_line == label.heightForWidth(barrier.width())
    assert label.geometry() == barrier.rect()

    class Requests(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                self.count += 1
            return False

    requests = Requests()
    window.installEventFilter(requests)
    label.setText("Longer.")
    QApplication.processEvents()
    assert requests.count == 0  # the window was not laid out again
    assert label.text() == "Longer." and barrier.height() == one_line

    label.setText("A sentence long enough to wrap over several lines in a box this narrow.")
    QApplication.processEvents()
    assert requests.count == 1
    assert barrier.height() == label.heightForWidth(barrier.width()) > one_line
    assert label.geometry() == barrier.rect()

    label.setText("Short again.")
    QApplication.processEvents()
    assert barrier.height() == one_line  # and back, once the text is short

    label.setText("Four words that wrap")
    window.resize(90, 400)  # a narrower window: the same text needs more lines
    for _ in range(3):
        QApplication.processEvents()
    assert barrier.height() == label.heightForWidth(barrier.width()) > one_line


def test_same_objects_compares_by_identity_one_for_one() -> None:
    from gui.common.widgets import same_objects

    first, second = [1.5], [1.5]  # equal, not the same
    assert same_objects((first, "x"), (first, "x"))
    assert not same_objects((first,), (second,))
    assert not same_objects((first,), (first, first))
    assert not same_objects((), (first,))
