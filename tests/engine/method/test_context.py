"""Country data prepared once: population arrays by sex with running sums for any age band,
births, economy and labour; cached per country data, and a band with missing cells is refused
naming the ages and years."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.domain.model import Series
from engine.method.context import prepare
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


def test_without_births_they_are_the_population_aged_0_with_a_note() -> None:
    ctx = prepare(build())
    np.testing.assert_array_equal(ctx.births, [2000] * 3)  # both sexes aged 0
    (note,) = [w for w in ctx.warnings if w.code == "births_from_age_0"]
    assert (note.level, note.path) == ("note", "population.births")


def test_births_given_are_used_year_by_year() -> None:
    population = base_project()["population"]
    population["births"] = {"2025": 2500, "2027": 2400}
    ctx = prepare(build(population=population))
    np.testing.assert_array_equal(ctx.births, [2500, 2500, 2400])
    assert not [w for w in ctx.warnings if w.code == "births_from_age_0"]


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
