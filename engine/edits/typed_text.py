"""Text a person typed or pasted into the window, made writable before it is saved.

A comment pasted from Word carries its line breaks as vertical tabs; the format refuses
such control characters (no report or workbook can hold them), and the window should not
refuse what a person sees as ordinary text. So every text in an edit the window makes
goes through :func:`engine.format.validate.clean_text` first: line breaks become new
lines, the rest of what no document can hold is dropped. Files and the command line are
not cleaned: there a control character is refused in one line, naming the field.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from engine.edits.commands import Batch, Command, Put
from engine.format.validate import clean_text


def cleaned(command: Command) -> Command:
    """``command`` with every text in what it puts cleaned (the same object if none changes)."""
    if isinstance(command, Put):
        body = _clean(command.body)
        return command if body == command.body else replace(command, body=body)
    if isinstance(command, Batch):
        commands = tuple(cleaned(part) for part in command.commands)
        return command if commands == command.commands else Batch(commands)
    return command


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_clean(item) for item in value)
    return value
