"""The ABND report composed as a document model: the same project and results give the same
document; chapters hold the matrix by guarantee, the assumptions and sources, each scenario's
cost table, the packages with their charts, sensitivity and uncertainty, warnings, the method.

The report's sentences for the additions of format version 2."""

from __future__ import annotations

from datetime import date

import pytest

from engine import __version__
from engine.domain.numbers import CONVENTIONS
from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.report.compose import Numbers, compose
from engine.report.document import BulletList, Figure, Markdown, Paragraph, Table
from engine.runtime.resources import resource_path
from tests.engine.builders import base_project, build, every_addition, scenario

FLAT = {"type": "fixed", "monthly_amount": 10}
TODAY = date(2026, 3, 14)


def project_with(**changes):
    kids = scenario(
        "kids",
        "age_cash",
        ages=[0, 4],
        benefit=FLAT,
        rationale="No child benefit today.",
        source="Workshop minutes",
    )
    broken = scenario("broken", "unemployed", ages=[70, 80], benefit=FLAT, guarantee="elderly")
    document = {
        "scenarios": [kids, broken],
        "packages": [
            {"id": "p", "name": "Kids only", "scenarios": ["kids"], "fiscal_space_percent_gdp": 1},
            {"id": "q", "name": "With broken", "scenarios": ["kids", "broken"]},
        ],
        "matrix": [
            {"id": "m1", "guarantee": "elderly", "recommendation": "Pension", "priority": 1},
            {
                "id": "m2",
                "guarantee": "children",
                "existing_provision": "None",
                "recommendation": "Child benefit",
                "scenario_ids": ["kids"],
                "agencies": ["MoLSW", "SSO"],
            },
        ],
        "sources": {"economy.cpi_inflation": "IMF WEO"},
        "uncertainty": {"ranges": [], "draws": 200, "seed": 2},
        # growth from 2026 on: nothing to show in the base year
        "economy": {**base_project()["economy"], "real_gdp_growth": {"2026": 0.05}},
    }
    document.update(changes)
    return build(**document)


@pytest.fixture(scope="module")
def report():
    project = project_with()
    return compose(project, compute(project, strict=False), TODAY)


def section(report, title):
    (found,) = [s for s in report.sections if s.title == title]
    return found


def test_the_same_inputs_give_the_same_document() -> None:
    project = project_with()
    results = compute(project, strict=False)
    assert compose(project, results, TODAY) == compose(project, results, TODAY)


def test_the_title_page_names_the_country_years_currency_and_version(report) -> None:
    assert report.title == "Hand-computed test project"
    assert report.title_lines == (
        "Assessment Based National Dialogue on the Social Protection Floor",
        "Testland · 2025-2027 · costs in TSD",
        f"Prepared with ABND Studio {__version__}, 2026-03-14",
    )
    assert [(s.title, s.level) for s in report.sections] == [
        ("1. Assessment matrix", 1),
        ("Children", 2),
        ("Elderly", 2),
        ("2. Assumptions and their sources", 1),
        ("3. Scenarios", 1),
        ("Kids", 2),
        ("Broken", 2),
        ("4. Packages compared", 1),
        ("5. Sensitivity and uncertainty", 1),
        ("Kids only", 2),
        ("6. Warnings from the costing engine", 1),
        ("Annex: the costing method", 1),
    ]


def test_the_matrix_is_grouped_by_guarantee_with_costed_links(report) -> None:
    (children,) = section(report, "Children").blocks
    assert isinstance(children, Table) and children.full_width
    assert children.header[3] == "Recommendation"
    assert children.rows == (
        ("None", "", "", "Child benefit\n(costed: kids)\nStatus: draft", "", "MoLSW, SSO"),
    )
    assert children.numeric == (False, False, False, False, True, False)
    (elderly,) = section(report, "Elderly").blocks
    assert elderly.rows == (("", "", "", "Pension\nStatus: draft", "1", ""),)


def test_without_a_matrix_there_is_no_matrix_chapter() -> None:
    project = project_with(matrix=[])
    document = compose(project, compute(project, strict=False), TODAY)
    assert document.sections[0].title == "2. Assumptions and their sources"


def test_assumptions_show_the_first_every_fifth_and_last_year_with_sources(report) -> None:
    table, heading, sources = section(report, "2. Assumptions and their sources").blocks
    assert table.header == ("", "2025", "2027")
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Real GDP growth (%)"] == ("—", "5.00")  # no growth in the base year
    assert rows["CPI inflation (%)"] == ("3.00", "3.00")  # one number: every year
    assert rows["Nominal GDP"] == ("1,000,000,000", "1,147,041,000")
    assert rows["Total population"] == ("202,000", "202,000")
    assert rows["Government expenditure (% of GDP)"] == ("20.00", "20.00")
    assert heading == Paragraph("Sources", "bold")
    assert sources == BulletList(("economy.cpi_inflation: IMF WEO",))


