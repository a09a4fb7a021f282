"""A chart out of the window: as PNG or SVG bytes, on the clipboard (both, so a slide
gets vectors and an image editor a bitmap), or on paper.

Qt's SVG generator draws the view directly: pyqtgraph's own SVG exporter cannot read
the path syntax of this Qt version.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QRectF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

SVG_MIME = "image/svg+xml"


def svg_bytes(widget: QWidget) -> bytes:
    """The widget drawn as vectors (text stays text, lines stay lines)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(widget.rect())
    generator.setTitle(widget.window().windowTitle())
    painter = QPainter(generator)
    try:
        if isinstance(widget, QGraphicsView):  # a plot: its scene's items, as vectors
            widget.render(painter)
        else:
            widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return bytes(buffer.data().data())


def png_bytes(widget: QWidget) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    return bytes(buffer.data().data())


def copy_to_clipboard(widget: QWidget) -> QMimeData:
    """The chart on the clipboard as a bitmap and as SVG vectors."""
    data = QMimeData()
    data.setImageData(widget.grab().toImage())
    data.setData(SVG_MIME, svg_bytes(widget))
    QGuiApplication.clipboard().setMimeData(data)
    return data


def print_widget(widget: QWidget, printer: QPrinter) -> None:
    """The chart on one page, as large as fits, keeping its shape; vectors in a PDF."""
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if widget.width() >= widget.height()
        else QPageLayout.Orientation.Portrait
    )
    painter = QPainter(printer)
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        if isinstance(widget, QGraphicsView):  # a plot: its scene, as vectors
            widget.render(painter, QRectF(0, 0, page.width(), page.height()))
        else:
            scale = min(page.width() / widget.width(), page.height() / widget.height())
            painter.scale(scale, scale)
            widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
