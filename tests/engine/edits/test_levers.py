"""Levers: the benefit level of a tiered benefit scales every tier."""

from __future__ import annotations

from engine.edits.apply import apply
from engine.edits.levers import lever_value, levers_of, set_lever
from tests.engine.builders import build, scenario


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
