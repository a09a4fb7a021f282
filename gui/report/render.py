"""The report's document model laid out by Qt for print: one QTextDocument, paginated on
A4 or Letter, painted page by page with a running header and "Page N of M", the
contents with their page numbers, and the charts as vector drawings (QPdfWriter).

The same pages are painted into images for the preview in File > Export report...
Fonts are bundled (Lao script included) so the report looks the same on every machine;
lines break at word boundaries only (never inside a word or a number), Lao words
found by ICU (``engine.runtime.line_breaks``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from engine import __version__
from engine.domain.numbers import Conventions, conventions
from engine.report.document import (
    Block,
    BulletList,
    Figure,
    Labels,
    Markdown,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    Tornado,
)
from engine.runtime.line_breaks import breakable
from gui.report.figures import draw_block, figure_size_mm
from gui.report.fonts import LAO, LATIN, load_fonts

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(20, 24, 20, 20)  # left, top (the running header), right, bottom
DPI = 300
LAO_RUN = re.compile("([\u0e80-\u0eff][\u0e80-\u0eff\\s\u200b]*)")
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1
MARKER = "\ue000chart{index}\ue001"
STYLE = """
body, p, td, th, li {{ font-family: '{latin}', '{lao}'; }}
p {{ margin-top: 0px; margin-bottom: {para}px; line-height: 125%; }}
h1 {{ font-size: 17pt; color: #1f3864; margin-top: 0px; margin-bottom: {h1}px;
      page-break-before: always; }}
