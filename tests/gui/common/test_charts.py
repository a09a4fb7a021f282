"""Cost charts: series over the years stacked or as lines, each scenario in its palette colour;
hiding a series from the legend takes it out of the stack's total; the read-out gives the exact
values of a year; bars compare packages against their fiscal space."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from engine.method.compute import compute
from engine.report.document import FigureSeries
from gui.common.charts import (
    ENVELOPE_KEY,
    PALETTE,
    BarChart,
    FinancingChart,
    NumberAxis,
    Series,
    TimeChart,
    YearAxis,
    colour_for,
    format_value,
    scenario_series,
    series_from,
)
from tests.engine.builders import build, scenario

NBSP = "\u00a0"
YEARS = np.array([2025, 2026, 2027])


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


def two_series() -> list[Series]:
    return [
        Series("a", "Child benefit", colour_for(0), np.array([1.0, 2.0, 3.0])),
        Series("b", "Pension", colour_for(1), np.array([0.5, np.nan, 0.5])),
    ]


@pytest.fixture
def chart(qtbot) -> TimeChart:
    widget = TimeChart()
    qtbot.addWidget(widget)
    return widget


def test_colours_follow_the_palette_and_wrap_around() -> None:
    assert [colour_for(i) for i in range(3)] == list(PALETTE[:3])
    assert colour_for(8) == PALETTE[0] and colour_for(11) == PALETTE[3]


def test_engine_series_keep_their_scenarios_colour() -> None:
    (only,) = series_from([FigureSeries("c", "C", 9, (1.0, 2.0))])
    assert (only.key, only.label, only.colour) == ("c", "C", PALETTE[1])
    np.testing.assert_array_equal(only.values, [1.0, 2.0])
    benefit = {"type": "fixed", "monthly_amount": 1}
    project = build(
        scenarios=[
            scenario("x", "age_cash", ages=[0, 0], benefit=benefit),
            scenario("y", "age_cash", ages=[1, 1], benefit=benefit),
        ]
    )
    (y,) = scenario_series(project, compute(project), {"y"}, "total_cost")
    assert y.colour == PALETTE[1]  # second in the project, even when alone in the chart
    np.testing.assert_array_equal(y.values, [24_000] * 3)  # 2,000 persons x 12


def test_axes_label_ticks_with_separators_and_whole_years(qapp) -> None:
    axis = NumberAxis("left", 2)
    assert axis.tickStrings([1000.0, 2500.6], 1, 500) == ["1,000", "2,501"]
    assert axis.tickStrings([0.25, 0.5], 1, 0.25) == ["0.25", "0.50"]
    assert YearAxis("bottom").tickStrings([2025.0, 2025.5, 2026.0], 1, 0.5) == ["2025", "", "2026"]


@pytest.mark.parametrize(
    "value, unit, text",
    [
        (1.23456, "% of GDP", f"1.235{NBSP}%"),
        (1234567.4, "LAK", "1,234,567 LAK"),
        (12.0, "", "12"),
        (float("nan"), "LAK", "—"),
    ],
)
def test_values_read_in_their_unit(value, unit, text) -> None:
    assert format_value(value, unit) == text


def test_a_stack_draws_each_layer_on_the_one_below(chart) -> None:
    envelope = np.array([4.0, 4.0, 3.5])
    chart.show_series(
        YEARS, two_series(), stacked=True, unit="% of GDP", title="T", envelope=envelope
    )
    np.testing.assert_array_equal(chart.curves["a"].yData, [1.0, 2.0, 3.0])
    np.testing.assert_array_equal(chart.curves["b"].yData, [1.5, 2.0, 3.5])  # NaN stacks as 0
    np.testing.assert_array_equal(chart.visible_values("b"), [0.5, 0.0, 0.5])
    np.testing.assert_array_equal(chart.stacked_total(), [1.5, 2.0, 3.5])
    np.testing.assert_array_equal(chart.curves[ENVELOPE_KEY].yData, envelope)
    assert chart.curves["a"].opts["pen"].color().name() == PALETTE[0].lower()
    fills = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.FillBetweenItem)]
    assert len(fills) == 2


def test_lines_keep_each_series_as_it_is(chart) -> None:
    chart.show_series(YEARS, two_series(), stacked=False, unit="LAK", title="Lines")
    np.testing.assert_array_equal(chart.visible_values("a"), [1.0, 2.0, 3.0])
    assert np.isnan(chart.curves["b"].yData[1])  # no value: a gap, not a zero
    assert ENVELOPE_KEY not in chart.curves


def test_hiding_a_layer_takes_it_out_of_the_total_and_the_readout(chart, qtbot) -> None:
    chart.show_series(YEARS, two_series(), stacked=True, unit="% of GDP", title="T")
    chart.set_hidden("a", True)
    qtbot.waitUntil(lambda: not np.array_equal(chart.stacked_total(), [1.5, 2.0, 3.5]))
    assert chart.hidden == {"a"}
    np.testing.assert_array_equal(chart.stacked_total(), [0.5, 0.0, 0.5])
    assert "Child benefit" not in chart.readout_text(2027)
    chart.show_series(YEARS, two_series()[1:], stacked=True, unit="% of GDP", title="T")
    assert chart.hidden == set()  # a series no longer shown is forgotten


def test_the_readout_gives_each_value_the_total_and_the_fiscal_space(chart) -> None:
    envelope = np.array([4.0, 4.0, 3.5])
    chart.show_series(
        YEARS, two_series(), stacked=True, unit="% of GDP", title="T", envelope=envelope
    )
    text = chart.readout_text(2026)
    assert text.startswith("<b>2026</b>")
    assert f"Child benefit: 2.000{NBSP}%" in text
    assert "Pension: —" in text  # no value that year
    assert f"<b>total</b>: 2.000{NBSP}%" in text  # 2.0 + nothing
    assert f"fiscal space: 4.000{NBSP}%" in text
    assert chart.readout.text() == chart.readout_text(2027)  # the last year at first


def test_bars_compare_packages_with_their_envelopes(qtbot) -> None:
    bars = BarChart()
    qtbot.addWidget(bars)
    bars.show_bars(["Low", "High"], [0.8, float("nan")], [1.0, None], unit="% of GDP", title="2035")
    np.testing.assert_array_equal(bars.values[:1], [0.8])
    items = bars.plot.getPlotItem().items
    (graph,) = [i for i in items if isinstance(i, pg.BarGraphItem)]
    np.testing.assert_array_equal(graph.opts["height"], [0.8, 0.0])  # NaN drawn as 0
    envelopes = [i for i in items if isinstance(i, pg.PlotDataItem)]
    assert len(envelopes) == 1 and list(envelopes[0].yData) == [1.0, 1.0]
    labels = [i.toPlainText() for i in items if isinstance(i, pg.TextItem)]
    assert labels == ["0.800 %", "—"]  # the text item reads its no-break space as a space
    assert bars.axis._tickLevels == [[(0, "Low"), (1, "High")]]


def test_the_legend_sits_under_the_plot_never_over_the_data(chart, qtbot) -> None:
    """The legend has its own row below the plot (and the year axis), whatever the data."""
    chart.resize(600, 400)
    chart.show()
    qtbot.waitExposed(chart)
    envelope = np.array([4.0, 4.0, 3.5])
    chart.show_series(
        YEARS, two_series(), stacked=True, unit="% of GDP", title="T", envelope=envelope
    )
    QApplication.processEvents()
    plot = chart.plot.getPlotItem()
    legend = chart.legend.sceneBoundingRect()
    assert legend.top() >= plot.vb.sceneBoundingRect().bottom()
    assert legend.bottom() <= chart.plot.sceneRect().bottom() + 1
    assert len(chart.legend.items) == 3  # two series and the fiscal space


def test_a_financing_chart_stacks_sources_against_the_cost_with_the_gap(qtbot) -> None:
    chart = FinancingChart()
    qtbot.addWidget(chart)
    sources = [
        Series("tax", "Tax", colour_for(0), np.array([1.0, 2.0, 3.0])),
        Series("aid", "Aid", colour_for(1), np.array([1.0, 1.0, 0.5])),
    ]
    cost = np.array([3.0, 3.0, 3.0])
    chart.show_financing(YEARS, sources, cost, unit="% of GDP", title="Floor")
    np.testing.assert_array_equal(chart.stacked_total(), [2.0, 3.0, 3.5])
    np.testing.assert_array_equal(chart.curves[ENVELOPE_KEY].yData, cost)
    assert chart.curves[ENVELOPE_KEY].name() == "Cost of the package"
    first = chart.readout_text(2025)
    assert f"<b>financing</b>: 2.000{NBSP}%" in first and f"cost: 3.000{NBSP}%" in first
    assert f"<b>gap</b>: 1.000{NBSP}%" in first
    assert f"<b>surplus</b>: 0.500{NBSP}%" in chart.readout_text(2027)
    chart.set_hidden("aid", True)  # a source taken out from the legend widens the gap
    qtbot.waitUntil(lambda: "aid" in chart.hidden)
    assert f"<b>gap</b>: 1.000{NBSP}%" in chart.readout_text(2026)


def test_new_values_move_the_items_data_and_a_new_shape_rebuilds_them(chart) -> None:
    """An edit gives new values for the same series: the same curves take the new data
    (setData) and the stack's layers and total follow; other series rebuild the chart."""
    envelope = np.array([4.0, 4.0, 3.5])
    chart.show_series(YEARS, two_series(), stacked=True, unit="% of GDP", title="T")
    curves = dict(chart.curves)
    moved = [
        Series("a", "Child benefit", colour_for(0), np.array([2.0, 2.0, 2.0])),
        Series("b", "Pension", colour_for(1), np.array([1.0, 1.0, np.nan])),
    ]
    chart.show_series(YEARS, moved, stacked=True, unit="% of GDP", title="T")
    assert all(chart.curves[key] is curve for key, curve in curves.items())
    np.testing.assert_array_equal(chart.stacked_total(), [3.0, 3.0, 2.0])
    np.testing.assert_array_equal(chart.visible_values("b"), [1.0, 1.0, 0.0])
    assert "3.000" in chart.readout_text(2026)
    fills = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.FillBetweenItem)]
    assert len(fills) == 2  # the fills were not drawn twice
    chart.show_series(
        YEARS, moved, stacked=True, unit="% of GDP", title="T", envelope=envelope
    )  # a new item: rebuilt
    assert chart.curves["a"] is not curves["a"]
    np.testing.assert_array_equal(chart.curves[ENVELOPE_KEY].yData, envelope)
