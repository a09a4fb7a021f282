"""``python -m gui.shell.screenshots [FOLDER]``: the main window on the Lao sample, one PNG per tab.

Used for docs/screenshots (``make screenshots``) and to look at the window as a
user would. Renders offscreen at a laptop size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1440, 900


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ABND_HOME", tempfile.mkdtemp(prefix="abnd-shots-"))
    from PySide6.QtCore import QThreadPool

    from engine.runtime.resources import SAMPLE_PROJECT, resource_path
    from gui.common.qt_app import application
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    folder = Path(argv[0]) if argv else Path("docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    app = application([])
    window = MainWindow(Settings())
    window.open_project(resource_path(*SAMPLE_PROJECT), reuse_copy=True)
    window.resize(WIDTH, HEIGHT)
    window.show()
    names = ("matrix", "country-data", "scenarios", "results")
    for index, name in enumerate(names):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        path = folder / f"main-{name}.png"
        window.grab().save(str(path))
        print(path)
    for tab, pages, page, name in (
        (1, window.country_tab.pages, 1, "country-economy"),
        (2, window.scenarios_tab.pages, 1, "scenario-packages"),
    ):
        window.tabs.setCurrentIndex(tab)
        pages.setCurrentIndex(page)
        app.processEvents()
        path = folder / f"main-{name}.png"
        window.grab().save(str(path))
        print(path)
    results = window.results_tab
    window.tabs.setCurrentWidget(results)
    results.package.setCurrentIndex(results.package.findData("high"))
    results.year.setValue(2035)
    for view in ("sensitivity", "bands"):
        results.view.setCurrentIndex(results.view.findData(view))
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
        app.processEvents()
        path = folder / f"results-{view}.png"
        window.grab().save(str(path))
        print(path)
    results.view.setCurrentIndex(0)
    workshop = window.open_workshop()
    assert workshop is not None
    workshop.showNormal()  # offscreen screens are 800 x 800: render at a projector's size
    workshop.resize(WIDTH, HEIGHT)
    app.processEvents()
    path = folder / "workshop-mode.png"
    workshop.grab().save(str(path))
    print(path)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
