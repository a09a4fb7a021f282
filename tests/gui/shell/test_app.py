"""Starting the desktop app: the file to open (the one given, else the last one, else the
bundled sample), never an empty window, and smoke mode painting every tab."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.runtime.resources import SAMPLE_PROJECT, resource_path
from gui.shell.app import run_gui, run_smoke, starting_project
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings

SAMPLE = resource_path(*SAMPLE_PROJECT)


@pytest.fixture
def windows_deleted(qapp) -> Iterator[None]:
    """The windows the app makes here are its own (not the test's): delete them at the end."""
    before = set(QApplication.topLevelWidgets())
    yield
    for widget in set(QApplication.topLevelWidgets()) - before:
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_file_given_is_opened_and_the_sample_reopens_its_copy(qapp, tmp_path) -> None:
    settings = Settings(tmp_path / "s.ini")
    given = tmp_path / "mine.abnd"
    assert starting_project([str(given)], settings) == (given, False)
    assert starting_project([str(SAMPLE)], settings) == (SAMPLE, True)


def test_without_a_file_the_last_project_or_else_the_sample(qapp, tmp_path) -> None:
    settings = Settings(tmp_path / "s.ini")
    assert starting_project([], settings) == (SAMPLE, True)  # nothing yet
    last = tmp_path / "last.abnd"
    settings.add_recent(last)
    assert starting_project([], settings) == (SAMPLE, True)  # gone from the disk
    last.write_bytes(b"")
    assert starting_project([], settings) == (last, False)


def test_a_refused_file_opens_the_sample_with_the_reason_on_top(
    qapp, abnd_home, tmp_path, monkeypatch, windows_deleted
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs the crash net
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    bad = tmp_path / "bad.abnd"
    bad.write_text("minutes of a meeting, not a project", encoding="utf-8")
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["path"] = window.document.path
        seen["visible"] = window.isVisible()
        seen["messages"] = [b.text() for b in window.findChildren(QMessageBox)]
        window.close()
        QApplication.quit()

    QTimer.singleShot(0, look_and_close)
    assert run_gui([str(bad)]) == 0
    assert seen["path"] == abnd_home / "projects" / "lao-pdr-sample.abnd"
    assert seen["visible"] is True
    (message,) = seen["messages"]
    assert message.startswith(f"{bad}: is not an ABND Studio project")


def test_smoke_mode_paints_every_tab_and_reports_the_first_paint(
    qapp, abnd_home, sample_file, capsys, windows_deleted
) -> None:
    assert run_smoke([str(sample_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("first paint: ") and out[0].endswith(" ms")
    assert out[1:] == [
        "tab 1: Assessment matrix: rendered",
        "tab 2: Country data: rendered",
        "tab 3: Scenarios: rendered",
        "tab 4: Results: rendered",
    ]


def test_smoke_mode_on_a_refused_file_exits_2(qapp, abnd_home, tmp_path, windows_deleted) -> None:
    bad = tmp_path / "bad.abnd"
    bad.write_bytes(b"\x00" * 10)
    assert run_smoke([str(bad)]) == 2
