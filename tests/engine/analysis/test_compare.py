"""Two projects side by side: the assumptions that differ and the costs, worked by hand."""

from __future__ import annotations

import dataclasses

from engine.analysis.compare import POPULATION_ROWS, compare, default_years, differences
from engine.edits.changes import ABSENT
from tests.engine.builders import build, scenario


def project(admin_rate: float = 0.05, **changes):
    return build(
        scenarios=[
            scenario(
                "child",
                "custom",
                beneficiaries=100,
                benefit={"type": "fixed", "monthly_amount": 10},
                admin_rate=admin_rate,
            )
        ],
        packages=[{"id": "p", "name": "P", "scenarios": ["child"]}],
        **changes,
    )


def test_the_differing_assumptions_with_both_values() -> None:
    a, b = project(), project(0.1, matrix=[{"id": "m1", "guarantee": "health"}])
    found = differences(a, b)
    assert found[0].path == ("scenarios", "child", "admin_rate")
    assert (found[0].a, found[0].b) == (0.05, 0.1)
    assert all(d.a is ABSENT for d in found[1:])  # the matrix row is new in B
    assert differences(a, a) == []


def test_population_cells_are_counted_together() -> None:
    a = project()
    rows = tuple(
        dataclasses.replace(r, value=r.value + 1) if r.age in (3, 4) else r
        for r in a.population.rows
    )
    b = dataclasses.replace(a, population=dataclasses.replace(a.population, rows=rows))
    (only,) = differences(a, b)
    assert only.path == POPULATION_ROWS and only.count == 8  # 2 ages x 2 sexes x 2 years


def test_costs_of_every_scenario_and_package_in_the_chosen_years() -> None:
    comparison = compare(project(), project(0.1), [2025, 2027], "total_cost")
    assert comparison.years == (2025, 2027)
    child, package = comparison.costs
    # 100 x 10 x 12 = 12,000 a year; with 5 % and 10 % administration
    assert (child.scope, child.id, child.name) == ("scenario", "child", "Child")
    assert child.a == (12_600, 12_600) and child.b == (13_200, 13_200)
    assert package.scope == "package" and package.b == child.b
    assert compare(project(), project(), [2099]).costs[0].a == (None,)


def test_default_years_are_five_after_the_base_and_the_end() -> None:
    assert default_years(project(), project()) == [2027]  # a 2025-2027 project
