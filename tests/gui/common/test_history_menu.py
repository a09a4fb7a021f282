"""A field's history one right-click away: the usual menu, then "History of this field"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from gui.common.history_menu import field_menu, history_action_text


def test_a_text_box_keeps_its_menu_and_gains_the_history(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    shown: list[str] = []
    menu = field_menu(edit, "economy.cpi_inflation", shown.append)
    actions = menu.actions()
    assert len(actions) > 3 and actions[-1].text() == history_action_text()
    actions[-1].trigger()
    assert shown == ["economy.cpi_inflation"]


def test_a_choice_without_a_path_offers_nothing(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    assert field_menu(combo, None, print).actions() == []
    assert [a.text() for a in field_menu(combo, "x", print).actions()] == [history_action_text()]
