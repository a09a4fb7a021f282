"""The form of one scenario: exactly its kind's fields showing the project's values in their
units; each edit is one engine command; a refused value is explained under its field, which
shows the project's value again; the form follows undo, kind changes and deletions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from engine.edits.builders import delete_scenario, put_scenario, scenario_template
from engine.store.files import read_project
from gui.common.scenario_fields import form_fields
from gui.scenarios.form import ScenarioForm
from tests.gui.scenarios.conftest import NBSP


@pytest.fixture
def form(qtbot, document) -> ScenarioForm:
    widget = ScenarioForm(document)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_scenario("child-benefit")
    return widget


def line(form: ScenarioForm, name: str) -> QLineEdit:
    edit = form.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def combo(form: ScenarioForm, name: str) -> QComboBox:
    box = form.findChild(QComboBox, name)
    assert box is not None, name
    return box


def type_into(form: ScenarioForm, name: str, text: str) -> None:
    edit = line(form, name)
    edit.setText(text)
    edit.editingFinished.emit()


def test_the_form_shows_the_kinds_fields_with_the_projects_values(form) -> None:
    assert list(form.editors) == [f.key for f in form_fields("age_cash")]
    heading = form.heading.text()
    assert heading.startswith("<h3>Universal child benefit, ages 0-5</h3>")
    assert heading.endswith("Cash benefit by age")
    assert line(form, "id").text() == "child-benefit"
    assert combo(form, "guarantee").currentData() == "children"
    assert (line(form, "ages.from").text(), line(form, "ages.to").text()) == ("0", "5")
    assert line(form, "admin_rate").text() == f"5{NBSP}%"
    assert combo(form, "benefit.type").currentData() == "anchor"
    assert line(form, "benefit.amount").text() == f"20{NBSP}%"
    assert combo(form, "benefit.what").currentData() == "poverty_line"
    assert combo(form, "take_up.mode").currentData() == "ramp"
    assert line(form, "take_up.start").text() == f"30{NBSP}%"
    assert line(form, "take_up.target").text() == f"95{NBSP}%"
    assert line(form, "take_up.target_year").text() == "2030"
    assert not line(form, "take_up.values").isVisible() and line(form, "take_up.start").isVisible()
    replaces = combo(form, "replaces")
    assert [replaces.itemData(i) for i in range(replaces.count())] == [None]  # none existing


def test_an_edit_is_one_saved_command_and_undo_shows_the_old_value(form, document) -> None:
    type_into(form, "admin_rate", "7")
    assert document.project.scenario("child-benefit").admin_rate == 0.07
    assert read_project(document.path).scenario("child-benefit").admin_rate == 0.07
    assert (
        document.undo_stack.undoText() == "Edit Administration of Universal child benefit, ages 0-5"
    )
    assert not form.errors["admin_rate"].isVisible()
    document.undo()
    assert line(form, "admin_rate").text() == f"5{NBSP}%"


def test_retyping_the_same_value_changes_nothing(form, document) -> None:
    type_into(form, "admin_rate", "5")
    assert document.undo_stack.count() == 0


def test_a_value_that_is_not_one_is_explained_under_its_field(form, document, qtbot) -> None:
    with qtbot.waitSignal(form.refused) as refused:
        type_into(form, "admin_rate", "120")
    message = f"120{NBSP}% is above the maximum 100{NBSP}%"
    assert refused.args == [f"Administration: {message}"]
    assert form.errors["admin_rate"].isVisible() and form.errors["admin_rate"].text() == message
    assert line(form, "admin_rate").text() == f"5{NBSP}%"  # the project's value again
    assert document.undo_stack.count() == 0
    type_into(form, "admin_rate", "6")  # a good value clears the message
    assert not form.errors["admin_rate"].isVisible()


def test_the_engines_refusal_is_shown_in_its_words(form, document, qtbot) -> None:
    line(form, "ages.from").setText("9")  # above "to" (5): the engine refuses the band
    with qtbot.waitSignal(form.refused) as refused:
        line(form, "ages.from").editingFinished.emit()
    assert refused.args == ["Ages: the age band is reversed: 9 is above 5"]
    assert line(form, "ages.from").text() == "0"
    assert document.project.scenario("child-benefit").ages == (0, 5)


def test_switching_take_up_to_per_year_keeps_the_ramps_ends(form, document) -> None:
    mode = combo(form, "take_up.mode")
    mode.setCurrentIndex(mode.findData("series"))
    mode.activated.emit(mode.currentIndex())
    take_up = document.project.scenario("child-benefit").take_up
    assert take_up.series is not None
    assert dict(take_up.series.by_year) == {2026: 0.3, 2030: 0.95}
    QApplication.processEvents()
    assert line(form, "take_up.values").isVisible()
    assert line(form, "take_up.values").text() == f"2026: 30{NBSP}%; 2030: 95{NBSP}%"


def test_a_paragraph_is_saved_when_it_loses_focus(form, document) -> None:
    box = form.findChild(QPlainTextEdit, "rationale")
    box.setPlainText("  Children outside SSO families get nothing.  ")
    QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut))
    assert document.project.scenario("child-benefit").rationale == (
        "Children outside SSO families get nothing."
    )


def test_another_kind_builds_its_own_fields(form) -> None:
    form.show_scenario("health-extension")
    assert list(form.editors) == [f.key for f in form_fields("health_per_capita")]
    assert "benefit" not in form.editors
    assert line(form, "annual_cost_per_person").text() == "223,100"
    assert line(form, "covered_share").text() == f"25{NBSP}%"
    form.show_scenario(None)
    assert form.editors == {} and form.heading.text().startswith("<i>Choose a scenario on")
    assert not form.id_edit.isVisible()


def test_the_form_follows_a_change_of_kind_and_a_deletion(form, document) -> None:
    body = scenario_template("health_per_capita", "child-benefit", 2025, "Now a health scheme")
    document.apply(put_scenario(body), "Change kind")
    assert form.kind == "health_per_capita"
    assert "annual_cost_per_person" in form.editors and "benefit" not in form.editors
    document.undo()
    assert form.kind == "age_cash" and "benefit" in form.editors
    existing = {**scenario_template("age_cash", "old", 2025, "Old scheme"), "status": "existing"}
    document.apply(put_scenario(existing), "Add")
    replaces = combo(form, "replaces")
    assert [replaces.itemData(i) for i in range(replaces.count())] == [None, "old"]
    document.apply(delete_scenario(document.project, "child-benefit"), "Delete")
    assert form.scenario_id is None and form.editors == {}


def test_the_id_is_renamed_with_every_link_and_a_bad_one_is_refused(form, document) -> None:
    renamed: list[str] = []
    form.renamed.connect(renamed.append)
    type_into(form, "id", "child-grant")
    assert renamed == ["child-grant"]
    project = document.project
    assert project.scenario("child-grant").name
    assert all("child-benefit" not in p.scenarios for p in project.packages)
    assert document.undo_stack.undoText() == "Rename child-benefit to child-grant"
    type_into(form, "id", "child grant")  # a space: refused, the id shown again
    assert "is not a valid id" in form.id_error.text() and form.id_error.isVisible()
    assert line(form, "id").text() == "child-grant"
    document.undo()
    assert any(s.id == "child-benefit" for s in document.project.scenarios)


def test_a_fixed_amount_says_its_currency_and_price_year(form, document) -> None:
    body = scenario_template("age_cash", "fixed-pension", 2025, "Fixed pension")
    body["benefit"] = {"type": "fixed", "monthly_amount": 120000, "indexation": "prices"}
    document.apply(put_scenario(body), "add")
    form.show_scenario("fixed-pension")
    unit = form.findChild(QLabel, "benefit.unit")
    assert unit.text() == "LAK a month at 2025 prices, indexed to"
    assert combo(form, "benefit.what").currentText() == "prices (CPI)"
    form.show_scenario("child-benefit")
    assert form.findChild(QLabel, "benefit.unit").text() == "of"


def test_an_edit_elsewhere_keeps_what_is_being_typed_and_a_scenario_edit_shows(
    form, document
) -> None:
    """An edit of the matrix or a package (the workshop's, another tab's) leaves the
    scenarios as they were: the fields are not filled again, so text being typed stays;
    an edit of a scenario fills them with the project's values."""
    from engine.edits.builders import set_package_field, set_scenario_field

    line(form, "admin_rate").setText("7")  # typed, not yet committed
    document.apply(set_package_field(document.project, "high", "name", "High, renamed"), "name")
    assert line(form, "admin_rate").text() == "7"
    document.apply(
        set_scenario_field(document.project, "social-pension-65", "name", "Old-age pension"),
        "name",
    )
    assert line(form, "admin_rate").text() == f"5{NBSP}%"  # the project's value again
    picker = form.findChild(QListWidget, "covered_by")
    assert "Old-age pension" in [picker.item(i).text() for i in range(picker.count())]
