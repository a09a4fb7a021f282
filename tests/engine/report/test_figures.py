"""Chart data from results: a package's costed scenarios in project order, each keeping its
colour (its position in the project), and the package's fiscal-space envelope."""

from __future__ import annotations

import numpy as np
import pytest

from engine.method.compute import compute
from engine.report.document import FigureSeries
from engine.report.figures import package_envelope, scenario_series
from tests.engine.builders import build, scenario, source

FLAT = {"type": "fixed", "monthly_amount": 10}


@pytest.fixture(scope="module")
def costed():
    project = build(
        scenarios=[
            scenario("a", "age_cash", ages=[0, 0], benefit=FLAT),
            scenario("b", "age_cash", ages=[1, 1], benefit=FLAT),
            scenario("c", "age_cash", ages=[2, 3], benefit=FLAT),
            scenario("broken", "unemployed", ages=[70, 80], benefit=FLAT),
        ],
        packages=[
            {
                "id": "ac",
                "name": "A and C",
                "scenarios": ["c", "a"],
                "financing": ["envelope"],
            },
            {"id": "b", "name": "B", "scenarios": ["b"]},
            {
                "id": "blocked",
                "name": "Blocked",
                "scenarios": ["a", "broken"],
                "financing": ["two"],
            },
        ],
        financing_sources=[
            source("envelope", "pct_gdp", {"2025": 1, "2027": 0.5}),
            source("two", "pct_gdp", 2),
        ],
    )
    return project, compute(project, strict=False)


def test_series_follow_the_project_order_and_keep_their_colour(costed) -> None:
    project, results = costed
    series = scenario_series(project, results, ["c", "a"], "total_cost")
    # a: 2,000 persons x 120 = 240,000 a year; c: 4,000 x 120 = 480,000
    assert series == [
        FigureSeries("a", "A", 0, (240_000.0,) * 3),
        FigureSeries("c", "C", 2, (480_000.0,) * 3),  # colour 2: c is third in the project
    ]
    (only_b,) = scenario_series(project, results, {"b"}, "pct_gdp")
    assert only_b.colour_index == 1
    assert only_b.values == tuple(float(v) for v in results.scenarios["b"]["pct_gdp"])


def test_scenarios_without_results_are_left_out(costed) -> None:
    project, results = costed
    series = scenario_series(project, results, ["a", "broken"], "total_cost")
    assert [s.key for s in series] == ["a"]


def test_the_envelope_is_the_packages_fiscal_space_per_year(costed) -> None:
    project, results = costed
    np.testing.assert_array_equal(package_envelope(project.package("ac"), results), [1, 1, 0.5])
    assert package_envelope(project.package("b"), results) is None  # no envelope given
    assert package_envelope(project.package("blocked"), results) is None  # not costed
