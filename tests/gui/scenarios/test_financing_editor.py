"""The financing editor: each source's name, option, amount (in its unit, per year or as a
ramp) or the contributions a scheme's members pay, its range and notes; each change one saved
command; a refused value explained."""

from __future__ import annotations

import pytest

from engine.edits.builders import put_scenario, scenario_template
from engine.store.files import read_project
from gui.scenarios.financing_editor import FinancingEditor
from tests.gui.scenarios.conftest import NBSP


@pytest.fixture
def editor(qtbot, document) -> FinancingEditor:
    widget = FinancingEditor(document)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(editor: FinancingEditor, source_id: str) -> None:
    editor.chooser.setCurrentIndex(editor.chooser.findData(source_id))


def test_the_editor_shows_each_source_in_its_unit(editor) -> None:
    assert [editor.chooser.itemData(i) for i in range(editor.chooser.count())] == [
        "reallocation",
        "tax-compliance",
        "partners",
    ]
    assert editor.kind.currentData() == "reallocation"
    assert editor.given_as.currentData() == "pct_gdp"
    assert editor.mode.currentData() == "ramp"
    assert (editor.start.text(), editor.start_year.text()) == (f"0.1{NBSP}%", "2026")
    assert (editor.target.text(), editor.target_year.text()) == (f"0.3{NBSP}%", "2030")
    assert editor.note.toPlainText().startswith("ILLUSTRATIVE")
    choose(editor, "partners")
    assert editor.given_as.currentData() == "lcu" and editor.given_as.currentText() == "LAK a year"
    assert editor.values.text() == "2026: 500,000,000,000; 2030: 300,000,000,000; 2035: 0"
    assert (editor.low.text(), editor.high.text()) == (f"-100{NBSP}%", f"0{NBSP}%")
    assert not editor.scheme.isVisible() and editor.values.isVisible()


def test_an_amount_a_ramp_and_a_range_are_saved_as_typed(editor, document) -> None:
    choose(editor, "tax-compliance")
    editor.target.setText("3 %")
    editor.target.editingFinished.emit()
    ramp = document.project.financing_source("tax-compliance").amount.ramp
    assert (ramp.target, ramp.target_year) == (3.0, 2032)  # 3 % of government revenue
    editor.low.setText("-30 %")
    editor.low.editingFinished.emit()
    shifts = document.project.financing_source("tax-compliance").range
    assert (shifts.low, shifts.high, shifts.distribution) == (-0.3, 0.2, "triangular")
    saved = read_project(document.path).financing_source("tax-compliance")
    assert saved.range == shifts and saved.amount.ramp == ramp
    assert document.undo_stack.count() == 2


def test_a_new_source_is_typed_in_money_then_deleted(editor, document) -> None:
    editor.add_source()
    assert editor.current_id() == "source-1"
    editor.name.setText("Reserves")
    editor.name.editingFinished.emit()
    editor.kind.setCurrentIndex(editor.kind.findData("reserves"))
    editor.kind.activated.emit(editor.kind.currentIndex())
    editor.given_as.setCurrentIndex(editor.given_as.findData("lcu"))
    editor.given_as.activated.emit(editor.given_as.currentIndex())
    editor.values.setText("2027: 1,000,000,000")
    editor.values.editingFinished.emit()
    source = document.project.financing_source("source-1")
    assert (source.name, source.kind, source.unit) == ("Reserves", "reserves", "lcu")
    assert dict(source.amount.series.by_year) == {2027: 1e9}
    assert "In 2040 it gives 1,000,000,000 LAK" in editor.status.text()
    assert "No package chooses it yet" in editor.status.text()
    editor.delete_source()
    assert [s.id for s in document.project.financing_sources] == [
        "reallocation",
        "tax-compliance",
        "partners",
    ]


def test_a_refused_amount_is_explained_and_changes_nothing(editor, document, qtbot) -> None:
    before = document.project.financing_source("reallocation")
    with qtbot.waitSignal(editor.message) as message:
        editor.target.setText("150")
        editor.target.editingFinished.emit()
    assert message.args == ["150 is above the maximum 100"]
    assert editor.error.text() == message.args[0]
    assert document.project.financing_source("reallocation") == before
    assert editor.target.text() == f"0.3{NBSP}%"  # the project's value again
    assert document.undo_stack.count() == 0


def test_contributions_are_computed_from_a_subsidy_schemes_members(editor, document) -> None:
    assert editor.scheme.count() == 0  # the sample has no contribution subsidy to use
    body = scenario_template("contribution_subsidy", "informal", 2025, "Informal workers")
    document.apply(put_scenario(body), "add")
    assert editor.scheme.count() == 1
    choose(editor, "partners")
    editor.given_as.setCurrentIndex(editor.given_as.findData("contributions"))
    editor.given_as.activated.emit(editor.given_as.currentIndex())
    source = document.project.financing_source("partners")
    assert source.kind == "social_security_contributions" and source.unit is None
    assert source.contributions.scenario == "informal"
    assert editor.scheme.isVisible() and not editor.values.isVisible()
    assert not editor.kind.isEnabled()  # contributions are social security's
    editor.rate.setText("7.5 %")
    editor.rate.editingFinished.emit()
    assert document.project.financing_source("partners").contributions.rate == 0.075
    # the sample has no labour data, so the scheme has no members to count: the status says so
    error = document.results.financing_errors["partners"]
    assert error.message.startswith('cannot be computed: scenario "informal" has no results')
    assert editor.status.text() == error.message
