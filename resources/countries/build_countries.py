"""Build the bundled country data (``resources/countries/<ISO3>.json``) from the source extracts.

Re-runnable: ``make country-data`` (or ``python resources/countries/build_countries.py``).
Inputs are the extracts in ``sources/`` (see ``sources/README.md`` for where each
comes from and its licence). The output holds, per country:

- population by single age 0-100 and sex, every year 2010-2060, from the WPP 2024
  5-year groups by sex at 5-year steps, split and interpolated by the engine's own
  functions (Sprague, then geometric interpolation per cell);
- births per calendar year 2010-2060 (WPP 2024);
- the month the government's fiscal year starts, as a history by year;
- economy series by year as observed, plus the assumptions used past the last
  observed year, each stated in the series' source note;
- minimum wage and poverty line where a source gives them.

Nothing is invented silently: a series the extracts lack is left out, with a note.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from statistics import fmean
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from engine.domain.model import Population, PopulationRow, Years  # noqa: E402
from engine.method.demography import build_population  # noqa: E402

SOURCES = HERE / "sources"
FIRST_YEAR, LAST_YEAR = 2010, 2060
AVERAGE_SPAN = 10  # years averaged for the growth assumptions past the last observation
FORMAT = "abnd-country-data"

CURRENCIES = {
    "BRN": "BND",
    "IDN": "IDR",
    "KHM": "KHR",
    "LAO": "LAK",
    "MMR": "MMK",
    "MYS": "MYR",
    "PHL": "PHP",
    "SGP": "SGD",
    "THA": "THB",
    "TLS": "USD",
    "VNM": "VND",
}
SHORT_NAMES = {"LAO": "Lao PDR"}

WPP_NOTE = (
    "UN DESA, Population Division (2024), World Population Prospects 2024, medium variant, "
    "1 July, 5-year age groups by sex at 5-year steps (file "
    "WPP2024_PopulationByAge5GroupSex_Medium, via bokeh-sampledata 2026.1), CC BY 3.0 IGO. "
    "Split into single ages with Sprague multipliers and interpolated geometrically per age "
    "and sex between the 5-year points by ABND Studio; the 5-year points sum back to WPP."
)
BIRTHS_NOTE = (
    "UN DESA, Population Division (2024), World Population Prospects 2024: births per calendar "
    "year, estimates to 2023 and the probabilistic median from 2024 (R package PPgp/wpp2024 "
    "v1.1-3, misc1dt and miscproj1dt), CC BY 3.0 IGO."
)
# The month the fiscal year starts, from a year on (a project uses the value in force in its
# base year), with where it comes from. "not verified": calendar year assumed, no source cited.
FISCAL_YEARS: dict[str, tuple[dict[str, int], str]] = {
    "BRN": ({"2010": 4}, "1 April to 31 March (CIA World Factbook 2008)."),
    "IDN": ({"2010": 1}, "The calendar year since 2001 (CIA World Factbook 2005, 2008)."),
    "KHM": ({"2010": 1}, "The calendar year: not verified against a cited source."),
    "LAO": (
        {"2010": 10, "2017": 1},
        "1 October to 30 September until 2015/16, the calendar year since 2017 (World Bank, "
        "Lao PDR PEFA Assessment 2018, March 2019).",
    ),
    "MMR": (
        {"2010": 4, "2018": 10, "2022": 4},
        "1 April to 31 March since 1974; 1 October to 30 September from 2018/19 after a "
        "six-month transition (April-September 2018; Union Parliament, October 2017); back to "
        "1 April to 31 March from 2022/23 after an interim October 2021-March 2022 (Inland "
        "Revenue Department, September 2021). A project keeps one month for all its years.",
    ),
    "MYS": ({"2010": 1}, "The calendar year: not verified against a cited source."),
    "PHL": ({"2010": 1}, "The calendar year: not verified against a cited source."),
    "SGP": (
        {"2010": 4},
        "1 April to 31 March (Ministry of Finance, Singapore Budget, Budget Process).",
    ),
    "THA": (
        {"2010": 10},
        "1 October to 30 September (Budget Procedures Act; Irrawaddy, 31 October 2017).",
    ),
    "TLS": (
        {"2010": 1},
        "The calendar year since 2008, after a July-December 2007 transition (Ministry of "
        "Finance, Financial Report & Accounts, Transition Period 2007).",
    ),
    "VNM": ({"2010": 1}, "The calendar year: not verified against a cited source."),
}
FISCAL_NOTE = (
    " A fiscal year is named in ABND Studio by the calendar year in which it ends, which may "
    "differ from the national name (FY2024/25, FY2024)."
)

WDI_NOTE = (
    "World Bank, World Development Indicators (NY.GDP.MKTP.CN and NY.GDP.MKTP.KN, "
    "last updated 2025-03-24), CC BY 4.0"
)


def read_csv(name: str) -> list[dict[str, str]]:
    with open(SOURCES / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def population_arrays(rows: list[dict[str, str]]) -> dict[str, Any]:
    """Single ages 0-100 by sex, every year, via the engine's Sprague and interpolation."""
    population = Population(
        unit="persons",
        rows=tuple(
            PopulationRow(
                year=int(row["year"]),
                sex=row["sex"],  # type: ignore[arg-type]
                value=float(row["pop_persons"]),
                age_group=row["age_group"],
            )
            for row in rows
        ),
    )
    arrays = build_population(population, Years(FIRST_YEAR, LAST_YEAR))
    persons = arrays.persons
    return {
        "unit": "persons",
        "first_year": FIRST_YEAR,
        "last_year": LAST_YEAR,
        "female": [[round(float(x), 2) for x in persons[t, :, 0]] for t in range(len(persons))],
        "male": [[round(float(x), 2) for x in persons[t, :, 1]] for t in range(len(persons))],
    }


