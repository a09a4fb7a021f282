"""The report as an OpenDocument text (ODT), written directly as ODF XML: real headings
(outline levels), a table of contents, tables with captions and repeated header rows,
charts as pictures with captions, page numbers and a running header with the chapter,
A4 or Letter. LibreOffice and Word open it for editing.

Lao text is set in Noto Sans Lao as the complex-script (CTL) font, which LibreOffice
uses for Lao letters, and the font is embedded in the file so that a machine without a
Lao font shows it. A zero width space marks each break between Lao words.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from xml.sax.saxutils import escape, quoteattr

from engine import __version__
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
from engine.report.layout import PAPER_MM, TableWidths
from engine.report.word import LAO, LATIN, MARGIN_MM, ChartDrawer
from engine.runtime.line_breaks import breakable
from engine.runtime.resources import resource_path

MIMETYPE = "application/vnd.oasis.opendocument.text"
LAO_FONTS = ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf")
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.3"'
)
FONT_ATTRIBUTES = (
    f'style:font-name="{LATIN}" style:font-name-asian="{LATIN}" '
    f'style:font-name-complex="{LAO}" style:language-complex="lo" style:country-complex="LA"'
)


def size(points: float) -> str:
    return (
        f'fo:font-size="{points}pt" style:font-size-asian="{points}pt" '
        f'style:font-size-complex="{points}pt"'
    )


BOLD = 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
ITALIC = 'fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
NAVY = 'fo:color="#1f3864"'


def odt_bytes(report: ReportDocument, paper: str, draw: ChartDrawer) -> bytes:
    writer = OdtWriter(report, paper, draw)
    content = writer.content()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", writer.styles())
        archive.writestr("meta.xml", writer.meta())
        archive.writestr("settings.xml", SETTINGS)
        for name, png in writer.pictures:
            archive.writestr(f"Pictures/{name}", png)
        for name in LAO_FONTS:
            archive.writestr(f"Fonts/{name}", resource_path("fonts", name).read_bytes())
        archive.writestr("META-INF/manifest.xml", writer.manifest())
    return out.getvalue()


def text(value: str, breaks: bool = True) -> str:
    """Text as ODF: escaped, tabs and line breaks as elements, Lao words marked."""
    escaped = escape(breakable(value) if breaks else value)
    return escaped.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")


class OdtWriter:
    def __init__(self, report: ReportDocument, paper: str, draw: ChartDrawer) -> None:
        assert report.labels is not None and report.cover is not None
        self.report = report
        self.labels = report.labels
        self.paper = paper
        self.draw = draw
        self.pictures: list[tuple[str, bytes]] = []
        self.table_styles: list[str] = []
        self.tables = 0
        self.figures = 0
        width = PAPER_MM[paper][0]
        self.widths = TableWidths(width - MARGIN_MM[0] - MARGIN_MM[2])

    # ------------------------------------------------------------ content

    def content(self) -> str:
        body = "".join(self.body())
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f"<office:document-content {NAMESPACES}>"
            f"{self.font_faces()}"
            "<office:automatic-styles>"
            '<style:style style:name="PCover" style:family="paragraph" '
            'style:parent-style-name="Standard" style:master-page-name="First_20_Page">'
            '<style:paragraph-properties fo:margin-top="30mm"/></style:style>'
            '<style:style style:name="PBreak" style:family="paragraph" '
            'style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="PNumber" style:family="paragraph" '
            'style:parent-style-name="Table_20_Contents">'
            '<style:paragraph-properties fo:text-align="end"/></style:style>'
            '<style:style style:name="PNumberHead" style:family="paragraph" '
            'style:parent-style-name="Table_20_Heading">'
            '<style:paragraph-properties fo:text-align="end"/></style:style>'
            '<style:style style:name="PCentre" style:family="paragraph" '
            'style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:text-align="center"/></style:style>'
            '<style:style style:name="TBold" style:family="text">'
            f"<style:text-properties {BOLD}/></style:style>"
            '<style:style style:name="TItalic" style:family="text">'
            f"<style:text-properties {ITALIC}/></style:style>"
            '<style:style style:name="Cell" style:family="table-cell">'
            '<style:table-cell-properties fo:padding="1mm" '
            'fo:border="0.5pt solid #9a9a9a"/></style:style>'
            '<style:style style:name="HeadCell" style:family="table-cell">'
            '<style:table-cell-properties fo:padding="1mm" fo:background-color="#e3e9f2" '
            'fo:border="0.5pt solid #9a9a9a"/></style:style>'
            '<style:style style:name="Chart" style:family="graphic">'
            '<style:graphic-properties style:wrap="none" style:vertical-pos="top" '
            'style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>'
            + "".join(self.table_styles)
            + "</office:automatic-styles>"
            "<office:body><office:text>"
            "<text:sequence-decls>"
            '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
            "</text:sequence-decls>"
            f"{body}</office:text></office:body></office:document-content>"
        )

    def body(self) -> Iterator[str]:
        yield from self.cover()
        if self.report.contents:
            yield self.contents()
        for index, section in enumerate(self.report.sections):
            level = min(3, section.level)
            yield (
                f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                f'<text:bookmark text:name="toc{index}"/>{text(section.heading)}</text:h>'
            )
            for block in section.blocks:
                yield self.block(block)

    def cover(self) -> Iterator[str]:
        cover = self.report.cover
        assert cover is not None
        yield f'<text:p text:style-name="PCover">{text(cover.country)}</text:p>'
        yield f'<text:p text:style-name="Title">{text(cover.title)}</text:p>'
        yield f'<text:p text:style-name="Subtitle">{text(cover.subtitle)}</text:p>'
        yield f'<text:p text:style-name="Cover_20_Status">{text(cover.status)}</text:p>'
        version = text(f"{cover.version} · {cover.date}")
        yield f'<text:p text:style-name="Standard">{version}</text:p>'
        yield f'<text:p text:style-name="Cover_20_Note">{text(cover.prepared)}</text:p>'

    def contents(self) -> str:
        """A LibreOffice table of contents, its entries already written, each page number a
        reference to its heading's bookmark (computed by the word processor)."""
        templates = "".join(
            f'<text:table-of-content-entry-template text:outline-level="{level}" '
            f'text:style-name="Contents_20_{level}">'
            "<text:index-entry-link-start/><text:index-entry-text/>"
            '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
            "<text:index-entry-page-number/><text:index-entry-link-end/>"
            "</text:table-of-content-entry-template>"
            for level in (1, 2)
        )
        entries = "".join(
            f'<text:p text:style-name="Contents_20_{section.level}">'
            f"{text(section.heading)}<text:tab/>"
            f'<text:bookmark-ref text:reference-format="page" text:ref-name="toc{index}">'
            "</text:bookmark-ref></text:p>"
            for index, section in enumerate(self.report.sections)
            if section.level <= 2
        )
        title = text(self.labels.contents)
        return (
            '<text:table-of-content text:style-name="Sect1" text:protected="true" '
            'text:name="Contents">'
            '<text:table-of-content-source text:outline-level="2">'
            f'<text:index-title-template text:style-name="Contents_20_Heading">{title}'
            f"</text:index-title-template>{templates}</text:table-of-content-source>"
            '<text:index-body><text:index-title text:name="Contents_Head">'
            f'<text:p text:style-name="Contents_20_Heading">{title}</text:p></text:index-title>'
            f"{entries}</text:index-body></text:table-of-content>"
        )

    def block(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            inner = text(block.text)
            if block.emphasis == "bold":
                inner = f'<text:span text:style-name="TBold">{inner}</text:span>'
            elif block.emphasis == "italic":
                inner = f'<text:span text:style-name="TItalic">{inner}</text:span>'
            return f'<text:p text:style-name="Text_20_body">{inner}</text:p>'
        if isinstance(block, BulletList):
            items = "".join(
                f'<text:list-item><text:p text:style-name="List_20_Bullet">{text(item)}'
                "</text:p></text:list-item>"
                for item in block.items
            )
            return f'<text:list text:style-name="Bullets">{items}</text:list>'
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Figure | Tornado):
            return self.chart(block)
        assert isinstance(block, Markdown)
        return "".join(
            f'<text:p text:style-name="Text_20_body">{text(passage.replace(chr(10), " "))}</text:p>'
            for passage in block.text.split("\n\n")
        )

    def caption(self, kind: str, template: str, words: str) -> str:
        self.tables += kind == "Table"
        self.figures += kind == "Figure"
        number = self.tables if kind == "Table" else self.figures
        sequence = (
            f'<text:sequence text:ref-name="ref{kind}{number}" text:name="{kind}" '
            f'text:formula="ooow:{kind}+1" style:num-format="1">{number}</text:sequence>'
        )
        before, _, after = template.partition("{number}")
        return (
            f'<text:p text:style-name="Caption">{text(before)}{sequence}{text(after)} '
            f"{text(words)}</text:p>"
        )

    def table(self, table: Table) -> str:
        index = len(self.table_styles)
        widths = self.widths.of(table)
        name = f"Table{index}"
        self.table_styles.append(
            f'<style:style style:name="{name}" style:family="table">'
            f'<style:table-properties style:width="{sum(widths):.1f}mm" table:align="left" '
            'fo:margin-bottom="2mm"/></style:style>'
            + "".join(
                f'<style:style style:name="{name}.C{j}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.1f}mm"/></style:style>'
                for j, w in enumerate(widths)
            )
        )
        caption = self.caption("Table", self.labels.table, table.caption) if table.caption else ""
        columns = "".join(
            f'<table:table-column table:style-name="{name}.C{j}"/>' for j in range(len(widths))
        )

        def row(cells: tuple[str, ...], head: bool, bold: bool) -> str:
            out = []
            for cell, numeric in zip(cells, table.numeric, strict=True):
                style = (
                    ("PNumberHead" if head else "PNumber")
                    if numeric
                    else ("Table_20_Heading" if head else "Table_20_Contents")
                )
                inner = text(cell)
                if bold and not head:
                    inner = f'<text:span text:style-name="TBold">{inner}</text:span>'
                out.append(
                    f'<table:table-cell table:style-name="{"HeadCell" if head else "Cell"}" '
                    f'office:value-type="string"><text:p text:style-name="{style}">{inner}'
                    "</text:p></table:table-cell>"
                )
            return "<table:table-row>" + "".join(out) + "</table:table-row>"

        header = row(table.header, True, True)
        rows = "".join(row(r, False, i in table.emphasis_rows) for i, r in enumerate(table.rows))
        return (
            f'{caption}<table:table table:name="{name}" table:style-name="{name}">{columns}'
            f"<table:table-header-rows>{header}</table:table-header-rows>{rows}</table:table>"
        )

    def chart(self, chart: Figure | Tornado) -> str:
        caption = self.caption("Figure", self.labels.figure, chart.caption)
        png, width, height = self.draw(chart)
        name = f"figure{len(self.pictures) + 1}.png"
        self.pictures.append((name, png))
        return (
            f'{caption}<text:p text:style-name="PCentre">'
            f'<draw:frame draw:style-name="Chart" draw:name="{name}" text:anchor-type="as-char" '
            f'svg:width="{width:.1f}mm" svg:height="{height:.1f}mm">'
            f'<draw:image xlink:href="Pictures/{name}" xlink:type="simple" xlink:show="embed" '
            'xlink:actuate="onLoad"/></draw:frame></text:p>'
        )

    # ------------------------------------------------------------ styles, meta, manifest

    def font_faces(self) -> str:
        sources = "".join(
            f'<svg:font-face-uri xlink:href="Fonts/{name}" xlink:type="simple">'
            '<svg:font-face-format svg:string="truetype"/></svg:font-face-uri>'
            for name in LAO_FONTS
        )
        return (
            "<office:font-face-decls>"
            f'<style:font-face style:name="{LATIN}" svg:font-family="{quote(LATIN)}" '
            'style:font-family-generic="swiss" style:font-pitch="variable"/>'
            f'<style:font-face style:name="{LAO}" svg:font-family="{quote(LAO)}" '
            'style:font-family-generic="swiss" style:font-pitch="variable">'
            f"<svg:font-face-src>{sources}</svg:font-face-src></style:font-face>"
            "</office:font-face-decls>"
        )

    def styles(self) -> str:
        width, height = PAPER_MM[self.paper]
        left, top, right, bottom = MARGIN_MM
        labels = self.labels
        before, _, rest = labels.page.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        footer = (
            f'{text(before)}<text:page-number text:select-page="current">1</text:page-number>'
            f"{text(middle)}<text:page-count>1</text:page-count>{text(after)}"
        )
        paragraph = "".join(
            f'<style:style style:name="{name}" style:display-name="{display}" '
            f'style:family="paragraph" style:parent-style-name="{parent}"'
            f"{extra}>{properties}</style:style>"
            for name, display, parent, extra, properties in PARAGRAPH_STYLES
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f"<office:document-styles {NAMESPACES}>"
            f"{self.font_faces()}"
            "<office:styles>"
            '<style:default-style style:family="paragraph">'
            '<style:paragraph-properties style:writing-mode="lr-tb"/>'
            f'<style:text-properties {FONT_ATTRIBUTES} {size(10)} fo:language="en" '
            'fo:country="GB"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            f"{paragraph}"
            '<text:list-style style:name="Bullets">'
            '<text:list-level-style-bullet text:level="1" text:bullet-char="•">'
            "<style:list-level-properties "
            'text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" '
            'text:list-tab-stop-position="6mm" fo:text-indent="-4mm" fo:margin-left="6mm"/>'
            "</style:list-level-properties></text:list-level-style-bullet></text:list-style>"
            "</office:styles>"
            "<office:automatic-styles>"
            '<style:page-layout style:name="Page">'
            f'<style:page-layout-properties fo:page-width="{width}mm" fo:page-height="{height}mm" '
            f'style:print-orientation="portrait" fo:margin-left="{left}mm" '
            f'fo:margin-right="{right}mm" fo:margin-top="10mm" fo:margin-bottom="9mm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="6mm" '
            f'fo:margin-bottom="{top - 16}mm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="6mm" '
            f'fo:margin-top="{bottom - 15}mm"/></style:footer-style></style:page-layout>'
            '<style:page-layout style:name="FirstPage">'
            f'<style:page-layout-properties fo:page-width="{width}mm" fo:page-height="{height}mm" '
            f'style:print-orientation="portrait" fo:margin-left="{left}mm" '
            f'fo:margin-right="{right}mm" fo:margin-top="{top}mm" fo:margin-bottom="{bottom}mm"/>'
            "</style:page-layout>"
            "</office:automatic-styles>"
            "<office:master-styles>"
            '<style:master-page style:name="Standard" style:page-layout-name="Page">'
            '<style:header><text:p text:style-name="Header">'
            f"{text(labels.running_title)}<text:tab/>"
            '<text:chapter text:display="name" text:outline-level="1"/></text:p></style:header>'
            f'<style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>'
            "</style:master-page>"
            '<style:master-page style:name="First_20_Page" style:display-name="First Page" '
            'style:page-layout-name="FirstPage" style:next-style-name="Standard"/>'
            "</office:master-styles></office:document-styles>"
        )

    def meta(self) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f"<office:document-meta {NAMESPACES}><office:meta>"
            f"<meta:generator>ABND Studio {escape(__version__)}</meta:generator>"
            f"<dc:title>{escape(self.report.title)}</dc:title>"
            f"<dc:language>{escape(self.report.language)}</dc:language>"
            "</office:meta></office:document-meta>"
        )

    def manifest(self) -> str:
        entries = [("/", MIMETYPE), ("content.xml", "text/xml"), ("styles.xml", "text/xml")]
        entries += [("meta.xml", "text/xml"), ("settings.xml", "text/xml")]
        entries += [(f"Pictures/{name}", "image/png") for name, _ in self.pictures]
        entries += [(f"Fonts/{name}", "application/x-font-ttf") for name in LAO_FONTS]
        version = ' manifest:version="1.3"'
        files = "".join(
            f'<manifest:file-entry manifest:full-path="{path}" manifest:media-type="{kind}"'
            f"{version if path == '/' else ''}/>"
            for path, kind in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            f' manifest:version="1.3">{files}</manifest:manifest>'
        )


