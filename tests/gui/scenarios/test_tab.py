"""The scenario editor: each kind edited through its widgets moves the engine's result as the
method says; refused values stay refused in place; undo restores field and result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget

from engine.domain.model import KINDS
from engine.edits.commands import FIELD, Put
from gui.common.labels import format_percent


def open_scenarios(window):
    window.tabs.setCurrentWidget(window.scenarios_tab)
    return window.scenarios_tab


def type_into(qtbot, form, name: str, text: str) -> None:
    """Select the field's text, type the new value and press Enter, as a user would."""
    QApplication.processEvents()  # new fields show once the event loop has run, as for a user
    edit = form.findChild(QLineEdit, name)
    assert edit is not None and edit.isVisible(), name
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def column(window, scenario_id: str, name: str, year: int = 2030) -> float:
    results = window.document.results
    return float(results.scenarios[scenario_id].columns[name][year - 2025])


LABOUR = {
    "participation_rate": [{"sex": "both", "age_group": "15-64", "value": 0.75}],
    "unemployment_rate": 0.02,
    "informality_share": 0.8,
}
# kind -> (field editor to type into, the value before, the value after, result column doubled)
DOUBLING = {
    "age_cash": ("benefit.amount", "20\u00a0%", "40\u00a0%", "benefit_cost"),
    "disability": ("benefit.amount", "20\u00a0%", "40\u00a0%", "benefit_cost"),
    "maternity": ("months_per_year", "3", "6", "benefit_cost"),
    "unemployed": ("benefit.amount", "20\u00a0%", "40\u00a0%", "benefit_cost"),
    "public_works": ("days_per_year", "60", "120", "benefit_cost"),
    "contribution_subsidy": ("benefit.amount", "20\u00a0%", "40\u00a0%", "benefit_cost"),
    "health_per_capita": ("annual_cost_per_person", "1,000", "2,000", "benefit_cost"),
    "health_staffing": ("salary_multiple_of_average_wage", "1.5", "3", "benefit_cost"),
    "custom": ("beneficiaries", "1,000", "2,000", "beneficiaries"),
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_edited_through_its_form_moves_the_cost_as_the_method_says(
    kind, window, qtbot
) -> None:
    document = window.document
    if kind in ("unemployed", "health_staffing", "contribution_subsidy"):
        # Lao PDR has no labour data in the bundle: bring some (wages need an average wage).
        document.apply(Put(FIELD, "labour", LABOUR), "labour")
        economy = {**_economy_body(document), "average_wage_monthly": 3_000_000}
        document.apply(Put(FIELD, "economy", economy), "wage")
        document.wait_for_results()
    tab = open_scenarios(window)
    tab.add_scenario(kind)
    scenario_id = tab.current_id()
    assert document.project.scenario(scenario_id).kind == kind
    assert scenario_id not in document.results.errors, document.results.errors.get(scenario_id)
    editor, before_text, after_text, result = DOUBLING[kind]
    assert tab.form.findChild(QLineEdit, editor).text() == before_text
    before = column(window, scenario_id, result)
    assert before > 0
    type_into(qtbot, tab.form, editor, after_text)
    assert column(window, scenario_id, result) == pytest.approx(2 * before, rel=1e-9)
    assert tab.form.findChild(QLineEdit, editor).text() == after_text
    document.undo()
    assert tab.form.findChild(QLineEdit, editor).text() == before_text
    assert column(window, scenario_id, result) == pytest.approx(before, rel=1e-12)


def _economy_body(document):
    from engine.format.write import economy_to_dict

    return economy_to_dict(document.project)


def test_the_form_shows_exactly_the_fields_of_the_kind(window) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("maternity-benefit")
    names = {w.objectName().split(".")[0] for w in tab.form.findChildren(QLineEdit)}
    assert "months_per_year" in names and "ages" not in names and "prevalence" not in names
    tab.show_scenario("disability-benefit")
    names = {w.objectName().split(".")[0] for w in tab.form.findChildren(QLineEdit)}
    assert {"ages", "prevalence", "target_share"} <= names
    assert "annual_cost_per_person" not in names


def test_a_share_speaks_in_percent_and_a_value_above_100_is_refused_in_place(window, qtbot) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("disability-benefit")
    before = window.document.project.scenario("disability-benefit")
    assert tab.form.findChild(QLineEdit, "prevalence").text() == "2.8\u00a0%"
    with qtbot.waitSignal(tab.form.refused) as refused:
        type_into(qtbot, tab.form, "prevalence", "280")
    assert "280\u00a0% is above the maximum 100\u00a0%" in refused.args[0]
    error = tab.form.errors["prevalence"]
    assert error.isVisible() and "is above the maximum 100" in error.text()
    assert tab.form.findChild(QLineEdit, "prevalence").text() == "2.8\u00a0%"  # the saved value
    assert window.document.project.scenario("disability-benefit") == before
    assert window.document.undo_stack.count() == 0
    type_into(qtbot, tab.form, "prevalence", "3.5")  # typed in percent, as shown
    prevalence = window.document.project.scenario("disability-benefit").prevalence
    assert prevalence.all_ages.constant == 0.035
    assert not tab.form.errors["prevalence"].isVisible()


def test_text_that_is_no_number_is_refused_with_the_reason(window, qtbot) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("social-pension-65")
    with qtbot.waitSignal(tab.form.refused) as refused:
        type_into(qtbot, tab.form, "ages.from", "sixty")
    assert '"sixty" is not a number' in refused.args[0]
    assert window.document.project.scenario("social-pension-65").ages == (65, 100)


def test_switching_take_up_to_a_yearly_table(window, qtbot) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    mode = tab.form.findChild(QComboBox, "take_up.mode")
    mode.setCurrentIndex(mode.findData("series"))
    mode.activated.emit(mode.currentIndex())
    take_up = window.document.project.scenario("child-benefit").take_up
    assert dict(take_up.series.by_year) == {2026: 0.3, 2030: 0.95}
    type_into(qtbot, tab.form, "take_up.values", "2026: 10 %; 2028: 50 %; 2030: 100 %")
    take_up = window.document.project.scenario("child-benefit").take_up
    assert dict(take_up.series.by_year) == {2026: 0.1, 2028: 0.5, 2030: 1.0}
    assert column(window, "child-benefit", "beneficiaries", 2029) == pytest.approx(
        0.5 * window.document.results.terms["child-benefit"].eligible[4]
    )


def test_the_explain_panel_shows_the_terms_of_the_result(window) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("social-pension-65")
    tab.explain_year.setValue(2035)
    text = tab.explanation.toPlainText()
    results = window.document.results
    t = 2035 - 2025
    benefit_cost = results.scenarios["social-pension-65"].columns["benefit_cost"][t]
    eligible = results.terms["social-pension-65"].eligible[t]
    assert f"{benefit_cost:,.0f}" in text
    assert f"{eligible:,.0f}" in text
    assert "BC = TU x N x A" in text
    assert "2035" in tab.summary.text()


class Events(QObject):
    """Which widgets received events of one type (paints, layout requests)."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.received: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.received.append(watched)
        return False


def settle(qtbot) -> None:
    """Run the event loop until no layout is asked for any more: a window just shown (or
    just edited) lays itself out over several turns."""
    requests = Events(QEvent.Type.LayoutRequest)
    QApplication.instance().installEventFilter(requests)
    try:
        for _ in range(40):
            requests.received.clear()
            qtbot.wait(50)
            if not requests.received:
                return
    finally:
        QApplication.instance().removeEventFilter(requests)


def test_an_edit_repaints_what_it_changed_not_the_whole_window(window, qtbot) -> None:
    """A typed value and its new cost repaint the field, the summary and the explanation;
    nothing is laid out again above them, so the tab bars and the tree are not repainted."""
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    qtbot.waitExposed(window)
    type_into(qtbot, tab.form, "benefit.amount", "25 %")
    settle(qtbot)
    paints = Events(QEvent.Type.Paint)
    QApplication.instance().installEventFilter(paints)
    try:
        type_into(qtbot, tab.form, "benefit.amount", "30 %")
        settle(qtbot)  # every request the edit made, answered
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert tab.summary in paints.received and tab.explanation.viewport() in paints.received
    for unchanged in (window.tabs.tabBar(), tab.pages.tabBar(), tab.tree, window.statusBar()):
        assert unchanged not in paints.received, unchanged


def test_a_hidden_scenarios_tab_shows_the_current_cost_the_moment_it_is_shown(window) -> None:
    """An edit made elsewhere costs the hidden tab nothing; shown, it explains the new cost."""
    from engine.edits.builders import set_scenario_field

    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    tab.explain_year.setValue(2030)
    window.tabs.setCurrentWidget(window.matrix_tab)
    assert not tab.isVisible()
    summary, explanation = tab.summary.text(), tab.explanation.toPlainText()
    document = window.document
    document.apply(
        set_scenario_field(document.project, "child-benefit", "admin_rate", 0.2), "admin"
    )
    assert (tab.summary.text(), tab.explanation.toPlainText()) == (summary, explanation)
    window.tabs.setCurrentWidget(tab)  # no event loop run: shown is enough
    total = f"{round(column(window, 'child-benefit', 'total_cost')):,}"
    assert total in tab.summary.text()
    text = tab.explanation.toPlainText()  # (a no-break space read as a space)
    assert f"\nC\n{total}\n" in text and "\nalpha\n20 %\n" in text  # the new ones


def test_hidden_packages_and_financing_pages_show_the_project_when_shown(window) -> None:
    """Edits while the Packages and Financing pages are hidden (the scenario form shows)
    reach them the moment each is shown: names, members and the end year's figures."""
    from engine.edits.builders import set_financing_field, set_package_field, set_scenario_field

    tab = open_scenarios(window)
    document = window.document
    tab.packages.chooser.setCurrentIndex(tab.packages.chooser.findData("high"))
    tab.financing.chooser.setCurrentIndex(tab.financing.chooser.findData("reallocation"))
    assert not tab.packages.isVisible() and not tab.financing.isVisible()
    document.apply(set_package_field(document.project, "high", "name", "High, renamed"), "name")
    document.apply(
        set_financing_field(document.project, "reallocation", "name", "Spending moved"), "name"
    )
    document.apply(
        set_scenario_field(document.project, "child-benefit", "admin_rate", 0.2), "admin"
    )
    names = [tab.packages.chooser.itemText(i) for i in range(tab.packages.chooser.count())]
    assert "High, renamed" not in names  # not reloaded while hidden

    tab.pages.setCurrentWidget(tab.packages)
    editor = tab.packages
    names = [editor.chooser.itemText(i) for i in range(editor.chooser.count())]
    assert "High, renamed" in names and editor.name.text() == "High, renamed"
    columns = document.results.packages["high"].columns
    assert format_percent(float(columns["pct_gdp"][-1]), 3) in editor.status.text()
    assert editor.financing.item(0).text() == "Spending moved"

    tab.pages.setCurrentIndex(2)  # the Financing page
    sources = tab.financing
    assert sources.name.text() == "Spending moved"
    assert "It finances: Low: pension, maternity and health, High, renamed." in (
        sources.status.text()
    )


def test_duplicate_and_delete_keep_links_consistent(window) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    tab.duplicate()
    assert tab.current_id() == "child-benefit-copy"
    assert window.document.project.scenario("child-benefit-copy").name.endswith("(copy)")
    tab.show_scenario("child-benefit")
    tab.delete()  # also leaves the packages and the matrix row that held it: one step
    project = window.document.project
    assert "child-benefit" not in {s.id for s in project.scenarios}
    assert all("child-benefit" not in p.scenarios for p in project.packages)
    window.document.undo()
    assert "child-benefit" in window.document.project.package("high").scenarios


def test_packages_editor_sets_members_and_sources(window) -> None:
    tab = open_scenarios(window)
    editor = tab.packages
    editor.chooser.setCurrentIndex(editor.chooser.findData("low"))
    item = next(
        editor.members.item(i)
        for i in range(editor.members.count())
        if editor.members.item(i).data(Qt.ItemDataRole.UserRole) == "child-benefit"
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert "child-benefit" in window.document.project.package("low").scenarios
    editor.financing.item(2).setCheckState(Qt.CheckState.Checked)  # the partners' grants
    assert window.document.project.package("low").financing[-1] == "partners"
    results = window.document.results.packages["low"].columns
    assert results["financing_gap_pct_gdp"][-1] == pytest.approx(
        results["pct_gdp"][-1] - results["financing_pct_gdp"][-1]
    )
    assert "Its sources give" in editor.status.text()


@pytest.fixture
def in_language(qapp):
    """Numbers typed in the window follow the language chosen (QLocale's default)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield lambda code: QLocale.setDefault(QLocale(code))
    QLocale.setDefault(before)


@pytest.mark.parametrize("code", ["fr", "lo"])
def test_a_decimal_comma_in_administration_means_two_and_a_half_percent(
    window, qtbot, in_language, code
) -> None:
    in_language(code)
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    type_into(qtbot, tab.form, "admin_rate", "2,5")
    assert window.document.project.scenario("child-benefit").admin_rate == 0.025
    assert window.document.results.terms["child-benefit"].admin_rate == 0.025
    assert tab.form.findChild(QLineEdit, "admin_rate").text() == "2,5\u00a0%"


def test_a_decimal_comma_in_english_is_refused_not_read_as_25(window, qtbot, in_language) -> None:
    in_language("en")
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    before = window.document.project.scenario("child-benefit").admin_rate
    with qtbot.waitSignal(tab.form.refused) as refused:
        type_into(qtbot, tab.form, "admin_rate", "2,5")
    assert 'decimals follow "."' in refused.args[0]
    assert window.document.project.scenario("child-benefit").admin_rate == before


@pytest.mark.parametrize("typed", ["1.5", "1.5 %", "1.50 %"])
def test_an_amount_typed_in_percent_of_gdp_is_that_percent_of_gdp(window, qtbot, typed) -> None:
    tab = open_scenarios(window)
    tab.pages.setCurrentIndex(2)  # the Financing page
    editor = tab.financing
    editor.chooser.setCurrentIndex(editor.chooser.findData("reallocation"))
    editor.mode.setCurrentIndex(editor.mode.findData("series"))
    editor.mode.activated.emit(editor.mode.currentIndex())  # the ramp becomes values by year
    editor.values.setFocus()
    editor.values.selectAll()
    qtbot.keyClicks(editor.values, typed)
    qtbot.keyClick(editor.values, Qt.Key.Key_Return)
    source = window.document.project.financing_source("reallocation")
    assert source.amount.series.constant == 1.5  # 1.5 % of GDP, not 0.015 %
    table = window.document.results.packages["high"]
    assert table["financing_pct_gdp"][-1] == pytest.approx(1.5 + 0.331 + 0, abs=1e-3)
    assert editor.values.text() == "1.5\u00a0%"


def test_take_up_above_100_percent_is_refused_in_percent(window, qtbot) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    before = window.document.project.scenario("child-benefit").take_up
    with qtbot.waitSignal(tab.form.refused) as refused:
        type_into(qtbot, tab.form, "take_up.target", "140")
    assert "140\u00a0% is above the maximum 100\u00a0%" in refused.args[0]
    assert "did you mean" not in refused.args[0]
    assert window.document.project.scenario("child-benefit").take_up == before


def test_benefit_tiers_are_edited_in_a_small_table(window, qtbot) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("social-pension-65")
    tiers = tab.form.tiers
    QApplication.processEvents()
    assert tiers is not None and tiers.isVisible() and not tiers.table.isVisible()
    before = column(window, "social-pension-65", "benefit_cost")
    level = window.document.project.scenario("social-pension-65").benefit.percent
    tiers.enabled.click()  # one band over the scenario's ages 65-100, at its level
    assert tiers.rows() == [("65", "100", f"{level:g}\u00a0%")]  # % of the anchor
    tiers.add.click()  # split: 65-82 and 83-100
    assert [row[:2] for row in tiers.rows()] == [("65", "82"), ("83", "100")]
    assert column(window, "social-pension-65", "benefit_cost") == pytest.approx(before)
    tiers.table.item(1, 2).setText(f"{2 * level:g} %")  # the oldest band paid twice as much
    benefit = window.document.project.scenario("social-pension-65").benefit
    assert [(t.ages, t.percent) for t in benefit.tiers] == [
        ((65, 82), level),
        ((83, 100), 2 * level),
    ]
    terms = window.document.results.terms["social-pension-65"]
    t = 2030 - 2025
    old, very_old = (tier.eligible[t] for tier in terms.tiers)
    assert column(window, "social-pension-65", "benefit_cost") == pytest.approx(
        before * (old + 2 * very_old) / (old + very_old), rel=1e-12
    )
    text = tab.explanation.toPlainText()
    assert "N[65-82]" in text and "b[83-100]" in text
    with qtbot.waitSignal(tiers.refused) as refused:
        tiers.table.item(1, 0).setText("85")  # leaves ages 83-84 unpaid
    assert "leave a gap: no tier pays ages 83-84" in refused.args[0]
    QApplication.processEvents()  # new widgets show once the event loop has run
    assert tiers.error.isVisible() and tiers.rows()[1][0] == "83"  # the project's tiers again
    window.document.undo()
    assert window.document.project.scenario("social-pension-65").benefit.tiers[1].percent == level


def test_covered_by_is_picked_among_the_other_scenarios(window, qtbot) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")
    picker = tab.form.findChild(QListWidget, "covered_by")
    names = [picker.item(i).text() for i in range(picker.count())]
    project = window.document.project
    assert project.scenario("maternity-benefit").name not in names  # births have no age
    assert project.scenario("social-pension-65").name in names
    # Health coverage for the uncovered: pensioners are covered through their pension.
    tab.show_scenario("health-extension")
    picker = tab.form.findChild(QListWidget, "covered_by")
    pension_name = project.scenario("social-pension-65").name
    (pension,) = [
        picker.item(i) for i in range(picker.count()) if picker.item(i).text() == pension_name
    ]
    before = column(window, "health-extension", "beneficiaries")
    pension.setCheckState(Qt.CheckState.Checked)
    assert window.document.project.scenario("health-extension").covered_by == ("social-pension-65",)
    removed = window.document.results.terms["health-extension"].details["covered_by_removed"]
    after = column(window, "health-extension", "beneficiaries")
    assert removed[5] > 0 and after < before
    assert "R" in tab.explanation.toPlainText()


def test_start_month_and_the_fiscal_year_are_chosen(window, qtbot) -> None:
    tab = open_scenarios(window)
    tab.show_scenario("child-benefit")  # take-up ramp from 2026
    month = tab.form.findChild(QComboBox, "start_month")
    full = column(window, "child-benefit", "benefit_cost", 2026)
    month.setCurrentIndex(month.findData(7))
    month.activated.emit(month.currentIndex())
    assert window.document.project.scenario("child-benefit").start_month == 7
    # July to December: 6 months of 12 in 2026
    assert column(window, "child-benefit", "benefit_cost", 2026) == pytest.approx(full / 2)
    window.tabs.setCurrentWidget(window.country_tab)
    fiscal = window.country_tab.fiscal.month
    fiscal.setCurrentIndex(fiscal.findData(10))
    fiscal.activated.emit(fiscal.currentIndex())
    with qtbot.waitSignal(window.document.results_changed, timeout=20000):
        pass
    results = window.document.results
    assert results.years[0] == 2026 and results.fiscal is not None
    assert "2026 to 2040" in window.country_tab.fiscal.note.text()
    open_scenarios(window)
    tab.show_scenario("child-benefit")
    tab.refresh_results()
    assert tab.explain_year.minimum() == 2026 and tab.explain_year.prefix() == "FY "
