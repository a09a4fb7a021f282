"""Country data prepared once: population arrays by sex with running sums for any age band,
births, economy and labour; cached per country data, and a band with missing cells is refused
naming the ages and years.

Prepared country data: births estimated when none are given."""

from __future__ import annotations

import csv
import dataclasses
from collections import defaultdict

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.domain.model import Population, PopulationRow, Series, Years
from engine.method.compute import compute
from engine.method.context import estimate_births, prepare
from tests.conftest import REPO
from tests.engine.builders import base_project, build


def test_band_totals_sum_the_ages_and_sexes_asked_for() -> None:
    ctx = prepare(build())
    # 1,000 persons of each single age and sex, every year
    np.testing.assert_array_equal(ctx.band_total((0, 2), "both", "p"), [6000] * 3)
    np.testing.assert_array_equal(ctx.band_total((0, 2), "female", "p"), [3000] * 3)
    np.testing.assert_array_equal(ctx.band_total((100, 100), "male", "p"), [1000] * 3)
    np.testing.assert_array_equal(ctx.band_total((0, 100), "both", "p"), [202_000] * 3)
    np.testing.assert_array_equal(ctx.year_array, [2025, 2026, 2027])
    assert ctx.persons.shape == (3, 101, 2)
    np.testing.assert_array_equal(ctx.by_sex["both"], ctx.persons.sum(axis=2))


def test_a_band_over_missing_cells_names_the_ages_and_years() -> None:
    document = base_project()
    document["population"]["rows"] = [
        r for r in document["population"]["rows"] if r["age"] <= 50 or r["sex"] == "female"
    ]
    ctx = prepare(build(population=document["population"]))
    np.testing.assert_array_equal(ctx.band_total((40, 60), "female", "p"), [21_000] * 3)
    np.testing.assert_array_equal(ctx.band_total((0, 50), "male", "p"), [51_000] * 3)
    with pytest.raises(InputError) as raised:
        ctx.band_total((40, 60), "both", "scenarios[0].ages")
    assert raised.value.one_line() == (
        "scenarios[0].ages: the population has no data for ages 51-60 in 2025-2027 "
        "(the band is 40-60)"
    )


def test_births_as_the_population_aged_0_when_asked_with_a_note() -> None:
    population = {**base_project()["population"], "births_estimate": "aged_0"}
    ctx = prepare(build(population=population))
    np.testing.assert_array_equal(ctx.births, [2000] * 3)  # both sexes aged 0
    (note,) = [w for w in ctx.warnings if w.code == "births_estimated"]
    assert (note.level, note.path) == ("note", "population.births")
    assert "population aged 0" in note.message


def test_births_given_are_used_year_by_year() -> None:
    population = base_project()["population"]
    population["births"] = {"2025": 2500, "2027": 2400}
    ctx = prepare(build(population=population))
    np.testing.assert_array_equal(ctx.births, [2500, 2500, 2400])
    assert not [w for w in ctx.warnings if w.code == "births_estimated"]


def test_preparing_is_cached_per_country_data_and_years() -> None:
    project = build()
    first = prepare(project)
    assert prepare(dataclasses.replace(project, name="Renamed", scenarios=())) is first
    again = prepare(
        dataclasses.replace(project, years=dataclasses.replace(project.years, end=2026))
    )
    assert again is not first and again.persons.shape == (2, 101, 2)
    economy = dataclasses.replace(project.economy, cpi_inflation=Series.of(0.1))
    other = prepare(dataclasses.replace(project, economy=economy))
    np.testing.assert_allclose(other.economy.cpi, [1, 1.1, 1.21])


def test_participation_is_prepared_once_on_first_use() -> None:
    ctx = prepare(build())
    rates = ctx.participation()
    assert ctx.participation() is rates
    assert (rates[:, 15:65, :] == 0.7).all() and np.isnan(rates[:, :15, :]).all()


def test_the_economy_and_its_warnings_come_with_the_context() -> None:
    economy = base_project()["economy"]
    economy["real_gdp_growth"] = {"2026": -0.4}  # below the plausible -30 %
    ctx = prepare(build(economy=economy))
    # GDPn = 1e9, 1e9 x 0.6 x 1.02, 1e9 x 0.6^2 x 1.02^2
    np.testing.assert_allclose(ctx.economy.gdp_nominal, [1e9, 6.12e8, 3.74544e8], rtol=1e-15)
    assert "growth_out_of_range" in {w.code for w in ctx.warnings}


