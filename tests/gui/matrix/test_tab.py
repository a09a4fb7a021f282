"""The assessment matrix tab: models, row edits with undo to the identical file, paste, costs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from engine.format.json_file import dumps_project
from engine.format.write import scenario_to_dict
from engine.store.files import read_project
from gui.common.labels import format_percent
from gui.common.tsv import from_tsv, to_tsv
from gui.matrix.model import COLUMN_INDEX


def on_disk(window) -> str:
    """The project as the file holds it, read afresh."""
    return dumps_project(read_project(window.document.path))


def cell(tab, row: int, key: str) -> str:
    return tab.model.data(tab.model.index(row, COLUMN_INDEX[key]))


def select(tab, row: int, key: str = "recommendation") -> None:
    index = tab.proxy.mapFromSource(tab.model.index(row, COLUMN_INDEX[key]))
    tab.view.setCurrentIndex(index)


def test_models_pass_the_qt_model_tester(window, qtmodeltester) -> None:
    tab = window.matrix_tab
    qtmodeltester.check(tab.model)
    tab.guarantee_filter.setCurrentIndex(tab.guarantee_filter.findData("elderly"))
    qtmodeltester.check(tab.proxy)
    assert tab.proxy.rowCount() == 2


def test_add_edit_move_delete_then_undo_all_gives_the_identical_file(window) -> None:
    tab = window.matrix_tab
    model = tab.model
    original = on_disk(window)
    select(tab, 0)
    tab.add_row()  # below row 0
    assert len(model.rows) == 10 and model.rows[1].guarantee == "health"
    new_id = model.rows[1].id
    recommendation = model.index(1, COLUMN_INDEX["recommendation"])
    assert model.setData(recommendation, "Train provincial staff\non enrolment")
    assert model.setData(model.index(1, COLUMN_INDEX["priority"]), "3")
    assert model.setData(
        model.index(1, COLUMN_INDEX["costable"]),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    select(tab, 1)
    tab.move_row(1)
    assert model.rows[2].id == new_id
    select(tab, 4)
    tab.delete_selection()
    after = on_disk(window)
    saved = read_project(window.document.path)
    assert saved.matrix[2].recommendation == "Train provincial staff\non enrolment"
    assert saved.matrix[2].priority == 3 and saved.matrix[2].costable
    assert len(saved.matrix) == 9
    stack = window.document.undo_stack
    assert stack.count() == 6
    window.tabs.setCurrentIndex(2)  # undo survives a tab switch
    while stack.canUndo():
        window.document.undo()
    assert on_disk(window) == original
    while stack.canRedo():
        window.document.redo()
    assert on_disk(window) == after


def test_undo_names_the_action(window) -> None:
    model = window.matrix_tab.model
    model.setData(model.index(0, COLUMN_INDEX["notes"]), "checked with MoH")
    assert window.undo_action.text() == "Undo Edit Notes"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Redo Edit Notes"


def test_paste_from_a_spreadsheet_keeps_newlines_and_tabs_in_cells(window) -> None:
    tab = window.matrix_tab
    # As LibreOffice puts it on the clipboard: quoted cells hold a newline and a tab.
    block = (
        'Existing A\t"Gap line 1\nGap line 2"\tIssue A\n'
        'Existing B\t"Gap with\ttab"\t"He said ""no"""\n'
    )
    assert from_tsv(block)[1] == ["Existing B", "Gap with\ttab", 'He said "no"']
    QGuiApplication.clipboard().setText(block)
    last = len(tab.model.rows) - 1
    select(tab, last, "existing_provision")
    tab.paste()  # two rows: the last one, and one new row past the end
    saved = read_project(window.document.path).matrix
    assert len(saved) == 10
    assert (saved[last].existing_provision, saved[last].policy_gap) == (
        "Existing A",
        "Gap line 1\nGap line 2",
    )
    assert saved[last + 1].policy_gap == "Gap with\ttab"
    assert saved[last + 1].implementation_issue == 'He said "no"'
    assert saved[last + 1].guarantee == saved[last].guarantee
    window.document.undo()  # a paste is one step
    assert len(read_project(window.document.path).matrix) == 9


def test_copy_gives_tab_separated_text_a_spreadsheet_reads(window) -> None:
    tab = window.matrix_tab
    selection = tab.view.selectionModel()
    for key in ("guarantee", "existing_provision"):
        index = tab.proxy.mapFromSource(tab.model.index(0, COLUMN_INDEX[key]))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    tab.copy()
    rows = from_tsv(QGuiApplication.clipboard().text())
    assert rows == [["Health care", tab.model.rows[0].existing_provision]]
    assert to_tsv(rows) == QGuiApplication.clipboard().text()


