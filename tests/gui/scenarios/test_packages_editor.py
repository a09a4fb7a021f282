"""The packages editor: which scenarios a package holds and the financing sources chosen for it;
each change one saved command; a refused value explained; the status line gives the package's
cost and its gap or surplus in the end year."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from engine.store.files import read_project
from gui.common.labels import format_percent
from gui.scenarios.packages_editor import PackagesEditor


@pytest.fixture
def editor(qtbot, document) -> PackagesEditor:
    widget = PackagesEditor(document)
    qtbot.addWidget(widget)
    widget.show()  # a hidden editor catches up only when shown
    return widget


def choose(editor: PackagesEditor, package_id: str) -> None:
    editor.chooser.setCurrentIndex(editor.chooser.findData(package_id))


def checked(editor: PackagesEditor) -> list[str]:
    return [
        editor.members.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.members.count())
        if editor.members.item(i).checkState() == Qt.CheckState.Checked
    ]


def sources_checked(editor: PackagesEditor) -> list[str]:
    return [
        editor.financing.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.financing.count())
        if editor.financing.item(i).checkState() == Qt.CheckState.Checked
    ]


def test_the_editor_shows_the_chosen_packages_name_members_and_sources(editor) -> None:
    names = [editor.chooser.itemText(i) for i in range(editor.chooser.count())]
    assert names == ["Low: pension, maternity and health", "High: the full floor"]
    assert editor.current_id() == "low"
    assert editor.name.text() == "Low: pension, maternity and health"
    assert editor.members.count() == 5  # every scenario, checked when a member
    assert checked(editor) == ["social-pension-65", "maternity-benefit", "health-extension"]
    assert editor.financing.count() == 3  # every source, checked when chosen
    assert sources_checked(editor) == ["reallocation", "tax-compliance"]
    choose(editor, "high")
    assert len(checked(editor)) == 5
    assert sources_checked(editor) == ["reallocation", "tax-compliance", "partners"]


def test_the_status_gives_the_end_years_cost_and_the_gap_or_surplus(editor, document) -> None:
    columns = document.results.packages["low"].columns
    cost, financing = columns["pct_gdp"][-1], columns["financing_pct_gdp"][-1]
    assert financing > cost  # the sample's low package is affordable by 2040
    assert editor.status.text() == (
        f"In 2040 the package costs {format_percent(cost, 3)} of GDP. "
        f"Its sources give {format_percent(financing, 3)}: a surplus of "
        f"{format_percent(financing - cost, 3)} of GDP."
    )
    choose(editor, "high")
    high = document.results.packages["high"].columns
    gap = format_percent(high["financing_gap_pct_gdp"][-1], 3)
    assert f"a gap of {gap} of GDP" in editor.status.text()


def test_ticking_a_source_finances_the_package_with_it(editor, document) -> None:
    partners = editor.financing.item(2)
    assert partners.data(Qt.ItemDataRole.UserRole) == "partners"
    partners.setCheckState(Qt.CheckState.Checked)
    every = ("reallocation", "tax-compliance", "partners")
    assert document.project.package("low").financing == every
    assert read_project(document.path).package("low").financing == every
    for i in range(3):  # no source at all: the package has no financing, not 0
        editor.financing.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert document.project.package("low").financing == ()
    assert "sources give" not in editor.status.text()
    assert document.undo_stack.count() == 4
    document.undo()
    assert document.project.package("low").financing == ("partners",)


def test_a_refused_name_is_explained_and_changes_nothing(editor, document, qtbot) -> None:
    with qtbot.waitSignal(editor.message) as message:
        editor.name.setText("   ")
        editor.name.editingFinished.emit()
    assert message.args == ["must not be empty"]
    assert editor.error.text() == message.args[0]
    assert editor.name.text() == "Low: pension, maternity and health"
    assert document.undo_stack.count() == 0
    editor.name.setText("Low cost floor")
    editor.name.editingFinished.emit()
    assert editor.error.text() == "" and document.project.package("low").name == "Low cost floor"


def test_ticking_a_scenario_adds_it_in_the_projects_order(editor, document) -> None:
    child = editor.members.item(0)
    assert child.data(Qt.ItemDataRole.UserRole) == "child-benefit"
    child.setCheckState(Qt.CheckState.Checked)
    assert document.project.package("low").scenarios == (
        "child-benefit",
        "social-pension-65",
        "maternity-benefit",
        "health-extension",
    )
    editor.members.item(4).setCheckState(Qt.CheckState.Unchecked)  # the health extension
    assert document.project.package("low").scenarios[-1] == "maternity-benefit"
    assert document.undo_stack.count() == 2


def test_new_and_deleted_packages(editor, document) -> None:
    editor.add_package()
    assert editor.current_id() == "package-1"
    assert document.project.package("package-1").name == "New package"
    assert len(checked(editor)) == 5  # a new package holds every scenario
    editor.delete_package()
    assert [p.id for p in document.project.packages] == ["low", "high"]
    assert editor.current_id() == "low"
    editor.delete_package()
    editor.delete_package()
    assert editor.current_id() is None
    assert (editor.name.text(), editor.status.text()) == ("", "")
    assert editor.members.count() == 0 and editor.financing.count() == 0
