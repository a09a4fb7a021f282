"""What a report holds and how it is labelled: its parts, language, status, version, paper.

The parts are named on the command line (``--parts summary,guarantees``) and are the
check boxes of File > Export report...; the composer's chapter list
(``engine.report.compose.CHAPTERS``) says which part each chapter belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.domain.numbers import LANGUAGES

# part -> its label (translated where it is shown, with translate("Report", label))
PARTS: dict[str, str] = {
    "contents": QT_TRANSLATE_NOOP("Report", "Contents"),
    "summary": QT_TRANSLATE_NOOP("Report", "Executive summary"),
    "guarantees": QT_TRANSLATE_NOOP("Report", "A chapter per guarantee: matrix and scenarios"),
    "packages": QT_TRANSLATE_NOOP("Report", "Packages and fiscal space"),
    "financing": QT_TRANSLATE_NOOP("Report", "Financing the packages"),
    "sensitivity": QT_TRANSLATE_NOOP("Report", "Sensitivity and uncertainty"),
    "assumptions": QT_TRANSLATE_NOOP("Report", "Annex: assumptions and sources"),
    "method": QT_TRANSLATE_NOOP("Report", "Annex: the method in brief"),
    "warnings": QT_TRANSLATE_NOOP("Report", "Annex: warnings from the costing engine"),
    "glossary": QT_TRANSLATE_NOOP("Report", "Annex: glossary"),
    "comments": QT_TRANSLATE_NOOP("Report", "Annex: comments from the consultation"),
}
# A report holds every part but the consultation's comments unless asked (``--comments``).
DEFAULT_PARTS: tuple[str, ...] = tuple(part for part in PARTS if part != "comments")
STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Report", "Draft for discussion"),
    "validation": QT_TRANSLATE_NOOP("Report", "Draft for the validation workshop"),
    "endorsement": QT_TRANSLATE_NOOP("Report", "Submitted for endorsement"),
    "endorsed": QT_TRANSLATE_NOOP("Report", "Endorsed version"),
}
PAPERS: tuple[str, ...] = ("a4", "letter")
FORMATS: tuple[str, ...] = (".pdf", ".docx", ".odt")


@dataclass(frozen=True)
class ReportOptions:
    language: str = "en"
    parts: tuple[str, ...] = DEFAULT_PARTS
    status: str = "draft"
    version: str = "1"
    paper: str = "a4"
    today: date | None = field(default=None)


def parse_parts(text: str) -> tuple[str, ...]:
    """``summary,guarantees`` -> the parts in the report's order; an unknown name is refused."""
    wanted = [word.strip().lower() for word in text.split(",") if word.strip()]
    for word in wanted:
        if word not in PARTS:
            raise InputError(
                "--parts",
                messages.translate(
                    "Engine",
                    '"{part}" is not a part of the report (parts: {parts})',
                    "report.unknown_part",
                ).format(part=word, parts=", ".join(PARTS)),
            )
    if not wanted:
        raise InputError(
            "--parts",
            messages.translate(
                "Engine", "names no part of the report (parts: {parts})", "report.no_part"
            ).format(parts=", ".join(PARTS)),
        )
    return tuple(part for part in PARTS if part in wanted)


__all__ = [
    "DEFAULT_PARTS",
    "FORMATS",
    "LANGUAGES",
    "PAPERS",
    "PARTS",
    "STATUSES",
    "ReportOptions",
    "parse_parts",
]
