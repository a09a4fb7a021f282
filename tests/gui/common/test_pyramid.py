"""The population pyramid for one year: men to the left, women to the right, persons read
as positive numbers on both sides, unknown cells drawn as nothing, axes fitted to the widest
bar."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale

from gui.common.pyramid import MEN_COLOUR, WOMEN_COLOUR, AbsoluteAxis, PyramidPlot


@pytest.fixture
def pyramid(qtbot) -> PyramidPlot:
    plot = PyramidPlot()
    qtbot.addWidget(plot)
    return plot


def test_women_go_right_and_men_left_of_zero(pyramid) -> None:
    women = np.arange(101, dtype=float) * 10  # 0, 10, ..., 1,000
    men = np.full(101, 400.0)
    men[100] = np.nan  # not given: drawn as nothing
    pyramid.show_year(2030, women, men)
    np.testing.assert_array_equal(pyramid.women.opts["x0"], np.zeros(101))
    np.testing.assert_array_equal(pyramid.women.opts["x1"], women)
    np.testing.assert_array_equal(pyramid.men.opts["x0"][:100], np.full(100, -400.0))
    assert pyramid.men.opts["x0"][100] == 0
    np.testing.assert_array_equal(pyramid.men.opts["y"], np.arange(101))
    drawn_women, drawn_men = pyramid.plotted()
    np.testing.assert_array_equal(drawn_women, women)
    assert drawn_men[0] == 400 and drawn_men[100] == 0


def test_the_title_names_the_year_and_the_axes_fit_the_widest_bar(pyramid) -> None:
    pyramid.show_year(2040, np.full(101, 1000.0), np.full(101, 2000.0))
    assert pyramid.title == "Population by age and sex, 2040"
    (x_low, x_high), (y_low, y_high) = pyramid.getPlotItem().viewRange()
    assert (x_low, x_high) == pytest.approx((-2100.0, 2100.0))  # 5 % beyond the widest
    assert (y_low, y_high) == pytest.approx((-1, 101))


def test_an_empty_year_still_has_a_usable_axis(pyramid) -> None:
    pyramid.show_year(2025, np.zeros(101), np.full(101, np.nan))
    (x_low, x_high), _ = pyramid.getPlotItem().viewRange()
    assert (x_low, x_high) == pytest.approx((-1.0, 1.0))


def test_colours_tell_men_and_women_apart(pyramid) -> None:
    assert pyramid.men.opts["brush"] == MEN_COLOUR
    assert pyramid.women.opts["brush"] == WOMEN_COLOUR
    assert MEN_COLOUR != WOMEN_COLOUR


def test_persons_read_as_positive_numbers_on_both_sides(qapp) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    try:
        axis = AbsoluteAxis("bottom")
        assert axis.tickStrings([-2000.0, 0.0, 1500.4], 1, 500) == ["2,000", "0", "1,500"]
    finally:
        QLocale.setDefault(before)
