"""Workshop mode: the package's chart in large type, toggles and sliders that edit a what-if
copy; the saved path as a thin line; leaving keeps the changes (one undo step) or discards
them (the project file byte for byte as before)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from gui.shell.settings import Settings
from tests.gui.conftest import answer


def open_workshop(window, package: str = "low"):
    tab = window.results_tab
    tab.package.setCurrentIndex(tab.package.findData(package))
    workshop = window.open_workshop()
    assert workshop is not None and workshop.isFullScreen()
    return workshop


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    workshop.discard()


def test_a_toggle_changes_the_copy_and_the_stack_and_the_saved_line_stays(window) -> None:
    workshop = open_workshop(window, "low")
    saved = window.document.results.packages["low"]["pct_gdp"].copy()
    workshop.findChild(QCheckBox, "child-benefit").setChecked(True)
    QApplication.processEvents()
    scratch = workshop.document
    assert "child-benefit" in scratch.project.package("low").scenarios
    assert "child-benefit" not in window.document.project.package("low").scenarios
    np.testing.assert_allclose(
        workshop.chart.stacked_total(), scratch.results.packages["low"]["pct_gdp"], rtol=1e-12
    )
    np.testing.assert_array_equal(workshop.chart.reference, saved)  # the thin line
    assert workshop.chart.stacked_total()[-1] > saved[-1]
    scratch.undo()
    assert not workshop.findChild(QCheckBox, "child-benefit").isChecked()
    workshop.discard()


def test_a_slider_names_its_anchor_and_moves_the_cost(window) -> None:
    workshop = open_workshop(window, "low")
    slider = workshop.sliders["social-pension-65:benefit"]
    assert slider.value() == 30
    scratch = workshop.document
    line = scratch.results.context.economy.anchors["poverty_line"][2030 - 2025]
    assert slider.value_label.text() == (
        f"30\u00a0% of the poverty line = {0.3 * line:,.0f} LAK a month in 2030"
    )
    before = scratch.results.scenarios["social-pension-65"]["benefit_cost"].copy()
    slider.slider.setValue(60)
    assert slider.value_label.text().startswith("60\u00a0% of the poverty line")
    slider.flush()  # what the settle timer does when the hand stops
    after = scratch.results.scenarios["social-pension-65"]["benefit_cost"]
    np.testing.assert_allclose(after, 2 * before, rtol=1e-12)
    assert window.document.project.scenario("social-pension-65").benefit.percent == 30
    workshop.discard()


def test_leaving_with_discard_leaves_the_file_byte_for_byte(window) -> None:
    before = digest(window.document.path)
    workshop = open_workshop(window, "low")
    workshop.sliders["social-pension-65:benefit"].slider.setValue(80)
    workshop.sliders["social-pension-65:benefit"].flush()
    workshop.findChild(QCheckBox, "child-benefit").setChecked(True)
    answer("Discard")
    assert workshop.close()
    assert window.workshop is None
    assert digest(window.document.path) == before
    assert window.document.project.scenario("social-pension-65").benefit.percent == 30


def test_leaving_with_keep_is_one_undo_step(window) -> None:
    workshop = open_workshop(window, "low")
    workshop.sliders["social-pension-65:benefit"].slider.setValue(80)
    workshop.sliders["social-pension-65:benefit"].flush()
    workshop.findChild(QCheckBox, "child-benefit").setChecked(True)
    answer("Keep these changes")
    assert workshop.close()
    project = window.document.project
    assert project.scenario("social-pension-65").benefit.percent == 80
    assert "child-benefit" in project.package("low").scenarios
    assert window.undo_action.text() == "Undo Workshop changes"
    window.undo_action.trigger()
    assert window.document.project.scenario("social-pension-65").benefit.percent == 30
    assert "child-benefit" not in window.document.project.package("low").scenarios


def test_cancel_stays_in_the_workshop(window) -> None:
    workshop = open_workshop(window, "low")
    workshop.findChild(QCheckBox, "child-benefit").setChecked(True)
    answer("Cancel")
    assert not workshop.close()
    assert window.workshop is workshop and not workshop.what_if.finished
    workshop.discard()


def test_pins_are_kept_for_the_project_and_escape_leaves(window, qtbot) -> None:
    workshop = open_workshop(window, "low")
    workshop.set_pinned("maternity-benefit:take_up", True)
    qtbot.waitUntil(lambda: "maternity-benefit:take_up" in workshop.sliders)
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)  # nothing changed: no question asked
    assert window.workshop is None
    pins = Settings().workshop_pins(window.document.path)
    assert "maternity-benefit:take_up" in pins
    again = open_workshop(window, "low")
    assert "maternity-benefit:take_up" in again.sliders
    again.discard()


def test_results_what_if_opens_a_window_not_full_screen(window) -> None:
    window.results_tab.what_if_requested.emit()
    view = window.workshop
    assert view is not None and not view.isFullScreen() and view.isVisible()
    assert view.windowTitle() == "ABND Studio — what if"
    view.discard()


@pytest.mark.parametrize("view_size", [(1440, 900)])
def test_workshop_renders_at_projector_size(window, view_size) -> None:
    workshop = open_workshop(window, "high")
    workshop.showNormal()
    workshop.resize(*view_size)
    QApplication.processEvents()
    image = workshop.grab().toImage()
    assert image.width() == view_size[0] and not image.isNull()
    workshop.discard()


def test_the_financing_chart_and_a_source_toggled_off_and_on(window) -> None:
    """Workshop mode shows the package's sources against its cost; a facilitator's toggle takes
    a source out of the package (an undoable edit of the what-if copy) and the gap follows."""
    workshop = open_workshop(window, "high")
    workshop.mode.setCurrentIndex(workshop.mode.findData("financing"))
    scratch = workshop.document
    results = scratch.results
    chart = workshop.financing_chart
    assert workshop.charts.currentWidget() is chart
    np.testing.assert_allclose(
        chart.stacked_total(), results.packages["high"]["financing_pct_gdp"], rtol=1e-12
    )
    check = workshop.findChild(QCheckBox, "source-partners")
    assert check.isChecked()
    check.setChecked(False)
    QApplication.processEvents()
    assert scratch.project.package("high").financing == ("reallocation", "tax-compliance")
    assert len(window.document.project.package("high").financing) == 3  # the project: as saved
    after = scratch.results.packages["high"]
    assert [s.key for s in chart.series] == ["reallocation", "tax-compliance"]
    np.testing.assert_allclose(chart.stacked_total(), after["financing_pct_gdp"], rtol=1e-12)
    assert after["financing_gap_pct_gdp"][1] > results.packages["high"]["financing_gap_pct_gdp"][1]
    assert scratch.undo_stack.undoText() == "Toggle partners"
    scratch.undo()
    assert workshop.findChild(QCheckBox, "source-partners").isChecked()
    workshop.discard()
