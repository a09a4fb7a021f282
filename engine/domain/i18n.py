"""Translating the engine's own words without Qt.

Engine text meant for people (report headings, labels) is written as
``translate("Context", "English text")``: ``pyside6-lupdate`` finds these calls
by name and files each string under its context, and at run time the window
installs Qt's translator with :func:`set_translator`. Without one (the command
line, tests) the English text is returned as written. Work in a thread of its own (a
workbook exported in the background) may use another translator with :func:`translating`
without changing the window's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

Translator = Callable[..., str]  # (context, text) or (context, text, disambiguation)


def _english(context: str, text: str, *_: Any) -> str:
    return text


_translator: Translator = _english
# A translator for the current thread only (a new thread starts without one).
_local: ContextVar[Translator | None] = ContextVar("translator", default=None)


def set_translator(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` for every engine string (None: English again)."""
    global _translator
    _translator = translator or _english


def current_translator() -> Translator:
    """The translator in use (to put it back after a report in another language)."""
    return _translator


@contextmanager
def translating(translator: Translator) -> Iterator[None]:
    """``translator`` for every engine string this thread translates, until the block ends."""
    token = _local.set(translator)
    try:
        yield
    finally:
        _local.reset(token)


def _current() -> Translator:
    return _local.get() or _translator


def translate(context: str, text: str) -> str:
    return _current()(context, text)


def translate_message(context: str, template: str, code: str) -> str:
    """An engine message's template (``engine.domain.messages``), found in the catalogue by
    its context, text and code (the code is its disambiguation)."""
    return _current()(context, template, code)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (tables of labels); it is translated
    where it is shown, with ``translate(context, label)``."""
    return source
