"""The consultation record in the report: a status under each recommendation, and an
annex of the comments when asked for."""

from __future__ import annotations

from datetime import date

from engine.domain.model import Comment, MatrixRow
from engine.method.compute import compute
from engine.report.compose import compose
from engine.report.consultation import comments_annex, status_text, written_date
from engine.report.document import BulletList, Table
from engine.report.options import DEFAULT_PARTS, ReportOptions
from tests.engine.builders import build

ROWS = [
    {
        "id": "m1",
        "guarantee": "children",
        "recommendation": "A child benefit",
        "status": "validated",
        "status_date": "2025-09-12",
        "comments": [
            {"id": "c1", "agency": "MoF", "author": "Noy", "date": "2025-05-03", "text": "Costed"},
            {"id": "c2", "agency": "ILO", "text": "Agreed"},
        ],
    },
    {"id": "m2", "guarantee": "elderly", "recommendation": "A pension"},
]


def test_a_status_reads_with_its_date_and_a_row_without_one_is_a_draft() -> None:
    assert written_date("2025-09-12") == "12 September 2025"
    row = MatrixRow("m1", "children", status="validated", status_date="2025-09-12")
    assert status_text(row) == "Status: validated, 12 September 2025"
    assert status_text(MatrixRow("m2", "elderly")) == "Status: draft"


def test_the_matrix_shows_each_status_and_the_annex_comes_only_when_asked() -> None:
    project = build(matrix=ROWS)
    results = compute(project, strict=False)
    plain = compose(project, results, date(2025, 9, 13))
    matrix = next(
        s for s in plain.sections if s.title.endswith("provisions, gaps and recommendations")
    )
    table = matrix.blocks[0]
    assert isinstance(table, Table)
    assert table.rows[0][3] == "A child benefit\nStatus: validated, 12 September 2025"
    assert all("comments" not in s.title for s in plain.sections)
    asked = ReportOptions(parts=(*DEFAULT_PARTS, "comments"))
    annexed = compose(project, results, date(2025, 9, 13), options=asked)
    annex = annexed.sections[-1]
    assert annex.title.endswith("Annex: comments from the consultation")
    heading, comments = annex.blocks
    assert heading.text == "Children: A child benefit"
    assert isinstance(comments, BulletList)
    assert comments.items == ("MoF, 3 May 2025 (Noy): Costed", "ILO: Agreed")


def test_no_comments_no_annex() -> None:
    names = {"children": "Children", "elderly": "Elderly", "health": "H", "working_age": "W"}
    project = build(matrix=[{**ROWS[1]}])
    assert comments_annex(project, names) is None
    row = MatrixRow("x", "children", comments=(Comment("c", "MoH", "ok"),))
    assert row.comments[0].agency == "MoH"
