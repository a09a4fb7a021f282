"""The report as a Word document (python-docx): real Word headings, a table of contents,
tables with captions and repeated header rows, charts as pictures with captions,
page numbers and a running header, A4 or Letter, so a ministry can edit and restyle it.

Fonts: Latin text in DejaVu Sans (the PDF's font; Word substitutes a sans-serif where it
is missing), Lao text in Noto Sans Lao set as the run's complex-script font (Word
lays Lao out as a complex script) and embedded in the file (obfuscated as Office
requires), so Word and LibreOffice show Lao on a machine without a Lao font. A zero
width space marks each break between Lao words (ICU's dictionary), since Word finds
none in a run of Lao letters.

Charts come in as PNG bytes from a drawer the caller gives (the window's Qt painter):
the engine itself never draws.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Callable
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from engine.report.document import (
    Block,
    BulletList,
    Figure,
    Markdown,
    Paragraph,
    ReportDocument,
    Table,
    Tornado,
)
from engine.report.layout import PAPER_MM, TableWidths, lao_runs
from engine.runtime.line_breaks import breakable
from engine.runtime.resources import resource_path

LATIN, LAO = "DejaVu Sans", "Noto Sans Lao"
LAO_FONT_FILES = (
    ("NotoSansLao-Regular.ttf", "embedRegular"),
    ("NotoSansLao-Bold.ttf", "embedBold"),
)
NAVY = RGBColor(0x1F, 0x38, 0x64)
HEADER_FILL = "E3E9F2"
MARGIN_MM = (20.0, 24.0, 20.0, 20.0)  # left, top, right, bottom
FONT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"

# A chart as (PNG bytes, width mm, height mm), drawn by the caller.
ChartDrawer = Callable[[Figure | Tornado], tuple[bytes, float, float]]


def docx_bytes(
    report: ReportDocument, paper: str, draw: ChartDrawer, pages: dict[int, int] | None = None
) -> bytes:
    """``pages``: each section's page as laid out for print (the PDF's), the contents'
    page numbers until Word updates them."""
    writer = WordWriter(report, paper, draw, pages or {})
    writer.write()
    out = io.BytesIO()
    writer.document.save(out)
    return out.getvalue()


class WordWriter:
    def __init__(
        self, report: ReportDocument, paper: str, draw: ChartDrawer, pages: dict[int, int]
    ) -> None:
        assert report.labels is not None and report.cover is not None
        self.pages = pages
        self.report = report
        self.labels = report.labels
        self.paper = paper
        self.draw = draw
        self.document = docx.Document()
        self.bookmarks = 0
        self.tables = 0
        self.figures = 0
        self.widths = TableWidths(PAPER_MM[paper][0] - MARGIN_MM[0] - MARGIN_MM[2])

    def write(self) -> None:
        self.set_up_styles()
        self.set_up_page()
        self.cover()
        if self.report.contents:
            self.contents()
        for index, section in enumerate(self.report.sections):
            heading = self.document.add_heading(level=min(3, section.level))
            self.add_text(heading, section.heading)
            self.bookmark(heading, index)
            for block in section.blocks:
                self.block(block)
        self.embed_lao_font()
        settings = self.document.settings.element
        update = OxmlElement("w:updateFields")  # Word fills in the contents' page numbers
        update.set(qn("w:val"), "true")
        settings.find(qn("w:compat")).addprevious(update)
        for element in (
            self.document.element,
            self.document.styles.element,
            *(part._element for s in self.document.sections for part in (s.header, s.footer)),
        ):
            in_schema_order(element)

    # ------------------------------------------------------------ styles and page

    def set_up_styles(self) -> None:
        styles = self.document.styles
        normal = styles["Normal"]
        set_fonts(normal.element, 10)
        normal.paragraph_format.space_after = Pt(5)
        normal.paragraph_format.line_spacing = 1.15
        for level, size in ((1, 17), (2, 13), (3, 11)):
            style = styles[f"Heading {level}"]
            set_fonts(style.element, size, bold=True)
            style.font.color.rgb = NAVY
            style.paragraph_format.space_before = Pt(0 if level == 1 else 12)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
            if level == 1:
                style.paragraph_format.page_break_before = True
        caption = styles["Caption"]
        set_fonts(caption.element, 9, bold=True)
        caption.font.color.rgb = RGBColor(0x1A, 0x1A, 0x1A)
        caption.font.italic = False
        caption.paragraph_format.keep_with_next = True
        caption.paragraph_format.space_before = Pt(6)
        caption.paragraph_format.space_after = Pt(3)
        for name in ("Title", "Subtitle", "List Bullet", "Header", "Footer", "TOC Heading"):
            set_fonts(styles[name].element, None)
        for level in (1, 2):
            toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
            toc.base_style = normal
            toc.paragraph_format.left_indent = Mm(0 if level == 1 else 6)
            toc.paragraph_format.space_after = Pt(2)
            toc.paragraph_format.tab_stops.add_tab_stop(
                Mm(self.widths.available), WD_TAB_ALIGNMENT.RIGHT
            )
            toc.font.bold = level == 1
        table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = normal
        set_fonts(table_text.element, 8.5)
        table_text.paragraph_format.space_after = Pt(0)
        table_text.paragraph_format.line_spacing = 1.0

    def set_up_page(self) -> None:
        section = self.document.sections[0]
        width, height = PAPER_MM[self.paper]
        section.page_width, section.page_height = Mm(width), Mm(height)
        left, top, right, bottom = MARGIN_MM
        section.left_margin, section.top_margin = Mm(left), Mm(top)
        section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
        section.header_distance, section.footer_distance = Mm(10), Mm(9)
        section.different_first_page_header_footer = True  # the cover has neither
        header = section.header.paragraphs[0]
        header.style = self.document.styles["Header"]
        self.add_text(header, self.labels.running_title, size=8)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.page_numbers(footer)

    def page_numbers(self, paragraph: DocxParagraph) -> None:
        """ "Page {page} of {pages}" with PAGE and NUMPAGES fields where the words put them."""
        for part in re.split(r"(\{page\}|\{pages\})", self.labels.page):
            if part == "{page}":
                add_field(paragraph, "PAGE", "1", size=8)
            elif part == "{pages}":
                add_field(paragraph, "NUMPAGES", "1", size=8)
            elif part:
                self.add_text(paragraph, part, size=8)

    # ------------------------------------------------------------ cover and contents

    def cover(self) -> None:
        cover = self.report.cover
        assert cover is not None
        doc = self.document
        spacer = doc.add_paragraph()
        spacer.paragraph_format.space_before = Mm(30)
        country = doc.add_paragraph()
        self.add_text(country, cover.country, size=12, colour=NAVY)
        title = doc.add_paragraph(style="Title")
        self.add_text(title, cover.title, size=24, bold=True, colour=NAVY)
        subtitle = doc.add_paragraph(style="Subtitle")
        self.add_text(subtitle, cover.subtitle, size=13)
        status = doc.add_paragraph()
        status.paragraph_format.space_before = Mm(45)
        self.add_text(status, cover.status, size=12, bold=True)
        version = doc.add_paragraph()
        self.add_text(version, f"{cover.version} · {cover.date}", size=11)
        prepared = doc.add_paragraph()
        prepared.paragraph_format.space_before = Mm(10)
        self.add_text(prepared, cover.prepared, size=9, colour=RGBColor(0x55, 0x55, 0x55))
        prepared.add_run().add_break(WD_BREAK.PAGE)

    def contents(self) -> None:
        """A Word table of contents (a TOC field) whose entries are already there, each with
        a PAGEREF field to its heading's bookmark: LibreOffice computes the pages on
        opening, Word when it updates the fields (it offers to on opening)."""
        doc = self.document
        heading = doc.add_paragraph(style="TOC Heading")
        self.add_text(heading, self.labels.contents, size=17, colour=NAVY)
        entries = [(i, s) for i, s in enumerate(self.report.sections) if s.level <= 2]
        for position, (index, section) in enumerate(entries):
            paragraph = doc.add_paragraph(style=f"TOC {section.level}")
            if position == 0:
                begin_field(paragraph, 'TOC \\o "1-2" \\h \\z \\u')
            self.add_text(paragraph, section.heading)
            paragraph.add_run("\t")
            add_field(paragraph, f"PAGEREF _Toc{index:05d} \\h", str(self.pages.get(index, "")))
            if position == len(entries) - 1:
                end_field(paragraph)

    def bookmark(self, paragraph: DocxParagraph, index: int) -> None:
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(index))
        start.set(qn("w:name"), f"_Toc{index:05d}")
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(index))
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
        paragraph._p.append(end)

    # ------------------------------------------------------------ blocks

    def block(self, block: Block) -> None:
        doc = self.document
        if isinstance(block, Paragraph):
            paragraph = doc.add_paragraph()
            self.add_text(
                paragraph,
                block.text,
                bold=block.emphasis == "bold",
                italic=block.emphasis == "italic",
            )
        elif isinstance(block, BulletList):
            for item in block.items:
                self.add_text(doc.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure | Tornado):
            self.chart(block)
        elif isinstance(block, Markdown):
            for passage in block.text.split("\n\n"):
                self.add_text(doc.add_paragraph(), passage.replace("\n", " "))

    def caption(self, kind: str, template: str, text: str) -> DocxParagraph:
        """ "Table 3. text" with a SEQ field, so Word lists tables and figures."""
        self.tables += kind == "Table"
        self.figures += kind == "Figure"
        number = self.tables if kind == "Table" else self.figures
        paragraph = self.document.add_paragraph(style="Caption")
        for part in re.split(r"(\{number\})", template):
            if part == "{number}":
                add_field(paragraph, f"SEQ {kind} \\* ARABIC", str(number))
            elif part:
                self.add_text(paragraph, part)
        self.add_text(paragraph, " " + text)
        return paragraph

    def table(self, table: Table) -> None:
        if table.caption:
            self.caption("Table", self.labels.table, table.caption)
        columns = len(table.header)
        grid = self.document.add_table(rows=1 + len(table.rows), cols=columns)
        grid.style = self.document.styles["Table Grid"]
        grid.alignment = WD_TABLE_ALIGNMENT.LEFT
        grid.autofit = False
        cell_margins(grid._tbl, CELL_MARGIN_TWIPS)
        widths = self.widths.of(table)
        for j, width in enumerate(widths):
            grid.columns[j].width = Mm(width)
        for i, cells in enumerate((table.header, *table.rows)):
            row = grid.rows[i]
            no_split(row)
            if i == 0:
                repeat_header(row)
            for j, text in enumerate(cells):
                cell = row.cells[j]
                cell.width = Mm(widths[j])
                numeric = table.numeric[j]
                paragraph = cell.paragraphs[0]
                paragraph.style = self.document.styles["Table Text"]
                if numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if i > 0:
                        no_wrap(cell)
                if i == 0:
                    shade(cell, HEADER_FILL)
                bold = i == 0 or (i - 1) in table.emphasis_rows
                lines = text.split("\n")
                for k, line in enumerate(lines):
                    self.add_text(paragraph, line, bold=bold)
                    if k < len(lines) - 1:
                        paragraph.add_run().add_break()
        spacer = self.document.add_paragraph()
        spacer.paragraph_format.space_after = Pt(2)

    def chart(self, chart: Figure | Tornado) -> None:
        self.caption("Figure", self.labels.figure, chart.caption)
        png, width, height = self.draw(chart)
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run().add_picture(io.BytesIO(png), width=Mm(width), height=Mm(height))

    # ------------------------------------------------------------ text

    def add_text(
        self,
        paragraph: DocxParagraph,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        colour: RGBColor | None = None,
    ) -> None:
        """Runs of ``text``: Lao runs in the Lao font as complex script, words marked."""
        for lao, part in lao_runs(breakable(text)):
            run = paragraph.add_run(part)
            run.bold = bold or None
            run.italic = italic or None
            if size is not None:
                run.font.size = Pt(size)
                size_cs(run._r, size)
            if colour is not None:
                run.font.color.rgb = colour
            if lao:
                lao_run(run._r, bold, italic)

    def embed_lao_font(self) -> None:
        """Noto Sans Lao inside the file (Office's obfuscated fonts), named in the font table."""
        part = self.document.part
        font_table = part.part_related_by(RT.FONT_TABLE)
        fonts = font_table_element(font_table)
        entry = OxmlElement("w:font")
        entry.set(qn("w:name"), LAO)
        for tag, value in (("w:charset", "00"), ("w:family", "swiss"), ("w:pitch", "variable")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            entry.append(child)
        for number, (file_name, tag) in enumerate(LAO_FONT_FILES, start=1):
            key = (
                "{"
                + str(uuid.UUID(int=0x4A0E5D2C_0000_4000_8000_000000000000 + number)).upper()
                + "}"
            )
            blob = obfuscate(resource_path("fonts", file_name).read_bytes(), key)
            font_part = Part(
                PackURI(f"/word/fonts/font{number}.odttf"), FONT_CONTENT_TYPE, blob, part.package
            )
            rel = font_table.relate_to(font_part, RT.FONT)
            embed = OxmlElement(f"w:{tag}")
            embed.set(qn("r:id"), rel)
            embed.set(qn("w:fontKey"), key)
            entry.append(embed)
        fonts.append(entry)
        font_table._blob = fonts_xml(fonts)
        zoom = self.document.settings.element.find(qn("w:zoom"))
        for tag in ("w:saveSubsetFonts", "w:embedTrueTypeFonts"):
            zoom.addnext(OxmlElement(tag))


# The order Word's schema gives the children of run and cell properties (ECMA-376 CT_RPr,
# CT_TcPr): Word refuses a file whose elements are out of order.
RUN_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
CELL_ORDER = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
]


def in_schema_order(root) -> None:  # type: ignore[no-untyped-def]
    for tag, order in (("w:rPr", RUN_ORDER), ("w:tcPr", CELL_ORDER)):
        for properties in root.iter(qn(tag)):
            children = list(properties)
            children.sort(
                key=lambda c: (
                    order.index(c.tag.split("}")[1]) if c.tag.split("}")[1] in order else len(order)
                )
            )
            for child in children:
                properties.append(child)


def obfuscate(font: bytes, key: str) -> bytes:
    """ECMA-376's font obfuscation: the first 32 bytes XORed with the key's bytes reversed."""
    digits = key.strip("{}").replace("-", "")
    reversed_key = bytes.fromhex(digits)[::-1]
    head = bytes(b ^ reversed_key[i % 16] for i, b in enumerate(font[:32]))
    return head + font[32:]


def font_table_element(part: Part) -> Any:
    return etree.fromstring(part.blob)


def fonts_xml(element: Any) -> bytes:
    return bytes(etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True))


