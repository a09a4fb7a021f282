"""Translating the engine's own words without Qt.

Engine text meant for people (report headings, labels) is written as
``translate("Context", "English text")``: ``pyside6-lupdate`` finds these calls
by name and files each string under its context, and at run time the window
installs Qt's translator with :func:`set_translator`. Without one (the command
line, tests) the English text is returned as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translator = Callable[..., str]  # (context, text) or (context, text, disambiguation)


def _english(context: str, text: str, *_: Any) -> str:
    return text


_translator: Translator = _english


def set_translator(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` for every engine string (None: English again)."""
    global _translator
    _translator = translator or _english


def current_translator() -> Translator:
    """The translator in use (to put it back after a report in another language)."""
    return _translator


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def translate_message(context: str, template: str, code: str) -> str:
    """An engine message's template (``engine.domain.messages``), found in the catalogue by
    its context, text and code (the code is its disambiguation)."""
    return _translator(context, template, code)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (tables of labels); it is translated
    where it is shown, with ``translate(context, label)``."""
    return source