def test_a_linked_recommendation_shows_its_scenario_cost_and_follows_changes(window) -> None:
    tab = window.matrix_tab
    document = window.document
    row = next(i for i, r in enumerate(tab.model.rows) if r.scenario_ids == ("child-benefit",))
    year = tab.model.cost_year
    expected = document.results.scenarios["child-benefit"].columns["pct_gdp"][year - 2025]
    assert expected > 0
    assert cell(tab, row, "cost") == format_percent(expected, 3)
    # Double the child benefit: the matrix shows the new cost at once.
    scenario = document.project.scenario("child-benefit")
    body = scenario_to_dict(scenario)
    body["benefit"] = {**body["benefit"], "percent": 40}
    from engine.edits.commands import Put

    document.apply(Put("scenario", "child-benefit", body), "Double the benefit")
    doubled = document.results.scenarios["child-benefit"].columns["pct_gdp"][year - 2025]
    assert doubled > 1.9 * expected
    assert cell(tab, row, "cost") == format_percent(doubled, 3)
    # Link a second scenario: the row shows the sum.
    tab.model.setData(
        tab.model.index(row, COLUMN_INDEX["scenario_ids"]), "child-benefit, maternity-benefit"
    )
    maternity = document.scenario_pct_gdp("maternity-benefit", year)
    assert cell(tab, row, "cost") == format_percent(doubled + maternity, 3)
    tab.year.setValue(2035)
    assert "2035" in tab.model.headerData(COLUMN_INDEX["cost"], Qt.Orientation.Horizontal)


def test_clicking_the_cost_opens_the_scenario(window, qtbot) -> None:
    tab = window.matrix_tab
    row = next(i for i, r in enumerate(tab.model.rows) if r.scenario_ids == ("social-pension-65",))
    index = tab.proxy.mapFromSource(tab.model.index(row, COLUMN_INDEX["cost"]))
    rect = tab.view.visualRect(index)
    tab.view.scrollTo(index)
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.scenarios_tab
    assert window.scenarios_tab.current_id() == "social-pension-65"


def test_invalid_edits_are_refused_with_the_reason(window, qtbot) -> None:
    model = window.matrix_tab.model
    before = window.document.project.matrix[0]
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(0, COLUMN_INDEX["priority"]), "high")
    assert "not a whole number" in refused.args[0]
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(0, COLUMN_INDEX["scenario_ids"]), "no-such-scenario")
    assert "no-such-scenario" in refused.args[0]
    assert window.document.project.matrix[0] == before
    assert window.document.undo_stack.count() == 0
    assert "not the id of any scenario" in window.messages.text()


def test_filters_by_guarantee_and_search(window) -> None:
    tab = window.matrix_tab
    tab.search.setText("capitation")
    assert tab.proxy.rowCount() == 1
    tab.search.setText("")
    tab.guarantee_filter.setCurrentIndex(tab.guarantee_filter.findData("working_age"))
    assert tab.proxy.rowCount() == 4
    tab.add_row()  # a new row takes the guarantee shown
    (added,) = [r for r in tab.model.rows if r.id.startswith("row-")]
    assert added.guarantee == "working_age"
    assert tab.proxy.rowCount() == 5


