"""The History panel's model: one row per field an edit changed, newest first, filters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from engine.edits.builders import set_matrix_cells, set_scenario_field
from engine.edits.commands import FIELD, Put
from engine.format.write import project_to_dict
from engine.store.project_store import ProjectStore
from gui.document.project_document import ProjectDocument
from gui.history.model import HistoryFilter, HistoryModel


@pytest.fixture
def document(qtbot, sample_file) -> Iterator[ProjectDocument]:
    opened = ProjectDocument(ProjectStore.open(sample_file))
    opened.author = "Somchai"
    project = opened.project
    opened.apply(set_scenario_field(project, "child-benefit", "admin_rate", 0.07), "Edit admin")
    opened.author = "Noy"
    opened.apply(
        set_matrix_cells(opened.project, "social-pension", {"notes": "MoF asks"}), "Edit notes"
    )
    rows = [
        {**row, "value": row["value"] * 1.01}
        for row in project_to_dict(opened.project)["population"]["rows"]
    ]
    opened.apply(Put(FIELD, "population_rows", rows), "Import WPP")
    yield opened
    opened.close()


def texts(model: HistoryModel, row: int) -> list[str]:
    return [model.text(model.rows[row], column) for column in range(model.columnCount())]


def test_newest_first_with_fields_in_words_and_values_as_shown(document, qtmodeltester) -> None:
    model = HistoryModel(document)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    cells, notes, admin = (texts(model, i) for i in range(3))
    assert cells[1:3] == ["Noy", "Population: 10,292 cells"]
    assert notes[1:3] == ["Noy", 'Matrix row "social-pension": notes']
    assert notes[3].startswith("Minutes of the ABND launch workshop")
    assert notes[4:6] == ["MoF asks", "Edit notes"]
    assert admin[2] == 'Scenario "Universal child benefit, ages 0-5": administration rate'
    assert admin[3:5] == ["5\u00a0%", "7\u00a0%"]  # a share reads in percent, as its field does
    assert len(admin[0]) == 16 and admin[0][4] == "-"  # 2026-11-29 08:12, local time


def test_filters_by_guarantee_scenario_field_and_author(document) -> None:
    model = HistoryModel(document)
    model.set_filter(HistoryFilter(author="Somchai"))
    assert model.rowCount() == 1
    model.set_filter(HistoryFilter(guarantee="elderly"))
    assert [model.rows[0].change.path] == [("matrix", "social-pension", "notes")]
    model.set_filter(HistoryFilter(scenario="child-benefit"))
    assert model.rowCount() == 1
    model.set_filter(HistoryFilter(field="scenarios.child-benefit"))
    assert model.rowCount() == 1
    model.set_filter(HistoryFilter(field="notes"))
    assert model.rowCount() == 1
    model.set_filter(HistoryFilter(field="population"))
    assert model.rowCount() == 1
    assert model.authors() == ["Noy", "Somchai"]
