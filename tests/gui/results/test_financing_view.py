"""The Financing view: the package's sources stacked against its cost from the engine's numbers,
the gap or surplus in the read-out, the first affordable year, and the sources with their notes."""

from __future__ import annotations

import numpy as np

from engine.method.financing import affordable_from
from gui.common.charts import ENVELOPE_KEY
from gui.results.financing_view import affordable_text


def financing_view(window, package: str = "high"):
    tab = window.results_tab
    window.tabs.setCurrentWidget(tab)
    tab.package.setCurrentIndex(tab.package.findData(package))
    tab.view.setCurrentIndex(tab.view.findData("financing"))
    tab.redraw()
    return tab.financing


def test_the_sources_are_stacked_against_the_packages_cost(window) -> None:
    panel = financing_view(window, "high")
    chart = panel.chart
    results = window.document.results
    assert [s.key for s in chart.series] == ["reallocation", "tax-compliance", "partners"]
    for key in (
        "reallocation",
        "tax-compliance",
        "partners",
    ):  # a layer: its top minus the one below
        np.testing.assert_allclose(
            chart.visible_values(key), results.financing[key].pct_gdp, rtol=1e-12, atol=1e-15
        )
    package = results.packages["high"]
    np.testing.assert_allclose(chart.stacked_total(), package["financing_pct_gdp"], rtol=1e-12)
    np.testing.assert_array_equal(chart.curves[ENVELOPE_KEY].yData, package["pct_gdp"])


def test_the_readout_gives_the_gap_or_the_surplus_of_the_year(window) -> None:
    results = window.document.results
    high = financing_view(window, "high").chart.readout_text(2040)
    gap = results.packages["high"]["financing_gap_pct_gdp"][-1]
    assert gap > 0 and f"<b>gap</b>: {gap:.3f}\u00a0%" in high
    low = financing_view(window, "low").chart.readout_text(2040)
    surplus = -results.packages["low"]["financing_gap_pct_gdp"][-1]
    assert f"<b>surplus</b>: {surplus:.3f}\u00a0%" in low
    assert "partners" not in low and "Development partners" not in low  # not chosen for low


def test_each_package_says_the_first_year_it_is_affordable(window) -> None:
    panel = financing_view(window)
    results = window.document.results
    low = results.packages["low"]["financing_gap_pct_gdp"]
    assert affordable_from(results.years, low) == 2030
    assert panel.affordable.text() == (
        "<b>Low: pension, maternity and health</b>: affordable from 2030 (then every year)<br>"
        "<b>High: the full floor</b>: not affordable by 2040 (gap 0.039\u00a0% of GDP)"
    )
    assert affordable_text(window.document.project, results) == panel.affordable.text()


def test_the_sources_table_holds_every_source_with_its_notes(window) -> None:
    table = financing_view(window).sources
    project = window.document.project
    assert table.rowCount() == len(project.financing_sources) == 3
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    source = project.financing_source("reallocation")
    assert row[0] == "Re-allocating public expenditure"
    assert row[1] == "Re-allocating public expenditure"  # the handbook's option
    assert row[2] == "% of GDP: 0.10 in 2026, rising evenly to 0.30 in 2030"
    assert (row[3], row[4]) == (source.source, source.feasibility)
    assert row[5] == "Low: pension, maternity and health, High: the full floor"
    assert table.item(2, 5).text() == "High: the full floor"  # the partners finance one


def test_a_source_toggled_in_the_packages_editor_moves_the_view(window) -> None:
    from engine.edits.builders import set_package_source

    document = window.document
    document.apply(set_package_source(document.project, "high", "partners", False), "toggle")
    panel = financing_view(window, "high")
    assert [s.key for s in panel.chart.series] == ["reallocation", "tax-compliance"]
    assert panel.sources.item(2, 5).text() == ""


def test_the_financing_chart_saves_as_png(window, tmp_path) -> None:
    financing_view(window)
    saved = window.results_tab.export_chart(tmp_path / "financing.png")
    assert saved.stat().st_size > 5_000


def test_a_source_that_cannot_be_computed_is_listed_with_its_reason(window) -> None:
    """Contributions of a subsidy's members, in a sample without labour data: the source and
    the package it finances say why, under the results table."""
    from engine.edits.builders import put_scenario, scenario_template, set_contributions

    document = window.document
    body = scenario_template("contribution_subsidy", "informal", 2025, "Informal workers")
    document.apply(put_scenario(body), "add")
    computed = {"scenario": "informal", "wage_anchor": "minimum_wage", "wage_percent": 80}
    document.apply(
        set_contributions(document.project, "partners", {**computed, "rate": 0.05}), "edit"
    )
    financing_view(window, "high")
    window.results_tab.reload()
    lines = [
        window.results_tab.warnings.item(i).text()
        for i in range(window.results_tab.warnings.count())
    ]
    assert any(
        line.startswith(
            'Development partners has no result: cannot be computed: scenario "informal"'
        )
        for line in lines
    )
    assert any(
        line.startswith('High: the full floor has no result: cannot be financed: source "partners"')
        for line in lines
    )
    panel = window.results_tab.financing
    assert panel.chart.series == []  # no stale chart of the package before the edit
    assert panel.chart.readout.text().startswith('cannot be financed: source "partners"')
