"""The report's language, for the command line (the window installs its own language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from engine.domain.i18n import set_translator
from engine.runtime.resources import resource_path

_kept: list[QTranslator] = []


def use_language(code: str) -> None:
    """Our catalogue for ``code`` (English needs none), QLocale's conventions for numbers,
    and the engine's words through Qt's translator."""
    app = QCoreApplication.instance()
    assert app is not None
    if code != "en":
        translator = QTranslator(app)
        if translator.load(QLocale(code), "abnd", "_", str(resource_path("i18n"))):
            app.installTranslator(translator)
            _kept.append(translator)
    QLocale.setDefault(QLocale(code))
    set_translator(QCoreApplication.translate)
