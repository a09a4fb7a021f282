"""A real main window, offscreen, on a fresh copy of the Lao sample in a private ABND_HOME."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.format.json_file import load_project
from engine.store.files import write_project
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


def answer(button_text: str) -> None:
    """Click a button of the question the window asks next (it runs its own event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


@pytest.fixture(autouse=True, scope="session")
def english(qapp: object) -> None:
    """Every GUI test starts in English as the application does (its plural forms)."""
    from gui.shell.language import install_language

    install_language("en")


@pytest.fixture
def abnd_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ABND_HOME", str(home))
    return home


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "lao.abnd"
    write_project(load_project(SAMPLE), path)
    return path


@pytest.fixture
def window(qtbot, abnd_home: Path, sample_file: Path) -> Iterator[object]:
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert main.open_project(sample_file)
    main.show()
    yield main
    if main.workshop is not None:  # a what-if left open would ask keep or discard: discard
        main.workshop.discard()
    if main.document is not None:
        main.document.close()
