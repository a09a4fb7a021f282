"""Reading the JSON format (versions 1 and 2) into domain types, one entity at a time.

Each reader validates one part of a document and raises :class:`InputError`
naming its JSON path. Edit commands use the same readers to validate the one
entity they change. A version-1 document means exactly what it meant: the fields
version 2 added are refused there, and births it leaves out stay "the population
aged 0" (``births_estimate = "aged_0"``).
"""

from __future__ import annotations

import itertools
from typing import Any

from engine.domain.dependencies import cycle
from engine.domain.errors import InputError
from engine.domain.kinds import AGE_SEX_KINDS, KIND_FIELDS, allowed_fields, required_fields
from engine.domain.model import (
    ANCHORS,
    BIRTHS_ESTIMATES,
    GUARANTEES,
    INDEXATIONS,
    KINDS,
    SEXES,
    STATUSES,
    AgeBand,
    Benefit,
    Country,
    Economy,
    Labour,
    MatrixRow,
    Package,
    ParticipationRow,
    Population,
    PopulationRow,
    Project,
    Ramp,
    Range,
    Rate,
    Scenario,
    Series,
    TakeUp,
    Tier,
    Uncertainty,
    Years,
)
from engine.format import validate as v
from engine.format.keys import (
    ASSUMPTION_NAMES,
    ECONOMY_KEYS,
    FORMAT,
    FORMAT_VERSION,
    GROWTH_KEYS,
    LABOUR_KEYS,
    MATRIX_KEYS,
    POPULATION_KEYS,
    RAMP_KEYS,
    RANGE_KEYS,
    READABLE_VERSIONS,
    SOURCE_KEYS,
    TOP_KEYS,
    UNCERTAINTY_KEYS,
    VERSION_2_FIELDS,
    YEARS_KEYS,
)


def project_from_dict(data: Any) -> Project:
    """Build a validated :class:`Project` from a parsed JSON document."""
    top = v.obj(data, "(document)")
    if top.get("format") != FORMAT:
        raise InputError("format", f'expected "{FORMAT}": this is not an ABND Studio project')
    version = top.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InputError(
            "format_version",
            f"{version} is newer than this version of ABND Studio reads "
            f"({FORMAT_VERSION}); update ABND Studio to open it",
        )
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise InputError(
            "format_version",
            f"expected {' or '.join(map(str, READABLE_VERSIONS))}, found {v.describe(version)}",
        )
    v.check_keys(top, "", TOP_KEYS, ("name", "country", "years", "population", "economy"))
    if version == 1:
        _refuse_version_2_fields(top)
    years = read_years(top["years"])
    scenarios = tuple(
        read_scenario(item, f"scenarios[{i}]")
        for i, item in enumerate(v.array(top.get("scenarios", []), "scenarios"))
    )
    project = Project(
        name=v.text(top["name"], "name", max_length=500),
        country=read_country(top["country"]),
        years=years,
        population=read_population(top["population"], version=version),
        economy=read_economy(top["economy"], one_year=years.count == 1),
        labour=read_labour(top["labour"]) if "labour" in top else None,
        scenarios=scenarios,
        packages=tuple(
            read_package(item, f"packages[{i}]")
            for i, item in enumerate(v.array(top.get("packages", []), "packages"))
        ),
        matrix=tuple(
            read_matrix_row(item, f"matrix[{i}]")
            for i, item in enumerate(v.array(top.get("matrix", []), "matrix"))
        ),
        sources=read_sources(top.get("sources", {})),
        uncertainty=read_uncertainty(top["uncertainty"]) if "uncertainty" in top else None,
    )
    check_references(project)
    return project


def check_growth_given(project: Project) -> None:
    """Only a one-year project may leave out the growth rates (it never uses them)."""
    if project.years.count == 1:
        return
    for key in ("real_gdp_growth", "gdp_deflator_growth", "cpi_inflation"):
        if getattr(project.economy, key) is None:
            raise InputError(
                f"economy.{key}",
                f"is missing; a projection over more than one year ({project.years.base}-"
                f"{project.years.end}) needs it",
            )