def test_linked_scenarios_are_picked_and_shown_by_name(window) -> None:
    from PySide6.QtWidgets import QListWidget, QStyleOptionViewItem

    tab = window.matrix_tab
    model = tab.model
    row = next(i for i, r in enumerate(model.rows) if r.scenario_ids == ("child-benefit",))
    names = {s.id: s.name for s in window.document.project.scenarios}
    assert cell(tab, row, "scenario_ids") == names["child-benefit"]
    index = tab.proxy.mapFromSource(model.index(row, COLUMN_INDEX["scenario_ids"]))
    delegate = tab.view.itemDelegate()
    picker = delegate.createEditor(tab.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(picker, QListWidget)
    delegate.setEditorData(picker, index)
    ticked = [
        picker.item(i).text()
        for i in range(picker.count())
        if picker.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == [names["child-benefit"]]
    maternity = [picker.item(i).text() for i in range(picker.count())].index(
        names["maternity-benefit"]
    )
    picker.item(maternity).setCheckState(Qt.CheckState.Checked)
    delegate.setModelData(picker, tab.proxy, index)
    assert model.rows[row].scenario_ids == ("child-benefit", "maternity-benefit")
    assert cell(tab, row, "scenario_ids") == (
        f"{names['child-benefit']}; {names['maternity-benefit']}"
    )
    # typed or pasted by name (names hold commas: ";" separates them)
    model.setData(model.index(row, COLUMN_INDEX["scenario_ids"]), names["social-pension-65"])
    assert model.rows[row].scenario_ids == ("social-pension-65",)


def test_deleted_rows_can_be_brought_back_from_the_message(window) -> None:
    tab = window.matrix_tab
    before = window.document.project.matrix
    select(tab, 0)
    tab.delete_selection()
    assert len(window.document.project.matrix) == len(before) - 1
    bar = window.messages
    assert bar.text() == "1 row deleted." and bar.show_button.text() == "Undo"
    bar.show_button.click()
    assert window.document.project.matrix == before


def test_rows_fit_their_text_on_screen_and_a_hidden_matrix_measures_nothing(window) -> None:
    """Rows on screen are as tall as their text; edits made while the matrix is hidden
    measure no row, and shown again it has the current costs and names at once."""
    from PySide6.QtWidgets import QApplication

    from engine.edits.builders import set_scenario_field

    tab = window.matrix_tab
    window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    view = tab.view
    height = view.viewport().height()
    on_screen = [r for r in range(tab.proxy.rowCount()) if view.rowViewportPosition(r) < height]
    assert on_screen and all(view.rowHeight(r) == view.sizeHintForRow(r) for r in on_screen)
    before = view.rowHeight(0)
    long_text = "\n".join(f"line {i} of a long recommendation" for i in range(12))
    tab.model.setData(tab.model.index(0, COLUMN_INDEX["recommendation"]), long_text)
    QApplication.processEvents()
    taller = view.rowHeight(0)
    assert taller > before and taller == view.sizeHintForRow(0)
    window.tabs.setCurrentWidget(window.scenarios_tab)
    tab.fitter.measured.clear()
    document = window.document
    row = next(i for i, r in enumerate(tab.model.rows) if r.scenario_ids == ("child-benefit",))
    for name in ("Child grant", "Child grant for all"):
        document.apply(
            set_scenario_field(document.project, "child-benefit", "name", name), "rename"
        )
        QApplication.processEvents()
    assert not tab.fitter.measured  # hidden: nothing measured
    window.tabs.setCurrentWidget(tab)  # shown: fitted before the first paint
    assert tab.fitter.measured
    assert cell(tab, row, "scenario_ids") == "Child grant for all"
    year = tab.model.cost_year
    cost = document.results.scenarios["child-benefit"].columns["pct_gdp"][year - 2025]
    assert cell(tab, row, "cost") == format_percent(cost, 3)
    assert view.rowHeight(0) == taller


def test_a_cell_edit_fits_its_row_again_and_a_new_cost_fits_none(window) -> None:
    """Rows edited in place are told as changed, not reset: the selection stays and only
    the edited row is measured again; new costs (one short line) measure no row."""
    from PySide6.QtWidgets import QApplication

    from engine.edits.builders import set_scenario_field

    tab = window.matrix_tab
    window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    model, view = tab.model, tab.view
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    tab.select_row_id(model.rows[1].id, COLUMN_INDEX["recommendation"])
    measured = set(tab.fitter.measured)
    assert {0, 1, 2} <= measured
    long_text = "\n".join(f"line {i} of a long recommendation" for i in range(12))
    assert model.setData(model.index(1, COLUMN_INDEX["recommendation"]), long_text)
    assert tab.fitter.measured == measured - {1}  # the edited row only
    QApplication.processEvents()
    assert not resets and tab.fitter.measured == measured
    assert view.rowHeight(1) == view.sizeHintForRow(1)
    assert tab.proxy.mapToSource(view.currentIndex()).row() == 1  # still chosen
    assert cell(tab, 1, "recommendation") == long_text
    document = window.document
    row = next(i for i, r in enumerate(model.rows) if r.scenario_ids == ("child-benefit",))
    document.apply(
        set_scenario_field(document.project, "child-benefit", "admin_rate", 0.2), "admin"
    )
    assert tab.fitter.measured == measured  # a cost changed: no row measured again
    year = model.cost_year
    cost = document.results.scenarios["child-benefit"].columns["pct_gdp"][year - 2025]
    assert cell(tab, row, "cost") == format_percent(cost, 3)


def test_a_long_matrix_measures_only_the_rows_on_screen(window, tmp_path) -> None:
    """2,000 rows: the first paint measures a screenful; scrolling measures what comes."""
    import dataclasses

    from PySide6.QtWidgets import QApplication

    from engine.store.files import write_project

    project = window.document.project
    rows = tuple(
        dataclasses.replace(row, id=f"{row.id}-{i}")
        for i in range(2000 // len(project.matrix) + 1)
        for row in project.matrix
    )[:2000]
    path = tmp_path / "long.abnd"
    write_project(dataclasses.replace(project, matrix=rows), path)
    assert window.open_project(path)
    tab = window.matrix_tab
    window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    view = tab.view
    first = set(tab.fitter.measured)
    assert 0 < len(first) < 60 and tab.proxy.rowCount() == 2000
    for _ in range(5):  # rows fitted at the bottom grow, so the end moves: as End held down
        view.scrollToBottom()
        QApplication.processEvents()
    assert 1999 in tab.fitter.measured and len(tab.fitter.measured) < 200
    assert view.rowHeight(1999) == view.sizeHintForRow(1999)
