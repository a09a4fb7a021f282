"""The annexes: assumptions year by year with their sources in words, the method in brief,
the engine's warnings in plain words, a glossary."""

from __future__ import annotations

from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.report.annexes import assumptions, glossary, method, warnings
from engine.report.context import ReportContext
from engine.report.document import BulletList, Paragraph, Table
from engine.report.options import ReportOptions
from tests.engine.builders import base_project, build, every_addition, scenario


def context_of(project):
    return ReportContext.of(project, compute(project, strict=False), ReportOptions())


def test_the_economy_year_by_year_with_units_in_the_headers() -> None:
    project = build(sources={"economy.cpi_inflation": "IMF WEO"})
    (section,) = assumptions(context_of(project))
    table = next(b for b in section.blocks if isinstance(b, Table))
    assert table.header == (
        "Year",
        "Real GDP growth (%)",
        "GDP deflator growth (%)",
        "CPI inflation (%)",
        "Nominal GDP (billion TSD)",
        "Population",
        "Government expenditure (% of GDP)",
        "Poverty line (TSD a month)",
        "Minimum wage (TSD a month)",
        "Average wage (TSD a month)",
    )
    assert [row[0] for row in table.rows] == ["2025", "2026", "2027"]
    # GDP 1e9 x 1.05 x 1.02 = 1.071e9; the poverty line follows CPI: 103
    assert table.rows[1][4] == "1.071" and table.rows[1][7] == "103"
    assert table.rows[0][5] == "202,000"
    (notes,) = [b for b in section.blocks if isinstance(b, BulletList)]
    assert notes.items == ("CPI inflation: IMF WEO",)


def test_fiscal_years_are_explained() -> None:
    (section,) = assumptions(context_of(project_from_dict(every_addition())))
    assert any(
        isinstance(b, Paragraph) and b.text.startswith("Results are per fiscal year, from October")
        for b in section.blocks
    )


def test_warnings_in_plain_words_and_none_said_when_there_are_none() -> None:
    broken = scenario(
        "broken", "unemployed", ages=[70, 80], benefit={"type": "fixed", "monthly_amount": 1}
    )
    (section,) = warnings(context_of(build(scenarios=[broken])))
    (items,) = section.blocks
    assert any(item.startswith("Broken is not costed: needs ") for item in items.items)
    assert any(item.startswith("Births: births are not given") for item in items.items)
    rows = base_project()["population"]["rows"]
    quiet = project_from_dict(
        base_project(population={"unit": "persons", "rows": rows, "births": 2000})
    )
    (section,) = warnings(context_of(quiet))
    assert section.blocks == (Paragraph("The costing engine gave no warning."),)


def test_the_method_and_the_glossary() -> None:
    context = context_of(build())
    (brief,) = method(context)
    assert len(brief.blocks) == 5 and "BC = TU × N × A" in brief.blocks[2].text
    (terms,) = glossary(context)
    (table,) = terms.blocks
    assert table.header == ("Term", "Meaning") and len(table.rows) >= 12
    assert ("Take-up", "The share of the eligible persons who receive the benefit.") in table.rows