def quote(family: str) -> str:
    return escape(f"'{family}'")


def _heading(
    level: int, points: float, above: str, page_break: bool
) -> tuple[str, str, str, str, str]:
    breaks = ' fo:break-before="page"' if page_break else ""
    return (
        f"Heading_20_{level}",
        f"Heading {level}",
        "Heading",
        f' style:default-outline-level="{level}" style:class="text"',
        f'<style:paragraph-properties fo:margin-top="{above}" fo:margin-bottom="2mm" '
        f'fo:keep-with-next="always"{breaks}/>'
        f"<style:text-properties {size(points)} {BOLD} {NAVY}/>",
    )


# name, display name, parent, attributes, properties
PARAGRAPH_STYLES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Text_20_body",
        "Text body",
        "Standard",
        ' style:class="text"',
        '<style:paragraph-properties fo:margin-top="0mm" fo:margin-bottom="1.8mm" '
        'fo:line-height="120%"/>',
    ),
    ("Heading", "Heading", "Standard", ' style:class="text"', ""),
    _heading(1, 17, "0mm", True),
    _heading(2, 13, "4mm", False),
    _heading(3, 11, "3mm", False),
    (
        "Title",
        "Title",
        "Standard",
        ' style:class="chapter"',
        '<style:paragraph-properties fo:margin-top="4mm" fo:margin-bottom="3mm"/>'
        f"<style:text-properties {size(24)} {BOLD} {NAVY}/>",
    ),
    (
        "Subtitle",
        "Subtitle",
        "Standard",
        ' style:class="chapter"',
        f"<style:text-properties {size(13)}/>",
    ),
    (
        "Cover_20_Status",
        "Cover Status",
        "Standard",
        "",
        '<style:paragraph-properties fo:margin-top="45mm"/>'
        f"<style:text-properties {size(12)} {BOLD}/>",
    ),
    (
        "Cover_20_Note",
        "Cover Note",
        "Standard",
        "",
        '<style:paragraph-properties fo:margin-top="10mm" fo:break-after="page"/>'
        f'<style:text-properties {size(9)} fo:color="#555555"/>',
    ),
    (
        "Caption",
        "Caption",
        "Standard",
        ' style:class="extra"',
        '<style:paragraph-properties fo:margin-top="2mm" fo:margin-bottom="1mm" '
        'fo:keep-with-next="always"/>'
        f"<style:text-properties {size(9)} {BOLD}/>",
    ),
    (
        "Table_20_Contents",
        "Table Contents",
        "Standard",
        ' style:class="extra"',
        f"<style:text-properties {size(8.5)}/>",
    ),
    (
        "Table_20_Heading",
        "Table Heading",
        "Table_20_Contents",
        ' style:class="extra"',
        f"<style:text-properties {BOLD}/>",
    ),
    (
        "List_20_Bullet",
        "List Bullet",
        "Text_20_body",
        ' style:class="list"',
        '<style:paragraph-properties fo:margin-bottom="1mm"/>',
    ),
    (
        "Contents_20_Heading",
        "Contents Heading",
        "Heading",
        ' style:class="index"',
        '<style:paragraph-properties fo:margin-bottom="4mm"/>'
        f"<style:text-properties {size(17)} {NAVY}/>",
    ),
    (
        "Contents_20_1",
        "Contents 1",
        "Standard",
        ' style:class="index"',
        '<style:paragraph-properties fo:margin-top="1.5mm"><style:tab-stops>'
        '<style:tab-stop style:position="170mm" style:type="right" style:leader-style="dotted" '
        'style:leader-text="."/></style:tab-stops></style:paragraph-properties>'
        f"<style:text-properties {BOLD}/>",
    ),
    (
        "Contents_20_2",
        "Contents 2",
        "Standard",
        ' style:class="index"',
        '<style:paragraph-properties fo:margin-left="6mm"><style:tab-stops>'
        '<style:tab-stop style:position="164mm" style:type="right" style:leader-style="dotted" '
        'style:leader-text="."/></style:tab-stops></style:paragraph-properties>',
    ),
    (
        "Header",
        "Header",
        "Standard",
        ' style:class="extra"',
        '<style:paragraph-properties fo:border-bottom="0.5pt solid #9a9a9a" '
        'fo:padding-bottom="1mm"><style:tab-stops>'
        '<style:tab-stop style:position="170mm" style:type="right"/></style:tab-stops>'
        "</style:paragraph-properties>"
        f'<style:text-properties {size(8)} fo:color="#555555"/>',
    ),
    (
        "Footer",
        "Footer",
        "Standard",
        ' style:class="extra"',
        '<style:paragraph-properties fo:text-align="center"/>'
        f'<style:text-properties {size(8)} fo:color="#555555"/>',
    ),
)

SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">'
    "<office:settings>"
    '<config:config-item-set config:name="ooo:configuration-settings">'
    '<config:config-item config:name="EmbedFonts" config:type="boolean">true</config:config-item>'
    "</config:config-item-set></office:settings></office:document-settings>"
)

__all__ = ["odt_bytes", "quoteattr"]
