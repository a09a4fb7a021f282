"""The years the report's sentences state: the first year anything is paid, a middle year
(a multiple of 5 near the middle) and the end year."""

from __future__ import annotations

from engine.method.compute import compute
from engine.report.context import ReportContext, stated_years
from engine.report.options import ReportOptions
from engine.store.files import read_project
from tests.conftest import REPO
from tests.engine.builders import build, scenario

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


def test_the_lao_sample_states_2026_2030_and_2040() -> None:
    project = read_project(SAMPLE)
    results = compute(project)
    # nothing is paid in the base year 2025: every scheme starts in 2026
    assert stated_years([int(y) for y in results.years], results) == (2026, 2030, 2040)


def test_a_three_year_project_states_every_year() -> None:
    kids = scenario("kids", "age_cash", ages=[0, 4], benefit={"type": "fixed", "monthly_amount": 1})
    project = build(scenarios=[kids])
    context = ReportContext.of(project, compute(project), ReportOptions())
    assert context.stated == (2025, 2026, 2027)
    assert context.currency == "TSD" and context.costed_packages() == []


def test_without_costs_the_base_year_comes_first() -> None:
    project = build()
    results = compute(project)
    assert stated_years([2025, 2026, 2027], results) == (2025, 2026, 2027)
