"""Work a view does only while it shows: at once when shown, else once when next shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.common.when_shown import WhenShown


def test_work_waits_for_the_view_then_runs_once(qtbot) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    done: list[int] = []
    work = WhenShown(view, lambda: done.append(len(done)))
    work()
    work()  # three changes while hidden...
    assert work.deferred() and work.due and done == []
    view.show()  # ...one run when shown
    assert done == [0] and not work.due
    work()  # shown: at once
    assert done == [0, 1] and not work.deferred()
    view.hide()
    work()
    work.catch_up()  # asked for before the view shows (a link to one of its fields)
    assert done == [0, 1, 2] and not work.due
    view.show()
    assert done == [0, 1, 2]  # nothing was due any more
