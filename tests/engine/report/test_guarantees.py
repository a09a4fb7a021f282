"""A chapter per guarantee: its matrix rows (a column list one line longer for a new column),
then each of its scenarios with sentences, cost table and chart, or why it is not costed."""

from __future__ import annotations

from engine.method.compute import compute
from engine.report.context import ReportContext
from engine.report.document import Figure, Paragraph, Table
from engine.report.guarantees import MATRIX_COLUMNS, chapters
from engine.report.options import ReportOptions
from tests.engine.builders import build, scenario

FLAT = {"type": "fixed", "monthly_amount": 10}


def built():
    kids = scenario(
        "kids", "age_cash", ages=[0, 4], benefit=FLAT, rationale="None today.", source="Minutes"
    )
    broken = scenario("broken", "unemployed", ages=[70, 80], benefit=FLAT, guarantee="elderly")
    project = build(
        scenarios=[kids, broken],
        matrix=[
            {
                "id": "m2",
                "guarantee": "children",
                "existing_provision": "None",
                "recommendation": "Child benefit",
                "scenario_ids": ["kids"],
                "agencies": ["MoLSW", "SSO"],
            }
        ],
    )
    return chapters(ReportContext.of(project, compute(project, strict=False), ReportOptions()))


def test_the_matrix_rows_of_a_guarantee_with_the_scenarios_that_cost_them() -> None:
    children, matrix, _, elderly, _ = built()
    assert children.title == "Income security for children"
    assert children.blocks == (
        Paragraph(
            "The assessment matrix holds one row for this guarantee. Scenarios costed for it: 1."
        ),
    )
    (table,) = matrix.blocks
    assert table.header == tuple(column.header() for column in MATRIX_COLUMNS)
    recommendation = "Child benefit\n(Costed: Kids)\nStatus: draft"  # never given a status
    assert table.rows == (("None", "", "", recommendation, "", "MoLSW, SSO"),)
    assert table.numeric == (False, False, False, False, True, False)
    assert elderly.blocks[0].text.startswith("The assessment matrix has no row for this guarantee")


def test_a_scenario_has_sentences_notes_table_and_chart_or_why_not() -> None:
    _, _, kids, _, broken = built()
    assert kids.level == 2
    texts = [b.text for b in kids.blocks if isinstance(b, Paragraph)]
    assert "Rationale: None today." in texts and "Sources and notes: Minutes" in texts
    table = next(b for b in kids.blocks if isinstance(b, Table))
    assert table.header == (
        "Year",
        "Beneficiaries",
        "Benefit a year per beneficiary (TSD)",
        "Cost (TSD)",
        "% of GDP",
        "% of government expenditure",
    )
    assert table.rows[0] == ("2025", "10,000", "120", "1,200,000", "0.12", "0.60")
    assert isinstance(kids.blocks[-1], Figure)
    assert broken.blocks[0].text.startswith("This scenario could not be costed: needs ")
