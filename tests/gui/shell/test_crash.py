"""The crash net: an unexpected error from any thread is logged with its traceback and
explained in a window-modal message built on the GUI thread; the window goes on."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gui.shell.crash import CrashNet, install_crash_net


@pytest.fixture
def logs(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("ABND_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def window(qtbot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def messages(window: QWidget) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "crash-message"]


def raised(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return type(error), error, error.__traceback__


def test_an_error_on_the_gui_thread_is_logged_and_explained(window, logs) -> None:
    net = CrashNet(window)
    net.handle(*raised("boom in a slot"))
    (box,) = messages(window)
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
    assert box.windowTitle() == "Something went wrong"
    assert "Your project is as it was before it" in box.text()
    assert str(logs / "abnd-studio.log") in box.text()
    log = (logs / "abnd-studio.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log and "in raised" in log


def test_an_error_on_another_thread_is_shown_on_the_gui_thread(window, logs, qtbot) -> None:
    net = CrashNet(window)
    worker = threading.Thread(target=lambda: net.handle(*raised("boom in a worker")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(messages(window)), timeout=5000)
    (box,) = messages(window)
    assert box.thread() is QApplication.instance().thread()
    assert "RuntimeError: boom in a worker" in (logs / "abnd-studio.log").read_text(
        encoding="utf-8"
    )


def test_installing_makes_it_the_hook_for_every_uncaught_error(
    window, logs, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    net = install_crash_net(window)
    assert sys.excepthook == net.handle
    worker = threading.Thread(target=lambda: (_ for _ in ()).throw(KeyError("uncaught")))
    worker.start()  # no try/except anywhere: threading.excepthook catches it
    worker.join()
    qtbot.waitUntil(lambda: bool(messages(window)), timeout=5000)
    assert "KeyError: 'uncaught'" in (logs / "abnd-studio.log").read_text(encoding="utf-8")
    sys.excepthook(*raised("from the event loop"))
    assert len(messages(window)) == 2
