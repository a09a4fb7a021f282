"""The documentation's report pages: a new Cambodia project made from the bundled country
data (as ``new --country KHM`` does) with three scenarios, costed without errors."""

from __future__ import annotations

from engine.method.compute import compute
from gui.report.pages import cambodia_project


def test_the_cambodia_project_costs_its_three_scenarios_and_package() -> None:
    project = cambodia_project()
    assert project.country.iso3 == "KHM" and project.country.currency == "KHR"
    results = compute(project)
    assert set(results.scenarios) == {"child-grant", "social-pension", "disability-allowance"}
    assert set(results.packages) == {"floor"}
    assert results.packages["floor"]["pct_gdp"][-1] > 0
    assert [row.guarantee for row in project.matrix] == ["children", "elderly"]
