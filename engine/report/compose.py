"""Composing the ABND report from a project and its results (no rendering here).

``compose`` is pure: the same project, results and options give the same document. The
report is a list of chapters, each built by a function of a :class:`ReportContext` that
returns sections of blocks (``engine.report.document``). A new chapter (financing, say)
is one module with such a function and one line in :data:`CHAPTERS` (and its part in
``engine.report.options.PARTS``); numbering, contents and the renderers follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from engine import __version__
from engine.domain.i18n import translate
from engine.domain.model import Project
from engine.domain.months import month_name
from engine.method.compute import Results
from engine.report import annexes, financing, guarantees, packages, sensitivity, summary
from engine.report.annexes import fiscal_sentence
from engine.report.context import ReportContext
from engine.report.document import Labels, ReportDocument, Section, TitlePage
from engine.report.guarantees import guarantee_name
from engine.report.options import STATUSES, ReportOptions
from engine.report.text import Numbers

Chapter = Callable[[ReportContext], list[Section]]


@dataclass(frozen=True)
class ChapterSpec:
    """A chapter: the part that includes it, its builder, and how it is numbered."""

    part: str
    build: Chapter
    numbering: str = "number"  # "number" (1, 2...), "annex" (A, B...) or "none"


CHAPTERS: tuple[ChapterSpec, ...] = (
    ChapterSpec("summary", summary.chapter, "none"),
    ChapterSpec("guarantees", guarantees.chapters),
    ChapterSpec("packages", packages.chapter),
    ChapterSpec("financing", financing.chapter),
    ChapterSpec("sensitivity", sensitivity.chapter),
    ChapterSpec("assumptions", annexes.assumptions, "annex"),
    ChapterSpec("method", annexes.method, "annex"),
    ChapterSpec("warnings", annexes.warnings, "annex"),
    ChapterSpec("glossary", annexes.glossary, "annex"),
    ChapterSpec("comments", annexes.comments, "annex"),
)


def compose(
    project: Project,
    results: Results,
    today: date | None = None,
    language: str = "en",
    options: ReportOptions | None = None,
) -> ReportDocument:
    """The report of ``project``: ``options`` (parts, status, version...) or the language alone."""
    chosen = options or ReportOptions(language=language)
    if today is not None:
        chosen = replace(chosen, today=today)
    context = ReportContext.of(project, results, chosen)
    sections: list[Section] = []
    for spec in CHAPTERS:
        if spec.part in chosen.parts:
            sections += numbered(spec, spec.build(context), sections)
    cover = title_page(project, chosen)
    return ReportDocument(
        title=project.name,
        title_lines=(cover.subtitle, cover.country, cover.status, cover.version, cover.prepared),
        sections=tuple(sections),
        cover=cover,
        labels=labels(project),
        language=chosen.language,
        contents="contents" in chosen.parts,
    )


def numbered(spec: ChapterSpec, built: list[Section], before: list[Section]) -> list[Section]:
    """Chapter numbers follow the chapters already in the report: 1, 1.1, 1.1.1; annexes
    A, A.1. Parts left out leave no hole in the numbering."""
    if spec.numbering == "none":
        return built
    annex = spec.numbering == "annex"
    chapters = sum(
        1 for s in before if s.level == 1 and s.number and (s.number[0].isdigit() != annex)
    )
    result, counters = [], [chapters, 0, 0]
    for section in built:
        level = section.level
        counters[level - 1] += 1
        for deeper in range(level, 3):
            counters[deeper] = 0
        first = chr(ord("A") + counters[0] - 1) if annex else str(counters[0])
        parts = [first, *(str(c) for c in counters[1:level])]
        number = ".".join(parts)
        if annex and level == 1:
            number = translate("Report", "Annex {letter}").format(letter=first)
        result.append(replace(section, number=number))
    return result


def title_page(project: Project, options: ReportOptions) -> TitlePage:
    today = options.today or date.today()
    status = STATUSES.get(options.status, options.status)
    return TitlePage(
        country=project.country.name,
        title=project.name,
        subtitle=translate(
            "Report", "Assessment Based National Dialogue on the Social Protection Floor"
        ),
        status=translate("Report", status) if options.status in STATUSES else status,
        version=translate("Report", "Version {version}").format(version=options.version),
        date=translate("Report", "{day} {month} {year}").format(
            day=today.day, month=month_name(today.month), year=today.year
        ),
        prepared=translate(
            "Report", "Prepared with ABND Studio {version}; costs in {currency}, {base}-{end}"
        ).format(
            version=__version__,
            currency=project.country.currency,
            base=project.years.base,
            end=project.years.end,
        ),
    )


def labels(project: Project) -> Labels:
    return Labels(
        contents=translate("Report", "Contents"),
        page=translate("Report", "Page {page} of {pages}"),
        table=translate("Report", "Table {number}."),
        figure=translate("Report", "Figure {number}."),
        running_title=translate("Report", "{country}: {title}").format(
            country=project.country.name, title=project.name
        ),
    )


__all__ = [
    "CHAPTERS",
    "ChapterSpec",
    "Numbers",
    "compose",
    "fiscal_sentence",
    "guarantee_name",
]