def set_fonts(style_element, size: float | None, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    """A style's fonts: Latin, East Asian and complex script, sizes for both."""
    rpr = style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attribute), LATIN)
    fonts.set(qn("w:cs"), LAO)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            element = rpr.find(qn(tag))
            if element is None:
                element = OxmlElement(tag)
                rpr.append(element)
            element.set(qn("w:val"), str(round(size * 2)))
    if bold:
        for tag in ("w:b", "w:bCs"):
            if rpr.find(qn(tag)) is None:
                rpr.append(OxmlElement(tag))
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:bidi"), "lo-LA")  # the complex-script language


def size_cs(run_element, size: float) -> None:  # type: ignore[no-untyped-def]
    rpr = run_element.get_or_add_rPr()
    element = OxmlElement("w:szCs")
    element.set(qn("w:val"), str(round(size * 2)))
    rpr.append(element)


def lao_run(run_element, bold: bool, italic: bool) -> None:  # type: ignore[no-untyped-def]
    """A run of Lao: every font slot the Lao font, laid out as complex script."""
    rpr = run_element.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), LAO)
    rpr.insert(0, fonts)
    if bold:
        rpr.append(OxmlElement("w:bCs"))
    if italic:
        rpr.append(OxmlElement("w:iCs"))
    rpr.append(OxmlElement("w:cs"))
    language = OxmlElement("w:lang")
    language.set(qn("w:bidi"), "lo-LA")
    rpr.append(language)


