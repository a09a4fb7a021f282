"""The report's sentences for the additions of format version 2."""

from __future__ import annotations

from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.report.compose import compose
from engine.report.document import Paragraph
from tests.engine.builders import every_addition


def paragraphs(document) -> list[str]:
    return [
        block.text
        for section in document.sections
        for block in section.blocks
        if isinstance(block, Paragraph)
    ]


def test_the_report_says_what_tiers_coverage_start_months_and_fiscal_years_mean() -> None:
    project = project_from_dict(every_addition())
    text = paragraphs(compose(project, compute(project)))
    assert (
        "Results are per fiscal year, from October to September, each named by the calendar "
        "year in which it ends (2026 to 2027). Costs, GDP and government expenditure of a "
        "fiscal year are the month-weighted blend of the two calendar years it spans (3/12 of "
        "the first and 9/12 of the second); beneficiaries are taken at the fiscal year's "
        "mid-point."
    ) in text
    assert (
        "The monthly benefit depends on age: ages 60-69: 600 TSD; ages 70-79: 700 TSD; "
        "ages 80-100: 1,000 TSD."
    ) in text
    assert (
        "The monthly benefit depends on age: ages 0-2: 50 % of the minimum wage; ages 3-5: "
        "30 % of the minimum wage."
    ) in text
    assert (
        "People who receive Civil, Military are not eligible: their beneficiaries are removed "
        "age by age, sex by sex and year by year."
    ) in text
    assert (
        "The scheme starts paying in July of its first year, so it pays 6 of 12 months that year."
    ) in text
