"""What an import changes, as one edit: population cells of the file's years and ages replaced
(converted to the project's unit), economy and labour years set with the others kept, anchors
replaced, participation replaced whole, each change said in one line and noted in the sources."""

from __future__ import annotations

import dataclasses

import pytest

from engine.edits.apply import apply
from engine.edits.commands import FIELD, Batch, Put
from engine.format.write import project_to_dict
from engine.importing.apply import import_batch
from engine.importing.layouts import Imported
from tests.engine.builders import base_project, build


def imported_into(project, imported: Imported, source: str = "national.xlsx"):
    batch, changes = import_batch(project, imported, source)
    assert isinstance(batch, Batch)
    changed, inverse = apply(project, batch)
    restored, _ = apply(changed, inverse)  # one edit: one undo restores everything
    assert project_to_dict(restored) == project_to_dict(project)
    return changed, changes, batch


def test_population_groups_replace_those_cells_of_that_year_in_the_projects_unit() -> None:
    project = build()  # 1,000 persons of each single age and sex in 2025 and 2027
    rows = [
        {"year": 2027, "sex": "female", "age_group": "0-4", "value": 6.0},
        {"year": 2027, "sex": "male", "age_group": "0-4", "value": 5.5},
    ]
    imported = Imported("wpp", population=rows, population_unit="thousands")
    changed, changes, _ = imported_into(project, imported, "wpp.csv")
    rows_2027 = [r for r in changed.population.rows if r.year == 2027]
    # ages 0-4 of both sexes (10 rows) gave way to 2 group rows, converted to persons
    assert len(rows_2027) == 202 - 10 + 2
    groups = {(r.sex, r.age_group): r.value for r in rows_2027 if r.age_group}
    assert groups == {("female", "0-4"): 6000.0, ("male", "0-4"): 5500.0}
    assert len([r for r in changed.population.rows if r.year == 2025]) == 202  # kept
    assert changes == [
        "population: ages 0-4 in 1 year(s) 2027 replaced by 2 rows; 10 rows removed, the rest kept",
        "population: converted from thousands to persons",
    ]
    assert dict(changed.sources)["population"] == (
        "Imported from wpp.csv: ages 0-4 in 1 year(s) 2027 replaced by 2 rows; 10 rows "
        "removed, the rest kept | Imported from wpp.csv: converted from thousands to persons"
    )


def test_population_rows_come_out_ordered_by_year_sex_and_age() -> None:
    project = build()
    rows = [{"year": 2026, "sex": "male", "age": a, "value": 1.0} for a in (5, 3)]
    _, changes, batch = imported_into(project, Imported("p", population=rows))
    bodies = batch.commands[0].body
    keys = [(r["year"], r["sex"], r.get("age")) for r in bodies]
    assert keys == sorted(keys)
    assert (2026, "male", 3) in keys and changes[0].startswith(
        "population: ages 3-5 in 1 year(s) 2026 replaced by 2 rows; 0 rows removed"
    )


def test_a_thousands_project_converts_persons_down() -> None:
    population = base_project()["population"]
    population["unit"] = "thousands"
    project = build(population=population)
    rows = [{"year": 2025, "sex": "female", "age": 0, "value": 2500.0}]
    changed, changes, _ = imported_into(project, Imported("p", population=rows))
    (row,) = [r for r in changed.population.rows if (r.year, r.sex, r.age) == (2025, "female", 0)]
    assert row.value == 2.5  # 2,500 persons = 2.5 thousand
    assert changes[1] == "population: converted from persons to thousands"


def test_economy_years_are_set_and_the_other_years_kept() -> None:
    project = build()  # real growth 5 % every year, as one number
    imported = Imported(
        "e", economy={"real_gdp_growth": {2026: 0.06}, "cpi_inflation": {2026: 0.04, 2027: 0.05}}
    )
    changed, changes, _ = imported_into(project, imported)
    growth = changed.economy.real_gdp_growth
    assert dict(growth.by_year) == {2025: 0.05, 2026: 0.06}  # the constant holds before
    assert dict(changed.economy.cpi_inflation.by_year) == {2025: 0.03, 2026: 0.04, 2027: 0.05}
    assert changes == [
        "economy.real_gdp_growth: 2026 set, other years kept",
        "economy.cpi_inflation: 2026-2027 (2 values) set, other years kept",
    ]
    sources = dict(changed.sources)
    assert (
        sources["economy.real_gdp_growth"]
        == "Imported from national.xlsx: 2026 set, other years kept"
    )