SOURCES = REPO / "resources" / "countries" / "sources"


def growing() -> dict:
    """1,000 persons a cell in 2025, 2,000 in 2027 (so 1,000 * sqrt 2 in 2026)."""
    document = base_project()
    for row in document["population"]["rows"]:
        row["value"] *= 2 if row["year"] == 2027 else 1
    return document


def test_births_are_the_mean_of_aged_0_in_the_year_and_the_next() -> None:
    births = compute(build(population=growing()["population"])).context.births
    # Aged 0, both sexes: 2,000; 2,828.43 (geometric); 4,000. Births of 2025 = (2,000 +
    # 2,828.43) / 2; 2026 = (2,828.43 + 4,000) / 2; 2027, the last year of the data: 4,000.
    middle = 2000 * np.sqrt(2)
    np.testing.assert_allclose(births, [(2000 + middle) / 2, (middle + 4000) / 2, 4000])


def test_aged_0_keeps_what_version_1_meant_and_notes_say_which() -> None:
    population = {**growing()["population"], "births_estimate": "aged_0"}
    results = compute(build(population=population))
    np.testing.assert_allclose(results.context.births, [2000, 2000 * np.sqrt(2), 4000])
    (note,) = [w for w in results.warnings if w.path == "population.births"]
    assert note.message == "births are not given, so they are taken as the population aged 0"
    centred = compute(build(population=growing()["population"]))
    (note,) = [w for w in centred.warnings if w.path == "population.births"]
    assert "mean of the population aged 0 in the year and in the next" in note.message
    assert "in 2027, the last year of the population data, the population aged 0)" in note.message


def test_the_last_year_uses_the_next_year_of_the_data_when_there_is_one() -> None:
    document = growing()
    years = Years(2025, 2026)
    rows = tuple(PopulationRow(**row) for row in document["population"]["rows"])
    aged_0 = np.array([2000.0, 2000 * np.sqrt(2)])
    births, note = estimate_births(Population("persons", rows), years, aged_0)
    np.testing.assert_allclose(births, [(2000 + aged_0[1]) / 2, (aged_0[1] + 4000) / 2])
    assert "last year" not in note


def test_the_estimate_is_closer_to_wpp_births_than_aged_0() -> None:
    """Against WPP 2024 births, from WPP's own single-age population (THA, IDN, MYS, PHL,
    2020-2049): the estimate's worst error is 2.2 %, aged 0's 6.3 % (the Philippines)."""
    aged_0: dict[str, dict[int, float]] = defaultdict(dict)
    with open(SOURCES / "wpp2024_median_pop_age1_bothsexes_THA_IDN_MYS_PHL_2020_2050.csv") as f:
        for row in csv.DictReader(f):
            if row["age"] == "0":
                aged_0[row["iso3"]][int(row["year"])] = float(row["pop_persons"])
    wpp: dict[str, dict[int, float]] = defaultdict(dict)
    with open(SOURCES / "wpp2024_births_asean_annual_2010_2060.csv") as f:
        for row in csv.DictReader(f):
            wpp[row["iso3"]][int(row["year"])] = 1000 * float(row["births_thousands"])
    worst_estimate = worst_aged_0 = 0.0
    for iso3, values in aged_0.items():
        rows = tuple(PopulationRow(year=y, sex="both", age=0, value=v) for y, v in values.items())
        years = Years(2020, 2049)
        series = np.array([values[y] for y in range(2020, 2050)])
        births, _ = estimate_births(Population("persons", rows), years, series)
        truth = np.array([wpp[iso3][y] for y in range(2020, 2050)])
        worst_estimate = max(worst_estimate, float(np.abs(births / truth - 1).max()))
        worst_aged_0 = max(worst_aged_0, float(np.abs(series / truth - 1).max()))
    assert worst_estimate < 0.025 and worst_aged_0 > 0.06
    assert worst_estimate < worst_aged_0 / 2