def percent_series(rows: list[dict[str, str]], column: str) -> dict[int, float]:
    return {int(r["year"]): float(r[column]) / 100.0 for r in rows if r[column] not in ("", None)}


def hold_average(series: dict[int, float], span: int = AVERAGE_SPAN) -> tuple[int, int, float]:
    """The average of the last ``span`` observed values: (first year, last year, average)."""
    years = sorted(series)[-span:]
    return years[0], years[-1], round(fmean(series[y] for y in years), 6)


def with_assumption(
    series: dict[int, float], label: str, source: str
) -> tuple[dict[str, float], str]:
    first, last, average = hold_average(series)
    values = {str(year): round(value, 6) for year, value in sorted(series.items())}
    values[str(last + 1)] = average
    note = (
        f"{label} {min(series)}-{last}: {source}. From {last + 1} on: ASSUMPTION, held at "
        f"{average * 100:.2f} %, the average of {first}-{last}; replace it with a national "
        "forecast when one is agreed."
    )
    return values, note


def economy_for(iso3: str, wdi: list[dict[str, str]]) -> tuple[dict[str, Any], dict[str, str]]:
    rows = [r for r in wdi if r["iso3"] == iso3]
    gdp = {int(r["year"]): float(r["gdp_current_lcu"]) for r in rows if r["gdp_current_lcu"]}
    economy: dict[str, Any] = {"gdp_nominal": {str(y): v for y, v in sorted(gdp.items())}}
    sources = {
        "economy.gdp_nominal": f"Nominal GDP {min(gdp)}-{max(gdp)}, LCU: {WDI_NOTE}. "
        "For a later base year it is carried forward with the real growth and deflator "
        "assumptions below."
    }
    growth = percent_series(rows, "real_gdp_growth_pct")
    deflator = percent_series(rows, "gdp_deflator_growth_pct")
    economy["real_gdp_growth"], sources["economy.real_gdp_growth"] = with_assumption(
        growth, "Real GDP growth", f"computed from constant-price GDP, {WDI_NOTE}"
    )
    economy["gdp_deflator_growth"], sources["economy.gdp_deflator_growth"] = with_assumption(
        deflator, "GDP deflator growth", f"computed from current and constant GDP, {WDI_NOTE}"
    )
    if iso3 == "LAO":
        add_lao_economy(economy, sources)
    else:
        economy["cpi_inflation"] = economy["gdp_deflator_growth"]
        sources["economy.cpi_inflation"] = (
            "ASSUMPTION: no CPI series is bundled for this country, so CPI inflation is taken "
            "equal to GDP deflator growth (see its note). Enter the national CPI series."
        )
        for name in ("gov_expenditure_share_gdp", "gov_revenue_share_gdp"):
            sources[f"economy.{name}"] = "Not in the bundled extracts: enter the national budget."
    return economy, sources


def add_lao_economy(economy: dict[str, Any], sources: dict[str, str]) -> None:
    macro = read_csv("lao_macro_2010_2029.csv")
    cpi = percent_series(macro, "cpi_inflation_pct_gmd")
    deflator_years = sorted(economy["gdp_deflator_growth"])
    assumed = economy["gdp_deflator_growth"][deflator_years[-1]]
    economy["cpi_inflation"] = {str(y): round(v, 6) for y, v in sorted(cpi.items())}
    economy["cpi_inflation"][str(max(cpi) + 1)] = assumed
    sources["economy.cpi_inflation"] = (
        f"CPI inflation {min(cpi)}-{max(cpi)}: Global Macro Database (Mueller et al. 2025; "
        "World Bank inflation database, 2024 from WDI); its 2026-29 forecasts (31-37 %) were "
        f"left out as implausible. From {max(cpi) + 1} on: ASSUMPTION, equal to the GDP "
        f"deflator assumption ({assumed * 100:.2f} %), so that prices and GDP move together "
        "(the 2022-24 inflation spike is not a long-run rate)."
    )
    weo_note = (
        "IMF World Economic Outlook, general government, via the Global Macro Database "
        "(Mueller et al. 2025); 2023-2029 are WEO forecasts. From 2030 on: ASSUMPTION, the "
        "2029 forecast carried forward."
    )
    for name, column, label in (
        ("gov_expenditure_share_gdp", "gov_expenditure_pct_gdp_imf_weo", "expenditure"),
        ("gov_revenue_share_gdp", "gov_revenue_pct_gdp_imf_weo", "revenue"),
    ):
        values = percent_series(macro, column)
        economy[name] = {str(y): round(v, 6) for y, v in sorted(values.items())}
        sources[f"economy.{name}"] = f"Government {label} in % of GDP {min(values)}-2029: " + (
            weo_note
        )
    wages = read_csv("lao_minimum_wage.csv")
    economy["minimum_wage_monthly"] = {
        effective_year(w["effective_from"]): float(w["min_wage_kip_per_month"]) for w in wages
    }
    sources["economy.minimum_wage_monthly"] = (
        "National minimum wage, kip per month, the rate in force on 1 July of each year "
        "(2,500,000 kip from 1 Oct 2024, MLSW Notice No. 3534/LSW; earlier steps: PMO "
        "notices, as transcribed in sources/lao_minimum_wage.csv). Indexed to wages after "
        "the base year."
    )
    economy["poverty_line_monthly"] = {"year": 2010, "value": 192000.0}
    sources["economy.poverty_line_monthly"] = (
        "National poverty line 192,000 kip per person per month (2010 line; Lao Statistics "
        "Bureau, LECS-based, as cited by Chow & Lin, 2015). ASSUMPTION: carried to the base "
        "year by CPI inflation; it is not an official line for that year."
    )


