"""The one QApplication, made once with the app's name and icon (window, report, tests)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from engine.runtime.resources import resource_path


def application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("ABND Studio")
    app.setOrganizationName("ABND Studio")
    app.setWindowIcon(QIcon(str(resource_path("icons", "abnd-studio.png"))))
    return app
