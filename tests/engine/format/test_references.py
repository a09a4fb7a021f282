"""Checks across a project: ids used once, and every reference to something that exists,
each refusal naming the place of the reference."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from tests.engine.builders import base_project, build, scenario

FIXED = {"type": "fixed", "monthly_amount": 10}


def refusal(**changes: object) -> str:
    with pytest.raises(InputError) as raised:
        build(**changes)
    return raised.value.one_line()


def test_ids_are_used_once_in_each_collection() -> None:
    twice = [
        scenario("a", "custom", beneficiaries=1, benefit=FIXED),
        scenario("a", "custom", beneficiaries=2, benefit=FIXED),
    ]
    assert refusal(scenarios=twice) == 'scenarios[1].id: "a" is used twice; ids must be unique'


def test_a_package_names_scenarios_and_sources_that_exist() -> None:
    one = [scenario("a", "custom", beneficiaries=1, benefit=FIXED)]
    ghost = [{"id": "p", "name": "P", "scenarios": ["a", "ghost"]}]
    assert refusal(scenarios=one, packages=ghost) == (
        'packages[0].scenarios[1]: "ghost" is not the id of any scenario'
    )
    unfunded = [{"id": "p", "name": "P", "scenarios": ["a"], "financing": ["vat"]}]
    assert refusal(scenarios=one, packages=unfunded) == (
        'packages[0].financing[0]: "vat" is not the id of any financing source'
    )


def test_a_matrix_row_links_scenarios_that_exist() -> None:
    rows = [{"id": "m1", "guarantee": "children", "scenario_ids": ["nowhere"]}]
    assert refusal(matrix=rows) == (
        'matrix[0].scenario_ids[0]: "nowhere" is not the id of any scenario'
    )
    assert base_project()["matrix"] == []  # the builder's project has no row of its own