def begin_field(paragraph: DocxParagraph, instruction: str) -> None:
    run = paragraph.add_run()._r
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run.append(begin)
    run = paragraph.add_run()._r
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run.append(text)
    run = paragraph.add_run()._r
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run.append(separate)


def end_field(paragraph: DocxParagraph) -> None:
    run = paragraph.add_run()._r
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run.append(end)


def add_field(
    paragraph: DocxParagraph, instruction: str, shown: str, size: float | None = None
) -> None:
    """A complete field (begin, instruction, its current result, end)."""
    begin_field(paragraph, instruction)
    run = paragraph.add_run(shown)
    if size is not None:
        run.font.size = Pt(size)
    end_field(paragraph)


CELL_MARGIN_TWIPS = 57  # 1 mm left and right in every cell (the widths count on it)


def cell_margins(table_element, twips: int) -> None:  # type: ignore[no-untyped-def]
    properties = table_element.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        margin = OxmlElement(side)
        margin.set(qn("w:w"), str(twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    look = properties.find(qn("w:tblLook"))  # the one child that follows the margins
    if look is not None:
        look.addprevious(margins)
    else:
        properties.append(margins)


def repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def no_split(row) -> None:  # type: ignore[no-untyped-def]
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def no_wrap(cell: _Cell) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(OxmlElement("w:noWrap"))


def shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tcpr.append(shading)


__all__ = ["ChartDrawer", "docx_bytes", "obfuscate"]
