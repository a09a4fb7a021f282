"""The consultation record in the matrix: a status with its date, a filter by status, and
comments by agency with their date and author."""

from __future__ import annotations

from datetime import date

from engine.format.json_file import dumps_project
from engine.store.files import read_project
from gui.matrix.model import COLUMN_INDEX


def status_index(tab, row: int):
    return tab.model.index(row, COLUMN_INDEX["status"])


def test_a_status_is_dated_today_and_the_matrix_filters_by_it(window) -> None:
    tab = window.matrix_tab
    model = tab.model
    assert model.data(status_index(tab, 0)) == "draft"
    assert model.setData(status_index(tab, 0), "validated")
    row = model.rows[0]
    today = date.today().isoformat()
    assert (row.status, row.status_date) == ("validated", today)
    assert model.data(status_index(tab, 0)) == f"validated · {today}"
    assert model.data(status_index(tab, 0), role=2) == "validated"  # EditRole: the key
    before = len(window.document.history())
    assert model.setData(status_index(tab, 0), "validated")  # the same: nothing recorded
    assert len(window.document.history()) == before
    assert not model.setData(status_index(tab, 1), "approved")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("validated"))
    assert tab.proxy.rowCount() == 1
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("draft"))
    assert tab.proxy.rowCount() == len(model.rows) - 1
    window.undo()
    assert model.rows[0].status is None


def test_comments_by_agency_with_date_and_author(window) -> None:
    tab = window.matrix_tab
    window.document.author = "Noy"
    tab.select_row_id("social-pension")
    panel = tab.consultation
    assert panel.row_id == "social-pension"
    assert panel.agency.count() >= 1  # the row's agencies are offered
    panel.agency.setEditText("MoF")
    panel.text.setText("Agreed in principle")
    assert panel.add_comment()
    (comment,) = window.document.project.matrix[8].comments
    assert (comment.agency, comment.text, comment.author) == ("MoF", "Agreed in principle", "Noy")
    assert comment.date == date.today().isoformat()
    assert panel.comments.count() == 1
    assert panel.comments.item(0).text() == f"MoF · {comment.date} · Noy: Agreed in principle"
    assert "1 comment" in panel.heading.text()
    assert not panel.add_comment()  # no text: said, nothing added
    panel.comments.setCurrentRow(0)
    assert panel.delete_comment()
    assert window.document.project.matrix[8].comments == ()
    window.undo()
    saved = dumps_project(read_project(window.document.path))
    assert '"Agreed in principle"' in saved


def test_the_record_is_read_again_only_when_the_matrix_changes(window) -> None:
    """An edit of a scenario leaves the matrix as it was: the panel keeps its items (a
    matrix of 2,000 rows is not searched on each edit); a new status shows at once."""
    from engine.edits.builders import set_scenario_field

    tab = window.matrix_tab
    tab.select_row_id("social-pension")
    panel = tab.consultation
    panel.agency.setEditText("MoF")
    panel.text.setText("Agreed in principle")
    assert panel.add_comment()
    item = panel.comments.item(0)
    document = window.document
    document.apply(
        set_scenario_field(document.project, "child-benefit", "admin_rate", 0.2), "admin"
    )
    assert panel.comments.item(0) is item
    row = next(i for i, r in enumerate(tab.model.rows) if r.id == "social-pension")
    assert tab.model.setData(status_index(tab, row), "validated")
    assert "status: validated since" in panel.heading.text()
    assert panel.comments.item(0) is not item and panel.comments.count() == 1