def _refuse_version_2_fields(top: dict[str, Any]) -> None:
    """A version-1 file holds no field that version 2 added (it would mean something else)."""

    def refuse(data: Any, where: str, path: str) -> None:
        if isinstance(data, dict):
            for key in VERSION_2_FIELDS[where]:
                if key in data:
                    raise InputError(
                        v.child(path, key),
                        "is new in format version 2; this file says format_version 1",
                    )

    refuse(top.get("years"), "years", "years")
    refuse(top.get("population"), "population", "population")
    scenarios = top.get("scenarios")
    for i, item in enumerate(scenarios if isinstance(scenarios, list) else []):
        refuse(item, "scenario", f"scenarios[{i}]")
        if isinstance(item, dict):
            refuse(item.get("benefit"), "benefit", f"scenarios[{i}].benefit")


def check_references(project: Project) -> None:
    """Ids are unique and every reference points at something that exists."""
    scenario_ids = _unique_ids([s.id for s in project.scenarios], "scenarios")
    _check_covered_by(project, scenario_ids)
    _unique_ids([p.id for p in project.packages], "packages")
    _unique_ids([m.id for m in project.matrix], "matrix")
    for i, scenario in enumerate(project.scenarios):
        if scenario.replaces is None:
            continue
        path = f"scenarios[{i}].replaces"
        if scenario.replaces not in scenario_ids:
            raise InputError(path, f'"{scenario.replaces}" is not the id of any scenario')
        if project.scenario(scenario.replaces).status != "existing":
            raise InputError(path, f'"{scenario.replaces}" is not an existing scheme')
    for i, package in enumerate(project.packages):
        for j, member in enumerate(package.scenarios):
            if member not in scenario_ids:
                raise InputError(
                    f"packages[{i}].scenarios[{j}]", f'"{member}" is not the id of any scenario'
                )
    for i, row in enumerate(project.matrix):
        for j, linked in enumerate(row.scenario_ids):
            if linked not in scenario_ids:
                raise InputError(
                    f"matrix[{i}].scenario_ids[{j}]", f'"{linked}" is not the id of any scenario'
                )


def _check_covered_by(project: Project, scenario_ids: set[str]) -> None:
    """``covered_by`` names other scenarios with people of an age and sex, and no circle."""
    for i, scenario in enumerate(project.scenarios):
        for j, other in enumerate(scenario.covered_by or ()):
            path = f"scenarios[{i}].covered_by[{j}]"
            if other not in scenario_ids:
                raise InputError(path, f'"{other}" is not the id of any scenario')
            if other == scenario.id:
                raise InputError(path, "a scenario cannot be covered by itself")
            kind = project.scenario(other).kind
            if kind not in AGE_SEX_KINDS:
                raise InputError(
                    path,
                    f'"{other}" is a {kind} scenario, whose beneficiaries have no age and sex '
                    f"to remove (use one of: {', '.join(AGE_SEX_KINDS)})",
                )
    found = cycle(project.scenarios)
    if found:
        i = next(k for k, s in enumerate(project.scenarios) if s.id == found[0])
        raise InputError(
            f"scenarios[{i}].covered_by",
            f"is circular: {' -> '.join(found)} (a scheme cannot exclude the beneficiaries "
            "of a scheme that excludes its own)",
        )


def _unique_ids(ids: list[str], path: str) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            raise InputError(f"{path}[{i}].id", f'"{item}" is used twice; ids must be unique')
        seen.add(item)
    return seen


def _identifier(value: Any, path: str) -> str:
    result = v.text(value, path, max_length=100, non_empty=True)
    if any(ch.isspace() for ch in result) or not result.isprintable():
        raise InputError(path, f'"{result}" must not contain spaces or control characters')
    return result


def read_country(value: Any) -> Country:
    data = v.obj(value, "country")
    v.check_keys(data, "country", ("iso3", "name", "currency"), ("iso3", "name", "currency"))
    iso3 = v.text(data["iso3"], "country.iso3")
    if len(iso3) != 3 or not iso3.isalpha() or not iso3.isupper():
        raise InputError("country.iso3", f'"{iso3}" is not a three-letter ISO code such as "LAO"')
    return Country(
        iso3=iso3,
        name=v.text(data["name"], "country.name", max_length=200, non_empty=True),
        currency=v.text(data["currency"], "country.currency", max_length=10, non_empty=True),
    )


