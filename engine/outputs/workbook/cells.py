"""Eligible persons N on a scenario sheet: per age segment, or per age and sex where
``covered_by`` links scenarios (docs/rap-method.md 4.1, docs/method.md).

Segments cut the scenario's ages where a targeting rate band or a benefit tier
changes, so each segment has one multiplier and one tier. A scenario covered by
others, or covering others, is written age by age and sex by sex: each cell's
eligible persons are ``X x m x (1 - MIN(1, covered / population))``, the covered
persons read from the covering scenarios' sheets (their take-up times their cells).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.domain.i18n import translate
from engine.domain.model import AgeBand, Rate, Scenario
from engine.method.context import SEX_COLUMNS, CountryContext
from engine.method.eligible import rate_by_age
from engine.method.scenarios import ALL_AGES
from engine.method.series import resolve
from engine.outputs.workbook.inputs import (
    BIRTHS_ROW,
    FEMALE_FIRST_ROW,
    INFORMALITY_ROW,
    MALE_FIRST_ROW,
    PERCENT,
    PERSONS,
    UNEMPLOYMENT_ROW,
)
from engine.outputs.workbook.sheet import ScenarioRows, Sheet
from engine.outputs.workbook.words import RATES as RATE_WORDS
from engine.outputs.workbook.words import word

RATES = ("target_share", "prevalence", "covered_share")
FIRST_ROWS = (FEMALE_FIRST_ROW, MALE_FIRST_ROW)


@dataclass
class EligibleRows:
    total: int
    segments: list[tuple[tuple[int, int], int]] = field(default_factory=list)  # N per segment
    cells: dict[tuple[int, int], int] = field(default_factory=dict)  # (sex, age) -> row


def segments(scenario: Scenario, ages: tuple[int, int]) -> list[tuple[int, int]]:
    """Age segments within ``ages`` on which every targeting rate and the tier are constant."""
    cuts = {ages[0], ages[1] + 1}
    bands = [band.ages for name in RATES for band in _bands(getattr(scenario, name))]
    if scenario.benefit is not None:
        bands += [tier.ages for tier in scenario.benefit.tiers]
    for low, high in bands:
        for edge in (low, high + 1):
            if ages[0] < edge <= ages[1]:
                cuts.add(edge)
    edges = sorted(cuts)
    return [(edges[i], edges[i + 1] - 1) for i in range(len(edges) - 1)]


def _bands(rate: Rate | None) -> list[AgeBand]:
    return list(rate.bands) if rate is not None else []


def multiplier_rows(
    s: Sheet,
    scenario: Scenario,
    ctx: CountryContext,
    segment: tuple[int, int],
    ages: tuple[int, int],
) -> int:
    """Each rate on this segment (values), then m = share x prevalence x (1 - covered)."""
    parts = []
    for name in RATES:
        rate: Rate | None = getattr(scenario, name)
        if rate is None:
            continue
        values = rate_by_age(rate, ctx, name, ages)
        column = 0 if values.shape[1] == 1 else segment[0] - ages[0]
        label = translate("Workbook", "{rate}, ages {first}-{last}").format(
            rate=word(RATE_WORDS, name), first=segment[0], last=segment[1]
        )
        row = s.values(label, values[:, column], PERCENT)
        parts.append(f"(1-{{c}}{row})" if name == "covered_share" else f"{{c}}{row}")
    product = "*".join(parts) or "1"
    return s.formula(
        translate("Workbook", "multiplier m, ages {first}-{last}").format(
            first=segment[0], last=segment[1]
        ),
        lambda t, c: "=" + product.format(c=c),
        PERCENT,
    )


def _labour(scenario: Scenario) -> bool:
    return scenario.kind in ("unemployed", "contribution_subsidy")


def _factor(scenario: Scenario) -> str:
    """The unemployment rate, or the informal share of the employed, as a formula."""
    if scenario.kind == "unemployed":
        return f"EAP!{{c}}{UNEMPLOYMENT_ROW}"
    return f"(1-EAP!{{c}}{UNEMPLOYMENT_ROW})*EAP!{{c}}{INFORMALITY_ROW}"


def base_row(s: Sheet, scenario: Scenario, segment: tuple[int, int]) -> int:
    """Population (or labour base) of the scenario's sex in an age segment."""
    ranges = s.layout.age_rows(scenario.sex or "both", *segment)
    if _labour(scenario):
        labour = "+".join(
            f"SUMPRODUCT(POP!{{c}}{a}:{{c}}{b},EAP!{{c}}{a}:{{c}}{b})" for a, b in ranges
        )
        text = f"=({labour})*{_factor(scenario)}"
        if scenario.kind == "unemployed":
            label = translate("Workbook", "unemployed, ages {first}-{last}")
        else:
            label = translate("Workbook", "informal employed, ages {first}-{last}")
    else:
        text = "=" + "+".join(f"SUM(POP!{{c}}{a}:{{c}}{b})" for a, b in ranges)
        label = translate("Workbook", "population, ages {first}-{last}")
    return s.formula(
        label.format(first=segment[0], last=segment[1]), lambda t, c: text.format(c=c), PERSONS
    )


