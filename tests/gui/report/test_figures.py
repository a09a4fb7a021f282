"""The report's figures drawn offscreen at print size by the results tab's own chart: each
scenario in its colour, stacked, with the fiscal-space line."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor

from engine.report.document import Figure, FigureSeries
from gui.common.charts import ENVELOPE_COLOUR, PALETTE
from gui.report.figures import figure_image


def blend(colour: str, alpha: int) -> str:
    """The colour of a fill of ``colour`` at ``alpha`` (0-255) over the white page."""
    base = QColor(colour)
    mix = [round(c * alpha / 255 + 255 * (1 - alpha / 255)) for c in base.getRgb()[:3]]
    return QColor(*mix).name()


@pytest.fixture(scope="module")
def colours(qapp) -> tuple[Counter, tuple[int, int]]:
    figure = Figure(
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
    image = figure_image(figure)
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    return counts, (image.width(), image.height())


def test_the_image_is_print_size(colours) -> None:
    _, size = colours
    assert size == (1240, 680)


def test_each_series_and_the_envelope_are_drawn_in_their_colours(colours) -> None:
    counts, _ = colours
    assert counts[PALETTE[0].lower()] > 100 and counts[PALETTE[1].lower()] > 100  # the lines
    assert counts[ENVELOPE_COLOUR.lower()] > 0  # the dashed fiscal-space line


def test_stacked_areas_are_in_proportion_to_the_values(colours) -> None:
    counts, _ = colours
    first, second = counts[blend(PALETTE[0], 0xB0)], counts[blend(PALETTE[1], 0xB0)]
    # areas under the curves, by the trapezoid rule: A = 1.5 + 2.5 = 4, B = 0.5 x 2 = 1
    assert 3.5 < first / second < 4.5
