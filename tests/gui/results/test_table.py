"""The results table: the rows of the command line's CSV (one per scope, id and year), shown
in the user's conventions, sorted by exact values with empty cells last, copied exactly; it
passes Qt's model tester, alone and behind the results tab's sorting proxy."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from engine.edits.builders import set_scenario_field
from engine.outputs.results_files import CSV_COLUMNS, result_rows
from engine.store.files import write_project
from engine.store.project_store import ProjectStore
from gui.document.project_document import ProjectDocument
from gui.results.table import KEY_ROLE, SORT_ROLE, ResultsTableModel, display
from tests.engine.builders import build

COLUMN = {name: i for i, name in enumerate(CSV_COLUMNS)}


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


def test_the_model_passes_the_qt_model_tester(document, qtmodeltester) -> None:
    model = ResultsTableModel(document)
    qtmodeltester.check(model)
    # 5 scenarios and 2 packages, 16 years each (2025-2040)
    assert (model.rowCount(), model.columnCount()) == (7 * 16, len(CSV_COLUMNS))
    assert model.rows == result_rows(document.results)


def test_the_tabs_sorting_proxy_passes_the_model_tester_and_sorts_exactly(
    window, qtmodeltester
) -> None:
    tab = window.results_tab
    window.tabs.setCurrentWidget(tab)  # the table is filled when the tab shows
    proxy = tab.table_proxy
    assert proxy.rowCount() == len(result_rows(window.document.results))
    qtmodeltester.check(proxy)
    column = COLUMN["fiscal_space_gap_pct_gdp"]
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    values = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    assert values[-1] == -math.inf  # scenarios have no fiscal space: last
    packages = [r[column] for r in tab.table_model.rows if r[column] is not None]
    assert values[0] == max(packages)


def test_cells_are_shown_as_people_read_them(document) -> None:
    model = ResultsTableModel(document)
    row = next(
        i for i, r in enumerate(model.rows) if r[:3] == ["scenario", "social-pension-65", 2030]
    )
    total = document.results.scenarios["social-pension-65"]["total_cost"][5]
    pct = document.results.scenarios["social-pension-65"]["pct_gdp"][5]
    cell = lambda name: model.data(model.index(row, COLUMN[name]))  # noqa: E731
    name = document.project.scenario("social-pension-65").name
    assert (cell("scope"), cell("id"), cell("year")) == ("scenario", name, "2030")
    assert cell("total_cost") == f"{total:,.0f}"
    assert cell("pct_gdp") == f"{pct:,.4f}"
    assert cell("existing_cost") == ""  # a scenario has no package columns
    alignment = model.data(
        model.index(row, COLUMN["total_cost"]), Qt.ItemDataRole.TextAlignmentRole
    )
    assert alignment == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(row, COLUMN["id"]), Qt.ItemDataRole.TextAlignmentRole) is None
    header = lambda name, *role: model.headerData(COLUMN[name], Qt.Orientation.Horizontal, *role)  # noqa: E731
    assert header("pct_gdp") == "Cost, % of GDP"
    assert header("total_cost") == "Total cost, LAK"
    assert header("pct_gdp", KEY_ROLE) == "pct_gdp"
    assert header("pct_gdp", Qt.ItemDataRole.ToolTipRole) == (
        "Cost, % of GDP (column pct_gdp in exported files)"
    )


def test_headers_have_a_name_for_every_column_and_follow_the_language(document) -> None:
    from gui.results.table import HEADERS
    from gui.shell.language import install_language

    assert set(HEADERS) == set(CSV_COLUMNS)
    model = ResultsTableModel(document)
    try:
        install_language("fr")
        french = model.headerData(COLUMN["pct_gdp"], Qt.Orientation.Horizontal)
    finally:
        install_language("en")
    assert "PIB" in french
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


def test_sorting_uses_exact_values_and_copying_gives_them(document) -> None:
    model = ResultsTableModel(document)
    row = 0
    total = model.rows[row][COLUMN["total_cost"]]
    assert model.data(model.index(row, COLUMN["total_cost"]), SORT_ROLE) == total
    assert model.data(model.index(row, COLUMN["existing_cost"]), SORT_ROLE) == -math.inf
    assert model.exact_text(row, COLUMN["total_cost"]) == repr(total)
    assert model.exact_text(row, COLUMN["year"]) == "2025"
    assert model.exact_text(row, COLUMN["existing_cost"]) == ""


def test_the_table_follows_the_results(document) -> None:
    model = ResultsTableModel(document)
    column = COLUMN["admin_cost"]
    rows = [i for i, r in enumerate(model.rows) if r[1] == "child-benefit"]
    assert any(model.rows[i][column] for i in rows)
    document.apply(
        set_scenario_field(document.project, "child-benefit", "admin_rate", 0.0), "no admin"
    )
    assert all(model.rows[i][column] == 0 for i in rows)


def test_without_results_the_table_is_empty(qtbot, tmp_path, qtmodeltester) -> None:
    path = tmp_path / "past.abnd"
    write_project(build(years={"base": 2025, "end": 2030}), path)  # population ends in 2027
    document = ProjectDocument(ProjectStore.open(path))
    try:
        assert document.results is None and document.error is not None
        model = ResultsTableModel(document)
        assert model.rowCount() == 0
        qtmodeltester.check(model)
    finally:
        document.close()


@pytest.mark.parametrize(
    "column, value, text",
    [
        ("scope", "package", "package"),
        ("year", 2031, "2031"),
        ("total_cost", 1234567.89, "1,234,568"),
        ("pct_gdp", 0.071612345, "0.0716"),
        ("fiscal_space_gap_pct_gdp", -0.25, "-0.2500"),
        ("beneficiaries", None, ""),
    ],
)
def test_display_rounds_money_and_keeps_four_decimals_of_percentages(column, value, text) -> None:
    assert display(column, value) == text


def test_sorting_keeps_the_selection_and_follows_new_results(document, qtbot) -> None:
    """The model sorts itself (one key a row): a selected cell stays on its row, and the
    next results come sorted the same way, ties in the results' own order."""
    from PySide6.QtCore import QPersistentModelIndex

    model = ResultsTableModel(document)
    column = COLUMN["total_cost"]
    chosen = next(i for i, r in enumerate(model.rows) if r[:3] == ["package", "high", 2030])
    held = QPersistentModelIndex(model.index(chosen, column))
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.rows[held.row()][:3] == ["package", "high", 2030]
    values = [-math.inf if r[column] is None else r[column] for r in model.rows]
    assert values == sorted(values, reverse=True)
    document.apply(
        set_scenario_field(document.project, "child-benefit", "admin_rate", 0.2), "more admin"
    )
    fresh = result_rows(document.results)
    expected = sorted(
        fresh, key=lambda r: -math.inf if r[column] is None else r[column], reverse=True
    )
    assert model.rows == expected
    model.sort(-1, Qt.SortOrder.AscendingOrder)  # no column: the results' own order
    assert model.rows == fresh
