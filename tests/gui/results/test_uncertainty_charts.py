"""Charts of how sure the costs are: the tornado draws each assumption's bar from the central
value to its low and high output, largest swing on top; the fan draws the 5-95 and 25-75
bands around the median and the central path; each caption says it in numbers."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from engine.analysis.uncertainty import Bar
from gui.common.charts import format_value
from gui.results.uncertainty_charts import FanChart, TornadoChart

BARS = [
    Bar("benefit_level", "benefit level", -0.2, 0.2, 0.8, 1.2),
    Bar("take_up", "take-up", -0.2, 0.2, 0.85, 1.0),
    Bar("admin_rate", "administration rate", -0.05, 0.05, 1.0, 1.05),
]


@pytest.fixture
def tornado(qtbot) -> TornadoChart:
    chart = TornadoChart()
    qtbot.addWidget(chart)
    chart.show_bars(1.0, BARS, "% of GDP", "High: the full floor, 2035")
    return chart


def items(chart, kind) -> list:
    return [i for i in chart.plot.getPlotItem().items if isinstance(i, kind)]


def test_the_tornado_puts_the_largest_swing_on_top(tornado) -> None:
    ticks = dict(tornado.axis._tickLevels[0])
    assert ticks == {2.0: "benefit level", 1.0: "take-up", 0.0: "administration rate"}
    assert tornado.bars == BARS and tornado.central == 1.0


def test_each_bar_runs_from_the_central_value_to_the_low_and_high_outputs(tornado) -> None:
    low, high = items(tornado, pg.BarGraphItem)
    # low values 0.8, 0.85, 1.0: the bars run from them up to the centre 1.0
    np.testing.assert_array_equal(low.opts["x0"], [0.8, 0.85, 1.0])
    np.testing.assert_array_equal(low.opts["x1"], [1.0, 1.0, 1.0])
    # high values 1.2, 1.0, 1.05: from the centre up to them
    np.testing.assert_array_equal(high.opts["x0"], [1.0, 1.0, 1.0])
    np.testing.assert_array_equal(high.opts["x1"], [1.2, 1.0, 1.05])
    np.testing.assert_array_equal(low.opts["y"], [2, 1, 0])
    (centre,) = items(tornado, pg.InfiniteLine)
    assert centre.value() == 1.0


def test_the_tornado_caption_gives_each_range_in_numbers(tornado) -> None:
    text = tornado.caption.text()
    assert text.startswith(f"Central: {format_value(1.0, '% of GDP')}. Blue: the assumption")
    assert (
        f"<b>benefit level</b>: {format_value(0.8, '% of GDP')} … {format_value(1.2, '% of GDP')}"
        in text
    )
    assert text.count("<b>") == 3


def test_showing_new_bars_replaces_the_old_ones(tornado) -> None:
    tornado.show_bars(2.0, BARS[:1], "LAK", "again")
    assert len(items(tornado, pg.BarGraphItem)) == 2 and len(items(tornado, pg.InfiniteLine)) == 1
    assert dict(tornado.axis._tickLevels[0]) == {0.0: "benefit level"}


@pytest.fixture
def fan(qtbot) -> FanChart:
    chart = FanChart()
    qtbot.addWidget(chart)
    years = np.array([2025, 2026, 2027])
    levels = {
        5: np.array([0.9, 1.0, 1.1]),
        25: np.array([0.95, 1.1, 1.2]),
        50: np.array([1.0, 1.2, 1.3]),
        75: np.array([1.05, 1.3, 1.4]),
        95: np.array([1.1, 1.4, 1.6]),
    }
    chart.show_bands(years, np.array([1.0, 1.15, 1.25]), levels, "% of GDP", "High")
    return chart


def test_the_fan_shades_two_bands_around_the_median_and_the_central_path(fan) -> None:
    fills = items(fan, pg.FillBetweenItem)
    assert len(fills) == 2
    outer, inner = fills
    np.testing.assert_array_equal(outer.curves[0].yData, [0.9, 1.0, 1.1])
    np.testing.assert_array_equal(outer.curves[1].yData, [1.1, 1.4, 1.6])
    np.testing.assert_array_equal(inner.curves[0].yData, [0.95, 1.1, 1.2])
    lines = {i.name(): i for i in items(fan, pg.PlotDataItem) if i.name()}
    assert set(lines) == {"median of the draws", "central"}
    np.testing.assert_array_equal(lines["median of the draws"].yData, [1.0, 1.2, 1.3])
    np.testing.assert_array_equal(lines["central"].yData, [1.0, 1.15, 1.25])
    np.testing.assert_array_equal(lines["central"].xData, [2025, 2026, 2027])


def test_the_fan_caption_gives_the_last_years_bands(fan) -> None:
    unit = "% of GDP"
    assert fan.caption.text() == (
        f"In 2027: 90 % of the draws between {format_value(1.1, unit)} and "
        f"{format_value(1.6, unit)}; half between {format_value(1.2, unit)} and "
        f"{format_value(1.4, unit)}."
    )


def test_redrawing_the_fan_keeps_one_legend(fan) -> None:
    levels = {p: np.array([1.0, 1.0, 1.0]) for p in (5, 25, 50, 75, 95)}
    fan.show_bands(np.array([2025, 2026, 2027]), np.ones(3), levels, "% of GDP", "again")
    legend = fan.legend
    assert len(legend.items) == 2 and len(items(fan, pg.FillBetweenItem)) == 2
    legends = [i for i in fan.plot.scene().items() if isinstance(i, pg.LegendItem)]
    assert legends == [legend]  # one legend, the old one gone


def test_the_fan_legend_is_under_the_plot_not_over_the_data(fan) -> None:
    view = fan.plot.getPlotItem().vb.sceneBoundingRect()
    legend = fan.legend.sceneBoundingRect()
    assert legend.top() >= view.bottom()
