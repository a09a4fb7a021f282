"""The language of the command line (a report, error messages: the whole process), and of
one report written from the window in a language other than the window's."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from engine.domain import i18n, messages
from engine.domain.errors import InputError, escape_text
from engine.domain.i18n import Translator, set_translator
from engine.domain.numbers import conventions
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


def error_describer(code: str) -> Callable[[InputError], str]:
    """How the command line writes an error in ``code``: the file and the place as they are
    (a path in the file), the message translated, its numbers in the language's conventions."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.common.qt_app import application

    application([])
    use_language(code)
    convention = conventions(code)

    def describe(error: InputError) -> str:
        message = messages.render(error.message, convention, QCoreApplication.translate)
        return escape_text(": ".join(part for part in (error.source, error.path, message) if part))

    return describe


def catalogue_translator(code: str) -> Translator:
    """Our catalogue for ``code`` as it is written (no break marks between Lao words: the
    report and the workbook place their own), English for a text it lacks."""
    catalogue = QTranslator()
    loaded = code != "en" and catalogue.load(QLocale(code), "abnd", "_", str(resource_path("i18n")))

    def translate(context: str, text: str, disambiguation: str | None = None) -> str:
        found = catalogue.translate(context, text, disambiguation) if loaded else ""
        return found or text

    return translate


@contextmanager
def report_language(code: str) -> Iterator[None]:
    """The engine's words in ``code`` while a report is composed, whatever the window's
    language; the window's translator is back afterwards."""
    before = i18n.current_translator()
    set_translator(catalogue_translator(code))
    try:
        yield
    finally:
        set_translator(before)