def effective_year(effective_from: str) -> str:
    """The first year whose 1 July falls on or after the date the rate took effect."""
    year = int(effective_from[:4])
    month = int(effective_from[5:7]) if len(effective_from) >= 7 else 1
    return str(year if month <= 7 else year + 1)


def population_bounds(iso3: str) -> dict[str, Any]:
    """WPP 2024 total-population bounds as ratios to the probabilistic median, per year."""
    rows = [
        r
        for r in read_csv("wpp2024_pop_total_by_sex_asean_annual_2024_2060.csv")
        if r["iso3"] == iso3
    ]

    def ratios(low: str, high: str) -> dict[str, list[float]]:
        return {
            r["year"]: [
                round(float(r[low]) / float(r["pop_total"]), 6),
                round(float(r[high]) / float(r["pop_total"]), 6),
            ]
            for r in rows
        }

    return {
        "variant": ratios("pop_low", "pop_high"),
        "pi80": ratios("pop_80l", "pop_80u"),
        "pi95": ratios("pop_95l", "pop_95u"),
    }


BOUNDS_NOTE = (
    "Total-population bounds as ratios to the median: WPP 2024 low/high variants (+-0.5 child "
    "per woman) and 80 % / 95 % prediction intervals, R package PPgp/wpp2024 v1.1-3 "
    "(popproj1dt), CC BY 3.0 IGO. Used for sensitivity and uncertainty only."
)


def births_for(iso3: str) -> dict[str, float]:
    """Births per calendar year, persons (WPP 2024 gives thousands)."""
    return {
        r["year"]: round(float(r["births_thousands"]) * 1000, 0)
        for r in read_csv("wpp2024_births_asean_annual_2010_2060.csv")
        if r["iso3"] == iso3 and FIRST_YEAR <= int(r["year"]) <= LAST_YEAR
    }


def build_country(iso3: str, name: str, population_rows: list[dict[str, str]], wdi: Any) -> dict:
    economy, sources = economy_for(iso3, wdi)
    sources["population"] = WPP_NOTE
    sources["population.births"] = BIRTHS_NOTE
    months, fiscal_source = FISCAL_YEARS[iso3]
    sources["years.fiscal_year_start_month"] = fiscal_source + FISCAL_NOTE
    if iso3 == "LAO":
        sources["labour.participation_rate"] = sources["labour.unemployment_rate"] = (
            "No labour-force participation or unemployment data by age and sex for Lao PDR "
            "in the bundled extracts: enter them (Lao Labour Force Survey) before costing "
            "scenarios that need them."
        )
    return {
        "format": FORMAT,
        "format_version": 1,
        "country": {
            "iso3": iso3,
            "name": SHORT_NAMES.get(iso3, name),
            "currency": CURRENCIES[iso3],
        },
        "population": {**population_arrays(population_rows), "births": births_for(iso3)},
        "fiscal_year_start_month": months,
        "population_bounds": {"note": BOUNDS_NOTE, **population_bounds(iso3)},
        "economy": economy,
        "sources": dict(sorted(sources.items())),
    }


def main() -> None:
    wpp = read_csv("wpp2024_pop_age5_sex_asean_5yearly.csv")
    wdi = read_csv("wdi_gdp_lcu_asean_2010_2023.csv")
    by_country: dict[str, list[dict[str, str]]] = defaultdict(list)
    names: dict[str, str] = {}
    for row in wpp:
        by_country[row["iso3"]].append(row)
        names[row["iso3"]] = row["country"]
    for iso3 in sorted(by_country):
        data = build_country(iso3, names[iso3], by_country[iso3], wdi)
        target = HERE / f"{iso3}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"{target.relative_to(HERE.parents[1])}: {data['country']['name']}")


if __name__ == "__main__":
    main()
