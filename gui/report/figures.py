"""The report's charts drawn for print with QPainter: the same drawing is vector in the PDF
(painted on the PDF's own painter) and an image at print resolution in DOCX and ODT.

Sizes are in points at the printed size, so text is never under 8 pt whatever the
resolution. The legend sits under the plot, outside the data. Colours are the
Okabe-Ito palette of the window's charts (distinguishable with every common
colour-vision deficiency); each stacked layer also has its own hatching and each
line its own dash pattern, so a greyscale print tells them apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from engine.domain.numbers import Conventions, decimals_needed, format_number
from engine.report.document import Figure, Tornado
from gui.common.charts import ENVELOPE_COLOUR, PALETTE

TEXT_PT = 8.5  # every word in a chart: ticks, legend, axis title (at least 8 pt printed)
TEXT_COLOUR = QColor("#1a1a1a")
GRID_COLOUR = QColor("#d0d0d0")
AXIS_COLOUR = QColor("#555555")
HATCHES = (
    Qt.BrushStyle.NoBrush,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.CrossPattern,
)
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans Lao"]
FIGURE_SIZE_MM = (165.0, 82.0)  # width, height on the page
TORNADO_ROW_MM = 8.0


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def hatch(index: int) -> Qt.BrushStyle:
    return HATCHES[index % len(HATCHES)]


def dash(index: int) -> Qt.PenStyle:
    return DASHES[index % len(DASHES)]


@dataclass(frozen=True)
class Units:
    """Points to device pixels for a painter of ``dpi`` dots per inch."""

    dpi: float

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def font(self, points: float = TEXT_PT, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(max(1, round(self.pt(points))))
        font.setBold(bold)
        return font


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering ``low``-``high`` (1, 2, 2.5 or 5 times a power of ten)."""
    if not math.isfinite(low) or not math.isfinite(high) or high <= low:
        high = low + 1.0
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 12))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 12))
    return ticks


def tick_decimals(ticks: Sequence[float]) -> int:
    """The decimals every tick needs (0.25 needs two), the same for all."""
    return max((min(4, decimals_needed(t, 10)) for t in ticks), default=0)


@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: QColor
    hatch: Qt.BrushStyle | None  # a filled swatch, else a line
    dash: Qt.PenStyle = Qt.PenStyle.SolidLine


def draw_legend(painter: QPainter, area: QRectF, items: list[LegendItem], u: Units) -> None:
    """Entries left to right, wrapping to new rows, inside ``area`` (under the plot)."""
    painter.setFont(u.font())
    metrics = QFontMetricsF(painter.font())
    swatch, gap, line_height = u.pt(14), u.pt(4), metrics.height() * 1.35
    x, y = area.left(), area.top()
    for item in items:
        width = swatch + gap + metrics.horizontalAdvance(item.label) + u.pt(12)
        if x + width > area.right() and x > area.left():
            x, y = area.left(), y + line_height
        box = QRectF(x, y + (line_height - u.pt(8)) / 2, swatch, u.pt(8))
        if item.hatch is not None:
            fill_swatch(painter, box, item.colour, item.hatch, u)
        else:
            painter.setPen(line_pen(item.colour, item.dash, u))
            painter.drawLine(
                QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y())
            )
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(x + swatch + gap, y, width, line_height),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            item.label,
        )
        x += width


def legend_height(items: list[LegendItem], width: float, u: Units) -> float:
    metrics = QFontMetricsF(u.font())
    swatch, gap, line_height = u.pt(14), u.pt(4), metrics.height() * 1.35
    rows, x = 1, 0.0
    for item in items:
        item_width = swatch + gap + metrics.horizontalAdvance(item.label) + u.pt(12)
        if x + item_width > width and x > 0:
            rows, x = rows + 1, 0.0
        x += item_width
    return rows * line_height if items else 0.0


def fill_swatch(
    painter: QPainter, box: QRectF, fill: QColor, style: Qt.BrushStyle, u: Units
) -> None:
    painter.setPen(QPen(fill.darker(140), u.pt(0.5)))
    painter.setBrush(QBrush(light(fill)))
    painter.drawRect(box)
    if style != Qt.BrushStyle.NoBrush:
        painter.setBrush(hatch_brush(fill, style, u))
        painter.drawRect(box)


def light(fill: QColor) -> QColor:
    """The area's colour: the palette colour, lighter so hatching and text stay readable."""
    mixed = QColor(fill)
    mixed.setRgbF(
        0.35 + 0.65 * fill.redF(), 0.35 + 0.65 * fill.greenF(), 0.35 + 0.65 * fill.blueF()
    )
    return mixed


def hatch_brush(fill: QColor, style: Qt.BrushStyle, u: Units) -> QBrush:
    brush = QBrush(fill.darker(170), style)
    scale = u.dpi / 96.0  # Qt's patterns are 8 device pixels: keep them the same size in print
    transform = brush.transform()
    transform.scale(scale, scale)
    brush.setTransform(transform)
    return brush


