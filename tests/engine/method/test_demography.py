"""Population rows to P[year, age, sex]: groups, interpolation, horizon, coherence."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.domain.model import Years
from engine.format.json_file import project_from_dict
from engine.method.compute import compute
from engine.method.demography import build_population, interpolate_years
from tests.engine.builders import base_project, build

GROUPS = [f"{a}-{a + 4}" for a in range(0, 100, 5)] + ["100+"]


def grouped_rows(year: int, scale: float = 1.0) -> list[dict]:
    # A smooth, declining age structure: group k holds (30 - k) * 10,000 * scale.
    return [
        {"year": year, "sex": sex, "age_group": group, "value": (30 - k) * 10_000 * scale}
        for sex in ("female", "male")
        for k, group in enumerate(GROUPS)
    ]


def population_of(rows: list[dict], base: int, end: int, unit: str = "persons"):
    project = project_from_dict(
        base_project(years={"base": base, "end": end}, population={"unit": unit, "rows": rows})
    )
    return build_population(project.population, project.years)


def test_each_five_year_group_sums_back_to_its_source_value() -> None:
    arrays = population_of(grouped_rows(2025), 2025, 2025)
    persons = arrays.persons[0]
    for k, _group in enumerate(GROUPS[:-1]):
        for sex in (0, 1):
            assert persons[5 * k : 5 * k + 5, sex].sum() == pytest.approx((30 - k) * 10_000)
    assert persons[100, 0] == pytest.approx(10 * 10_000)  # 100+ stays at age 100


def test_years_between_known_years_are_geometric_per_cell() -> None:
    rows = grouped_rows(2025) + grouped_rows(2030, scale=1.1)
    arrays = population_of(rows, 2025, 2030)
    ratio = arrays.persons[3] / arrays.persons[0]  # 2028: 3/5 of the way
    np.testing.assert_allclose(ratio, 1.1 ** (3 / 5), rtol=1e-12)
    np.testing.assert_allclose(arrays.persons[5] / arrays.persons[0], 1.1, rtol=1e-12)


def test_interpolation_is_linear_where_a_value_is_zero() -> None:
    known = np.array([2020, 2030])
    values = np.array([[0.0, 100.0], [50.0, 400.0]])
    result = interpolate_years(known, values, np.array([2020, 2025, 2030]))
    np.testing.assert_allclose(result[1], [25.0, 200.0])  # 0->50 linear, 100->400 geometric
    np.testing.assert_allclose(result[0], values[0])
    np.testing.assert_allclose(result[2], values[1])
    assert math.isclose(result[1, 1], math.sqrt(100 * 400))


def test_thousands_are_converted_to_persons() -> None:
    rows = [{"year": 2025, "sex": "female", "age": 0, "value": 1.5}]
    arrays = population_of(rows, 2025, 2025, unit="thousands")
    assert arrays.persons[0, 0, 0] == 1500


def test_horizon_past_the_data_names_the_last_year() -> None:
    with pytest.raises(InputError) as error:
        population_of(grouped_rows(2025), 2025, 2030)
    assert error.value.path == "years.end"
    assert "last population year available (2025)" in error.value.message


def test_base_year_before_the_data_is_refused() -> None:
    with pytest.raises(InputError, match="before the first population year"):
        population_of(grouped_rows(2025), 2020, 2025)


def test_duplicate_rows_are_refused_with_both_places() -> None:
    rows = grouped_rows(2025)
    rows.append(dict(rows[3]))
    with pytest.raises(InputError) as error:
        population_of(rows, 2025, 2025)
    assert error.value.path == f"population.rows[{len(rows) - 1}]"
    assert "duplicates population.rows[3]" in error.value.message


def test_a_single_age_inside_a_given_group_is_refused() -> None:
    rows = [*grouped_rows(2025), {"year": 2025, "sex": "female", "age": 2, "value": 5}]
    with pytest.raises(InputError, match="age 2 in 2025 is given twice"):
        population_of(rows, 2025, 2025)


def test_fewer_than_five_groups_are_split_evenly_with_a_warning() -> None:
    rows = [
        {"year": 2025, "sex": "both", "age_group": "0-4", "value": 100},
        {"year": 2025, "sex": "both", "age_group": "5-9", "value": 200},
    ]
    arrays = population_of(rows, 2025, 2025)
    np.testing.assert_allclose(arrays.persons[0, :10, 0], [10] * 5 + [20] * 5)
    codes = {w.code for w in arrays.warnings}
    assert {"even_split", "both_sexes_split"} <= codes
    assert np.isnan(arrays.persons[0, 10:, :]).all()  # nobody gave them: never a silent zero


def test_a_jump_in_total_population_is_warned_about() -> None:
    rows = grouped_rows(2025) + grouped_rows(2026, scale=1.2)
    results = compute(
        project_from_dict(
            base_project(
                years={"base": 2025, "end": 2026}, population={"unit": "persons", "rows": rows}
            )
        )
    )
    jumps = [w for w in results.warnings if w.code == "population_jump"]
    assert len(jumps) == 1 and "+20.0%" in jumps[0].message


def test_nominal_gdp_that_disagrees_with_growth_is_warned_about() -> None:
    project = build()
    economy = base_project()["economy"]
    economy["gdp_nominal"] = {"2026": 1.2e9}  # the growth path gives 1.071e9: +12 %
    results = compute(project_from_dict(base_project(economy=economy)))
    mismatch = [w for w in results.warnings if w.code == "gdp_mismatch"]
    assert mismatch and mismatch[0].path == "economy.gdp_nominal.2026"
    assert results.context.economy.gdp_nominal[1] == 1.2e9
    # 2027 grows from the explicit 2026 value.
    assert results.context.economy.gdp_nominal[2] == pytest.approx(1.2e9 * 1.05 * 1.02)
    assert project.years == Years(2025, 2027)


def test_growth_outside_the_plausible_range_is_warned_about() -> None:
    economy = base_project()["economy"]
    economy["real_gdp_growth"] = {"2025": 0.05, "2026": -0.4}
    results = compute(project_from_dict(base_project(economy=economy)))
    assert any(w.code == "growth_out_of_range" for w in results.warnings)


def test_wage_index_defaults_to_growth_per_person_of_working_age() -> None:
    economy = base_project()["economy"]
    del economy["real_wage_growth"]
    results = compute(project_from_dict(base_project(economy=economy)))
    # Constant population: real wages grow with real GDP (5 %), nominal by CPI too.
    wages = results.context.economy.wage_index
    assert wages is not None
    np.testing.assert_allclose(wages, [1, 1.03 * 1.05, (1.03 * 1.05) ** 2], rtol=1e-12)
