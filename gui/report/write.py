"""Writing the report in the format its name asks for: PDF (laid out and drawn by Qt), DOCX
(python-docx) or ODT (``engine.report.odt``), the charts drawn by Qt for all three."""

from __future__ import annotations

from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.domain.numbers import conventions
from engine.method.compute import Results, compute
from engine.report.compose import compose
from engine.report.document import Figure, ReportDocument, Tornado
from engine.report.odt import odt_bytes
from engine.report.options import FORMATS, ReportOptions
from engine.report.word import docx_bytes
from engine.runtime import atomic
from gui.report.figures import figure_png, figure_size_mm
from gui.report.fonts import load_fonts
from gui.report.render import PrintedReport


def report_document(
    project: Project, options: ReportOptions, results: Results | None = None
) -> ReportDocument:
    return compose(project, results or compute(project, strict=False), options=options)


def report_bytes(report: ReportDocument, suffix: str, paper: str) -> bytes:
    """The report in the format of ``suffix`` (.pdf, .docx or .odt)."""
    load_fonts()
    if suffix == ".pdf":
        return PrintedReport(report, paper).write_pdf()
    convention = conventions(report.language)

    def draw(chart: Figure | Tornado) -> tuple[bytes, float, float]:
        size = figure_size_mm(chart)
        return figure_png(chart, convention), size.width(), size.height()

    if suffix == ".docx":  # the contents' page numbers as laid out for print, until updated
        pages = PrintedReport(report, paper).pages if report.contents else {}
        return docx_bytes(report, paper, draw, pages)
    return odt_bytes(report, paper, draw)


def write_report(
    project: Project,
    path: str | Path,
    options: ReportOptions | None = None,
    results: Results | None = None,
) -> Path:
    """The report as PDF, DOCX or ODT, chosen by the name's extension.

    Everything is made in memory; the bytes are then written atomically
    (engine.runtime.atomic), so a full disk or a kill never leaves a part of a report
    under its name.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            "",
            messages.translate(
                "Engine", "the report is a .pdf, .docx or .odt file", "report.format"
            ).format(),
            str(target),
        )
    chosen = options or ReportOptions()
    report = report_document(project, chosen, results)
    atomic.write_bytes(target, report_bytes(report, suffix, chosen.paper))
    return target
