"""Economy paths: a one-year project needs no growth series."""

from __future__ import annotations

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.method.compute import compute
from tests.engine.builders import base_project, build, scenario

CHILD = scenario("child", "age_cash", ages=[0, 3], benefit={"type": "fixed", "monthly_amount": 10})


def one_year_economy() -> dict:
    economy = dict(base_project()["economy"])
    for key in ("real_gdp_growth", "gdp_deflator_growth", "cpi_inflation", "real_wage_growth"):
        del economy[key]
    return economy


def test_a_one_year_project_needs_no_growth_series() -> None:
    project = build(
        years={"base": 2025, "end": 2025}, economy=one_year_economy(), scenarios=[CHILD]
    )
    assert project.economy.real_gdp_growth is None
    results = compute(project)
    # 8,000 children * 10 * 12 = 960,000 in 2025; 0.096 % of GDP 1e9.
    np.testing.assert_allclose(results.scenarios["child"]["total_cost"], [960_000])
    np.testing.assert_allclose(results.scenarios["child"]["pct_gdp"], [0.096])


def test_a_longer_project_still_needs_them() -> None:
    with pytest.raises(InputError) as caught:
        build(economy=one_year_economy())
    assert caught.value.one_line() == "economy.real_gdp_growth: is missing (this field is required)"
