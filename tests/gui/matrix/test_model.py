"""The assessment matrix as a Qt table model over the project's matrix rows: it passes Qt's
model tester, shows each row as a workshop reads it, and turns every edit into an engine
command (saved, undoable), refusing bad cells with the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from engine.domain.errors import InputError
from engine.format.json_file import dumps_project
from engine.store.files import read_project
from engine.store.project_store import ProjectStore
from gui.common.labels import format_percent
from gui.document.project_document import ProjectDocument
from gui.matrix.model import COLUMN_INDEX, COLUMNS, ROW_ID_ROLE, MatrixModel, parse_cell

YEAR = 2030
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


@pytest.fixture
def document(qtbot, sample_file) -> Iterator[ProjectDocument]:
    opened = ProjectDocument(ProjectStore.open(sample_file))
    yield opened
    opened.close()


@pytest.fixture
def model(document) -> MatrixModel:
    return MatrixModel(document, cost_year=YEAR)


def index(model: MatrixModel, row: int, key: str):
    return model.index(row, COLUMN_INDEX[key])


def on_disk(document) -> str:
    return dumps_project(read_project(document.path))


def test_the_model_passes_the_qt_model_tester(model, qtmodeltester) -> None:
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (9, len(COLUMNS))
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_headers_name_the_columns_and_the_cost_year(model) -> None:
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert titles[:3] == ["Guarantee", "Existing provision", "Policy gap"]
    assert titles[COLUMN_INDEX["cost"]] == "% of GDP (2030)"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_cells_show_the_rows_as_a_workshop_reads_them(model) -> None:
    # row 0: health coverage, linked to the health extension, priority 1
    assert model.data(index(model, 0, "guarantee")) == "Health care"
    assert model.data(index(model, 0, "scenario_ids")) == "Health coverage for the uncovered"
    assert model.data(index(model, 0, "agencies")) == "MoH, MoF, MoLSW, WHO"
    assert model.data(index(model, 0, "priority")) == "1"
    assert model.data(index(model, 0, "costable")) is None  # a check box, no text
    assert model.data(index(model, 0, "costable"), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert model.data(index(model, 1, "costable"), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert model.data(index(model, 3, "guarantee")) == "Working age"
    assert model.data(index(model, 0, "notes"), ROW_ID_ROLE) == "health-coverage"


def test_the_cost_column_sums_the_linked_scenarios_in_the_cost_year(model, document) -> None:
    results = document.results
    pct = results.scenarios["health-extension"]["pct_gdp"][YEAR - 2025]
    assert model.data(index(model, 0, "cost")) == format_percent(pct, 3)
    assert model.row_cost(model.rows[0]) == pct
    assert model.data(index(model, 1, "cost")) == ""  # not linked: empty
    assert model.row_cost(model.rows[1]) is None
    tip = model.data(index(model, 0, "cost"), Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        f"Health coverage for the uncovered: {format_percent(pct, 3)}\nClick to open the scenario."
    )
    assert model.data(index(model, 0, "cost"), Qt.ItemDataRole.FontRole).underline()
    assert model.data(index(model, 1, "cost"), Qt.ItemDataRole.FontRole) is None


def test_long_text_gets_a_tooltip_and_short_text_none(model) -> None:
    notes = model.rows[0].notes
    assert len(notes) > 40
    assert model.data(index(model, 0, "notes"), Qt.ItemDataRole.ToolTipRole) == notes
    assert model.data(index(model, 0, "priority"), Qt.ItemDataRole.ToolTipRole) is None


def test_cost_is_read_only_costable_a_check_box_the_rest_editable(model) -> None:
    flags = lambda key: model.flags(index(model, 0, key))  # noqa: E731
    assert not flags("cost") & Qt.ItemFlag.ItemIsEditable
    assert flags("costable") & Qt.ItemFlag.ItemIsUserCheckable
    assert not flags("costable") & Qt.ItemFlag.ItemIsEditable
    for key in ("guarantee", "recommendation", "priority", "agencies", "notes"):
        assert flags(key) & Qt.ItemFlag.ItemIsEditable, key


def test_an_edit_is_saved_and_undone(model, document) -> None:
    before = on_disk(document)
    assert model.setData(index(model, 1, "agencies"), "MoH; WHO , MoF")
    assert document.project.matrix[1].agencies == ("MoH", "WHO", "MoF")
    assert read_project(document.path).matrix[1].agencies == ("MoH", "WHO", "MoF")
    assert model.data(index(model, 1, "agencies")) == "MoH, WHO, MoF"
    assert model.setData(
        index(model, 1, "costable"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert document.project.matrix[1].costable is True
    assert document.undo_stack.undoText() == "Edit Costable"
    document.undo()
    document.undo()
    assert on_disk(document) == before
    assert model.data(index(model, 1, "agencies")) == "MoH, MoLSW (SSO), LFTU, Lao Youth Union"


def test_a_refused_cell_keeps_its_value_and_says_why(model, document, qtbot) -> None:
    before = on_disk(document)
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(index(model, 0, "guarantee"), "pensions")
    assert refused.args == [
        '"pensions" is not a guarantee (health care, children, working age or elderly)'
    ]
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(index(model, 0, "scenario_ids"), "ghost")
    assert refused.args == ['Linked scenarios: "ghost" is not the id of any scenario']
    assert not model.setData(index(model, 0, "notes"), "x", Qt.ItemDataRole.ToolTipRole)
    assert on_disk(document) == before and document.undo_stack.count() == 0


def test_a_pasted_block_updates_rows_and_adds_new_ones_in_one_step(model, document) -> None:
    left = COLUMN_INDEX["recommendation"]
    block = [["First", "yes"], ["Second", "no"], ["Third", "x"]]
    assert model.paste_block(7, left, block)  # rows 8 and 9 exist; a 10th is added
    rows = document.project.matrix
    assert [r.recommendation for r in rows[7:]] == ["First", "Second", "Third"]
    assert [r.costable for r in rows[7:]] == [True, False, True]
    assert len(rows) == 10 and rows[9].guarantee == rows[7].guarantee == "elderly"
    assert model.rowCount() == 10
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Paste"
    document.undo()
    assert len(document.project.matrix) == 9 and model.rowCount() == 9


def test_a_pasted_guarantee_column_sets_new_rows_guarantee(model, document) -> None:
    block = [["Children", "Added by paste"]]
    assert model.paste_block(9, 0, block)
    assert (
        document.project.matrix[9].guarantee,
        document.project.matrix[9].existing_provision,
    ) == (
        "children",
        "Added by paste",
    )


def test_a_bad_pasted_cell_refuses_the_whole_block(model, document, qtbot) -> None:
    before = on_disk(document)
    block = [["1"], ["soon"]]
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.paste_block(0, COLUMN_INDEX["priority"], block)
    assert refused.args == ['Priority: "soon" is not a whole number']
    assert on_disk(document) == before


def test_a_new_cost_year_renames_the_header_and_refreshes_the_costs(model, document, qtbot) -> None:
    column = COLUMN_INDEX["cost"]
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.set_cost_year(2040)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "% of GDP (2040)"
    pct = document.results.scenarios["social-pension-65"]["pct_gdp"][-1]
    assert model.data(index(model, 8, "cost")) == format_percent(pct, 3)


def test_the_model_follows_undo_and_stays_consistent(model, document, qtmodeltester) -> None:
    from engine.edits.builders import add_matrix_row, new_matrix_ids

    (row_id,) = new_matrix_ids(document.project, 1)
    document.apply(add_matrix_row(row_id, "health", {"notes": "new"}, position=0), "Add row")
    assert model.rowCount() == 10 and model.data(index(model, 0, "notes")) == "new"
    qtmodeltester.check(model)
    document.undo()
    assert model.rowCount() == 9


@pytest.mark.parametrize(
    "key, text, value",
    [
        ("costable", "Yes", True),
        ("costable", " x ", True),
        ("costable", "", False),
        ("costable", "0", False),
        ("costable", True, True),
        ("guarantee", "working age", "working_age"),
        ("scenario_ids", "a, b; c,", ["a", "b", "c"]),
        ("agencies", "", []),
        ("priority", " 3 ", 3),
        ("priority", "", None),
        ("notes", None, ""),
        ("notes", "two\nlines", "two\nlines"),
    ],
)
def test_cells_are_read_from_what_was_typed(qapp, key, text, value) -> None:
    assert parse_cell(key, text) == value


@pytest.mark.parametrize(
    "key, text, message",
    [
        ("costable", "maybe", 'Costable: "maybe" is not yes or no'),
        ("priority", "-1", 'Priority: "-1" is not a whole number'),
        ("priority", "1.5", 'Priority: "1.5" is not a whole number'),
        ("guarantee", "", '"" is not a guarantee (health care, children, working age or elderly)'),
    ],
)
def test_cells_of_no_known_value_are_refused(qapp, key, text, message) -> None:
    with pytest.raises(ValueError) as raised:
        parse_cell(key, text)
    assert str(raised.value) == message and not isinstance(raised.value, InputError)