def read_years(value: Any) -> Years:
    data = v.obj(value, "years")
    v.check_keys(data, "years", YEARS_KEYS, ("base", "end"))
    base = v.year(data["base"], "years.base")
    end = v.year(data["end"], "years.end")
    if end < base:
        raise InputError("years.end", f"{end} is before the base year {base}")
    if end - base > 100:
        raise InputError("years.end", f"a horizon of {end - base} years is over the limit of 100")
    month = None
    if "fiscal_year_start_month" in data:
        path = "years.fiscal_year_start_month"
        month = int(v.number(data[path[6:]], path, minimum=1, maximum=12, integer=True))
        if month > 1 and end == base:
            raise InputError(
                path,
                f"a fiscal year starting in month {month} spans two calendar years, so the "
                f"projection needs at least two (base {base} and end {end} are one); "
                "its first fiscal year ends in the year after the base year",
            )
    return Years(base=base, end=end, fiscal_year_start_month=month)


def read_population(value: Any, *, version: int = FORMAT_VERSION) -> Population:
    data = v.obj(value, "population")
    v.check_keys(data, "population", POPULATION_KEYS, ("unit", "rows"))
    unit = v.choice(data["unit"], "population.unit", ("persons", "thousands"))
    rows = tuple(
        read_population_row(item, f"population.rows[{i}]")
        for i, item in enumerate(v.array(data["rows"], "population.rows"))
    )
    if not rows:
        raise InputError("population.rows", "is empty; give at least one population row")
    births = v.series(data["births"], "population.births", minimum=0) if "births" in data else None
    estimate = (
        v.choice(data["births_estimate"], "population.births_estimate", BIRTHS_ESTIMATES)
        if "births_estimate" in data
        else None
    )
    if version == 1 and births is None:
        estimate = "aged_0"  # what a version-1 file without births meant
    return Population(unit=unit, rows=rows, births=births, births_estimate=estimate)  # type: ignore[arg-type]


def read_population_row(value: Any, path: str) -> PopulationRow:
    data = v.obj(value, path)
    v.check_keys(data, path, ("year", "sex", "age", "age_group", "value"), ("year", "sex", "value"))
    age, group = _age_or_group(data, path)
    if group is not None:
        low, high = v.age_group(group, f"{path}.age_group")
        if not ((high == low + 4 and low % 5 == 0 and high < 100) or (low == 100 and high == 100)):
            raise InputError(
                f"{path}.age_group",
                f'"{group}" is not a 5-year group (0-4, 5-9, ..., 95-99) or "100+"',
            )
    return PopulationRow(
        year=v.year(data["year"], f"{path}.year"),
        sex=v.choice(data["sex"], f"{path}.sex", SEXES),  # type: ignore[arg-type]
        value=v.number(data["value"], f"{path}.value", minimum=0),
        age=age,
        age_group=group,
    )


def _age_or_group(data: dict[str, Any], path: str) -> tuple[int | None, str | None]:
    if ("age" in data) == ("age_group" in data):
        raise InputError(path, 'give exactly one of "age" or "age_group"')
    if "age" in data:
        return int(v.number(data["age"], f"{path}.age", minimum=0, maximum=100, integer=True)), None
    group = v.text(data["age_group"], f"{path}.age_group")
    v.age_group(group, f"{path}.age_group")
    return None, group