def eligible_rows(
    s: Sheet,
    scenario: Scenario,
    ctx: CountryContext,
    covering: list[ScenarioRows],
    by_cell: bool,
) -> EligibleRows:
    """N of a kind whose people have an age and sex, by segment (and by cell)."""
    ages = scenario.ages or ALL_AGES
    tiered = scenario.benefit is not None and bool(scenario.benefit.tiers)
    result = EligibleRows(total=0)
    terms = []
    for segment in segments(scenario, ages):
        m = multiplier_rows(s, scenario, ctx, segment, ages)
        if by_cell:
            row = _cell_rows(s, scenario, segment, m, covering, result.cells)
        else:
            base = base_row(s, scenario, segment)
            if not tiered:
                terms.append(f"{{c}}{m}*{{c}}{base}")
                continue
            label = translate("Workbook", "eligible, ages {first}-{last}").format(
                first=segment[0], last=segment[1]
            )
            row = s.formula(label, lambda t, c, m=m, b=base: f"={c}{m}*{c}{b}", PERSONS)
        result.segments.append((segment, row))
        terms.append(f"{{c}}{row}")
    total = "+".join(terms)
    result.total = s.formula(
        translate("Workbook", "eligible N"), lambda t, c: "=" + total.format(c=c), PERSONS
    )
    return result


def _cell_rows(
    s: Sheet,
    scenario: Scenario,
    segment: tuple[int, int],
    m: int,
    covering: list[ScenarioRows],
    cells: dict[tuple[int, int], int],
) -> int:
    """One row per sex and age of the segment, then the segment's N (their sum)."""
    first = s.row + 1
    labels = (
        translate("Workbook", "eligible, women aged {age}"),
        translate("Workbook", "eligible, men aged {age}"),
    )
    for sex in SEX_COLUMNS[scenario.sex or "both"]:
        for age in range(segment[0], segment[1] + 1):
            pop = f"POP!{{c}}{FIRST_ROWS[sex] + age}"
            base = pop
            if _labour(scenario):
                base = f"{pop}*EAP!{{c}}{FIRST_ROWS[sex] + age}*{_factor(scenario)}"
            covered = [
                f"'{other.sheet}'!{{c}}{other.take_up}*'{other.sheet}'!{{c}}{other.cells[sex, age]}"
                for other in covering
                if (sex, age) in other.cells
            ]
            text = f"={base}*{{c}}{m}"
            if covered:
                share = f"MIN(1,({'+'.join(covered)})/{pop})"
                text += f"*(1-IF({pop}>0,{share},0))"
            label = labels[sex].format(age=age)
            cells[sex, age] = s.formula(label, lambda t, c, x=text: x.format(c=c), PERSONS)
    last = s.row
    return s.formula(
        translate("Workbook", "eligible, ages {first}-{last}").format(
            first=segment[0], last=segment[1]
        ),
        lambda t, c: f"=SUM({c}{first}:{c}{last})",
        PERSONS,
    )


def other_eligible(s: Sheet, scenario: Scenario, ctx: CountryContext, share: int | None) -> int:
    """N of the kinds without an age band to target: custom, staffing, maternity."""
    kind = scenario.kind
    if kind == "custom":
        assert scenario.beneficiaries is not None
        return s.values(
            translate("Workbook", "eligible N (given)"),
            resolve(scenario.beneficiaries, ctx.years, "n"),
            PERSONS,
        )
    if kind == "health_staffing":
        assert (
            scenario.staff_per_1000_target is not None and scenario.staff_per_1000_now is not None
        )
        target = s.param(
            translate("Workbook", "health workers per 1,000, target"),
            scenario.staff_per_1000_target,
        )
        now = s.param(
            translate("Workbook", "health workers per 1,000, today"), scenario.staff_per_1000_now
        )
        ages = scenario.ages or ALL_AGES
        ranges = s.layout.age_rows("both", *ages)
        total = "+".join(f"SUM(POP!{{c}}{a}:{{c}}{b})" for a, b in ranges)
        served = s.formula(
            translate("Workbook", "population served"),
            lambda t, c: "=" + total.format(c=c),
            PERSONS,
        )
        return s.formula(
            translate("Workbook", "additional health workers N"),
            lambda t, c: f"=MAX(0,{target}*{c}{served}/1000-{now}*{c}{served}/1000)",
            PERSONS,
        )
    m = multiplier_rows(s, scenario, ctx, ALL_AGES, ALL_AGES)
    paid = "" if share is None else f"*{{c}}{share}"
    if share:
        label = translate("Workbook", "eligible N = births x m x share of the year paid")
    else:
        label = translate("Workbook", "eligible N = births x m")
    return s.formula(label, lambda t, c: f"=POP!{c}{BIRTHS_ROW}*{c}{m}" + paid.format(c=c), PERSONS)
