"""Domain types: series built from a number or per-year values, the projection's length, and
scenarios and packages found by id."""

from __future__ import annotations

import pytest

from engine.domain.model import Series, Years
from tests.engine.builders import build, scenario


def test_a_series_is_one_constant_or_sorted_per_year_values() -> None:
    assert Series.of(0.05) == Series(constant=0.05)
    assert Series.of(0.05).first_year() is None
    values = Series.per_year({2030: 0.9, 2026: 0.3})
    assert values.by_year == ((2026, 0.3), (2030, 0.9))
    assert values.first_year() == 2026


def test_years_count_both_ends() -> None:
    assert Years(2025, 2040).count == 16  # 2025, 2026, ..., 2040
    assert Years(2010, 2010).count == 1


def test_scenarios_and_packages_are_found_by_id() -> None:
    benefit = {"type": "fixed", "monthly_amount": 1}
    project = build(
        scenarios=[scenario("a", "age_cash", ages=[0, 1], benefit=benefit)],
        packages=[{"id": "p", "name": "P", "scenarios": ["a"]}],
    )
    assert project.scenario("a").ages == (0, 1)
    assert project.package("p").scenarios == ("a",)
    with pytest.raises(KeyError):
        project.scenario("b")
    with pytest.raises(KeyError):
        project.package("a")


def test_a_population_is_compared_by_identity() -> None:
    first, second = build(), build()
    assert first.population.rows == second.population.rows
    assert first.population != second.population  # the engine caches per object
    assert first.population == first.population