def read_economy(value: Any, *, one_year: bool = False) -> Economy:
    """The economy; a one-year project (base = end) never uses growth, so needs none."""
    data = v.obj(value, "economy")
    required: tuple[str, ...] = ("gdp_nominal_base",)
    if not one_year:
        required += ("real_gdp_growth", "gdp_deflator_growth", "cpi_inflation")
    v.check_keys(data, "economy", ECONOMY_KEYS, required)

    def optional_series(key: str, *, rate: bool = True) -> Series | None:
        if key not in data:
            return None
        minimum = -0.99 if key in GROWTH_KEYS else 0.0
        return v.series(data[key], f"economy.{key}", minimum=minimum, rate=rate)

    def optional_level(key: str) -> float | None:
        return v.number(data[key], f"economy.{key}", minimum=0) if key in data else None

    return Economy(
        gdp_nominal_base=v.number(data["gdp_nominal_base"], "economy.gdp_nominal_base", minimum=0),
        gdp_nominal=(
            _per_year_only(data["gdp_nominal"], "economy.gdp_nominal")
            if "gdp_nominal" in data
            else None
        ),
        real_gdp_growth=optional_series("real_gdp_growth"),
        gdp_deflator_growth=optional_series("gdp_deflator_growth"),
        cpi_inflation=optional_series("cpi_inflation"),
        gov_expenditure_share_gdp=optional_series("gov_expenditure_share_gdp"),
        gov_revenue_share_gdp=optional_series("gov_revenue_share_gdp"),
        real_wage_growth=optional_series("real_wage_growth"),
        poverty_line_monthly=optional_level("poverty_line_monthly"),
        minimum_wage_monthly=optional_level("minimum_wage_monthly"),
        average_wage_monthly=optional_level("average_wage_monthly"),
    )


def _per_year_only(value: Any, path: str) -> Series:
    if not isinstance(value, dict):
        raise InputError(path, 'expected values per year such as {"2026": 1.2e12}')
    return v.series(value, path, minimum=0)


def read_labour(value: Any) -> Labour:
    data = v.obj(value, "labour")
    v.check_keys(data, "labour", LABOUR_KEYS)
    rows = tuple(
        _participation_row(item, f"labour.participation_rate[{i}]")
        for i, item in enumerate(
            v.array(data.get("participation_rate", []), "labour.participation_rate")
        )
    )
    return Labour(
        participation_rate=rows,
        unemployment_rate=(
            v.series(data["unemployment_rate"], "labour.unemployment_rate", minimum=0, rate=True)
            if "unemployment_rate" in data
            else None
        ),
        informality_share=(
            v.series(data["informality_share"], "labour.informality_share", minimum=0, rate=True)
            if "informality_share" in data
            else None
        ),
    )


def _participation_row(value: Any, path: str) -> ParticipationRow:
    data = v.obj(value, path)
    v.check_keys(data, path, ("sex", "age", "age_group", "value", "year"), ("sex", "value"))
    age, group = _age_or_group(data, path)
    return ParticipationRow(
        sex=v.choice(data["sex"], f"{path}.sex", SEXES),  # type: ignore[arg-type]
        value=v.number(data["value"], f"{path}.value", minimum=0, rate=True),
        age=age,
        age_group=group,
        year=v.year(data["year"], f"{path}.year") if "year" in data else None,
    )


