"""Reading one scenario of the JSON format (docs/json-format.md, ``scenarios``), versions 1
and 2: benefit tiers, coverage by other schemes and a partial first year are version 2."""

from __future__ import annotations

import itertools
from typing import Any

from engine.domain import messages
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
    Tier,
)
from engine.format import validate as v
from engine.format.keys import RAMP_KEYS


def read_scenario(value: Any, path: str) -> Scenario:
    data = v.obj(value, path)
    if "kind" not in data:
        raise InputError(
            f"{path}.kind",
            messages.translate(
                "Engine",
                "is missing (this field is required)",
                "read_scenario.missing_field_required",
            ).format(),
        )
    kind = v.choice(data["kind"], f"{path}.kind", KINDS)
    _check_scenario_keys(data, path, kind)

    def optional(key: str, reader: Any, **kwargs: Any) -> Any:
        return reader(data[key], f"{path}.{key}", **kwargs) if key in data else None

    ages = optional("ages", v.age_band)
    take_up = _take_up(data["take_up"], f"{path}.take_up")
    start_month = optional("start_month", v.number, minimum=1, maximum=12, integer=True)
    series = take_up.series
    if start_month is not None and series is not None and series.constant is not None:
        raise InputError(
            f"{path}.start_month",
            messages.translate(
                "Engine",
                "needs the scheme's first year: give take_up per year or as a ramp (one "
                "number holds for every year, so the scheme has no first year)",
                "read_scenario.needs_scheme_s_first",
            ).format(),
        )
    return Scenario(
        id=v.identifier(data["id"], f"{path}.id"),
        name=v.text(data["name"], f"{path}.name", max_length=500, non_empty=True),
        guarantee=v.choice(data["guarantee"], f"{path}.guarantee", GUARANTEES),  # type: ignore[arg-type]
        status=v.choice(data["status"], f"{path}.status", STATUSES),  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        take_up=take_up,
        ages=ages,
        sex=optional("sex", v.choice, choices=SEXES),
        target_share=optional("target_share", _rate),
        prevalence=optional("prevalence", _rate),
        covered_share=optional("covered_share", _rate),
        benefit=optional("benefit", _benefit, ages=ages, kind=kind),
        months_per_year=optional("months_per_year", v.number, minimum=0, maximum=12),
        admin_rate=optional("admin_rate", v.number, minimum=0, rate=True),
        fixed_admin=optional("fixed_admin", v.series, minimum=0, maximum=v.MAX_MONEY),
        replaces=optional("replaces", v.identifier),
        start_month=None if start_month is None else int(start_month),
        covered_by=optional("covered_by", _scenario_ids),
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
            raise InputError(
                f"{path}.{key}",
                messages.translate(
                    "Engine",
                    "is not used by scenarios of kind '{kind}'",
                    "read_scenario.used_scenarios_kind_kind",
                ).format(kind=kind),
            )
    v.check_keys(data, path, allowed, required_fields(kind))


def _scenario_ids(value: Any, path: str) -> tuple[str, ...]:
    """A non-empty list of distinct scenario ids (checked against the project later)."""
    items = v.array(value, path)
    if not items:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "names no scenario; leave it out instead",
                "read_scenario.names_no_scenario_leave",
            ).format(),
        )
    ids = tuple(v.identifier(item, f"{path}[{j}]") for j, item in enumerate(items))
    for j, item in enumerate(ids):
        if item in ids[:j]:
            raise InputError(
                f"{path}[{j}]",
                messages.translate(
                    "Engine", '"{item}" is listed twice', "read_scenario.item_listed_twice"
                ).format(item=item),
            )
    return ids


def _rate(value: Any, path: str) -> Rate:
    """A share for all ages (number or per year), or a list of age bands."""
    if isinstance(value, list):
        if not value:
            raise InputError(
                path,
                messages.translate(
                    "Engine", "gives no age band", "read_scenario.gives_no_age_band"
                ).format(),
            )
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
                messages.translate(
                    "Engine",
                    "ages {low}-{high} overlap ages {other_low}-{other_high}",
                    "read_scenario.ages_ages_ages_overlap",
                ).format(
                    low=second.ages[0],
                    high=second.ages[1],
                    other_low=first.ages[0],
                    other_high=first.ages[1],
                ),
            )


def _benefit(
    value: Any, path: str, *, ages: tuple[int, int] | None = None, kind: str = ""
) -> Benefit:
    data = v.obj(value, path)
    if "type" not in data:
        raise InputError(
            f"{path}.type",
            messages.translate(
                "Engine",
                'is missing: give "fixed" or "anchor"',
                "read_scenario.missing_give_fixed_anchor",
            ).format(),
        )
    benefit_type = v.choice(data["type"], f"{path}.type", ("fixed", "anchor"))
    if "tiers" in data:
        return _tiered_benefit(data, path, benefit_type, ages, kind)
    if benefit_type == "fixed":
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


