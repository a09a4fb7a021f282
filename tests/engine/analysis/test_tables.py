"""Sensitivity and uncertainty as plain tables per costed package: the tornado in the end year
and the percentile bands in % of GDP, with the draws and where the ranges came from."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from engine.analysis.tables import package_tables
from engine.analysis.uncertainty import PERCENTILES
from engine.method.compute import compute
from tests.engine.builders import build, scenario

FLAT = {"type": "fixed", "monthly_amount": 10}
GDP = np.array([1e9, 1.071e9, 1.147041e9])


def project_with(uncertainty=None):
    good = scenario("good", "age_cash", ages=[0, 4], benefit=FLAT)
    bad = scenario("bad", "unemployed", ages=[70, 80], benefit=FLAT, guarantee="elderly")
    packages = [
        {"id": "ok", "name": "Children", "scenarios": ["good"]},
        {"id": "blocked", "name": "Blocked", "scenarios": ["good", "bad"]},
    ]
    changes = {"uncertainty": uncertainty} if uncertainty is not None else {}
    return build(scenarios=[good, bad], packages=packages, **changes)


def test_only_costed_packages_get_tables_with_the_end_year_tornado() -> None:
    project = project_with({"ranges": [], "draws": 300, "seed": 5})
    results = compute(project, strict=False)
    (table,) = package_tables(project, results)
    assert (table.package_id, table.name, table.year) == ("ok", "Children", 2027)
    assert table.years == [2025, 2026, 2027]
    # 1,200,000 a year (5 ages x 2,000 x 120) in % of GDP in 2027
    assert table.central == pytest.approx(100 * 1_200_000 / GDP[-1], rel=1e-12)
    assert table.central == results.packages["ok"]["pct_gdp"][-1]
    # no population bounds for "TST": five assumptions, the largest swing first
    assert len(table.bars) == 5
    assert [b.swing for b in table.bars] == sorted((b.swing for b in table.bars), reverse=True)
    (benefit,) = [b for b in table.bars if b.assumption == "benefit_level"]
    # cost proportional to the benefit, no administration: +-20 % of the central value
    assert benefit.low == pytest.approx(0.8 * table.central, rel=1e-12)
    assert benefit.high == pytest.approx(1.2 * table.central, rel=1e-12)
    assert (table.draws, table.ranges_source) == (300, "default ranges")


def test_bands_hold_every_percentile_per_year_in_order() -> None:
    project = project_with({"ranges": [], "draws": 300, "seed": 5})
    (table,) = package_tables(project, compute(project, strict=False))
    assert list(table.levels) == list(PERCENTILES)
    for values in table.levels.values():
        assert len(values) == 3 and all(isinstance(v, float) for v in values)
    for low, high in itertools.pairwise(PERCENTILES):
        assert all(a <= b for a, b in zip(table.levels[low], table.levels[high], strict=True))


def test_zero_width_ranges_give_bands_on_the_central_path() -> None:
    ranges = [{"assumption": "take_up", "low": 0.0, "high": 0.0}]
    project = project_with({"ranges": ranges, "draws": 50, "seed": 1})
    results = compute(project, strict=False)
    (table,) = package_tables(project, results)
    assert table.ranges_source == "the project's ranges"
    for values in table.levels.values():
        np.testing.assert_allclose(values, results.packages["ok"]["pct_gdp"], rtol=1e-12)


def test_a_project_without_packages_has_no_tables() -> None:
    project = build(scenarios=[scenario("good", "age_cash", ages=[0, 4], benefit=FLAT)])
    assert package_tables(project, compute(project)) == []


def test_the_gap_tables_cover_the_financed_packages_with_their_sources() -> None:
    from tests.engine.builders import source

    good = scenario("good", "age_cash", ages=[0, 4], benefit=FLAT)
    packages = [
        {"id": "financed", "name": "Financed", "scenarios": ["good"], "financing": ["aid"]},
        {"id": "bare", "name": "Bare", "scenarios": ["good"]},
    ]
    aid = source("aid", "lcu", 1e6, name="Partners", range={"low": -0.5, "high": 0.0})
    project = build(scenarios=[good], packages=packages, financing_sources=[aid])
    results = compute(project)
    (table,) = package_tables(project, results, "financing_gap_pct_gdp")
    assert table.package_id == "financed"
    gap = results.packages["financed"]["financing_gap_pct_gdp"]
    assert table.central == gap[-1]
    partners = next(bar for bar in table.bars if bar.assumption == "financing.aid")
    # half of the 1e6 missing in 2027: the gap grows by 0.05 % of GDP (1.147041e9)
    assert partners.label == "Partners"
    assert partners.low == pytest.approx(gap[-1] + 100 * 0.5e6 / GDP[-1], rel=1e-12)