def read_scenario(value: Any, path: str) -> Scenario:
    data = v.obj(value, path)
    if "kind" not in data:
        raise InputError(f"{path}.kind", "is missing (this field is required)")
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
            "needs the scheme's first year: give take_up per year or as a ramp "
            "(one number holds for every year, so the scheme has no first year)",
        )
    return Scenario(
        id=_identifier(data["id"], f"{path}.id"),
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
        fixed_admin=optional("fixed_admin", v.series, minimum=0),
        replaces=optional("replaces", _identifier),
        start_month=None if start_month is None else int(start_month),
        covered_by=optional("covered_by", _scenario_ids),
        days_per_year=optional("days_per_year", v.number, minimum=0, maximum=366),
        wage_percent_of_minimum_wage=optional(
            "wage_percent_of_minimum_wage", v.number, minimum=0, maximum=1000
        ),
        working_days_per_month=optional("working_days_per_month", v.number, minimum=1, maximum=31),
        nonwage_share=optional("nonwage_share", v.number, minimum=0, rate=True),
        annual_cost_per_person=optional("annual_cost_per_person", v.number, minimum=0),
        excess_health_inflation=optional(
            "excess_health_inflation", v.number, minimum=-0.5, rate=True
        ),
        staff_per_1000_target=optional("staff_per_1000_target", v.number, minimum=0, maximum=1000),
        staff_per_1000_now=optional("staff_per_1000_now", v.number, minimum=0, maximum=1000),
        salary_multiple_of_average_wage=optional(
            "salary_multiple_of_average_wage", v.number, minimum=0, maximum=100
        ),
        nonstaff_ratio=optional("nonstaff_ratio", v.number, minimum=0, maximum=100),
        beneficiaries=optional("beneficiaries", v.series, minimum=0),
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


def _scenario_ids(value: Any, path: str) -> tuple[str, ...]:
    """A non-empty list of distinct scenario ids (checked against the project later)."""
    items = v.array(value, path)
    if not items:
        raise InputError(path, "names no scenario; leave it out instead")
    ids = tuple(_identifier(item, f"{path}[{j}]") for j, item in enumerate(items))
    for j, item in enumerate(ids):
        if item in ids[:j]:
            raise InputError(f"{path}[{j}]", f'"{item}" is listed twice')
    return ids


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


def _benefit(
    value: Any, path: str, *, ages: tuple[int, int] | None = None, kind: str = ""
) -> Benefit:
    data = v.obj(value, path)
    if "type" not in data:
        raise InputError(f"{path}.type", 'is missing: give "fixed" or "anchor"')
    benefit_type = v.choice(data["type"], f"{path}.type", ("fixed", "anchor"))
    if "tiers" in data:
        return _tiered_benefit(data, path, benefit_type, ages, kind)
    if benefit_type == "fixed":
        v.check_keys(
            data, path, ("type", "monthly_amount", "indexation"), ("type", "monthly_amount")
        )
        return Benefit(
            type="fixed",
            monthly_amount=v.number(data["monthly_amount"], f"{path}.monthly_amount", minimum=0),
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
            f"needs the scenario's ages, which a {kind or 'scenario of this'} kind has not",
        )
    tiers = []
    for i, item in enumerate(v.array(data["tiers"], f"{path}.tiers")):
        tier_path = f"{path}.tiers[{i}]"
        tier = v.obj(item, tier_path)
        v.check_keys(tier, tier_path, ("ages", level), ("ages", level))
        band = v.age_band(tier["ages"], f"{tier_path}.ages")
        if level == "monthly_amount":
            amount = v.number(tier[level], f"{tier_path}.{level}", minimum=0)
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
        raise InputError(path, "gives no tier; give at least one age band")
    ordered = sorted(enumerate(tiers), key=lambda item: item[1].ages)
    scenario_ages = _ages_text(*ages)
    expected = ages[0]
    for i, tier in ordered:
        low, high = tier.ages
        band, place = _ages_text(low, high), f"{path}[{i}].ages"
        if low < expected:
            reason = (
                f"start below the scenario's {scenario_ages}"
                if expected == ages[0]
                else f"overlap the tier that ends at age {expected - 1}"
            )
            raise InputError(place, f"{band} {reason}")
        if low > expected:
            gap = _ages_text(expected, low - 1)
            raise InputError(place, f"{band} leave a gap: no tier pays {gap}")
        if high > ages[1]:
            raise InputError(place, f"{band} go past the scenario's {scenario_ages}")
        expected = high + 1
    if expected <= ages[1]:
        i, last = ordered[-1]
        gap = _ages_text(expected, ages[1])
        raise InputError(
            f"{path}[{i}].ages", f"{_ages_text(*last.ages)} leave a gap: no tier pays {gap}"
        )


def _ages_text(low: int, high: int) -> str:
    return f"age {low}" if low == high else f"ages {low}-{high}"


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


def read_package(value: Any, path: str) -> Package:
    data = v.obj(value, path)
    v.check_keys(
        data,
        path,
        ("id", "name", "scenarios", "fiscal_space_percent_gdp"),
        ("id", "name", "scenarios"),
    )
    members = tuple(
        _identifier(item, f"{path}.scenarios[{j}]")
        for j, item in enumerate(v.array(data["scenarios"], f"{path}.scenarios"))
    )
    for j, member in enumerate(members):
        if member in members[:j]:
            raise InputError(f"{path}.scenarios[{j}]", f'"{member}" is listed twice')
    envelope = data.get("fiscal_space_percent_gdp")
    return Package(
        id=_identifier(data["id"], f"{path}.id"),
        name=v.text(data["name"], f"{path}.name", max_length=500, non_empty=True),
        scenarios=members,
        fiscal_space_percent_gdp=(
            v.series(envelope, f"{path}.fiscal_space_percent_gdp", minimum=0, maximum=100)
            if envelope is not None
            else None
        ),
    )


def read_matrix_row(value: Any, path: str) -> MatrixRow:
    data = v.obj(value, path)
    v.check_keys(data, path, MATRIX_KEYS, ("id", "guarantee"))

    def field_text(key: str) -> str:
        return v.text(data.get(key, ""), f"{path}.{key}")

    priority = data.get("priority")
    return MatrixRow(
        id=_identifier(data["id"], f"{path}.id"),
        guarantee=v.choice(data["guarantee"], f"{path}.guarantee", GUARANTEES),  # type: ignore[arg-type]
        existing_provision=field_text("existing_provision"),
        policy_gap=field_text("policy_gap"),
        implementation_issue=field_text("implementation_issue"),
        recommendation=field_text("recommendation"),
        costable=v.boolean(data.get("costable", False), f"{path}.costable"),
        scenario_ids=tuple(
            _identifier(item, f"{path}.scenario_ids[{j}]")
            for j, item in enumerate(v.array(data.get("scenario_ids", []), f"{path}.scenario_ids"))
        ),
        priority=(
            None
            if priority is None
            else int(v.number(priority, f"{path}.priority", minimum=0, maximum=99, integer=True))
        ),
        agencies=tuple(
            v.text(item, f"{path}.agencies[{j}]", max_length=200)
            for j, item in enumerate(v.array(data.get("agencies", []), f"{path}.agencies"))
        ),
        notes=field_text("notes"),
    )


def read_sources(value: Any) -> tuple[tuple[str, str], ...]:
    """Source notes: one per input series, and ``packages.ID`` for a package's envelope."""
    data = v.obj(value, "sources")
    v.check_keys({k: n for k, n in data.items() if not _is_package_key(k)}, "sources", SOURCE_KEYS)
    return tuple((key, v.text(note, f"sources.{key}")) for key, note in data.items())


def _is_package_key(key: str) -> bool:
    return key.startswith("packages.") and len(key) > len("packages.")


def read_uncertainty(value: Any) -> Uncertainty:
    data = v.obj(value, "uncertainty")
    v.check_keys(data, "uncertainty", UNCERTAINTY_KEYS)
    ranges = []
    for i, item in enumerate(v.array(data.get("ranges", []), "uncertainty.ranges")):
        path = f"uncertainty.ranges[{i}]"
        entry = v.obj(item, path)
        v.check_keys(entry, path, RANGE_KEYS, ("assumption", "low", "high"))
        low = v.number(entry["low"], f"{path}.low")
        high = v.number(entry["high"], f"{path}.high")
        if low > high:
            raise InputError(path, f"low {low:g} is above high {high:g}")
        ranges.append(
            Range(
                assumption=v.choice(entry["assumption"], f"{path}.assumption", ASSUMPTION_NAMES),
                low=low,
                high=high,
                distribution=v.choice(  # type: ignore[arg-type]
                    entry.get("distribution", "triangular"),
                    f"{path}.distribution",
                    ("uniform", "triangular"),
                ),
            )
        )
    names = [r.assumption for r in ranges]
    for name in names:
        if names.count(name) > 1:
            raise InputError("uncertainty.ranges", f'gives "{name}" more than once')
    return Uncertainty(
        ranges=tuple(ranges),
        draws=int(
            v.number(
                data.get("draws", 10_000),
                "uncertainty.draws",
                minimum=1,
                maximum=1_000_000,
                integer=True,
            )
        ),
        seed=int(v.number(data.get("seed", 1), "uncertainty.seed", minimum=0, integer=True)),
    )
