"""The country data tab: it shows the engine's data, its edits move the results as the method
says (recomputed off the GUI thread), and its warnings jump to the data concerned."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.edits.commands import FIELD, Put
from engine.format.write import economy_to_dict


def open_country(window):
    window.tabs.setCurrentWidget(window.country_tab)
    return window.country_tab


def test_population_table_and_pyramid_hold_the_engine_numbers(window) -> None:
    tab = open_country(window)
    tab.year.setValue(2032)
    persons = window.document.results.context.persons[2032 - 2025]
    model = tab.population
    assert model.data(model.index(7, 0)) == f"{persons[7, 0]:,.0f}"
    assert model.data(model.index(7, 2)) == f"{persons[7].sum():,.0f}"
    women, men = tab.pyramid.plotted()
    np.testing.assert_array_equal(women, persons[:, 0])
    np.testing.assert_array_equal(men, persons[:, 1])
    assert tab.pyramid.title.endswith("2032")


def test_a_population_edit_recomputes_off_the_gui_thread(window, qtbot) -> None:
    tab = open_country(window)
    document = window.document
    tab.year.setValue(2030)
    t = 2030 - 2025
    before = document.results.scenarios["child-benefit"].columns["beneficiaries"][t]
    take_up = document.results.terms["child-benefit"].take_up[t]
    girls_3 = document.results.context.persons[t, 3, 0]
    model = tab.population
    with qtbot.waitSignals([document.busy_changed, document.results_changed], timeout=10000):
        assert model.setData(model.index(3, 0), f"{girls_3 + 10_000:.0f}")
    after = document.results.scenarios["child-benefit"].columns["beneficiaries"][t]
    # N grows by the 10,000 girls aged 3 (rounded to whole persons), times take-up.
    assert after - before == pytest.approx(take_up * (round(girls_3 + 10_000) - girls_3))
    assert model.data(model.index(3, 0)) == f"{round(girls_3 + 10_000):,.0f}"
    with qtbot.waitSignal(document.results_changed, timeout=10000):
        document.undo()
    assert document.results.scenarios["child-benefit"].columns["beneficiaries"][t] == before


def test_stale_results_are_dropped(window, qtbot) -> None:
    document = window.document
    body = economy_to_dict(document.project)
    delivered = []
    document.results_changed.connect(lambda: delivered.append(document.results))
    for value in (0.03, 0.04, 0.05):  # three country-data edits in a row, faster than compute
        document.apply(Put(FIELD, "economy", {**body, "real_gdp_growth": value}), "growth")
    document.wait_for_results()
    assert len(delivered) == 1  # the two older computations were dropped, never shown
    growth = document.results.context.economy.real_growth
    assert growth[1] == 0.05  # only the last edit's results are shown
    assert document.results.context.economy.gdp_nominal[1] == pytest.approx(
        body["gdp_nominal_base"] * 1.05 * (1 + document.results.context.economy.deflator_growth[1])
    )


def test_an_economy_cell_changes_that_year_only(window, qtbot) -> None:
    tab = open_country(window)
    model = tab.economy
    column = list(model.SERIES).index("cpi_inflation")
    with qtbot.waitSignal(window.document.results_changed, timeout=10000):
        assert model.setData(model.index(2030 - 2025, column), "10")
    cpi = window.document.results.context.economy.inflation
    assert cpi[2030 - 2025] == 0.10
    assert cpi[2029 - 2025] == cpi[2031 - 2025] == 0.06501
    assert model.data(model.index(2030 - 2025, column)) == "10.00"


def test_doubling_the_poverty_line_doubles_anchored_benefits(window, qtbot) -> None:
    tab = open_country(window)
    document = window.document
    before = document.results.scenarios["social-pension-65"].columns["benefit_cost"].copy()
    edit = tab.levels["poverty_line_monthly"]
    edit.setText(f"{2 * document.project.economy.poverty_line_monthly:.0f}")
    with qtbot.waitSignal(document.results_changed, timeout=10000):
        edit.editingFinished.emit()
    after = document.results.scenarios["social-pension-65"].columns["benefit_cost"]
    np.testing.assert_allclose(after, 2 * before, rtol=1e-12)


def test_source_notes_are_visible_and_editable(window) -> None:
    tab = open_country(window)
    assert "World Population Prospects 2024" in tab.population_note.text()
    keys = [tab.sources.item(i, 0).text() for i in range(tab.sources.rowCount())]
    row = keys.index("economy.cpi_inflation")
    tab.sources.item(row, 1).setText("Lao Statistics Bureau CPI, agreed at the 2026 workshop")
    assert (
        dict(window.document.project.sources)["economy.cpi_inflation"]
        == "Lao Statistics Bureau CPI, agreed at the 2026 workshop"
    )
    assert window.undo_action.text() == "Undo Edit source note"


def test_warnings_are_listed_and_jump_to_the_cell(window, qtbot) -> None:
    tab = open_country(window)
    document = window.document
    texts = [tab.warnings.item(i).text() for i in range(tab.warnings.count())]
    assert texts == ["No problem found in the country data."]  # WPP births: no births note
    body = economy_to_dict(document.project)
    body["gdp_nominal"] = {**body["gdp_nominal"], "2031": 1.0e15}  # far off the growth path
    with qtbot.waitSignal(document.results_changed, timeout=10000):
        document.apply(Put(FIELD, "economy", body), "GDP")
    (item,) = [
        tab.warnings.item(i)
        for i in range(tab.warnings.count())
        if "Nominal GDP, 2031: " in tab.warnings.item(i).text()
    ]
    tab.jump_to(item)
    assert tab.pages.currentIndex() == 1
    current = tab.economy_view.currentIndex()
    assert (current.row(), current.column()) == (2031 - 2025, len(tab.economy.SERIES))
    assert tab.economy.data(current) == f"{1.0e15:,.0f}"


def test_labour_data_can_be_entered(window, qtbot) -> None:
    tab = open_country(window)
    edit = tab.labour_series["unemployment_rate"]
    edit.setText("2 %")
    edit.editingFinished.emit()
    assert window.document.project.labour.unemployment_rate.constant == 0.02
    assert tab.pages.tabText(2) == "Labour"
    assert tab.participation.rowCount() == 0
    assert Qt.ItemFlag.ItemIsEditable not in tab.population.flags(tab.population.index(3, 2))


def test_participation_rates_are_editable_in_the_table(window, qtbot) -> None:
    tab = open_country(window)
    tab._add_participation()
    assert tab.participation.rowCount() == 1
    tab.participation.item(0, 3).setText("72.5\u00a0%")
    rows = window.document.project.labour.participation_rate
    assert (rows[0].sex, rows[0].age_group, rows[0].value) == ("both", "15-64", 0.725)
    tab.participation.item(0, 3).setText("lots")  # refused, with the cell named
    assert "row 1" in window.messages.text()
    assert window.document.project.labour.participation_rate[0].value == 0.725
    assert tab.participation.item(0, 3).text() == "72.5\u00a0%"


def test_a_scenario_edit_leaves_the_country_tab_as_drawn(window, qtbot) -> None:
    """Issue 21: with the country tab showing, an edit of a scenario (undo, a what-if)
    neither resets the population and economy tables nor redraws the pyramid; an edit of
    the population does, with the new numbers."""
    from engine.edits.builders import set_scenario_field

    tab = open_country(window)
    document = window.document
    resets = []
    for model in (tab.population, tab.economy):
        model.modelReset.connect(lambda model=model: resets.append(model))
    drawn = []
    original = tab.pyramid.show_year
    tab.pyramid.show_year = lambda *args: (drawn.append(args[0]), original(*args))
    scenario = document.project.scenarios[0]
    document.apply(set_scenario_field(document.project, scenario.id, "name", "Renamed"), "Name")
    assert document.results.scenarios[scenario.id] is not None
    assert resets == [] and drawn == []
    girls_3 = document.results.context.persons[0, 3, 0]
    model = tab.population
    tab.year.setValue(2025)
    drawn.clear()
    with qtbot.waitSignal(document.results_changed, timeout=10000):
        assert model.setData(model.index(3, 0), f"{girls_3 + 1_000:.0f}")
    assert tab.population in resets and tab.economy in resets and drawn == [2025]
    women, _men = tab.pyramid.plotted()
    assert women[3] == round(girls_3 + 1_000)
