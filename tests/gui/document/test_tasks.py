"""The background-task helper: every outcome comes back on the GUI thread, and an unexpected
error in any worker leaves the window usable (busy cleared, dialog on the GUI thread,
the next edit works)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.domain.errors import Cancelled, InputError
from engine.edits.builders import set_economy_value, set_scenario_field
from gui.document.tasks import TaskRunner
from gui.shell import dialogs
from gui.shell.crash import install_crash_net


@pytest.fixture
def crash_net(window, tmp_path, monkeypatch) -> Iterator[Path]:
    """The window's crash dialog as the excepthook, restored afterwards."""
    logs = tmp_path / "logs"
    monkeypatch.setenv("ABND_LOG_DIR", str(logs))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_crash_net(window)
    yield logs


def crash_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "crash-message"]


def on_gui_thread(widget) -> bool:
    return widget.thread() is QApplication.instance().thread()


def test_a_value_an_error_and_a_cancel_each_come_back_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen = []

    def record(outcome) -> None:
        seen.append((outcome, threading.current_thread() is threading.main_thread()))

    runner.run(lambda report: 6 * 7, record)
    runner.run(lambda report: (_ for _ in ()).throw(InputError("x", "bad input")), record)

    def stops(report) -> int:
        if not report(0.5):
            raise Cancelled
        return 1

    task = runner.run(stops, record)
    task.cancel()
    runner.wait()
    values = {o.value for o, _ in seen if o.ok}
    errors = [o.error for o, _ in seen if o.error is not None]
    assert values == {42}
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    assert any(o.cancelled for o, _ in seen)
    assert all(on_main for _, on_main in seen)


def test_recompute_worker_failure_clears_busy_and_the_next_edit_works(
    window, qtbot, crash_net, monkeypatch
) -> None:
    import gui.document.project_document as module

    document = window.document
    real = module.compute

    def broken(project, strict=True):
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("boom in the recompute worker")
        return real(project, strict=strict)

    monkeypatch.setattr(module, "compute", broken)
    with qtbot.waitSignal(document.busy_changed, timeout=10000, check_params_cb=lambda b: not b):
        # a country-data edit recomputes in the background
        document.apply(set_economy_value(document.project, "real_gdp_growth", 0.05), "growth")
    assert not document.busy
    assert window.messages.text() != window.tr("Recalculating...")
    boxes = crash_boxes(window)
    assert boxes and all(on_gui_thread(b) for b in boxes)
    assert "boom in the recompute worker" in (crash_net / "abnd-studio.log").read_text()
    monkeypatch.setattr(module, "compute", real)
    command = set_scenario_field(document.project, "child-benefit", "admin_rate", 0.07)
    document.apply(command, "admin")  # the next edit works and is costed at once
    assert document.results is not None
    assert document.results.terms["child-benefit"].admin_rate == 0.07


@pytest.mark.parametrize("view, target", [("sensitivity", "tornado"), ("bands", "bands")])
def test_uncertainty_worker_failure_clears_progress_and_the_next_run_works(
    window, qtbot, crash_net, monkeypatch, view, target
) -> None:
    import gui.results.uncertainty_panel as panel

    tab = window.results_tab
    window.tabs.setCurrentWidget(tab)
    tab.package.setCurrentIndex(tab.package.findData("high"))
    real = getattr(panel, target)

    def broken(*args, **kwargs):
        raise RuntimeError(f"boom in the {target} worker")

    monkeypatch.setattr(panel, target, broken)
    tab.view.setCurrentIndex(tab.view.findData(view))
    qtbot.waitUntil(lambda: not tab.runner.running, timeout=10000)
    qtbot.waitUntil(lambda: bool(crash_boxes(window)), timeout=5000)
    assert not tab.progress.isVisible() and not tab.cancel.isVisible()
    assert all(on_gui_thread(b) for b in crash_boxes(window))
    monkeypatch.setattr(panel, target, real)
    with qtbot.waitSignal(tab.uncertainty_ready, timeout=30000):
        tab.run_uncertainty(view)


def test_export_worker_failure_is_explained_and_the_next_export_works(
    window, qtbot, crash_net, monkeypatch, tmp_path
) -> None:
    real = dialogs.write_workbook

    def broken(project, path):
        raise RuntimeError("boom in the export worker")

    monkeypatch.setattr(dialogs, "write_workbook", broken)
    dialogs.export_to(window, tmp_path / "book.xlsx", "workbook.xlsx")
    window.document.tasks.wait()
    assert crash_boxes(window) and all(on_gui_thread(b) for b in crash_boxes(window))
    assert not (tmp_path / "book.xlsx").exists()
    monkeypatch.setattr(dialogs, "write_workbook", real)
    dialogs.export_to(window, tmp_path / "book.xlsx", "workbook.xlsx")
    window.document.tasks.wait()
    assert (tmp_path / "book.xlsx").stat().st_size > 0


def test_a_task_that_ends_after_its_window_is_gone_says_nothing(qtbot, monkeypatch) -> None:
    """A worker still running when the window closes (a recompute at exit) ends quietly:
    no 'Signal source has been deleted' traceback, nothing for the crash handler."""
    from PySide6.QtCore import QObject, QThreadPool

    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: reported.append(error))
    monkeypatch.setattr(threading, "excepthook", lambda args: reported.append(args.exc_value))
    owner = QObject()
    pool = QThreadPool()
    runner = TaskRunner(owner, pool)
    release, finished = threading.Event(), threading.Event()

    def work(report) -> int:
        release.wait()
        finished.set()
        return 1

    task = runner.run(work, lambda outcome: reported.append(RuntimeError("delivered")))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(task), timeout=5000)
    release.set()
    assert finished.wait(5)
    pool.waitForDone(5000)
    QApplication.processEvents()
    assert reported == []


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))