def line_pen(fill: QColor, style: Qt.PenStyle, u: Units, width_pt: float = 1.6) -> QPen:
    pen = QPen(fill, u.pt(width_pt))
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def draw_figure(
    painter: QPainter, rect: QRectF, figure: Figure, dpi: float, convention: Conventions
) -> None:
    """A chart over the years in ``rect`` (device pixels of ``painter``)."""
    u = Units(dpi)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(u.font())
    metrics = QFontMetricsF(painter.font())
    years = figure.years
    values = [list(s.values) for s in figure.series]
    if figure.stacked:
        tops: list[list[float]] = []
        below = [0.0] * len(years)
        for layer in values:
            top = [b + (v if math.isfinite(v) else 0.0) for b, v in zip(below, layer, strict=True)]
            tops.append(top)
            below = top
        highest = max((max(t) for t in tops), default=0.0)
        lowest = 0.0
    else:
        finite = [v for line in values for v in line if math.isfinite(v)]
        highest, lowest = max(finite, default=1.0), min(0.0, *finite) if finite else 0.0
    if figure.envelope is not None:
        highest = max(highest, *figure.envelope)
    headroom = (highest - lowest) * 0.06
    ticks = nice_ticks(lowest, highest + headroom if highest > lowest else lowest + 1.0)
    decimals = tick_decimals(ticks)
    labels = [format_number(t, decimals, convention) for t in ticks]
    items = legend_items(figure)
    plot, legend_area = figure_layout(rect, labels, items, u)
    unit_height = metrics.height() * 1.3
    left = plot.left()
    painter.setPen(TEXT_COLOUR)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), unit_height),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        figure.unit,
    )

    def x_of(i: float) -> float:
        span = max(1, len(years) - 1)
        return plot.left() + plot.width() * i / span

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * (v - ticks[0]) / (ticks[-1] - ticks[0])

    for tick, text in zip(ticks, labels, strict=True):
        y = y_of(tick)
        painter.setPen(QPen(GRID_COLOUR, u.pt(0.5)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(
                rect.left(),
                y - metrics.height() / 2,
                left - rect.left() - u.pt(4),
                metrics.height(),
            ),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
    if figure.stacked:
        below = [0.0] * len(years)
        for index, (series, top) in enumerate(zip(figure.series, tops, strict=True)):
            area = QPolygonF(
                [QPointF(x_of(i), y_of(v)) for i, v in enumerate(top)]
                + [QPointF(x_of(i), y_of(v)) for i, v in reversed(list(enumerate(below)))]
            )
            fill = colour(series.colour_index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(light(fill)))
            painter.drawPolygon(area)
            style = hatch(series.colour_index)
            if style != Qt.BrushStyle.NoBrush:
                painter.setBrush(hatch_brush(fill, style, u))
                painter.drawPolygon(area)
            painter.setPen(line_pen(fill.darker(130), Qt.PenStyle.SolidLine, u, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([QPointF(x_of(i), y_of(v)) for i, v in enumerate(top)]))
            below = top
            del index
    else:
        for series in figure.series:
            path = QPainterPath()
            started = False
            for i, v in enumerate(series.values):
                if not math.isfinite(v):
                    started = False
                    continue
                point = QPointF(x_of(i), y_of(v))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            painter.setPen(line_pen(colour(series.colour_index), dash(series.colour_index), u, 1.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
    if figure.envelope is not None:
        painter.setPen(line_pen(QColor(ENVELOPE_COLOUR), Qt.PenStyle.DashLine, u, 2.0))
        painter.drawPolyline(
            QPolygonF([QPointF(x_of(i), y_of(v)) for i, v in enumerate(figure.envelope)])
        )
    painter.setPen(QPen(AXIS_COLOUR, u.pt(0.8)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    step = year_step(len(years))
    painter.setPen(TEXT_COLOUR)
    for i, year in enumerate(years):
        if (year % step and i not in (0, len(years) - 1)) or (
            i == len(years) - 1 and year % step and len(years) > step and (year % step) < step / 2
        ):
            continue
        x = x_of(i)
        painter.setPen(QPen(AXIS_COLOUR, u.pt(0.8)))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + u.pt(3)))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(x - u.pt(30), plot.bottom() + u.pt(4), u.pt(60), metrics.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            str(year),
        )
    draw_legend(painter, legend_area, items, u)
    painter.restore()


def figure_layout(
    rect: QRectF, tick_labels: list[str], items: list[LegendItem], u: Units
) -> tuple[QRectF, QRectF]:
    """The plot's rectangle and the legend's under it: the unit above the plot, tick
    labels left of it and years under it, then the legend, outside the data."""
    metrics = QFontMetricsF(u.font())
    legend = legend_height(items, rect.width(), u)
    unit_height = metrics.height() * 1.3
    left = rect.left() + max(metrics.horizontalAdvance(text) for text in tick_labels) + u.pt(6)
    right = rect.right() - metrics.horizontalAdvance("0000") / 2 - u.pt(2)  # the last year
    top = rect.top() + unit_height + metrics.height() / 2
    bottom = rect.bottom() - metrics.height() * 1.6 - u.pt(8) - legend
    plot = QRectF(left, top, right - left, bottom - top)
    return plot, QRectF(left, rect.bottom() - legend, rect.right() - left, legend)


def year_step(count: int) -> int:
    return 1 if count <= 12 else 5 if count <= 60 else 10


def legend_items(figure: Figure) -> list[LegendItem]:
    items = [
        LegendItem(
            s.label,
            colour(s.colour_index),
            hatch(s.colour_index) if figure.stacked else None,
            dash(s.colour_index),
        )
        for s in figure.series
    ]
    if figure.envelope is not None:
        items.append(
            LegendItem(figure.envelope_label, QColor(ENVELOPE_COLOUR), None, Qt.PenStyle.DashLine)
        )
    return items


def draw_tornado(
    painter: QPainter, rect: QRectF, tornado: Tornado, dpi: float, convention: Conventions
) -> None:
    """One bar per assumption from its low to its high value, the central value marked."""
    u = Units(dpi)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(u.font())
    metrics = QFontMetricsF(painter.font())
    values = [v for bar in tornado.bars for v in (bar.low, bar.high)] + [tornado.central]
    finite = [v for v in values if math.isfinite(v)]
    ticks = nice_ticks(min(finite, default=0.0), max(finite, default=1.0))
    decimals = tick_decimals(ticks)
    items = [
        LegendItem(tornado.low_label, colour(4), hatch(1)),
        LegendItem(tornado.high_label, colour(0), Qt.BrushStyle.NoBrush),
        LegendItem(tornado.central_label, TEXT_COLOUR, None, Qt.PenStyle.DashLine),
    ]
    legend = legend_height(items, rect.width(), u)
    label_width = min(
        rect.width() * 0.4,
        max((metrics.horizontalAdvance(b.label) for b in tornado.bars), default=0.0) + u.pt(8),
    )
    plot = QRectF(
        rect.left() + label_width,
        rect.top() + metrics.height() * 1.3,
        rect.width() - label_width - u.pt(10),
        rect.height() - metrics.height() * 2.9 - u.pt(8) - legend,
    )
    painter.setPen(TEXT_COLOUR)
    painter.drawText(
        QRectF(plot.left(), rect.top(), plot.width(), metrics.height() * 1.3),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        tornado.unit,
    )

    def x_of(v: float) -> float:
        return plot.left() + plot.width() * (v - ticks[0]) / (ticks[-1] - ticks[0])

    for tick in ticks:
        x = x_of(tick)
        painter.setPen(QPen(GRID_COLOUR, u.pt(0.5)))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(x - u.pt(30), plot.bottom() + u.pt(3), u.pt(60), metrics.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            format_number(tick, decimals, convention),
        )
    rows = max(1, len(tornado.bars))
    row = plot.height() / rows
    centre = x_of(tornado.central)
    for i, bar in enumerate(tornado.bars):
        top = plot.top() + i * row + row * 0.18
        height = row * 0.64
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(rect.left(), plot.top() + i * row, label_width - u.pt(6), row),
            int(
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            ),
            bar.label,
        )
        for value, fill, style in (
            (bar.low, colour(4), hatch(1)),
            (bar.high, colour(0), Qt.BrushStyle.NoBrush),
        ):
            if not math.isfinite(value):
                continue
            box = QRectF(min(centre, x_of(value)), top, abs(x_of(value) - centre), height)
            fill_swatch(painter, box, fill, style, u)
    painter.setPen(line_pen(TEXT_COLOUR, Qt.PenStyle.DashLine, u, 1.0))
    painter.drawLine(QPointF(centre, plot.top()), QPointF(centre, plot.bottom()))
    painter.setPen(QPen(AXIS_COLOUR, u.pt(0.8)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    legend_area = QRectF(plot.left(), rect.bottom() - legend, plot.width(), legend)
    draw_legend(painter, legend_area, items, u)
    painter.restore()


def figure_size_mm(block: Figure | Tornado) -> QSizeF:
    width, height = FIGURE_SIZE_MM
    if isinstance(block, Tornado):
        height = 22.0 + TORNADO_ROW_MM * len(block.bars)
    return QSizeF(width, height)


def draw_block(
    painter: QPainter, rect: QRectF, block: Figure | Tornado, dpi: float, convention: Conventions
) -> None:
    if isinstance(block, Tornado):
        draw_tornado(painter, rect, block, dpi, convention)
    else:
        draw_figure(painter, rect, block, dpi, convention)


def figure_png(block: Figure | Tornado, convention: Conventions, dpi: float = 220.0) -> bytes:
    """The chart as a PNG at ``dpi`` for its printed size (DOCX and ODT embed it)."""
    size = figure_size_mm(block)
    width = round(size.width() / 25.4 * dpi)
    height = round(size.height() / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    draw_block(painter, QRectF(0, 0, width, height), block, dpi, convention)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
    buffer.close()
    return bytes(buffer.data().data())
