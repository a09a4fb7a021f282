"""The packages editor: which scenarios a package holds and its fiscal-space envelope in % of
GDP; each change one saved command; a refused value explained; the status line gives the
package's cost and the space left in the end year."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from engine.store.files import read_project
from engine.store.project_store import ProjectStore
from gui.common.labels import format_percent
from gui.document.project_document import ProjectDocument
from gui.scenarios.packages_editor import PackagesEditor

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def document(qtbot, sample_file) -> Iterator[ProjectDocument]:
    opened = ProjectDocument(ProjectStore.open(sample_file))
    yield opened
    opened.close()


@pytest.fixture
def editor(qtbot, document) -> PackagesEditor:
    widget = PackagesEditor(document)
    qtbot.addWidget(widget)
    return widget


def choose(editor: PackagesEditor, package_id: str) -> None:
    editor.chooser.setCurrentIndex(editor.chooser.findData(package_id))


def checked(editor: PackagesEditor) -> list[str]:
    return [
        editor.members.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.members.count())
        if editor.members.item(i).checkState() == Qt.CheckState.Checked
    ]


def test_the_editor_shows_the_chosen_packages_name_envelope_and_members(editor) -> None:
    names = [editor.chooser.itemText(i) for i in range(editor.chooser.count())]
    assert names == ["Low: pension, maternity and health", "High: the full floor"]
    assert editor.current_id() == "low"
    assert editor.name.text() == "Low: pension, maternity and health"
    assert editor.envelope.text() == f"0.5{NBSP}%"
    assert editor.members.count() == 5  # every scenario, checked when a member
    assert checked(editor) == ["social-pension-65", "maternity-benefit", "health-extension"]
    choose(editor, "high")
    assert editor.envelope.text() == f"1{NBSP}%" and len(checked(editor)) == 5


def test_the_status_gives_the_end_years_cost_and_the_space_left(editor, document) -> None:
    columns = document.results.packages["low"].columns
    cost, gap = columns["pct_gdp"][-1], columns["fiscal_space_gap_pct_gdp"][-1]
    assert gap == pytest.approx(0.5 - cost)  # the envelope is 0.5 % of GDP
    assert editor.status.text() == (
        f"In 2040 the package costs {format_percent(cost, 3)} of GDP. "
        f"Fiscal space left: {format_percent(gap, 3)} of GDP."
    )


def test_a_new_envelope_is_saved_per_year(editor, document) -> None:
    editor.envelope.setText("2025: 0.5; 2030: 1.5 %")
    editor.envelope.editingFinished.emit()
    envelope = document.project.package("low").fiscal_space_percent_gdp
    assert dict(envelope.by_year) == {2025: 0.5, 2030: 1.5}  # percent of GDP, as typed
    assert read_project(document.path).package("low").fiscal_space_percent_gdp == envelope
    assert editor.envelope.text() == f"2025: 0.5{NBSP}%; 2030: 1.5{NBSP}%"
    gap = document.results.packages["low"].columns["fiscal_space_gap_pct_gdp"][-1]
    assert f"Fiscal space left: {format_percent(gap, 3)}" in editor.status.text()
    editor.envelope.setText("")  # no envelope: no space left to show
    editor.envelope.editingFinished.emit()
    assert document.project.package("low").fiscal_space_percent_gdp is None
    assert "Fiscal space left" not in editor.status.text()


def test_a_refused_envelope_or_name_is_explained_and_changes_nothing(
    editor, document, qtbot
) -> None:
    with qtbot.waitSignal(editor.message) as message:
        editor.envelope.setText("150")
        editor.envelope.editingFinished.emit()
    assert message.args == [f"150{NBSP}% is above the maximum 100{NBSP}%"]
    assert editor.error.text() == message.args[0]
    assert editor.envelope.text() == f"0.5{NBSP}%"  # the project's value again
    with qtbot.waitSignal(editor.message) as message:
        editor.name.setText("   ")
        editor.name.editingFinished.emit()
    assert message.args == ["must not be empty"]
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
    assert (editor.name.text(), editor.envelope.text(), editor.status.text()) == ("", "", "")
    assert editor.members.count() == 0