h2 {{ font-size: 13pt; color: #1f3864; margin-top: {h2}px; margin-bottom: {para}px; }}
h3 {{ font-size: 11pt; color: #1f3864; margin-top: {h3}px; margin-bottom: {para}px; }}
td, th {{ font-size: 8.5pt; padding: {pad}px; vertical-align: top; }}
th {{ background-color: #e3e9f2; font-weight: bold; }}
th.caption {{ background-color: #ffffff; font-size: 9pt; text-align: left; }}
p.caption {{ font-size: 9pt; font-weight: bold; margin-top: {para}px; }}
li {{ margin-bottom: 3px; }}
"""


def mm(value: float, dpi: float = DPI) -> float:
    return value / 25.4 * dpi


CSS_DPI = 96  # Qt scales the HTML's px to the paint device as CSS does: 96 to the inch


def px(millimetres: float) -> int:
    """A length for the HTML the document lays out (CSS px)."""
    return max(1, round(mm(millimetres, CSS_DPI)))


def esc(text: object) -> str:
    """Text as HTML, with a break opportunity between Lao words (ICU's dictionary), and
    runs of Lao script set in the bundled Noto Sans Lao explicitly (Qt's automatic
    fallback would pick whatever the machine has, or nothing)."""
    escaped = html.escape(breakable(str(text)))
    escaped = LAO_RUN.sub(rf'<span style="font-family: {LAO}">\1</span>', escaped)
    return escaped.replace("\n", "<br>")


class ChartObjects(QPyTextObject):
    """Charts inside the text: each drawn by ``gui.report.figures`` on whatever painter
    draws the page (the PDF's: vector)."""

    def __init__(self, charts: list[Figure | Tornado], convention: Conventions) -> None:
        super().__init__()
        self.charts = charts
        self.convention = convention

    def intrinsicSize(self, document: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        size = figure_size_mm(self.charts[int(fmt.property(CHART_INDEX))])
        return QSizeF(mm(size.width()), mm(size.height()))

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        chart = self.charts[int(fmt.property(CHART_INDEX))]
        draw_block(painter, QRectF(rect), chart, DPI, self.convention)


TOKEN = re.compile("[ \u200b\n]+")  # where a line may break: spaces, Lao word boundaries
CELL_PT, PADDING_MM, BORDER_MM = 8.5, 1.1, 0.25
HEADER_CHUNK_MM = 22.0  # a header's run without spaces up to this width is never cut


class TableMeasure:
    """Column widths from the content, as an automatic table layout would give them, but
    never narrower than a column's longest word (or its whole number): no word or number
    is ever broken. Widths are device pixels of the PDF."""

    def __init__(self, device: QPdfWriter, available: float) -> None:
        self.available = available
        regular, bold = QFont(), QFont()
        for font in (regular, bold):
            font.setFamilies([LATIN, LAO])
            font.setPointSizeF(CELL_PT)
        bold.setBold(True)
        self.regular = QFontMetricsF(regular, device)
        self.bold = QFontMetricsF(bold, device)
        self.extra = 2 * mm(PADDING_MM) + 2 * mm(BORDER_MM)

    def widths(self, text: str, bold: bool, whole: bool) -> tuple[float, float]:
        """(narrowest, widest) a cell of ``text`` can be laid out in."""
        metrics = self.bold if bold else self.regular
        lines = breakable(text).split("\n")
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        if whole:
            return widest, widest
        words = [w for line in lines for w in TOKEN.split(line) if w]
        narrowest = max((metrics.horizontalAdvance(w) for w in words), default=0.0)
        return narrowest, widest

    def column_widths(self, table: Table) -> list[float]:
        columns = len(table.header)
        low, high = [0.0] * columns, [0.0] * columns
        for j, (header, numeric) in enumerate(zip(table.header, table.numeric, strict=True)):
            for row in table.rows:
                narrow, wide = self.widths(row[j], False, numeric)
                low[j], high[j] = max(low[j], narrow), max(high[j], wide)
            # a header wraps at its words to the width of the column's content; a short
            # header wraps only at spaces (ICU may cut a Lao word it does not know)
            word, whole = self.widths(header, True, False)
            chunk = max(self.bold.horizontalAdvance(w) for w in header.split() or [""])
            word = max(word, min(chunk, mm(HEADER_CHUNK_MM)))
            low[j] = max(low[j], word)
            high[j] = max(high[j], word, whole if not table.rows else 0.0)
        low = [w + self.extra for w in low]
        high = [w + self.extra for w in high]
        room = self.available
        if sum(high) <= room:
            if not table.full_width:
                return high
            spare = room - sum(high)
            text = [j for j in range(columns) if not table.numeric[j]] or list(range(columns))
            share = sum(high[j] for j in text)
            return [w + (spare * w / share if j in text else 0.0) for j, w in enumerate(high)]
        if sum(low) >= room:
            return low  # wider than the page: words stay whole (never seen with our tables)
        stretch = sum(h - w for h, w in zip(high, low, strict=True))
        return [w + (h - w) * (room - sum(low)) / stretch for h, w in zip(high, low, strict=True)]


@dataclass
class HtmlBuilder:
    """The document model as the HTML a QTextDocument lays out."""

    report: ReportDocument
    labels: Labels
    measure: TableMeasure
    pages: dict[int, int] = field(default_factory=dict)  # section index -> page number
    charts: list[Figure | Tornado] = field(default_factory=list)
    tables: int = 0
    figures: int = 0

    def build(self) -> str:
        parts = [self.cover()]
        if self.report.contents:
            parts.append(self.contents())
        parts += [self.section(i, s) for i, s in enumerate(self.report.sections)]
        return "".join(parts)

    def cover(self) -> str:
        cover = self.report.cover
        assert cover is not None
        return (
            f"<p style='margin-top: {px(35)}px; font-size: 12pt; color: #1f3864'>"
            f"{esc(cover.country)}</p>"
            "<p style='font-size: 24pt; font-weight: bold; color: #1f3864;"
            f" margin-top: {px(4)}px'>{esc(cover.title)}</p>"
            f"<p style='font-size: 13pt; margin-top: {px(3)}px'>{esc(cover.subtitle)}</p>"
            f"<p style='font-size: 12pt; font-weight: bold; margin-top: {px(45)}px'>"
            f"{esc(cover.status)}</p>"
            f"<p style='font-size: 11pt'>{esc(cover.version)} · {esc(cover.date)}</p>"
            f"<p style='font-size: 9pt; color: #555555; margin-top: {px(12)}px;"
            f" page-break-after: always'>{esc(cover.prepared)}</p>"
        )

    def contents(self) -> str:
        rows = []
        for index, section in enumerate(self.report.sections):
            if section.level > 2:
                continue
            page = self.pages.get(index)
            indent = 0 if section.level == 1 else 18
            weight = "bold" if section.level == 1 else "normal"
            rows.append(
                f"<tr><td style='padding-left: {px(indent / 4)}px; font-weight: {weight};"
                f" font-size: 10pt'>{esc(section.heading)}</td>"
                f"<td align='right' style='white-space: nowrap; font-size: 10pt'>"
                f"{'000' if page is None else page}</td></tr>"
            )
        return (
            f"<p style='font-size: 17pt; color: #1f3864; margin-bottom: {px(5)}px'>"
            f"{esc(self.labels.contents)}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='{px(0.6)}'"
            " style='border-style: none'>"
            + "".join(rows)
            + "</table><p style='page-break-after: always'></p>"
        )

    def section(self, index: int, section: Section) -> str:
        tag = f"h{min(3, section.level)}"
        return f"<{tag}>{esc(section.heading)}</{tag}>" + "".join(
            self.block(b) for b in section.blocks
        )

    def block(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            text = esc(block.text)
            if block.emphasis == "italic":
                text = f"<i>{text}</i>"
            elif block.emphasis == "bold":
                text = f"<b>{text}</b>"
            return f"<p>{text}</p>"
        if isinstance(block, BulletList):
            return "<ul>" + "".join(f"<li>{esc(item)}</li>" for item in block.items) + "</ul>"
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Figure | Tornado):
            return self.chart(block)
        return markdown_html(block)

    def table(self, table: Table) -> str:
        widths = self.measure.column_widths(table)
        width = f" width='{round(sum(widths) * CSS_DPI / DPI)}'"
        # a cell's width attribute is its text's width: padding and border come on top
        widths = [(w - self.measure.extra) * CSS_DPI / DPI for w in widths]
        out = [
            f"<table cellspacing='0' border='1' style='border-collapse: collapse;"
            f" border-style: solid; border-color: #9a9a9a; margin-bottom: {px(3)}px'{width}>"
        ]
        if table.caption:
            self.tables += 1
            label = self.labels.table.format(number=self.tables)
            out.append(
                f"<tr><th class='caption' colspan='{len(table.header)}'>"
                f"{esc(label)} {esc(table.caption)}</th></tr>"
            )
        out.append("<tr>")
        out += [
            f"<th width='{round(w)}' align='{'right' if numeric else 'left'}'>{esc(h)}</th>"
            for h, numeric, w in zip(table.header, table.numeric, widths, strict=True)
        ]
        out.append("</tr>")
        for i, row in enumerate(table.rows):
            weight = " font-weight: bold;" if i in table.emphasis_rows else ""
            cells = (
                f"<td align='right' style='white-space: nowrap;{weight}'>{esc(c)}</td>"
                if numeric
                else f"<td style='{weight}'>{esc(c)}</td>"
                for c, numeric in zip(row, table.numeric, strict=True)
            )
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
        return "".join(out)

    def chart(self, chart: Figure | Tornado) -> str:
        index = len(self.charts)
        self.charts.append(chart)
        self.figures += 1
        caption = esc(self.labels.figure.format(number=self.figures) + " " + chart.caption)
        return f"<p class='caption'>{caption}</p><p align='center'>{MARKER.format(index=index)}</p>"


def markdown_html(block: Markdown) -> str:
    document = QTextDocument()
    document.setMarkdown(block.text)
    body = document.toHtml()
    start, end = body.find("<body"), body.rfind("</body>")
    return body[body.find(">", start) + 1 : end] if start >= 0 else body


@dataclass(frozen=True)
class PageGeometry:
    """A page in device pixels at :data:`DPI`: the whole page and the text area."""

    page: QRectF
    text: QRectF

    @staticmethod
    def of(paper: str) -> PageGeometry:
        size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Millimeter)
        page = QRectF(0, 0, mm(size.width()), mm(size.height()))
        text = page.adjusted(
            mm(MARGINS_MM.left()),
            mm(MARGINS_MM.top()),
            -mm(MARGINS_MM.right()),
            -mm(MARGINS_MM.bottom()),
        )
        return PageGeometry(page, text)


class PrintedReport:
    """The report laid out on pages: paint any page on any painter (PDF, preview image)."""

    def __init__(self, report: ReportDocument, paper: str = "a4") -> None:
        load_fonts()
        assert report.labels is not None
        self.report = report
        self.labels = report.labels
        self.geometry = PageGeometry.of(paper)
        self.paper = paper
        self.convention = conventions(report.language)
        self.buffer = QBuffer()  # the layout measures text as the PDF will draw it
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.device = pdf_writer(self.buffer, paper, report.title)
        pages: dict[int, int] = {}
        for _ in range(3):  # contents' page numbers: lay out until they stop moving
            self.document, self.charts_handler = self._layout(pages)
            found = self.section_pages()
            if found == pages:
                break
            pages = found
        self.pages = pages

    def _layout(self, pages: dict[int, int]) -> tuple[QTextDocument, ChartObjects]:
        measure = TableMeasure(self.device, self.geometry.text.width())
        builder = HtmlBuilder(self.report, self.labels, measure, pages)
        body = builder.build()
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        font = QFont()
        font.setFamilies([LATIN, LAO])
        font.setPointSizeF(10)
        font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: PDF text searches as typed
        document.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word or a number
        document.setDefaultTextOption(option)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(
            STYLE.format(
                latin=LATIN, lao=LAO, para=px(2.2), h1=px(5), h2=px(6), h3=px(4), pad=px(1.1)
            )
        )
        document.setHtml(body)
        handler = ChartObjects(builder.charts, self.convention)
        document.documentLayout().registerHandler(CHART_OBJECT, handler)
        place_charts(document, len(builder.charts))
        repeat_table_headers(document)
        document.setPageSize(self.geometry.text.size())
        keep_with_next(document, self.geometry.text.height())
        return document, handler

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def section_pages(self) -> dict[int, int]:
        """The page (1 = the cover) each section's heading is on."""
        height = self.geometry.text.height()
        layout = self.document.documentLayout()
        pages, index = {}, 0
        block = self.document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                centre = layout.blockBoundingRect(block).center().y()
                pages[index] = int(centre // height) + 1
                index += 1
            block = block.next()
        return pages

    def chapter_on(self, page: int) -> str:
        """The chapter a page belongs to (its last chapter heading on or before it)."""
        title = ""
        for index, section in enumerate(self.report.sections):
            if section.level == 1 and self.pages.get(index, 10**9) <= page:
                title = section.heading
        return title

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Page ``index`` (0 = the cover) on ``painter``, in device pixels at :data:`DPI`."""
        text = self.geometry.text
        height = text.height()
        painter.save()
        painter.translate(text.topLeft())
        painter.translate(0, -index * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * height, text.width(), height)
        painter.setClipRect(context.clip)
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        if index > 0:
            self.paint_margins(painter, index + 1)

    def paint_margins(self, painter: QPainter, page: int) -> None:
        text, page_rect = self.geometry.text, self.geometry.page
        painter.save()
        font = QFont()
        font.setFamilies([LATIN, LAO])
        font.setPixelSize(round(mm(8 * 25.4 / 72)))  # 8 pt
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        header = QRectF(text.left(), mm(10), text.width(), mm(6))
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            header, int(flags | Qt.AlignmentFlag.AlignLeft), breakable(self.labels.running_title)
        )
        painter.drawText(
            header, int(flags | Qt.AlignmentFlag.AlignRight), breakable(self.chapter_on(page))
        )
        painter.setPen(QPen(QColor("#9a9a9a"), mm(0.2)))
        painter.drawLine(
            QPointF(text.left(), header.bottom() + mm(1)),
            QPointF(text.right(), header.bottom() + mm(1)),
        )
        painter.setPen(QColor("#555555"))
        footer = QRectF(text.left(), page_rect.bottom() - mm(13), text.width(), mm(6))
        painter.drawText(
            footer,
            int(flags | Qt.AlignmentFlag.AlignHCenter),
            self.labels.page.format(page=page, pages=self.page_count()),
        )
        painter.restore()

    def write_pdf(self) -> bytes:
        """Every page painted on the PDF writer (vector text and charts)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = pdf_writer(buffer, self.paper, self.report.title)
        painter = QPainter(writer)
        for index in range(self.page_count()):
            if index:
                writer.newPage()
            self.paint_page(painter, index)
        painter.end()
        buffer.close()
        return bytes(buffer.data().data())

    def page_image(self, index: int, width: int) -> QImage:
        """Page ``index`` as an image ``width`` pixels wide (the preview)."""
        page = self.geometry.page
        scale = width / page.width()
        image = QImage(width, round(page.height() * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        self.paint_page(painter, index)
        painter.end()
        return image


def pdf_writer(device: QIODevice, paper: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator(f"ABND Studio {__version__}")
    return writer


def place_charts(document: QTextDocument, count: int) -> None:
    """Each chart's marker paragraph becomes the chart, drawn by :class:`ChartObjects`."""
    for index in range(count):
        cursor = document.find(MARKER.format(index=index))
        if cursor.isNull():
            continue
        chart = QTextCharFormat()
        chart.setObjectType(CHART_OBJECT)
        chart.setProperty(CHART_INDEX, index)
        cursor.insertText("\ufffc", chart)


def repeat_table_headers(document: QTextDocument) -> None:
    """A table that runs over a page repeats its caption and header row on the next."""
    cursor = QTextCursor(document)
    seen: set[int] = set()
    block = document.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        table = cursor.currentTable()
        if isinstance(table, QTextTable) and id(table) not in seen:
            seen.add(id(table))
            header = 2 if is_caption_row(table) else 1
            fmt = table.format()
            fmt.setHeaderRowCount(min(header, table.rows()))
            table.setFormat(fmt)
        block = block.next()


def is_caption_row(table: QTextTable) -> bool:
    return table.columns() > 1 and table.cellAt(0, 0).columnSpan() == table.columns()


def keep_with_next(document: QTextDocument, page_height: float) -> None:
    """A heading or a figure's caption alone at the foot of a page moves to the next page."""
    layout = document.documentLayout()

    def page_of(block: QTextBlock, last: bool = False) -> int:
        rect = layout.blockBoundingRect(block)
        return int((rect.bottom() - 1 if last else rect.top()) // page_height)

    for _ in range(200):  # each fix moves later text; stop once nothing is alone
        moved = False
        block = document.begin()
        while block.isValid():
            following = block.next()
            lonely = block.blockFormat().headingLevel() > 0 or block_has_chart(following)
            if (
                lonely
                and following.isValid()
                and page_of(block) != page_of(following, last=True)
                and block.blockFormat().pageBreakPolicy()
                == QTextFormat.PageBreakFlag.PageBreak_Auto
            ):
                cursor = QTextCursor(block)
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
                # Qt's incremental relayout leaves the blocks after a table unlaid: redo it all
                document.markContentsDirty(0, document.characterCount())
                moved = True
                break
            block = following
        if not moved:
            return


def block_has_chart(block: QTextBlock) -> bool:
    if not block.isValid():
        return False
    iterator = block.begin()
    while not iterator.atEnd():
        if iterator.fragment().charFormat().objectType() == CHART_OBJECT:
            return True
        iterator += 1
    return False
