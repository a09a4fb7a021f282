"""Levers: the assumptions of a scenario that a slider moves (workshop mode, what-ifs).

A lever names one number of a scenario (its benefit level, take-up reached,
administration rate, cost per person), its range and step, and how to read and
set it; setting it is an ordinary edit command. A benefit paid by age tiers shows
its first tier's level, and moving it scales every tier by the same share.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from engine.domain.model import Project, Scenario
from engine.edits.commands import Put
from engine.format.write import scenario_to_dict

LeverName = Literal["benefit", "take_up", "admin_rate", "annual_cost_per_person"]
# How a lever's value reads: percent of an anchor, money a month, money a year, or percent.
LeverUnit = Literal["percent_of_anchor", "money_month", "money_year", "percent"]


@dataclass(frozen=True)
class Lever:
    scenario_id: str
    name: LeverName
    low: float
    high: float
    step: float
    unit: LeverUnit

    @property
    def key(self) -> str:
        return f"{self.scenario_id}:{self.name}"


def levers_of(scenario: Scenario) -> list[Lever]:
    """The assumptions of a scenario that can sit on a slider, the main one first."""
    levers = []
    benefit = scenario.benefit
    if benefit is not None and benefit.type == "anchor":
        levers.append(Lever(scenario.id, "benefit", 0, 200, 1, "percent_of_anchor"))
    elif benefit is not None:
        top = max(1.0, 3 * _first_level(scenario_to_dict(scenario)["benefit"]))
        levers.append(Lever(scenario.id, "benefit", 0, top, top / 100, "money_month"))
    if scenario.annual_cost_per_person is not None:
        top = max(1.0, 3 * scenario.annual_cost_per_person)
        levers.append(Lever(scenario.id, "annual_cost_per_person", 0, top, top / 100, "money_year"))
    if scenario.take_up.ramp is not None:
        levers.append(Lever(scenario.id, "take_up", 0, 100, 1, "percent"))
    levers.append(Lever(scenario.id, "admin_rate", 0, 30, 0.5, "percent"))
    return levers


def lever_value(scenario: Scenario, lever: Lever) -> float:
    """The lever's value as the slider shows it (percent for rates)."""
    body = scenario_to_dict(scenario)
    if lever.name == "benefit":
        return _first_level(body["benefit"])
    if lever.name == "take_up":
        return float(body["take_up"]["target"]) * 100
    if lever.name == "annual_cost_per_person":
        return float(body["annual_cost_per_person"])
    return float(body.get("admin_rate", 0.0)) * 100


def _first_level(benefit: dict[str, Any]) -> float:
    """The benefit's level, or its first tier's."""
    level = "percent" if benefit["type"] == "anchor" else "monthly_amount"
    source = benefit["tiers"][0] if "tiers" in benefit else benefit
    return float(source[level])


def set_lever(project: Project, lever: Lever, value: float) -> Put:
    """The edit that puts ``lever`` at ``value`` (as the slider shows it)."""
    body: dict[str, Any] = scenario_to_dict(project.scenario(lever.scenario_id))
    if lever.name == "benefit":
        benefit = dict(body["benefit"])
        level = "percent" if benefit["type"] == "anchor" else "monthly_amount"
        if "tiers" in benefit:  # every tier scaled by the share the first one moves
            first = float(benefit["tiers"][0][level])
            factor = value / first if first else None
            benefit["tiers"] = [
                {**tier, level: round(value if factor is None else tier[level] * factor, 6)}
                for tier in benefit["tiers"]
            ]
        else:
            benefit[level] = round(value, 6)
        body["benefit"] = benefit
    elif lever.name == "take_up":
        body["take_up"] = {**body["take_up"], "target": round(value / 100, 6)}
    elif lever.name == "annual_cost_per_person":
        body["annual_cost_per_person"] = round(value, 2)
    else:
        body["admin_rate"] = round(value / 100, 6)
    return Put("scenario", lever.scenario_id, body)