def _tiered_benefit(
    data: dict[str, Any], path: str, benefit_type: str, ages: tuple[int, int] | None, kind: str
) -> Benefit:
    """``tiers``: disjoint age bands covering the scenario's ages exactly, each its own level."""
    level = "monthly_amount" if benefit_type == "fixed" else "percent"
    others = ("indexation",) if benefit_type == "fixed" else ("anchor",)
    required = ("type", "tiers") if benefit_type == "fixed" else ("type", "tiers", "anchor")
    v.check_keys(data, path, ("type", "tiers", *others), required)
    if ages is None:
        raise InputError(
            f"{path}.tiers",
            messages.translate(
                "Engine",
                "needs the scenario's ages, which a {value} kind has not",
                "read_scenario.needs_scenario_s_ages",
            ).format(value=kind),
        )
    tiers = []
    for i, item in enumerate(v.array(data["tiers"], f"{path}.tiers")):
        tier_path = f"{path}.tiers[{i}]"
        tier = v.obj(item, tier_path)
        v.check_keys(tier, tier_path, ("ages", level), ("ages", level))
        band = v.age_band(tier["ages"], f"{tier_path}.ages")
        if level == "monthly_amount":
            amount = v.number(tier[level], f"{tier_path}.{level}", minimum=0, maximum=v.MAX_MONEY)
            tiers.append(Tier(ages=band, monthly_amount=amount))
        else:
            percent = v.number(tier[level], f"{tier_path}.{level}", minimum=0, maximum=1000)
            tiers.append(Tier(ages=band, percent=percent))
    _check_tiers_cover(tiers, ages, f"{path}.tiers")
    if benefit_type == "fixed":
        return Benefit(
            type="fixed",
            indexation=(
                v.choice(data["indexation"], f"{path}.indexation", INDEXATIONS)  # type: ignore[arg-type]
                if "indexation" in data
                else None
            ),
            tiers=tuple(tiers),
        )
    return Benefit(
        type="anchor",
        anchor=v.choice(data["anchor"], f"{path}.anchor", ANCHORS),  # type: ignore[arg-type]
        tiers=tuple(tiers),
    )


def _check_tiers_cover(tiers: list[Tier], ages: tuple[int, int], path: str) -> None:
    """Tiers are disjoint and together cover ``ages`` exactly; a gap or overlap names the band."""
    if not tiers:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "gives no tier; give at least one age band",
                "read_scenario.gives_no_tier_give",
            ).format(),
        )
    ordered = sorted(enumerate(tiers), key=lambda item: item[1].ages)
    scenario_ages = _ages_text(*ages)
    expected = ages[0]
    for i, tier in ordered:
        low, high = tier.ages
        band, place = _ages_text(low, high), f"{path}[{i}].ages"
        if low < expected:
            refusal = (
                messages.translate(
                    "Engine",
                    "{band} start below the scenario's {scenario_ages}",
                    "read_scenario.tier_below_ages",
                ).format(band=band, scenario_ages=scenario_ages)
                if expected == ages[0]
                else messages.translate(
                    "Engine",
                    "{band} overlap the tier that ends at age {age}",
                    "read_scenario.tier_overlap",
                ).format(band=band, age=expected - 1)
            )
            raise InputError(place, refusal)
        if low > expected:
            gap = _ages_text(expected, low - 1)
            raise InputError(
                place,
                messages.translate(
                    "Engine",
                    "{band} leave a gap: no tier pays {gap}",
                    "read_scenario.band_leave_gap_no",
                ).format(band=band, gap=gap),
            )
        if high > ages[1]:
            raise InputError(
                place,
                messages.translate(
                    "Engine",
                    "{band} go past the scenario's {scenario_ages}",
                    "read_scenario.band_go_past_scenario",
                ).format(band=band, scenario_ages=scenario_ages),
            )
        expected = high + 1
    if expected <= ages[1]:
        i, last = ordered[-1]
        gap = _ages_text(expected, ages[1])
        raise InputError(
            f"{path}[{i}].ages",
            messages.translate(
                "Engine",
                "{value} leave a gap: no tier pays {gap}",
                "read_scenario.value_leave_gap_no",
            ).format(value=_ages_text(*last.ages), gap=gap),
        )


def _ages_text(low: int, high: int) -> str:
    if low == high:
        return messages.translate("Engine", "age {age}", "read_scenario.age").format(age=low)
    return messages.translate("Engine", "ages {low}-{high}", "read_scenario.ages").format(
        low=low, high=high
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
                messages.translate(
                    "Engine",
                    "{target_year} is before the start year {start_year}",
                    "read_scenario.target_year_before_start",
                ).format(target_year=ramp.target_year, start_year=ramp.start_year),
            )
        return TakeUp(ramp=ramp)
    return TakeUp(series=v.series(value, path, minimum=0, rate=True))
