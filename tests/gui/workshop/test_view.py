"""Workshop mode: the package's chart in large type, toggles and sliders that are real edits."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from gui.shell.settings import Settings


def open_workshop(window, package: str = "low"):
    tab = window.results_tab
    tab.package.setCurrentIndex(tab.package.findData(package))
    workshop = window.open_workshop()
    assert workshop is not None and workshop.isFullScreen()
    return workshop


def test_the_chart_is_the_chosen_package(window) -> None:
    workshop = open_workshop(window, "low")
    results = window.document.results
    np.testing.assert_allclose(workshop.chart.stacked_total(), results.packages["low"]["pct_gdp"])
    assert workshop.font().pointSize() >= 18
    assert set(workshop.sliders) == {
        "social-pension-65:benefit",
        "maternity-benefit:benefit",
        "health-extension:annual_cost_per_person",
    }


def test_a_toggle_changes_the_package_and_the_stack(window) -> None:
    workshop = open_workshop(window, "low")
    check = workshop.findChild(QCheckBox, "child-benefit")
    assert not check.isChecked()
    check.setChecked(True)
    QApplication.processEvents()
    results = window.document.results
    assert "child-benefit" in window.document.project.package("low").scenarios
    expected = results.packages["low"]["pct_gdp"]
    np.testing.assert_allclose(workshop.chart.stacked_total(), expected, rtol=1e-12)
    assert (
        expected[-1] > results.scenarios["child-benefit"]["pct_gdp"][-1]
    )  # the child benefit is in
    window.document.undo()
    assert not workshop.findChild(QCheckBox, "child-benefit").isChecked()


def test_a_slider_moves_the_benefit_and_the_cost(window) -> None:
    workshop = open_workshop(window, "low")
    slider = workshop.sliders["social-pension-65:benefit"]
    assert slider.value() == 30
    before = window.document.results.scenarios["social-pension-65"]["benefit_cost"].copy()
    slider.slider.setValue(60)
    assert "60 %" in slider.value_label.text()
    slider.flush()  # what the settle timer does when the hand stops
    after = window.document.results.scenarios["social-pension-65"]["benefit_cost"]
    np.testing.assert_allclose(after, 2 * before, rtol=1e-12)
    assert window.document.project.scenario("social-pension-65").benefit.percent == 60
    assert window.undo_action.text().startswith("Undo Set benefit of Universal social pension")


def test_pins_are_kept_for_the_project_and_escape_leaves(window, qtbot) -> None:
    workshop = open_workshop(window, "low")
    workshop.set_pinned("maternity-benefit:take_up", True)
    qtbot.waitUntil(lambda: "maternity-benefit:take_up" in workshop.sliders)
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    assert window.workshop is None
    pins = Settings().workshop_pins(window.document.path)
    assert "maternity-benefit:take_up" in pins
    again = open_workshop(window, "low")
    assert "maternity-benefit:take_up" in again.sliders
    again.close()


@pytest.mark.parametrize("view_size", [(1440, 900)])
def test_workshop_renders_at_projector_size(window, view_size) -> None:
    workshop = open_workshop(window, "high")
    workshop.showNormal()
    workshop.resize(*view_size)
    QApplication.processEvents()
    image = workshop.grab().toImage()
    assert image.width() == view_size[0] and not image.isNull()
    workshop.close()


def test_the_financing_chart_and_a_source_toggled_off_and_on(window) -> None:
    """Workshop mode shows the package's sources against its cost; a facilitator's toggle takes
    a source out of the package (a saved, undoable edit) and the gap follows."""
    workshop = open_workshop(window, "high")
    workshop.mode.setCurrentIndex(workshop.mode.findData("financing"))
    results = window.document.results
    chart = workshop.financing_chart
    assert workshop.charts.currentWidget() is chart
    np.testing.assert_allclose(
        chart.stacked_total(), results.packages["high"]["financing_pct_gdp"], rtol=1e-12
    )
    check = workshop.findChild(QCheckBox, "source-partners")
    assert check.isChecked()
    check.setChecked(False)
    QApplication.processEvents()
    assert window.document.project.package("high").financing == ("reallocation", "tax-compliance")
    after = window.document.results.packages["high"]
    assert [s.key for s in chart.series] == ["reallocation", "tax-compliance"]
    np.testing.assert_allclose(chart.stacked_total(), after["financing_pct_gdp"], rtol=1e-12)
    assert after["financing_gap_pct_gdp"][1] > results.packages["high"]["financing_gap_pct_gdp"][1]
    assert window.undo_action.text() == "Undo Toggle partners"
    window.document.undo()
    assert workshop.findChild(QCheckBox, "source-partners").isChecked()
    workshop.close()
