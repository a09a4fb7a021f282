"""The report's document model rendered by Qt: one QTextDocument written as PDF
(QPdfWriter) and ODT (QTextDocumentWriter).

Fonts are bundled (Lao script included) so the report looks the same on every machine.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextDocumentWriter,
)

from engine import __version__
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.method.compute import compute
from engine.report.compose import compose
from engine.report.document import (
    Block,
    BulletList,
    Figure,
    Markdown,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from engine.runtime import atomic
from engine.runtime.line_breaks import breakable
from engine.runtime.resources import resource_path
from gui.common.numbers import language
from gui.report.figures import figure_image

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "NotoSansLao-Regular.ttf",
    "NotoSansLao-Bold.ttf",
)
FAMILIES = ["DejaVu Sans", "Noto Sans Lao"]  # Latin first; Lao glyphs fall back to Noto
LAO_RUN = re.compile("([\u0e80-\u0eff][\u0e80-\u0eff\\s\u200b]*)")
TABLE = "<table border='1' cellspacing='0'{width}>"


def load_fonts() -> None:
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))


def esc(text: object, breaks: bool = True) -> str:
    """Text as HTML; runs of Lao script are set in the bundled Noto Sans Lao explicitly
    (Qt's automatic fallback would pick whatever the machine has, or nothing). ``breaks``:
    mark where Lao lines may break (Qt's layout, for the PDF, cannot find them; an
    editable ODT is laid out by its word processor, which can)."""
    escaped = html.escape(breakable(str(text)) if breaks else str(text))
    escaped = LAO_RUN.sub(r'<span style="font-family: Noto Sans Lao">\1</span>', escaped)
    return escaped.replace("\n", "<br>")


class HtmlRenderer:
    """The document model as the HTML a QTextDocument lays out; figures become images."""

    def __init__(self, document: QTextDocument, breaks: bool = True) -> None:
        self.document = document
        self.figures = 0
        self.breaks = breaks

    def esc(self, text: object) -> str:
        return esc(text, self.breaks)

    def render(self, report: ReportDocument) -> str:
        lines = "".join(f"<p>{self.esc(line)}</p>" for line in report.title_lines[:-1])
        title = (
            f"<p><br><br><br><br></p><h1>{self.esc(report.title)}</h1>{lines}"
            f"<p style='page-break-after: always'>{self.esc(report.title_lines[-1])}</p>"
        )
        return title + "".join(self.section(s) for s in report.sections)

    def section(self, section: Section) -> str:
        tag = "h2" if section.level == 1 else "h3"
        return f"<{tag}>{self.esc(section.title)}</{tag}>" + "".join(
            self.block(b) for b in section.blocks
        )

    def block(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            text = self.esc(block.text)
            if block.emphasis == "italic":
                text = f"<i>{text}</i>"
            elif block.emphasis == "bold":
                text = f"<b>{text}</b>"
            return f"<p>{text}</p>"
        if isinstance(block, BulletList):
            return "<ul>" + "".join(f"<li>{self.esc(item)}</li>" for item in block.items) + "</ul>"
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Figure):
            return self.figure(block)
        return markdown_html(block)

    def table(self, table: Table) -> str:
        out = [TABLE.format(width=" width='100%'" if table.full_width else ""), "<tr>"]
        out += [f"<th>{self.esc(h)}</th>" for h in table.header]
        out.append("</tr>")
        for row in table.rows:
            cells = (
                f"<td align='right'>{self.esc(c)}</td>" if numeric else f"<td>{self.esc(c)}</td>"
                for c, numeric in zip(row, table.numeric, strict=True)
            )
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
        return "".join(out)

    def figure(self, figure: Figure) -> str:
        name = f"figure-{self.figures}.png"
        self.figures += 1
        self.document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), figure_image(figure)
        )
        return f"<p><img src='{name}' width='620'></p>"


def markdown_html(block: Markdown) -> str:
    document = QTextDocument()
    document.setMarkdown(block.text)
    body = document.toHtml()
    start, end = body.find("<body"), body.rfind("</body>")
    return body[body.find(">", start) + 1 : end] if start >= 0 else body


def build_document(report: ReportDocument, breaks: bool = True) -> QTextDocument:
    load_fonts()
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(10)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: the PDF text searches as typed
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "body, p, td, th, li, h1, h2, h3 { font-family: 'DejaVu Sans', 'Noto Sans Lao'; } "
        "h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 18px; } "
        "h3 { font-size: 12pt; } td, th { padding: 3px; } th { background: #e8eef5; }"
    )
    document.setHtml(HtmlRenderer(document, breaks).render(report))
    return document


def write_report(project: Project, path: str | Path, comments: bool = False) -> Path:
    """The report as PDF (``.pdf``) or ODT (``.odt``), chosen by the name's extension;
    ``comments`` adds the annex of the consultation's comments.

    Qt renders into memory; the bytes are then written atomically (engine.runtime.atomic),
    so a full disk or a kill never leaves a part of a report under its name, and a
    failure is one line instead of Qt's silent empty file.
    """
    target = Path(path)
    editable = target.suffix.lower() == ".odt"
    results = compute(project, strict=False)
    report = compose(project, results, language=language(), comments=comments)
    document = build_document(report, breaks=not editable)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if editable:
        writer = QTextDocumentWriter(buffer, b"odf")
        if not writer.write(document):
            raise InputError("", f"{target} could not be written (the ODT writer failed)")
    else:
        render_pdf(document, project, buffer)
    buffer.close()
    atomic.write_bytes(target, bytes(buffer.data().data()))
    return target


def render_pdf(document: QTextDocument, project: Project, device: QIODevice) -> None:
    pdf = QPdfWriter(device)
    pdf.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    pdf.setResolution(150)
    pdf.setTitle(project.name)
    pdf.setCreator(f"ABND Studio {__version__}")
    document.documentLayout().setPaintDevice(pdf)  # point sizes at the PDF's resolution
    document.setPageSize(QSizeF(pdf.width(), pdf.height()))
    document.print_(pdf)
