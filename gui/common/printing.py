"""File > Print: what a tab shows, as a document on paper (or a PDF), in the user's
language and number conventions.

A tab gives HTML (headings, tables from its models, its chart as a picture); Qt lays
it out over as many pages as it needs.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

CHART_RESOURCE = "chart.png"
PRINT_SCALE = 2  # charts are drawn at twice their screen size so print stays sharp


def model_table(model: QAbstractItemModel, rows: list[int] | None = None) -> str:
    """An HTML table of what a model shows: its headers and its displayed cells."""
    columns = range(model.columnCount())
    head = "".join(
        f"<th>{html.escape(str(model.headerData(c, Qt.Orientation.Horizontal) or ''))}</th>"
        for c in columns
    )
    body = []
    for r in rows if rows is not None else range(model.rowCount()):
        cells = []
        for c in columns:
            value = model.data(model.index(r, c))
            align = model.data(model.index(r, c), Qt.ItemDataRole.TextAlignmentRole)
            right = align is not None and int(align) & int(Qt.AlignmentFlag.AlignRight)
            style = " align='right'" if right else ""
            cells.append(f"<td{style}>{html.escape('' if value is None else str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def chart_image(widget: QWidget) -> QImage:
    """The chart drawn at print resolution."""
    size = widget.size() * PRINT_SCALE
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PRINT_SCALE)
    image.fill(Qt.GlobalColor.white)
    widget.render(image)
    return image


def document(body_html: str, chart: QWidget | None = None) -> QTextDocument:
    """The page content: ``body_html``, where ``<img src='chart.png'>`` is the chart."""
    page = QTextDocument()
    if chart is not None:
        page.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(CHART_RESOURCE), chart_image(chart)
        )
    page.setHtml(body_html)
    return page


def print_html(body_html: str, printer: QPrinter, chart: QWidget | None = None) -> None:
    document(body_html, chart).print_(printer)
