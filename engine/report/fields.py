"""Project fields named in words, for source notes and the engine's warnings in the report
("CPI inflation" rather than ``economy.cpi_inflation``): the names the window uses
(``engine.domain.field_names``), in the report's language."""

from __future__ import annotations

from engine.domain import field_names, messages
from engine.domain.i18n import translate_message
from engine.domain.model import Project
from engine.domain.numbers import CONVENTIONS, Conventions


def field_name(path: str, project: Project, convention: Conventions = CONVENTIONS["en"]) -> str:
    """The field at ``path`` in words; a scenario's field is named by its scenario."""
    return field_names.field_name(path, project, None, convention)


def plain_words(text: str, project: Project, convention: Conventions) -> str:
    """An engine message (an error or a warning) in the report's language: its template
    through the catalogue, its numbers in the language's conventions, the fields it names
    in words."""
    return messages.render(
        text, convention, translate_message, lambda path: field_name(path, project, convention)
    )
