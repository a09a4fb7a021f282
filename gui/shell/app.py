"""Starting the desktop app: the Qt application, translations, the crash net, smoke mode."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from engine.runtime.resources import SAMPLE_PROJECT, resource_path
from gui.common.qt_app import application
from gui.shell import group_work
from gui.shell.crash import install_crash_net
from gui.shell.dialogs import apply_font_scale
from gui.shell.language import install_language
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings

STARTED = time.perf_counter()


def starting_project(argv: list[str], settings: Settings) -> tuple[Path, bool]:
    """The file to open: the one given, else the last one, else the bundled sample."""
    sample = resource_path(*SAMPLE_PROJECT)
    if argv:  # the bundled sample reopens its working copy, with the user's edits
        return Path(argv[0]), Path(argv[0]).resolve() == sample.resolve()
    last = settings.last_project
    if last and Path(last).is_file():
        return Path(last), False
    return sample, True


def run_gui(argv: list[str]) -> int:
    """``main.py [PROJECT]``: the desktop window."""
    app = application(argv)
    settings = Settings()
    install_language(os.environ.get("ABND_LANG") or settings.language)
    apply_font_scale(settings.font_scale)
    window = MainWindow(settings)
    install_crash_net(window)
    path, is_sample = starting_project(argv, settings)
    if not window.open_project(path, reuse_copy=is_sample) and not is_sample:
        # Never an empty window: the sample, with the reason the file was refused on top.
        window.open_project(resource_path(*SAMPLE_PROJECT), reuse_copy=True)
    window.show()
    if not settings.author:  # asked once: the name the history records with each edit
        QTimer.singleShot(0, lambda: group_work.ask_author(window))
    return app.exec()


def run_smoke(argv: list[str]) -> int:
    """``main.py --smoke PROJECT``: open offscreen, paint every tab, exit 0.

    Prints the time from process start to the first painted window, for the
    benchmark and the packaged-executable check. The working files go to a
    temporary ``ABND_HOME`` unless one is set.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "ABND_HOME" not in os.environ:
        import tempfile

        os.environ["ABND_HOME"] = tempfile.mkdtemp(prefix="abnd-smoke-")
    app = application([])
    settings = Settings()
    install_language(os.environ.get("ABND_LANG") or settings.language)
    window = MainWindow(settings)
    target = Path(argv[0]) if argv else resource_path(*SAMPLE_PROJECT)
    if not window.open_project(target, reuse_copy=not argv):
        return 2
    opened = window.document
    window.show()
    app.processEvents()
    window.grab()
    first_paint = time.perf_counter() - STARTED
    print(f"first paint: {first_paint * 1000:.0f} ms", flush=True)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        image = window.grab()
        if image.isNull():
            print(f"tab {index} did not render", file=sys.stderr)
            return 1
        print(f"tab {index + 1}: {window.tabs.tabText(index)}: rendered", flush=True)
    window.check_rows()  # the matrix rows, if the first paint did not come back to it yet
    if window.document is not opened:  # a damaged row: refused, as the window says
        for box in window.findChildren(QMessageBox):
            print(box.text(), file=sys.stderr)
        return 2
    QTimer.singleShot(0, window.close)
    app.processEvents()
    window.close()
    return 0