def test_base_year_gdp_also_sets_the_base_value() -> None:
    imported = Imported("e", economy={"gdp_nominal": {2025: 1.1e9, 2026: 1.2e9}})
    changed, changes, _ = imported_into(build(), imported)
    assert changed.economy.gdp_nominal_base == 1.1e9
    assert dict(changed.economy.gdp_nominal.by_year) == {2025: 1.1e9, 2026: 1.2e9}
    assert "economy.gdp_nominal_base: 1,100,000,000 (the 2025 value)" in changes


def test_anchors_are_replaced_saying_what_they_were() -> None:
    economy = base_project()["economy"]
    del economy["minimum_wage_monthly"]
    project = build(economy=economy)
    levels = {"poverty_line_monthly": 150.0, "minimum_wage_monthly": 320.5}
    changed, changes, _ = imported_into(project, Imported("a", levels=levels))
    assert changed.economy.poverty_line_monthly == 150.0
    assert changed.economy.minimum_wage_monthly == 320.5
    assert changes == [
        "economy.poverty_line_monthly: 150.00 (was 100.00)",
        "economy.minimum_wage_monthly: 320.50 (was not given)",
    ]


def test_participation_is_replaced_whole_and_labour_series_merged() -> None:
    project = build()  # participation: both sexes 15-64 at 0.7; unemployment 2025 and 2027
    participation = [
        {"sex": "female", "age_group": "15-64", "value": 0.6},
        {"sex": "male", "age_group": "15-64", "value": 0.8},
    ]
    imported = Imported(
        "l", participation=participation, labour={"unemployment_rate": {2026: 0.09}}
    )
    changed, changes, _ = imported_into(project, imported)
    labour = changed.labour
    assert labour is not None
    assert [(r.sex, r.value) for r in labour.participation_rate] == [("female", 0.6), ("male", 0.8)]
    assert dict(labour.unemployment_rate.by_year) == {2025: 0.1, 2026: 0.09, 2027: 0.08}
    assert labour.informality_share == project.labour.informality_share  # untouched
    assert changes == [
        "labour.participation_rate: 2 rows replace 1",
        "labour.unemployment_rate: 2026 set, other years kept",
    ]


def test_labour_comes_into_a_project_without_any() -> None:
    project = dataclasses.replace(build(), labour=None)
    imported = Imported("l", labour={"informality_share": {2025: 0.7}})
    changed, changes, _ = imported_into(project, imported)
    assert changed.labour is not None and changed.labour.informality_share.by_year == ((2025, 0.7),)
    assert changes == ["labour.informality_share: 2025 set, other years kept"]


def test_an_earlier_source_note_is_kept_with_the_import_appended() -> None:
    project = build(sources={"economy.poverty_line_monthly": "Lao Statistics Bureau"})
    changed, _, batch = imported_into(
        project, Imported("a", levels={"poverty_line_monthly": 150.0})
    )
    assert dict(changed.sources)["economy.poverty_line_monthly"] == (
        "Lao Statistics Bureau | Imported from national.xlsx: 150.00 (was 100.00)"
    )
    assert batch.commands[-1] == Put(FIELD, "sources", dict(sorted(dict(changed.sources).items())))


def test_an_empty_import_changes_only_the_sources_field() -> None:
    batch, changes = import_batch(build(), Imported("x"), "empty.csv")
    assert changes == [] and batch.commands == (Put(FIELD, "sources", {}),)


@pytest.mark.parametrize("unit", ["persons", "thousands"])
def test_the_same_unit_is_not_converted(unit) -> None:
    population = base_project()["population"]
    population["unit"] = unit
    rows = [{"year": 2025, "sex": "male", "age": 1, "value": 7.0}]
    changed, changes, _ = imported_into(
        build(population=population), Imported("p", population=rows, population_unit=unit)
    )
    (row,) = [r for r in changed.population.rows if (r.year, r.sex, r.age) == (2025, "male", 1)]
    assert row.value == 7.0 and "converted" not in changes[0]