def test_each_scenario_has_its_design_and_cost_table_or_why_not(report) -> None:
    kind, rationale, source, table = section(report, "Kids").blocks
    assert kind == Paragraph("Children · age_cash · proposed")
    assert rationale == Paragraph("No child benefit today.", "italic")
    assert source == Paragraph("Source: Workshop minutes")
    assert table.header == (
        "Year",
        "Beneficiaries",
        "Cost (TSD)",
        "% of GDP",
        "% of gov. expenditure",
    )
    # 10,000 children x 120 = 1,200,000; 0.120 % of GDP; 0.60 % of spending (20 % of GDP)
    assert table.rows[0] == ("2025", "10,000", "1,200,000", "0.120", "0.60")
    assert [row[0] for row in table.rows] == ["2025", "2026", "2027"]
    _, reason = section(report, "Broken").blocks
    assert reason.text.startswith("Not costed: needs labour.participation_rate for ages 70-80")


def test_packages_are_compared_with_one_stacked_chart_each(report) -> None:
    table, figure = section(report, "4. Packages compared").blocks
    assert table.header == ("% of GDP", "2025", "2027")
    assert table.rows == (("Kids only", "0.120", "0.105"),)  # "With broken" has no results
    assert isinstance(figure, Figure) and figure.stacked
    assert (figure.title, figure.unit, figure.years) == (
        "Kids only",
        "% of GDP",
        (2025, 2026, 2027),
    )
    assert [s.key for s in figure.series] == ["kids"]
    assert figure.envelope == (1.0, 1.0, 1.0) and figure.envelope_label == "Fiscal space"


def test_sensitivity_and_uncertainty_per_costed_package(report) -> None:
    intro, tornado, bands_intro, bands = section(report, "Kids only").blocks
    assert intro.text == (
        "Cost in % of GDP in 2027: 0.105. Each assumption alone, at its low and high value:"
    )
    assert tornado.header == ("Assumption", "Low", "High", "Swing")
    assert tornado.rows[0] == ("benefit level", "0.084", "0.126", "0.042")  # +-20 % of 0.105
    assert bands_intro.text == "Percentiles of 200 draws (default ranges):"
    assert [row[0] for row in bands.rows] == ["p5", "p25", "p50", "p75", "p95"]


def test_warnings_list_every_warning_and_every_error(report) -> None:
    (items,) = section(report, "6. Warnings from the costing engine").blocks
    assert any(
        item.startswith("note: population.births: births are not given") for item in items.items
    )
    assert any(item.startswith("broken: needs labour.participation_rate") for item in items.items)
    assert any(item.startswith("q: cannot be summed") for item in items.items)


def test_without_warnings_the_chapter_says_none() -> None:
    population = build().population
    rows = [{"year": r.year, "sex": r.sex, "age": r.age, "value": r.value} for r in population.rows]
    project = build(population={"unit": "persons", "rows": rows, "births": 2000})
    document = compose(project, compute(project), TODAY)
    assert section(document, "6. Warnings from the costing engine").blocks == (Paragraph("None."),)


def test_the_method_annex_is_the_bundled_text(report) -> None:
    (annex,) = section(report, "Annex: the costing method").blocks
    text = resource_path("help", "method-annex.md").read_text(encoding="utf-8")
    assert annex == Markdown(text) and len(text) > 200


def test_numbers_are_written_in_the_reports_language_with_a_dash_for_none() -> None:
    english, lao = Numbers(CONVENTIONS["en"]), Numbers(CONVENTIONS["lo"])
    assert english(1234567.891) == "1,234,568"
    assert english(0.12345, 3) == "0.123"
    assert english(float("nan")) == "—"
    assert lao(1234567.891) == "1.234.568" and lao(0.12345, 3) == "0,123"


def test_a_french_report_writes_french_numbers() -> None:
    project = project_with()
    document = compose(project, compute(project, strict=False), TODAY, language="fr")
    *_, table = section(document, "Kids").blocks
    # 10,000 children x 120 = 1,200,000 a year; 0.120 % of GDP
    assert table.rows[0] == ("2025", "10\u202f000", "1\u202f200\u202f000", "0,120", "0,60")
    _, bands_intro, _ = section(document, "Kids only").blocks[1:]
    assert bands_intro.text == "Percentiles of 200 draws (default ranges):"


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
