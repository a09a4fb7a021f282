"""Years an import leaves between its own are interpolated cell by cell, or kept."""

from __future__ import annotations

import pytest

from engine.edits.apply import apply
from engine.format.json_file import load_project
from engine.importing.apply import import_batch
from engine.importing.between import interpolated, years_between
from engine.importing.layouts import Imported
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


def wpp(rows: list[tuple[int, str, str, float]]) -> list[dict[str, object]]:
    return [{"year": y, "sex": s, "age_group": g, "value": v} for y, s, g, v in rows]


def test_a_cell_is_linear_between_the_years_around_it() -> None:
    rows = wpp([(2025, "male", "0-4", 100.0), (2030, "male", "0-4", 150.0)])
    made = interpolated(rows, [2026, 2027, 2029])
    assert [(r["year"], r["value"]) for r in made] == [(2026, 110.0), (2027, 120.0), (2029, 140.0)]
    assert all(r["age_group"] == "0-4" and r["sex"] == "male" for r in made)


def test_a_cell_missing_on_one_side_is_not_made_up() -> None:
    rows = wpp([(2025, "male", "0-4", 100.0), (2030, "female", "0-4", 150.0)])
    assert interpolated(rows, [2027]) == []


@pytest.fixture(scope="module")
def project():
    return load_project(SAMPLE)


def test_only_the_projects_years_strictly_between_imported_years_count(project) -> None:
    rows = wpp([(2025, "male", "0-4", 1.0), (2030, "male", "0-4", 1.0), (2031, "male", "0-4", 1)])
    assert years_between(project, rows) == [2026, 2027, 2028, 2029]
    assert years_between(project, wpp([(2030, "male", "0-4", 1.0)])) == []


def imported(rows) -> Imported:
    return Imported("population", population=rows, population_unit="thousands")


def ages_0_4(project, year: int) -> float:
    return sum(
        r.value
        for r in project.population.rows
        if r.year == year and r.age is not None and r.age <= 4
    ) + sum(r.value for r in project.population.rows if r.year == year and r.age_group == "0-4")


def test_an_import_of_2025_and_2030_interpolates_2026_to_2029_by_default(project) -> None:
    rows = [
        {"year": y, "sex": sex, "age_group": "0-4", "value": v}
        for y, v in ((2025, 1000.0), (2030, 1200.0))
        for sex in ("male", "female")
    ]
    batch, changes = import_batch(project, imported(rows), "wpp.csv")
    assert changes[-1] == (
        "population: 4 year(s) between the imported years interpolated between them: "
        "2026, 2027, 2028, 2029"
    )
    changed, _ = apply(project, batch)
    factor = 1000.0 if project.population.unit == "persons" else 1.0
    for year, expected in ((2026, 2080.0), (2027, 2160.0), (2029, 2320.0)):
        assert ages_0_4(changed, year) == pytest.approx(expected * factor)
    kept, changes = import_batch(project, imported(rows), "wpp.csv", "keep")
    assert changes[-1].endswith("kept as they were: 2026, 2027, 2028, 2029")
    kept_project, _ = apply(project, kept)
    assert ages_0_4(kept_project, 2027) == pytest.approx(ages_0_4(project, 2027))
