"""Levers: the numbers of a scenario a slider moves, with their ranges, the value a slider
shows, and the ordinary edit that sets them (which moves the cost as the method says).

Levers: the benefit level of a tiered benefit scales every tier."""

from __future__ import annotations

import pytest

from engine.edits.apply import apply
from engine.edits.commands import Put
from engine.edits.levers import Lever, lever_value, levers_of, set_lever
from engine.method.compute import compute
from tests.engine.builders import build, scenario

RAMP = {"start": 0.5, "target": 0.8, "start_year": 2025, "target_year": 2025}


@pytest.fixture
def project():
    return build(
        scenarios=[
            scenario(
                "fixed",
                "age_cash",
                ages=[0, 2],
                benefit={"type": "fixed", "monthly_amount": 100},
                take_up=RAMP,
            ),
            scenario(
                "anchored",
                "age_cash",
                ages=[65, 100],
                benefit={"type": "anchor", "anchor": "poverty_line", "percent": 20},
                admin_rate=0.05,
            ),
            scenario(
                "health",
                "health_per_capita",
                guarantee="health",
                annual_cost_per_person=1000,
            ),
        ]
    )


def test_a_fixed_benefit_gets_a_money_lever_up_to_three_times_its_amount(project) -> None:
    levers = levers_of(project.scenario("fixed"))
    assert [lever.name for lever in levers] == ["benefit", "take_up", "admin_rate"]
    benefit = levers[0]
    # top = 3 x 100 a month, 100 steps
    assert (benefit.low, benefit.high, benefit.step, benefit.unit) == (0, 300, 3, "money_month")
    assert benefit.key == "fixed:benefit"
    assert levers[1] == Lever("fixed", "take_up", 0, 100, 1, "percent")
    assert levers[2] == Lever("fixed", "admin_rate", 0, 30, 0.5, "percent")


def test_an_anchored_benefit_is_a_percent_of_its_anchor_and_a_series_take_up_has_no_lever(
    project,
) -> None:
    levers = levers_of(project.scenario("anchored"))
    assert levers == [
        Lever("anchored", "benefit", 0, 200, 1, "percent_of_anchor"),
        Lever("anchored", "admin_rate", 0, 30, 0.5, "percent"),
    ]


def test_a_health_scenario_moves_its_cost_per_person(project) -> None:
    levers = levers_of(project.scenario("health"))
    assert levers == [
        Lever("health", "annual_cost_per_person", 0, 3000, 30, "money_year"),
        Lever("health", "admin_rate", 0, 30, 0.5, "percent"),
    ]


def test_a_tiny_amount_still_gets_a_usable_range() -> None:
    tiny = build(
        scenarios=[
            scenario("t", "age_cash", ages=[0, 0], benefit={"type": "fixed", "monthly_amount": 0.1})
        ]
    )
    (benefit, _admin) = levers_of(tiny.scenario("t"))
    assert (benefit.high, benefit.step) == (1.0, 0.01)  # at least 1, in 100 steps


def test_values_read_as_the_slider_shows_them(project) -> None:
    fixed, anchored, health = (project.scenario(i) for i in ("fixed", "anchored", "health"))
    by_name = {lever.name: lever for lever in levers_of(fixed)}
    assert lever_value(fixed, by_name["benefit"]) == 100.0
    assert lever_value(fixed, by_name["take_up"]) == 80.0  # target 0.8 as a percent
    assert lever_value(fixed, by_name["admin_rate"]) == 0.0  # not given: the default 0
    anchored_levers = {lever.name: lever for lever in levers_of(anchored)}
    assert lever_value(anchored, anchored_levers["benefit"]) == 20.0
    assert lever_value(anchored, anchored_levers["admin_rate"]) == 5.0
    assert lever_value(health, levers_of(health)[0]) == 1000.0


def test_setting_a_lever_is_a_scenario_put_that_moves_the_cost(project) -> None:
    by_name = {lever.name: lever for lever in levers_of(project.scenario("fixed"))}
    command = set_lever(project, by_name["benefit"], 150)
    assert isinstance(command, Put) and (command.kind, command.key) == ("scenario", "fixed")
    changed, _ = apply(project, command)
    before = compute(project).scenarios["fixed"]["benefit_cost"][0]
    after = compute(changed).scenarios["fixed"]["benefit_cost"][0]
    # BC = TU x N x A: 0.8 x (3 ages x 2,000 persons) x (100 x 12) = 5,760,000, then x 1.5
    assert before == pytest.approx(5_760_000, rel=1e-12)
    assert after == pytest.approx(8_640_000, rel=1e-12)


def test_setting_take_up_and_admin_stores_fractions(project) -> None:
    fixed = project.scenario("fixed")
    by_name = {lever.name: lever for lever in levers_of(fixed)}
    changed, _ = apply(project, set_lever(project, by_name["take_up"], 62.5))
    assert changed.scenario("fixed").take_up.ramp.target == 0.625
    changed, _ = apply(changed, set_lever(changed, by_name["admin_rate"], 12.5))
    assert changed.scenario("fixed").admin_rate == 0.125
    assert changed.scenario("fixed").take_up.ramp.target == 0.625  # the earlier edit stays
    total = compute(changed).scenarios["fixed"]
    # AC = alpha x BC: 0.125 x (0.625 x 6,000 x 1,200)
    assert total["admin_cost"][0] == pytest.approx(0.125 * 0.625 * 6000 * 1200, rel=1e-12)


def test_set_values_are_rounded_as_the_slider_steps(project) -> None:
    anchored = project.scenario("anchored")
    benefit = levers_of(anchored)[0]
    command = set_lever(project, benefit, 33.33333333333)
    assert command.body["benefit"] == {
        "type": "anchor",
        "anchor": "poverty_line",
        "percent": 33.333333,
    }
    health = levers_of(project.scenario("health"))[0]
    assert set_lever(project, health, 1234.5678).body["annual_cost_per_person"] == 1234.57


def test_the_benefit_lever_scales_every_tier() -> None:
    tiers = [{"ages": [60, 69], "monthly_amount": 600}, {"ages": [70, 100], "monthly_amount": 800}]
    project = build(
        scenarios=[
            scenario("oaa", "age_cash", ages=[60, 100], benefit={"type": "fixed", "tiers": tiers})
        ]
    )
    lever = levers_of(project.scenario("oaa"))[0]
    assert (lever.name, lever.high, lever_value(project.scenario("oaa"), lever)) == (
        "benefit",
        1800,
        600,
    )
    changed, _ = apply(project, set_lever(project, lever, 900))  # +50 %
    benefit = changed.scenario("oaa").benefit
    assert benefit is not None
    assert [t.monthly_amount for t in benefit.tiers] == [900, 1200]
