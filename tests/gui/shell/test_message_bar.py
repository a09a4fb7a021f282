"""The message line at the foot of the window: engine messages in words, with a button that
goes to the field they are about; plain messages fade, and long ones never widen the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from engine.edits.builders import set_economy_value
from gui.shell.message_bar import MessageBar


def _wait_results(window, qtbot, command, label: str) -> None:
    with qtbot.waitSignal(window.document.results_changed, timeout=20000):
        window.document.apply(command, label)


def test_a_project_that_cannot_be_costed_says_why_and_goes_to_the_field(window, qtbot) -> None:
    project = window.document.project
    late = set_economy_value(project, "real_gdp_growth", {"2035": 0.05})
    _wait_results(window, qtbot, late, "growth")
    assert window.document.error is not None
    bar = window.messages
    assert bar.text() == (
        "Real GDP growth: gives no value for 2026; per-year values must start by 2026"
    )
    assert bar.show_button.isVisible()
    assert bar.show_button.text() == "Show Real GDP growth"
    window.tabs.setCurrentWidget(window.results_tab)
    bar.show_button.click()
    country = window.country_tab
    assert window.tabs.currentWidget() is country
    assert country.pages.currentIndex() == 1  # Economy
    column = list(country.economy.SERIES).index("real_gdp_growth")
    assert country.economy_view.currentIndex().column() == column
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.document.error is None and not bar.show_button.isVisible())
    assert bar.text() == ""


def test_a_scenario_missing_its_anchor_links_to_the_anchor(window, qtbot) -> None:
    project = window.document.project
    _wait_results(
        window, qtbot, set_economy_value(project, "poverty_line_monthly", None), "no line"
    )
    window.tabs.setCurrentWidget(window.scenarios_tab)
    window.scenarios_tab.show_scenario("child-benefit")
    summary = window.scenarios_tab.summary.text()
    assert "needs Poverty line, per person a month, which is not given" in summary
    assert 'href="field:economy.poverty_line_monthly"' in summary
    window.activateWindow()
    window.scenarios_tab.summary.linkActivated.emit("field:economy.poverty_line_monthly")
    assert window.tabs.currentWidget() is window.country_tab
    assert window.country_tab.pages.currentIndex() == 1
    qtbot.waitUntil(lambda: window.country_tab.levels["poverty_line_monthly"].hasFocus())


def test_results_warnings_go_to_the_scenario_field(window, qtbot) -> None:
    project = window.document.project
    _wait_results(
        window, qtbot, set_economy_value(project, "poverty_line_monthly", None), "no line"
    )
    window.tabs.setCurrentWidget(window.results_tab)
    QApplication.processEvents()
    tab = window.results_tab
    lines = [tab.warnings.item(i).text() for i in range(tab.warnings.count())]
    expected = (
        "Universal child benefit, ages 0-5 has no result: needs Poverty line, per person "
        "a month, which is not given"
    )
    assert expected in lines
    tab.warnings.itemActivated.emit(tab.warnings.item(lines.index(expected)))
    assert window.tabs.currentWidget() is window.country_tab


def test_a_plain_message_fades_and_a_long_one_is_shortened_not_widened(qtbot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.resize(300, 30)
    bar.show()
    long = "Exported to " + "/very/long/folder" * 30 + "/report.pdf"
    bar.show_text(long, timeout_ms=50)
    assert bar.text() == long and bar.label.toolTip() == long
    assert bar.label.text().endswith("…") and len(bar.label.text()) < len(long)
    assert bar.minimumSizeHint().width() < 300
    qtbot.waitUntil(lambda: bar.text() == "", timeout=2000)


def test_a_financing_source_is_named_and_shown_on_the_financing_page(window, qtbot) -> None:
    """A message about a financing source's field names the source and goes to its input."""
    from gui.common.field_names import field_name

    assert field_name("financing_sources[1].amount", window.document.project) == (
        'Financing source "Better VAT and excise collection": Amount'
    )
    window.show()
    window.go_to("financing_sources[1].feasibility")
    tab = window.scenarios_tab
    assert window.tabs.currentWidget() is tab
    assert tab.pages.tabText(tab.pages.currentIndex()) == "Financing"
    assert tab.financing.current_id() == "tax-compliance"
    qtbot.waitUntil(lambda: tab.financing.feasibility.hasFocus())
