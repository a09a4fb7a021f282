"""The one QApplication: made once (or the running one reused) with the app's name and icon."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from gui.common.qt_app import application


def test_the_running_application_is_reused_and_named(qapp) -> None:
    app = application(["--anything"])
    assert app is QApplication.instance() is qapp
    assert app.applicationName() == "ABND Studio"
    assert app.organizationName() == "ABND Studio"
    assert not app.windowIcon().isNull()  # the bundled icon was found
    assert application([]) is app
