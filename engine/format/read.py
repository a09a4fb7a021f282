"""Reading the JSON format (versions 1, 2 and 3) into domain types, one entity at a time.

Each reader validates one part of a document and raises :class:`InputError`
naming its JSON path. Edit commands use the same readers to validate the one
entity they change. An older document means exactly what it meant: the fields a
later version added are refused there (version 3's financing and consultation record
included), births a version-1 file leaves out stay "the population aged 0"
(``births_estimate = "aged_0"``), and a version-1 or version-2 package's fiscal-space
envelope becomes one financing source (``upgrade.py``).
"""

from __future__ import annotations

from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import (
    BIRTHS_ESTIMATES,
    SEXES,
    Country,
    Economy,
    Labour,
    ParticipationRow,
    Population,
    PopulationRow,
    Project,
    Range,
    Series,
    Uncertainty,
    Years,
)
from engine.format import validate as v
from engine.format.keys import (
    ASSUMPTION_NAMES,
    ECONOMY_KEYS,
    ENVELOPE_KEY,
    FORMAT,
    FORMAT_VERSION,
    GROWTH_KEYS,
    LABOUR_KEYS,
    POPULATION_KEYS,
    RANGE_KEYS,
    READABLE_VERSIONS,
    SOURCE_KEYS,
    TOP_KEYS,
    UNCERTAINTY_KEYS,
    VERSION_2_FIELDS,
    VERSION_3_FIELDS,
    YEARS_KEYS,
)
from engine.format.read_financing import read_financing_source
from engine.format.read_matrix import read_matrix_row as read_matrix_row
from engine.format.read_matrix import read_package as read_package
from engine.format.read_scenario import read_scenario as read_scenario
from engine.format.references import check_references as check_references
from engine.format.upgrade import upgrade_document

MAX_SHIFT = 10.0  # an uncertainty range's low and high (points or relative: +1000 % at most)


def project_from_dict(data: Any) -> Project:
    """Build a validated :class:`Project` from a parsed JSON document."""
    top = v.obj(data, "(document)")
    if top.get("format") != FORMAT:
        raise InputError(
            "format",
            messages.translate(
                "Engine",
                'expected "{format}": this is not an ABND Studio project',
                "read.expected_format_abnd_studio",
            ).format(format=FORMAT),
        )
    version = top.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InputError(
            "format_version",
            messages.translate(
                "Engine",
                "{version} is newer than this version of ABND Studio reads "
                "({readable}); update ABND Studio to open it",
                "read.version_newer_than_version",
            ).format(version=version, readable=FORMAT_VERSION),
        )
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise InputError(
            "format_version",
            messages.translate(
                "Engine", "expected {map}, found {describe}", "read.expected_map_found_describe"
            ).format(map=" or ".join(map(str, READABLE_VERSIONS)), describe=v.describe(version)),
        )
    v.check_keys(top, "", TOP_KEYS, ("name", "country", "years", "population", "economy"))
    if version == 1:
        _refuse_version_2_fields(top)
    if version < 3:
        _refuse_version_3_fields(top, version)
        _check_envelopes(top)
        top = upgrade_document(top)
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
        financing_sources=tuple(
            read_financing_source(item, f"financing_sources[{i}]")
            for i, item in enumerate(v.array(top.get("financing_sources", []), "financing_sources"))
        ),
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
                messages.translate(
                    "Engine",
                    "is missing; a projection over more than one year ({base}-{end}) needs it",
                    "read.missing_projection_over_more",
                ).format(base=project.years.base, end=project.years.end),
            )


def _refuse_version_2_fields(top: dict[str, Any]) -> None:
    """A version-1 file holds no field that version 2 added (it would mean something else)."""

    def refuse(data: Any, where: str, path: str) -> None:
        if isinstance(data, dict):
            for key in VERSION_2_FIELDS[where]:
                if key in data:
                    raise InputError(
                        v.child(path, key),
                        messages.translate(
                            "Engine",
                            "is new in format version 2; this file says format_version 1",
                            "read.new_format_version_file",
                        ).format(),
                    )

    refuse(top.get("years"), "years", "years")
    refuse(top.get("population"), "population", "population")
    scenarios = top.get("scenarios")
    for i, item in enumerate(scenarios if isinstance(scenarios, list) else []):
        refuse(item, "scenario", f"scenarios[{i}]")
        if isinstance(item, dict):
            refuse(item.get("benefit"), "benefit", f"scenarios[{i}].benefit")


def _refuse_version_3_fields(top: dict[str, Any], version: int) -> None:
    """A version-1 or version-2 file says its fiscal space with envelopes, not sources,
    and holds no consultation record (version 3 added both)."""

    def refuse(data: Any, where: str, path: str) -> None:
        if isinstance(data, dict):
            for key in VERSION_3_FIELDS[where]:
                if key in data:
                    raise InputError(
                        v.child(path, key),
                        messages.translate(
                            "Engine",
                            "is new in format version 3; this file says format_version {version}",
                            "read.new_in_format_version_3",
                        ).format(version=version),
                    )

    refuse(top, "top", "")
    packages = top.get("packages")
    for i, item in enumerate(packages if isinstance(packages, list) else []):
        refuse(item, "package", f"packages[{i}]")
    rows = top.get("matrix")
    for i, item in enumerate(rows if isinstance(rows, list) else []):
        refuse(item, "matrix_row", f"matrix[{i}]")


