"""Engine errors and warnings as the window shows them: in the user's language, with
numbers in its conventions, fields named in words, and the field to jump to.

The engine gives each message in English with its code, template and parameters
(``engine.domain.messages``); here the template goes through Qt's catalogue
(context "Engine", the code as disambiguation), so what a Lao user reads is the
Lao sentence, and a link (``field:PATH``) takes them to the field concerned.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from engine.domain import messages
from engine.domain.errors import InputError, escape_text
from engine.domain.model import Project
from engine.domain.notes import Warning_
from gui.common.field_names import field_name
from gui.common.numbers import conventions

LINK_SCHEME = "field:"


def _translate(context: str, template: str, code: str) -> str:
    return QCoreApplication.translate(context, template, code)


def localized(text: str, project: Project | None = None) -> str:
    """An engine message in the user's language (any other text as it is)."""
    return messages.render(text, conventions(), _translate, lambda path: field_name(path, project))


def error_line(error: InputError, project: Project | None = None) -> str:
    """One line: the file, the place in words, and what is wrong, translated."""
    parts = [error.source or "", field_name(error.path, project), localized(error.message, project)]
    return escape_text(
        QCoreApplication.translate("Messages", "{place}: {message}").format(
            place=", ".join(p for p in parts[:2] if p), message=parts[2]
        )
        if parts[0] or parts[1]
        else parts[2]
    )


def warning_line(warning: Warning_, project: Project | None = None) -> str:
    """One line: "Warning" or "Note", the place in words, the message, translated."""
    level = (
        QCoreApplication.translate("Messages", "Note")
        if warning.level == "note"
        else QCoreApplication.translate("Messages", "Warning")
    )
    place = field_name(warning.path, project)
    message = localized(warning.message, project)
    if place:
        return escape_text(
            QCoreApplication.translate("Messages", "{level}: {place}: {message}").format(
                level=level, place=place, message=message
            )
        )
    return escape_text(
        QCoreApplication.translate("Messages", "{level}: {message}").format(
            level=level, message=message
        )
    )


def target(item: InputError | Warning_) -> str:
    """The field to show for a message: the first field it names (the missing poverty
    line, not the scenario that needs it), else the place it is about."""
    named = messages.fields_named(item.message)
    return named[0] if named else item.path


def line(item: InputError | Warning_, project: Project | None = None) -> str:
    if isinstance(item, InputError):
        return error_line(item, project)
    return warning_line(item, project)


def with_link(item: InputError | Warning_, project: Project | None = None) -> str:
    """The message as rich text, with a link that jumps to its field when it has one."""
    return f"{html.escape(line(item, project))} {link_to(target(item), project)}".strip()


def link_to(path: str, project: Project | None = None) -> str:
    """A rich-text link "Show <field>" to ``path`` ("" without a path)."""
    if not path:
        return ""
    text = QCoreApplication.translate("Messages", "Show {field}").format(
        field=field_name(path, project)
    )
    return f'<a href="{LINK_SCHEME}{html.escape(path)}">{html.escape(text)}</a>'


def linked_path(href: str) -> str | None:
    """The field path of a link made by :func:`with_link`; None for any other link."""
    return href[len(LINK_SCHEME) :] if href.startswith(LINK_SCHEME) else None
