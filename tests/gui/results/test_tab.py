"""The results tab: chart items hold the engine's numbers; exports open and agree with compute."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from engine.method.compute import compute
from engine.store.files import read_project
from gui.common.charts import ENVELOPE_KEY
from gui.common.tsv import from_tsv
from gui.results.table import KEY_ROLE
from main import main


def results_tab(window, view: str, measure: str = "pct_gdp", package: str = "high"):
    tab = window.results_tab
    window.tabs.setCurrentWidget(tab)
    tab.package.setCurrentIndex(tab.package.findData(package))
    tab.measure.setCurrentIndex(tab.measure.findData(measure))
    tab.view.setCurrentIndex(tab.view.findData(view))
    tab.redraw()
    return tab


def test_lines_hold_each_scenarios_results(window) -> None:
    tab = results_tab(window, "scenarios")
    chart = tab.time_chart
    results = window.document.results
    for scenario_id, table in results.scenarios.items():
        np.testing.assert_array_equal(chart.visible_values(scenario_id), table["pct_gdp"])
    np.testing.assert_array_equal(chart.curves["child-benefit"].xData, results.years)


def test_a_stacked_package_sums_its_members_and_shows_its_envelope(window, qtbot) -> None:
    tab = results_tab(window, "package", package="high")
    chart = tab.time_chart
    results = window.document.results
    package = results.packages["high"]
    np.testing.assert_allclose(chart.stacked_total(), package["pct_gdp"], rtol=1e-12)
    for member in results.package_members["high"]:
        np.testing.assert_allclose(
            chart.visible_values(member), results.scenarios[member]["pct_gdp"], atol=1e-15
        )
    # the fiscal space: the sum of the package's financing sources
    np.testing.assert_array_equal(chart.curves[ENVELOPE_KEY].yData, package["financing_pct_gdp"])
    # Hide the pension from the legend: the stack's total loses exactly the pension.
    chart.set_hidden("social-pension-65", True)
    qtbot.waitUntil(lambda: "social-pension-65" in chart.hidden)
    qtbot.wait(10)
    expected = package["pct_gdp"] - results.scenarios["social-pension-65"]["pct_gdp"]
    np.testing.assert_allclose(chart.stacked_total(), expected, rtol=1e-12)
    assert "Universal social pension" not in chart.readout_text(2040)
    chart.set_hidden("social-pension-65", False)
    qtbot.wait(10)
    np.testing.assert_allclose(chart.stacked_total(), package["pct_gdp"], rtol=1e-12)


def test_constant_prices_divide_by_the_deflator(window) -> None:
    results = window.document.results
    nominal = (
        results_tab(window, "scenarios", "total_cost")
        .time_chart.visible_values("child-benefit")
        .copy()
    )
    constant = results_tab(window, "scenarios", "total_cost_constant").time_chart.visible_values(
        "child-benefit"
    )
    deflator = results.context.economy.deflator
    assert deflator[-1] > 2  # the deflator grows 6.5 % a year: a real difference
    np.testing.assert_allclose(constant, nominal / deflator, rtol=1e-12)
    assert (
        "LAK at 2025 prices"
        in window.results_tab.time_chart.plot.getPlotItem().getAxis("left").labelText
    )


def test_a_scenario_keeps_its_colour_across_charts(window) -> None:
    lines = (
        results_tab(window, "scenarios")
        .time_chart.curves["maternity-benefit"]
        .opts["pen"]
        .color()
        .name()
    )
    stacked = (
        results_tab(window, "package")
        .time_chart.curves["maternity-benefit"]
        .opts["pen"]
        .color()
        .name()
    )
    assert lines == stacked


def test_the_readout_gives_the_exact_values_of_a_year(window) -> None:
    tab = results_tab(window, "package", package="low")
    text = tab.time_chart.readout_text(2033)
    t = 2033 - 2025
    results = window.document.results
    assert f"{results.scenarios['health-extension']['pct_gdp'][t]:,.3f}\u00a0%" in text
    assert f"total</b>: {results.packages['low']['pct_gdp'][t]:,.3f}\u00a0%" in text
    # 2033: re-allocation 0.3 % of GDP, tax collection 2 % of revenue (16.531 % of GDP)
    assert "fiscal space: 0.631\u00a0%" in text


def test_bars_compare_packages_in_the_chosen_year(window) -> None:
    tab = results_tab(window, "bars")
    tab.year.setValue(2035)
    results = window.document.results
    expected = [results.packages[p]["pct_gdp"][10] for p in ("low", "high")]
    np.testing.assert_array_equal(tab.bar_chart.values, expected)


def test_the_pyramid_follows_the_year(window) -> None:
    tab = results_tab(window, "pyramid")
    tab.year.setValue(2038)
    women, _ = tab.pyramid.plotted()
    np.testing.assert_array_equal(women, window.document.results.context.persons[13, :, 0])


def test_charts_export_to_png_and_svg(window, tmp_path) -> None:
    tab = results_tab(window, "package")
    png = tab.export_chart(tmp_path / "chart.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 300
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5  # more than a blank canvas
    svg = tab.export_chart(tmp_path / "chart.svg")
    tree = ElementTree.parse(svg)
    paths = [e for e in tree.iter() if e.tag.endswith("path") or e.tag.endswith("polyline")]
    assert len(paths) > 3
    tab.copy_chart()
    assert not QGuiApplication.clipboard().image().isNull()


def test_table_exports_hold_the_same_numbers_as_compute(window, tmp_path) -> None:
    document = window.document
    gui_csv, cli_csv = tmp_path / "gui.csv", tmp_path / "cli.csv"
    from engine.outputs.results_files import write_results

    write_results(document.results, gui_csv)
    assert main(["compute", str(document.path), "--out", str(cli_csv)]) == 0
    assert gui_csv.read_text(encoding="utf-8") == cli_csv.read_text(encoding="utf-8")
    gui_xlsx = tmp_path / "gui.xlsx"
    write_results(document.results, gui_xlsx)
    book = load_workbook(gui_xlsx, read_only=True)
    rows = list(book["results"].iter_rows(values_only=True))
    book.close()  # a read-only workbook keeps its file open until closed
    expected = list(csv.reader(cli_csv.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == len(expected)
    # xlsx cells keep 16 significant digits (openpyxl writes %.16g; Excel shows 15):
    # every number agrees with the CSV to 1e-15, the CSV to the last bit.
    for got, want in zip(rows[1:], expected[1:], strict=True):
        for cell, text in zip(got[3:], want[3:], strict=True):
            assert (cell is None and text == "") or cell == pytest.approx(float(text), rel=1e-15)
    fresh = compute(read_project(document.path))
    column = expected[0].index("total_cost")
    total = fresh.scenarios[expected[5][1]]["total_cost"][int(expected[5][2]) - 2025]
    assert float(expected[5][column]) == total


def test_the_table_is_sortable_and_copies_exact_numbers(window) -> None:
    tab = results_tab(window, "package")
    model = tab.table_model
    column = list(
        model.headerData(i, Qt.Orientation.Horizontal, KEY_ROLE) for i in range(model.columnCount())
    ).index("pct_gdp")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Cost, % of GDP"
    tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    top = tab.table_proxy.index(0, column)
    values = [v for v in (row[column] for row in model.rows) if v is not None]
    assert tab.table_proxy.data(top, 258) == max(values)  # SORT_ROLE
    tab.table.selectionModel().select(top, QItemSelectionModel.SelectionFlag.Select)
    tab.copy()
    block = from_tsv(QGuiApplication.clipboard().text())
    assert block == [["Cost, % of GDP"], [repr(max(values))]]


def test_results_follow_an_edit_live(window) -> None:
    tab = results_tab(window, "package", package="high")
    before = tab.time_chart.stacked_total().copy()
    from engine.edits.commands import Put
    from engine.format.write import scenario_to_dict

    body = scenario_to_dict(window.document.project.scenario("child-benefit"))
    body["benefit"] = {**body["benefit"], "percent": 40}
    window.document.apply(Put("scenario", "child-benefit", body), "double")
    QApplication.processEvents()
    child = window.document.results.scenarios["child-benefit"]["pct_gdp"]
    np.testing.assert_allclose(
        tab.time_chart.stacked_total() - before, child / 2, rtol=1e-9, atol=1e-15
    )
    rows = [r for r in tab.table_model.rows if r[1] == "child-benefit" and r[2] == 2040]
    assert rows[0][
        list(
            tab.table_model.headerData(i, Qt.Orientation.Horizontal, KEY_ROLE)
            for i in range(tab.table_model.columnCount())
        ).index("pct_gdp")
    ] == pytest.approx(child[-1])


def test_a_hidden_results_tab_shows_current_results_the_moment_it_is_shown(window) -> None:
    """Edits made while the tab is hidden cost it nothing; shown, it has the latest."""
    from engine.edits.builders import set_scenario_field
    from engine.outputs.results_files import result_rows

    tab = results_tab(window, "package", package="high")
    window.tabs.setCurrentWidget(window.scenarios_tab)
    assert not tab.isVisible()
    for rate in (0.11, 0.12, 0.13):
        window.document.apply(
            set_scenario_field(window.document.project, "child-benefit", "admin_rate", rate),
            "admin",
        )
    stale = tab.table_model.rows
    assert stale != result_rows(window.document.results)  # not reloaded while hidden
    window.tabs.setCurrentWidget(tab)  # no event loop run: shown is enough
    results = window.document.results
    assert tab.table_model.rows == result_rows(results)
    np.testing.assert_allclose(  # the stack of the members, the package's own sum
        tab.time_chart.stacked_total(), results.packages["high"]["pct_gdp"], rtol=1e-12
    )
