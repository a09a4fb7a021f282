"""The report's charts drawn for print: at their printed size and resolution, every word at
8 pt or more, the legend under the plot (outside the data), each scenario in its colour
with its own hatching (or dash) so a greyscale print tells them apart, the fiscal space
dashed."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from engine.domain.numbers import CONVENTIONS
from engine.report.document import Figure, FigureSeries, Tornado, TornadoBar
from gui.common.charts import ENVELOPE_COLOUR, PALETTE
from gui.report.figures import (
    HATCHES,
    TEXT_PT,
    Units,
    figure_layout,
    figure_png,
    figure_size_mm,
    legend_items,
    light,
    nice_ticks,
    tick_decimals,
)
from gui.report.fonts import load_fonts

FIGURE = Figure(
    title="Kids and pensions",
    unit="% of GDP",
    years=(2025, 2026, 2027),
    series=(
        FigureSeries("a", "A", 0, (1.0, 2.0, 3.0)),
        FigureSeries("b", "B", 1, (0.5, 0.5, 0.5)),
    ),
    stacked=True,
    envelope=(4.0, 4.0, 4.0),
    envelope_label="Fiscal space",
)


@pytest.fixture(scope="module")
def image(qapp) -> QImage:
    load_fonts()
    picture = QImage()
    assert picture.loadFromData(figure_png(FIGURE, CONVENTIONS["en"], dpi=150))
    return picture


def test_the_image_is_the_printed_size_at_its_resolution(image) -> None:
    size = figure_size_mm(FIGURE)
    assert (image.width(), image.height()) == (
        round(size.width() / 25.4 * 150),
        round(size.height() / 25.4 * 150),
    )
    assert round(image.dotsPerMeterX() * 0.0254) == 150


def test_text_is_never_under_8_points_at_the_printed_size() -> None:
    assert TEXT_PT >= 8
    units = Units(300)
    assert units.font().pixelSize() >= round(8 * 300 / 72)


def test_the_legend_sits_under_the_plot(qapp) -> None:
    load_fonts()
    units = Units(300)
    rect = QRectF(0, 0, 1900, 950)
    plot, legend = figure_layout(rect, ["0", "1", "2"], legend_items(FIGURE), units)
    assert legend.top() > plot.bottom() + units.pt(8)  # below the years under the axis
    assert legend.bottom() <= rect.bottom() and plot.top() > rect.top()


def test_series_are_told_apart_in_colour_and_in_greyscale(image) -> None:
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert counts[light(QColor(PALETTE[0])).name()] > 100  # the first layer, unhatched
    assert counts[light(QColor(PALETTE[1])).name()] > 20  # the second, hatched
    assert counts[ENVELOPE_COLOUR.lower()] > 0  # the dashed fiscal-space line
    assert len(set(HATCHES)) == len(HATCHES)  # every layer its own hatching
    grey = [QColor(light(QColor(c))).lightness() for c in PALETTE[:2]]
    assert grey[0] != grey[1]


def test_ticks_are_round_numbers_with_the_decimals_they_need() -> None:
    assert nice_ticks(0, 0.9) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert tick_decimals([0.0, 0.25, 0.5]) == 2 and tick_decimals([0, 10, 20]) == 0


def test_a_tornado_has_a_row_per_assumption(qapp) -> None:
    load_fonts()
    tornado = Tornado(
        unit="% of GDP",
        central=0.5,
        bars=(TornadoBar("growth", 0.6, 0.4), TornadoBar("take-up", 0.45, 0.55)),
        low_label="Low",
        high_label="High",
        central_label="Central",
    )
    picture = QImage()
    assert picture.loadFromData(figure_png(tornado, CONVENTIONS["en"], dpi=100))
    assert (
        figure_size_mm(tornado).height()
        > figure_size_mm(Tornado("%", 0.5, (), "Low", "High", "Central")).height()
    )
