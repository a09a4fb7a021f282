"""Reading one scenario of the JSON format v1 (docs/json-format.md, ``scenarios``)."""

from __future__ import annotations

import itertools
from typing import Any

from engine.domain.errors import InputError
from engine.domain.kinds import KIND_FIELDS, allowed_fields, required_fields
from engine.domain.model import (
    ANCHORS,
    GUARANTEES,
    INDEXATIONS,
    KINDS,
    SEXES,
    STATUSES,
    AgeBand,
    Benefit,
    Ramp,
    Rate,
    Scenario,
    TakeUp,
)
from engine.format import validate as v
from engine.format.keys import RAMP_KEYS


def read_scenario(value: Any, path: str) -> Scenario:
    data = v.obj(value, path)
    if "kind" not in data:
        raise InputError(f"{path}.kind", "is missing (this field is required)")
    kind = v.choice(data["kind"], f"{path}.kind", KINDS)
    _check_scenario_keys(data, path, kind)

    def optional(key: str, reader: Any, **kwargs: Any) -> Any:
        return reader(data[key], f"{path}.{key}", **kwargs) if key in data else None

    return Scenario(
        id=v.identifier(data["id"], f"{path}.id"),
        name=v.text(data["name"], f"{path}.name", max_length=500, non_empty=True),
        guarantee=v.choice(data["guarantee"], f"{path}.guarantee", GUARANTEES),  # type: ignore[arg-type]
        status=v.choice(data["status"], f"{path}.status", STATUSES),  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        take_up=_take_up(data["take_up"], f"{path}.take_up"),
        ages=optional("ages", v.age_band),
        sex=optional("sex", v.choice, choices=SEXES),
        target_share=optional("target_share", _rate),
        prevalence=optional("prevalence", _rate),
        covered_share=optional("covered_share", _rate),
        benefit=optional("benefit", _benefit),
        months_per_year=optional("months_per_year", v.number, minimum=0, maximum=12),
        admin_rate=optional("admin_rate", v.number, minimum=0, rate=True),
        fixed_admin=optional("fixed_admin", v.series, minimum=0, maximum=v.MAX_MONEY),
        replaces=optional("replaces", v.identifier),
        days_per_year=optional("days_per_year", v.number, minimum=0, maximum=366),
        wage_percent_of_minimum_wage=optional(
            "wage_percent_of_minimum_wage", v.number, minimum=0, maximum=1000
        ),
        working_days_per_month=optional("working_days_per_month", v.number, minimum=1, maximum=31),
        nonwage_share=optional("nonwage_share", v.number, minimum=0, rate=True),
        annual_cost_per_person=optional(
            "annual_cost_per_person", v.number, minimum=0, maximum=v.MAX_MONEY
        ),
        excess_health_inflation=optional(
            "excess_health_inflation", v.number, minimum=-0.5, rate=True
        ),
        staff_per_1000_target=optional("staff_per_1000_target", v.number, minimum=0, maximum=1000),
        staff_per_1000_now=optional("staff_per_1000_now", v.number, minimum=0, maximum=1000),
        salary_multiple_of_average_wage=optional(
            "salary_multiple_of_average_wage", v.number, minimum=0, maximum=100
        ),
        nonstaff_ratio=optional("nonstaff_ratio", v.number, minimum=0, maximum=100),
        beneficiaries=optional("beneficiaries", v.series, minimum=0, maximum=v.MAX_PERSONS),
        rationale=optional("rationale", v.text),
        source=optional("source", v.text),
    )


def _check_scenario_keys(data: dict[str, Any], path: str, kind: str) -> None:
    allowed = allowed_fields(kind)
    other_kinds = {key for fields, _ in KIND_FIELDS.values() for key in fields}
    for key in data:
        if key not in allowed and key in other_kinds:
            raise InputError(f"{path}.{key}", f"is not used by scenarios of kind '{kind}'")
    v.check_keys(data, path, allowed, required_fields(kind))


def _rate(value: Any, path: str) -> Rate:
    """A share for all ages (number or per year), or a list of age bands."""
    if isinstance(value, list):
        if not value:
            raise InputError(path, "gives no age band")
        bands = []
        for i, item in enumerate(value):
            band_path = f"{path}[{i}]"
            band = v.obj(item, band_path)
            v.check_keys(band, band_path, ("ages", "value"), ("ages", "value"))
            bands.append(
                AgeBand(
                    ages=v.age_band(band["ages"], f"{band_path}.ages"),
                    value=v.series(band["value"], f"{band_path}.value", minimum=0, rate=True),
                )
            )
        _check_bands_disjoint(bands, path)
        return Rate(bands=tuple(bands))
    return Rate(all_ages=v.series(value, path, minimum=0, rate=True))


def _check_bands_disjoint(bands: list[AgeBand], path: str) -> None:
    ordered = sorted(enumerate(bands), key=lambda item: item[1].ages)
    for (_, first), (j, second) in itertools.pairwise(ordered):
        if second.ages[0] <= first.ages[1]:
            raise InputError(
                f"{path}[{j}].ages",
                f"ages {second.ages[0]}-{second.ages[1]} overlap "
                f"ages {first.ages[0]}-{first.ages[1]}",
            )


def _benefit(value: Any, path: str) -> Benefit:
    data = v.obj(value, path)
    if "type" not in data:
        raise InputError(f"{path}.type", 'is missing: give "fixed" or "anchor"')
    kind = v.choice(data["type"], f"{path}.type", ("fixed", "anchor"))
    if kind == "fixed":
        v.check_keys(
            data, path, ("type", "monthly_amount", "indexation"), ("type", "monthly_amount")
        )
        return Benefit(
            type="fixed",
            monthly_amount=v.number(
                data["monthly_amount"], f"{path}.monthly_amount", minimum=0, maximum=v.MAX_MONEY
            ),
            indexation=(
                v.choice(data["indexation"], f"{path}.indexation", INDEXATIONS)  # type: ignore[arg-type]
                if "indexation" in data
                else None
            ),
        )
    v.check_keys(data, path, ("type", "anchor", "percent"), ("type", "anchor", "percent"))
    return Benefit(
        type="anchor",
        anchor=v.choice(data["anchor"], f"{path}.anchor", ANCHORS),  # type: ignore[arg-type]
        percent=v.number(data["percent"], f"{path}.percent", minimum=0, maximum=1000),
    )


def _take_up(value: Any, path: str) -> TakeUp:
    if isinstance(value, dict) and value and set(value) <= set(RAMP_KEYS):
        v.check_keys(value, path, RAMP_KEYS, RAMP_KEYS)
        ramp = Ramp(
            start=v.number(value["start"], f"{path}.start", minimum=0, rate=True),
            target=v.number(value["target"], f"{path}.target", minimum=0, rate=True),
            start_year=v.year(value["start_year"], f"{path}.start_year"),
            target_year=v.year(value["target_year"], f"{path}.target_year"),
        )
        if ramp.target_year < ramp.start_year:
            raise InputError(
                f"{path}.target_year",
                f"{ramp.target_year} is before the start year {ramp.start_year}",
            )
        return TakeUp(ramp=ramp)
    return TakeUp(series=v.series(value, path, minimum=0, rate=True))
