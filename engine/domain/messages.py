"""Engine messages that a window can show in the user's language.

Every error and warning the engine gives is made from a template and its
parameters, under a stable code::

    raise InputError(path, messages.translate(
        "Engine", "{value} is above the maximum {maximum}", "number.above_maximum"
    ).format(value=value, maximum=maximum))

The result is a :class:`Message`: a ``str`` holding the English text (what the
command line prints, what tests read), which also keeps its code, template and
parameters, so the window translates the template through Qt's catalogue and
writes the parameters in the user's conventions (``gui.common.messages``).

The call is named ``translate`` with the template as its second argument and the
code as its third because that is the shape ``pyside6-lupdate`` looks for: it
files each template under its context, with the code as its disambiguation.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from engine.domain.numbers import CONVENTIONS, NBSP, Conventions

CONTEXT = "Engine"


class Message(str):
    """The English text of an engine message, with what it was made from."""

    code: str
    template: str
    context: str
    params: Mapping[str, Any]

    def __new__(
        cls, text: str, code: str, template: str, context: str, params: Mapping[str, Any]
    ) -> Message:
        made = super().__new__(cls, text)
        made.code = code
        made.template = template
        made.context = context
        made.params = MappingProxyType(dict(params))
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (worker processes) keep the parts
        return (Message, (str(self), self.code, self.template, self.context, dict(self.params)))


class FieldRef(str):
    """A project field named in a message by its path (``economy.poverty_line_monthly``):
    the command line prints the path, the window the field's name and a link to it."""


def field(path: str) -> FieldRef:
    return FieldRef(path)


def fields_named(text: str) -> tuple[str, ...]:
    """The paths of the fields a message names, nested messages included, in order."""
    parts = message_parts(text)
    if parts is None:
        return ()
    found: list[str] = []
    for value in parts[3].values():
        if isinstance(value, FieldRef):
            found.append(str(value))
        elif isinstance(value, Message):
            found.extend(fields_named(value))
    return tuple(found)


@dataclass(frozen=True)
class Template:
    context: str
    text: str
    code: str

    def format(self, **params: Any) -> Message:
        return Message(self.text.format(**params), self.code, self.text, self.context, params)


def translate(context: str, text: str, code: str) -> Template:
    """A message template (English) under its context and stable code; :meth:`Template.format`
    fills it in. Nothing is translated here: the window does it where it shows the message."""
    return Template(context, text, code)


def message_parts(text: str) -> tuple[str, str, str, Mapping[str, Any]] | None:
    """(code, template, context, parameters) of a :class:`Message`, None for a plain str."""
    if isinstance(text, Message):
        return text.code, text.template, text.context, text.params
    return None


Translator = Callable[[str, str, str], str]
FieldNamer = Callable[[str], str]


def render(
    text: str,
    convention: Conventions = CONVENTIONS["en"],
    translator: Translator | None = None,
    field_namer: FieldNamer | None = None,
) -> str:
    """``text`` for a reader: a :class:`Message` through ``translator(context, template,
    code)`` with its numbers written in ``convention`` and the fields it names through
    ``field_namer`` (their paths without one); any other str as it is.

    A translation whose placeholders do not fit the parameters (a slip in a .ts file)
    falls back to the English template rather than losing the message.
    """
    parts = message_parts(text)
    if parts is None:
        return text
    code, template, context, params = parts
    formatter = _LocalFormatter(convention, translator, field_namer)
    if translator is not None:
        try:
            return formatter.vformat(translator(context, template, code), (), params)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            pass
    try:
        return formatter.vformat(template, (), params)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return str(text)


class _LocalFormatter(string.Formatter):
    """Python's format specs, with the digits written in a language's conventions."""

    def __init__(
        self, convention: Conventions, translator: Translator | None, field_namer: FieldNamer | None
    ) -> None:
        super().__init__()
        self.convention = convention
        self.translator = translator
        self.field_namer = field_namer

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return render(value, self.convention, self.translator, self.field_namer)
        if isinstance(value, FieldRef):
            return self.field_namer(str(value)) if self.field_namer else str(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        english = super().format_field(value, format_spec)
        if format_spec.endswith(("x", "X", "o", "b")):
            return english  # codes, not quantities
        local = english.translate({ord(","): "\0", ord("."): self.convention.decimal}).replace(
            "\0", self.convention.group
        )
        if format_spec.endswith("%"):
            local = local[:-1] + NBSP + "%"
        return local
