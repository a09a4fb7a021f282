"""Bundled country data (``resources/countries/<ISO3>.json``) turned into a new project.

The files are built from UN, World Bank and IMF extracts by
``resources/countries/build_countries.py``; each series carries its source note,
and every assumption (a growth rate held past the last observation, the poverty
line carried forward by CPI) says so there. This module only reads them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import (
    MAX_AGE,
    Country,
    Economy,
    Population,
    PopulationRow,
    Project,
    Series,
    Years,
)
from engine.format.series_json import value_in
from engine.runtime.resources import resource_path

FORMAT = "abnd-country-data"
Array = NDArray[np.float64]
DEFAULT_BASE, DEFAULT_END = 2025, 2050


@dataclass(frozen=True)
class CountryData:
    country: Country
    first_year: int
    last_year: int
    female: tuple[tuple[float, ...], ...]  # [year][age]
    male: tuple[tuple[float, ...], ...]
    economy: dict[str, Any]
    sources: dict[str, str]
    population_bounds: dict[str, Any]  # kind -> {year: [low, high]} ratios to the median
    births: dict[str, float]  # persons per calendar year
    fiscal_year_start_month: dict[str, int]  # from a year on: the month the fiscal year starts


def available_countries() -> tuple[tuple[str, str], ...]:
    """(ISO3, name) of every bundled country, sorted by name."""
    found = []
    for path in sorted(resource_path("countries").glob("*.json")):
        found.append((path.stem, load_country(path.stem).country.name))
    return tuple(sorted(found, key=lambda item: item[1]))


@lru_cache(maxsize=16)
def load_country(iso3: str) -> CountryData:
    code = iso3.strip().upper()
    path = resource_path("countries", f"{code}.json")
    if not path.is_file():
        known = ", ".join(p.stem for p in sorted(resource_path("countries").glob("*.json")))
        raise InputError(
            "--country",
            messages.translate(
                "Engine",
                'no bundled data for "{iso3}"; bundled: {known}',
                "bundled.no_bundled_data_iso",
            ).format(iso3=iso3, known=known),
        )
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise InputError(
            "format",
            messages.translate("Engine", "is not {format}", "bundled.format").format(format=FORMAT),
            str(path),
        )
    population = data["population"]
    return CountryData(
        country=Country(**data["country"]),
        first_year=int(population["first_year"]),
        last_year=int(population["last_year"]),
        female=tuple(tuple(row) for row in population["female"]),
        male=tuple(tuple(row) for row in population["male"]),
        economy=data["economy"],
        sources=dict(data["sources"]),
        population_bounds=data.get("population_bounds", {}),
        births=dict(population.get("births", {})),
        fiscal_year_start_month=dict(data.get("fiscal_year_start_month", {})),
    )


def country_project(
    iso3: str, base: int = DEFAULT_BASE, end: int = DEFAULT_END, name: str | None = None
) -> Project:
    """A project with no scenarios, holding the bundled country data for ``base``-``end``."""
    data = load_country(iso3)
    if not data.first_year <= base < end <= data.last_year:
        raise InputError(
            "years",
            messages.translate(
                "Engine",
                "{base}-{end} is outside the bundled population, "
                "{first_year}-{last_year}; choose a base year before the end year within "
                "it",
                "bundled.base_end_outside_bundled",
            ).format(base=base, end=end, first_year=data.first_year, last_year=data.last_year),
        )
    sources = dict(data.sources)
    economy = _economy(data, base, sources)
    month = fiscal_month_in(data, base)
    if month is not None and "years.fiscal_year_start_month" in sources:
        sources["years.fiscal_year_start_month"] += (
            f" In force in the base year {base}: month {month}."
        )
    return Project(
        name=name or f"{data.country.name} social protection floor",
        country=data.country,
        years=Years(base, end, month),
        population=_population(data),
        economy=economy,
        sources=tuple(sorted(sources.items())),
    )


def _population(data: CountryData) -> Population:
    rows: list[PopulationRow] = []
    for offset in range(data.last_year - data.first_year + 1):
        year = data.first_year + offset
        for sex, values in (("female", data.female[offset]), ("male", data.male[offset])):
            rows.extend(
                PopulationRow(year=year, sex=sex, age=age, value=values[age])  # type: ignore[arg-type]
                for age in range(MAX_AGE + 1)
            )
    births = Series.per_year(_by_year(data.births)) if data.births else None
    return Population(unit="persons", rows=tuple(rows), births=births)


def fiscal_month_in(data: CountryData, base: int) -> int | None:
    """The month the fiscal year starts, as in force in the base year (its history by year)."""
    history = {int(year): month for year, month in data.fiscal_year_start_month.items()}
    known = [year for year in history if year <= base]
    return history[max(known)] if known else None


def _by_year(values: dict[str, float]) -> dict[int, float]:
    return {int(year): float(value) for year, value in values.items()}


def _growth_factor(economy: dict[str, Any], names: tuple[str, ...], first: int, last: int) -> float:
    """Product of (1 + rate) over ``first``..``last`` for each named growth series."""
    factor = 1.0
    for name in names:
        series = _by_year(economy[name])
        for year in range(first, last + 1):
            rate = value_in(series, year)
            if rate is None:
                raise InputError(
                    f"economy.{name}",
                    messages.translate(
                        "Engine", "gives no value for {year}", "bundled.gives_no_value_year"
                    ).format(year=year),
                )
            factor *= 1.0 + rate
    return factor


def _economy(data: CountryData, base: int, sources: dict[str, str]) -> Economy:
    raw = data.economy
    gdp = _by_year(raw["gdp_nominal"])
    last_gdp = max(y for y in gdp if y <= base) if min(gdp) <= base else None
    if last_gdp is None:
        raise InputError(
            "years.base",
            messages.translate(
                "Engine",
                "{base} is before the first bundled GDP year, {gdp}",
                "bundled.base_before_first_bundled",
            ).format(base=base, gdp=min(gdp)),
        )
    gdp_base = gdp[last_gdp] * _growth_factor(
        raw, ("real_gdp_growth", "gdp_deflator_growth"), last_gdp + 1, base
    )
    if last_gdp < base:
        sources["economy.gdp_nominal_base"] = (
            f"{base} nominal GDP = WDI {last_gdp} nominal GDP carried forward with the real "
            "growth and deflator series (ASSUMPTION past the last observation; see their notes)."
        )
    levels: dict[str, float | None] = {}
    if "minimum_wage_monthly" in raw:
        levels["minimum_wage_monthly"] = value_in(_by_year(raw["minimum_wage_monthly"]), base)
    if "poverty_line_monthly" in raw:
        line = raw["poverty_line_monthly"]
        cpi = _growth_factor(raw, ("cpi_inflation",), int(line["year"]) + 1, base)
        levels["poverty_line_monthly"] = round(float(line["value"]) * cpi, 0)
        sources["economy.poverty_line_monthly"] += (
            f" Carried to {base}: {levels['poverty_line_monthly']:,.0f} "
            f"{data.country.currency} per month."
        )

    def series(name: str) -> Series | None:
        return Series.per_year(_by_year(raw[name])) if name in raw else None

    return Economy(
        gdp_nominal_base=round(gdp_base, 0),
        gdp_nominal=Series.per_year(gdp),
        real_gdp_growth=Series.per_year(_by_year(raw["real_gdp_growth"])),
        gdp_deflator_growth=Series.per_year(_by_year(raw["gdp_deflator_growth"])),
        cpi_inflation=Series.per_year(_by_year(raw["cpi_inflation"])),
        gov_expenditure_share_gdp=series("gov_expenditure_share_gdp"),
        gov_revenue_share_gdp=series("gov_revenue_share_gdp"),
        poverty_line_monthly=levels.get("poverty_line_monthly"),
        minimum_wage_monthly=levels.get("minimum_wage_monthly"),
    )


def population_bounds(iso3: str, years: list[int], kind: str = "variant") -> Array | None:
    """[year, (low, high)] ratios to the central population from the bundled WPP bounds
    (``variant``, ``pi80`` or ``pi95``); 1 for years the bounds do not cover (the past).
    None when the country is not bundled."""
    if not resource_path("countries", f"{iso3.upper()}.json").is_file():
        return None
    bounds = load_country(iso3).population_bounds.get(kind)
    if not bounds:
        return None
    result = np.ones((len(years), 2))
    for i, year in enumerate(years):
        if str(year) in bounds:
            result[i] = bounds[str(year)]
    return result
