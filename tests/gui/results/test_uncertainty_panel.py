"""Tornado and bands in the results tab: off the GUI thread, the engine's numbers, ranges saved."""

from __future__ import annotations

import numpy as np

from engine.analysis.setup import default_ranges, model_for
from engine.analysis.uncertainty import bands, tornado
from engine.domain.model import Range, Uncertainty
from engine.edits.commands import FIELD, Put
from gui.results.uncertainty_panel import RangesDialog


def show(window, qtbot, view: str):
    tab = window.results_tab
    window.tabs.setCurrentWidget(tab)
    tab.package.setCurrentIndex(tab.package.findData("high"))
    tab.year.setValue(2035)
    with qtbot.waitSignal(tab.uncertainty_ready, timeout=30000):
        tab.view.setCurrentIndex(tab.view.findData(view))
    return tab


def test_the_tornado_holds_the_engines_bars(window, qtbot) -> None:
    tab = show(window, qtbot, "sensitivity")
    central, bars = tornado(model_for(window.document.project, "variant"), "package", "high", 2035)
    assert tab.tornado.central == central
    assert [(b.assumption, b.low, b.high) for b in tab.tornado.bars] == [
        (b.assumption, b.low, b.high) for b in bars
    ]
    assert tab.charts.currentWidget() is tab.tornado


def test_bands_use_the_project_ranges_and_follow_them(window, qtbot) -> None:
    tab = show(window, qtbot, "bands")
    model = model_for(window.document.project, "pi95")
    expected = bands(model, "package", "high", default_ranges(), draws=10_000, seed=1)
    np.testing.assert_array_equal(tab.fan.levels[95], expected[95])
    np.testing.assert_array_equal(
        tab.fan.central, window.document.results.packages["high"]["pct_gdp"]
    )
    dialog = RangesDialog(window.document, tab)
    for low, high, _ in dialog.rows.values():
        low.setValue(0.0)
        high.setValue(0.0)
    with qtbot.waitSignal(tab.uncertainty_ready, timeout=30000):
        dialog.save()  # an edit: saved in the project, and the bands recompute
    stored = window.document.project.uncertainty
    assert isinstance(stored, Uncertainty) and stored.ranges[0] == Range("real_growth", 0.0, 0.0)
    for p in (5, 50, 95):  # zero-width ranges: the bands collapse onto the central path
        np.testing.assert_array_equal(tab.fan.levels[p], tab.fan.central)


def test_a_long_run_can_be_cancelled(window, qtbot) -> None:
    tab = window.results_tab
    many = {"ranges": [], "draws": 1_000_000, "seed": 1}
    window.document.apply(Put(FIELD, "uncertainty", many), "many draws")
    messages = []
    tab.message.connect(messages.append)
    tab.package.setCurrentIndex(tab.package.findData("high"))
    tab.view.setCurrentIndex(tab.view.findData("bands"))
    assert tab.cancel.isVisible() or tab.runner.running or messages
    tab.runner.cancel()
    qtbot.waitUntil(lambda: not tab.runner.running, timeout=30000)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages[-1] == "Stopped: the chart shows the last complete run."
