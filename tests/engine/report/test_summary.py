"""The executive summary's numbers are the engine's, as displayed: each package's cost in
the stated years, its fiscal space, the largest scenarios, what moves the cost most."""

from __future__ import annotations

import pytest

from engine.method.compute import compute
from engine.report.context import ReportContext
from engine.report.options import ReportOptions
from engine.report.summary import chapter
from engine.report.text import Numbers
from engine.store.files import read_project
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


@pytest.fixture(scope="module")
def sample():
    project = read_project(SAMPLE)
    results = compute(project)
    (section,) = chapter(ReportContext.of(project, results, ReportOptions()))
    return project, results, section


def test_each_package_costs_what_the_engine_says_in_the_stated_years(sample) -> None:
    project, results, section = sample
    number = Numbers.of("en")
    texts = [b.text for b in section.blocks if hasattr(b, "text")]
    for package in project.packages:
        table = results.packages[package.id]
        parts = [
            f"{number.percent(table['pct_gdp'][y - 2025])} of GDP in {y} "
            f"({number.money(table['total_cost'][y - 2025], 'LAK')}; "
            f"{number.percent(table['pct_gov_expenditure'][y - 2025])} of government expenditure)"
            for y in (2026, 2030, 2040)
        ]
        expected = f"{package.name} would cost {parts[0]}, {parts[1]} and {parts[2]}."
        assert expected in texts


def test_the_key_figures_table_holds_the_engines_values(sample) -> None:
    _, results, section = sample
    (table,) = [b for b in section.blocks if hasattr(b, "rows")]
    assert table.header == (
        "Package",
        "Year",
        "% of GDP",
        "% of government expenditure",
        "Cost (billion LAK)",
        "Fiscal space (% of GDP)",
        "Gap (% of GDP)",
    )
    high = results.packages["high"]
    t = 2030 - 2025
    row = table.rows[4]  # the high package in 2030
    assert row[1] == "2030"
    assert row[2] == f"{high['pct_gdp'][t]:.2f}"
    assert row[3] == f"{high['pct_gov_expenditure'][t]:.2f}"
    assert row[4] == f"{high['total_cost'][t] / 1e9:,.0f}"
    assert row[6] == f"{high['fiscal_space_gap_pct_gdp'][t]:.2f}"


def test_fiscal_space_largest_scenarios_and_the_tornado_in_words(sample) -> None:
    _, _, section = sample
    text = " ".join(b.text for b in section.blocks if hasattr(b, "text")).replace("\u00a0", " ")
    # the sample's three financing sources give 0.63 % of GDP in 2040
    assert (
        "It costs more than its fiscal space (0.63 % of GDP in 2040) in 4 of 16 years, by up "
        "to 0.17 % of GDP in 2026" in text
    )
    assert "It costs more than its fiscal space (0.63 % of GDP in 2040) in 15 of 16 years" in text
    assert (
        "The largest scenarios in 2040: Health coverage for the uncovered (0.22 % of GDP)" in text
    )
    assert "What moves the cost most: for High: the full floor in 2040, real GDP growth" in text
    assert "Reading the numbers:" in text
