"""Prepared country data: births estimated when none are given."""

from __future__ import annotations

import csv
from collections import defaultdict

import numpy as np

from engine.domain.model import Population, PopulationRow, Years
from engine.method.compute import compute
from engine.method.context import estimate_births
from tests.conftest import REPO
from tests.engine.builders import base_project, build

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
    assert "(2027, the last year of the population data: the population aged 0)" in note.message


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