def _check_envelopes(top: dict[str, Any]) -> None:
    """An older file's envelopes, checked where they are written before they move."""
    packages = top.get("packages")
    for i, item in enumerate(packages if isinstance(packages, list) else []):
        if isinstance(item, dict) and ENVELOPE_KEY in item:
            path = f"packages[{i}]"
            v.identifier(item.get("id"), f"{path}.id")
            v.series(item[ENVELOPE_KEY], f"{path}.{ENVELOPE_KEY}", minimum=0, maximum=100)


def read_country(value: Any) -> Country:
    data = v.obj(value, "country")
    v.check_keys(data, "country", ("iso3", "name", "currency"), ("iso3", "name", "currency"))
    iso3 = v.text(data["iso3"], "country.iso3")
    if len(iso3) != 3 or not iso3.isalpha() or not iso3.isupper():
        raise InputError(
            "country.iso3",
            messages.translate(
                "Engine",
                '"{iso3}" is not a three-letter ISO code such as "LAO"',
                "read.iso_three_letter_iso",
            ).format(iso3=iso3),
        )
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
        raise InputError(
            "years.end",
            messages.translate(
                "Engine", "{end} is before the base year {base}", "read.end_before_base_year"
            ).format(end=end, base=base),
        )
    if end - base > 100:
        raise InputError(
            "years.end",
            messages.translate(
                "Engine",
                "a horizon of {end} years is over the limit of 100",
                "read.horizon_end_years_over",
            ).format(end=end - base),
        )
    month = None
    if "fiscal_year_start_month" in data:
        path = "years.fiscal_year_start_month"
        month = int(v.number(data[path[6:]], path, minimum=1, maximum=12, integer=True))
        if month > 1 and end == base:
            raise InputError(
                path,
                messages.translate(
                    "Engine",
                    "a fiscal year starting in month {month} spans two calendar years, so "
                    "the projection needs at least two (base {base} and end {end} are one); "
                    "its first fiscal year ends in the year after the base year",
                    "read.fiscal_year_starting_month",
                ).format(month=month, base=base, end=end),
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
        raise InputError(
            "population.rows",
            messages.translate(
                "Engine", "is empty; give at least one population row", "read.empty_give_least_one"
            ).format(),
        )
    births = (
        v.series(data["births"], "population.births", minimum=0, maximum=v.MAX_PERSONS)
        if "births" in data
        else None
    )
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
                messages.translate(
                    "Engine",
                    '"{group}" is not a 5-year group (0-4, 5-9, ..., 95-99) or "100+"',
                    "read.group_year_group",
                ).format(group=group),
            )
    return PopulationRow(
        year=v.year(data["year"], f"{path}.year"),
        sex=v.choice(data["sex"], f"{path}.sex", SEXES),  # type: ignore[arg-type]
        value=v.number(data["value"], f"{path}.value", minimum=0, maximum=v.MAX_PERSONS),
        age=age,
        age_group=group,
    )


def _age_or_group(data: dict[str, Any], path: str) -> tuple[int | None, str | None]:
    if ("age" in data) == ("age_group" in data):
        raise InputError(
            path,
            messages.translate(
                "Engine", 'give exactly one of "age" or "age_group"', "read.give_exactly_one_age"
            ).format(),
        )
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
        return (
            v.number(data[key], f"economy.{key}", minimum=0, maximum=v.MAX_MONEY)
            if key in data
            else None
        )

    return Economy(
        gdp_nominal_base=v.number(
            data["gdp_nominal_base"],
            "economy.gdp_nominal_base",
            positive=True,
            maximum=v.MAX_MONEY,
        ),
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
        raise InputError(
            path,
            messages.translate(
                "Engine",
                'expected values per year such as {{"2026": 1.2e12}}',
                "read.expected_values_per_year",
            ).format(),
        )
    return v.series(value, path, positive=True, maximum=v.MAX_MONEY)


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


def read_sources(value: Any) -> tuple[tuple[str, str], ...]:
    """Source notes: one per input series, and ``packages.ID`` for a note on a package
    (versions 1 and 2: its envelope's; those move to the envelope's source on reading)."""
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
        low = v.number(entry["low"], f"{path}.low", minimum=-MAX_SHIFT, maximum=MAX_SHIFT)
        high = v.number(entry["high"], f"{path}.high", minimum=-MAX_SHIFT, maximum=MAX_SHIFT)
        if low > high:
            raise InputError(
                path,
                messages.translate(
                    "Engine", "low {low:g} is above high {high:g}", "read.low_low_g_above"
                ).format(low=low, high=high),
            )
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
            raise InputError(
                "uncertainty.ranges",
                messages.translate(
                    "Engine", 'gives "{name}" more than once', "read.gives_name_more_than"
                ).format(name=name),
            )
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
        seed=int(
            v.number(
                data.get("seed", 1), "uncertainty.seed", minimum=0, maximum=2**32 - 1, integer=True
            )
        ),
    )
