"""The window's group-work actions: the author's name asked once and kept, the menus."""

from __future__ import annotations

from engine.edits.builders import set_matrix_cells
from gui.shell import group_work
from gui.shell.settings import Settings


def test_the_name_is_asked_kept_in_the_settings_and_recorded(window) -> None:
    assert window.settings.author == ""
    dialog = group_work.ask_author(window)
    assert dialog.textValue() == group_work.login_name()  # a sensible default
    dialog.setTextValue("  Somchai   Phommachanh ")
    dialog.accept()
    assert window.settings.author == "Somchai Phommachanh"
    assert Settings().author == "Somchai Phommachanh"  # kept for the next start
    document = window.document
    document.apply(set_matrix_cells(document.project, "disability", {"notes": "x"}), "Edit")
    assert document.history()[-1].author == "Somchai Phommachanh"


def test_declining_keeps_the_login_name_so_it_is_not_asked_again(window) -> None:
    dialog = group_work.ask_author(window)
    dialog.reject()
    assert window.settings.author == group_work.login_name()


def test_the_file_view_and_edit_menus_offer_group_work(window) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for wanted in (
        "&Merge changes from another copy...",
        "Save a &version...",
        "&Versions...",
        "&Compare...",
    ):
        assert wanted in texts
    view = [a.text() for a in window.menuBar().actions()[2].menu().actions()]
    assert "&History" in view
    edit = [a.text() for a in window.menuBar().actions()[1].menu().actions()]
    assert "Your &name..." in edit
    window.show_history()
    assert window.history_dock.isVisibleTo(window)
    window.show_history()
    assert not window.history_dock.isVisibleTo(window)
