"""A new project for each bundled country, with one new scenario of each kind: each scenario
is costed, or the checklist names the country data it lacks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from engine.analysis.missing_data import missing_data
from engine.countries.bundled import available_countries, country_project
from engine.domain import messages
from engine.domain.model import KINDS
from engine.edits.apply import apply
from engine.edits.builders import new_scenario
from engine.method.compute import compute

COUNTRIES = [iso3 for iso3, _name in available_countries()]


def with_every_kind(project):
    for kind in KINDS:
        project, _inverse = apply(project, new_scenario(project, kind, f"New {kind}"))
    return project


@pytest.mark.parametrize("iso3", COUNTRIES)
def test_every_new_scenario_is_costed_or_its_missing_data_named(iso3) -> None:
    project = with_every_kind(country_project(iso3))
    results = compute(project, strict=False)
    checklist = missing_data(project, results)
    blocked = {scenario_id for item in checklist for scenario_id in item.needed_by}
    for scenario in project.scenarios:
        if scenario.id in results.scenarios:
            continue
        assert scenario.id in blocked, (iso3, scenario.kind, results.errors[scenario.id])
    for item in checklist:
        assert item.path.startswith(("economy.", "labour.", "population"))
        assert item.path in str(item.message)  # the English line names the field


def test_new_benefits_start_from_an_anchor_the_data_have() -> None:
    project = country_project(COUNTRIES[0])
    economy = replace(project.economy, poverty_line_monthly=None, minimum_wage_monthly=None)
    project = replace(project, economy=economy)
    added, _ = apply(project, new_scenario(project, "age_cash", "Pension"))
    assert added.scenarios[0].benefit.anchor in ("average_wage", "gdp_per_capita")
    if project.economy.average_wage_monthly is None:
        assert added.scenarios[0].benefit.anchor == "gdp_per_capita"
        results = compute(added, strict=False)
        assert added.scenarios[0].id in results.scenarios  # GDP per person is always there


def test_the_checklist_counts_the_scenarios_a_field_blocks() -> None:
    project = country_project(COUNTRIES[0])
    project = replace(project, economy=replace(project.economy, poverty_line_monthly=1000.0))
    project = with_every_kind(project)
    lacking = replace(project, economy=replace(project.economy, poverty_line_monthly=None))
    results = compute(lacking, strict=False)
    checklist = missing_data(lacking, results)
    (line,) = [m for m in checklist if "poverty" in m.path]
    anchored = [
        s.id
        for s in lacking.scenarios
        if s.benefit is not None and s.benefit.anchor == "poverty_line"
    ]
    # each scenario is listed under the first thing it lacks (labour data come first for
    # the unemployed and the contribution subsidy)
    assert set(line.needed_by) <= set(anchored) and len(line.needed_by) >= 4
    others = {i for m in checklist if m is not line for i in m.needed_by}
    assert set(anchored) - set(line.needed_by) <= others
    assert messages.fields_named(line.message) == ("economy.poverty_line_monthly",)
    assert f"{len(line.needed_by)} scenario(s) cannot be costed" in line.message
