"""The History panel in the window: it follows edits, opens on one field, takes comments."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from gui.common.history_menu import field_menu, history_action_text
from gui.matrix.model import COLUMN_INDEX


def test_the_panel_follows_edits_and_a_field_opens_its_own_history(window) -> None:
    tab = window.matrix_tab
    model = tab.model
    assert model.setData(model.index(0, COLUMN_INDEX["notes"]), "First")
    assert model.setData(model.index(1, COLUMN_INDEX["notes"]), "Second")
    panel = window.history
    assert panel.model.rowCount() == 0  # hidden: the history is not read on every edit
    window.history_dock.show()  # shown: read at once
    assert panel.model.rowCount() == 2
    assert model.setData(model.index(2, COLUMN_INDEX["notes"]), "Third")
    assert panel.model.rowCount() == 3  # shown: it follows every edit
    path = tab._path_at(tab.proxy.index(0, COLUMN_INDEX["notes"]))
    assert path == "matrix.health-coverage.notes"
    menu = field_menu(tab.view, path, window.show_field_history)
    action = menu.actions()[-1]
    assert action.text() == history_action_text()
    action.trigger()
    assert window.history_dock.isVisibleTo(window)
    assert panel.field.text() == "matrix.health-coverage.notes"
    assert panel.model.rowCount() == 1
    assert panel.count.text() == "1 change shown"


def test_a_comment_says_why_an_edit_was_made(window) -> None:
    model = window.matrix_tab.model
    assert model.setData(model.index(0, COLUMN_INDEX["notes"]), "First")
    panel = window.history
    window.history_dock.show()
    assert panel.ask_comment() is None  # nothing selected: said in the status bar
    panel.view.selectionModel().setCurrentIndex(
        panel.model.index(0, 0), QItemSelectionModel.SelectionFlag.SelectCurrent
    )
    dialog = panel.ask_comment()
    assert dialog is not None
    dialog.setTextValue("per MoF letter of 3 May")
    dialog.accept()
    assert window.document.history()[0].comment == "per MoF letter of 3 May"
    assert panel.model.text(panel.model.rows[0], 5).endswith("— per MoF letter of 3 May")


def test_scenario_form_and_country_fields_offer_their_history(window) -> None:
    form = window.scenarios_tab.form
    window.scenarios_tab.show_scenario("child-benefit")
    editor = next(iter(form.editors["admin_rate"].values()))
    assert form._path("admin_rate") == "scenarios.child-benefit.admin_rate"
    menu = field_menu(editor, form._path("admin_rate"), window.show_field_history)
    menu.actions()[-1].trigger()
    assert window.history.field.text() == "scenarios.child-benefit.admin_rate"
    country = window.country_tab
    index = country.economy.index(0, 0)
    assert country._population_path(country.population.index(3, 1)) == (
        f"population.rows.{country.population.year}|male|3"
    )
    assert index.isValid()
