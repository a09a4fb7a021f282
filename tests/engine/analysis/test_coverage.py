"""The evaluator on the additions of format version 2: coverage by other schemes, benefit
tiers and fiscal years agree with the engine re-run on changed inputs."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from engine.analysis.uncertainty import ASSUMPTIONS, CostModel, Shocks, bands
from engine.domain.model import Range
from engine.format.read import project_from_dict
from engine.method.compute import compute
from tests.engine.builders import base_project, scenario

TIERS = [
    {"ages": [60, 69], "monthly_amount": 600},
    {"ages": [70, 100], "monthly_amount": 800},
]


def document(take_up_civil: float = 0.5, take_up_social: float = 0.8, scale: float = 1.0) -> dict:
    """A civil pension (women 65+) and a tiered social pension (60+) covered by it; a child
    benefit; reported per October fiscal year."""
    tiers = [{**t, "monthly_amount": t["monthly_amount"] * scale} for t in TIERS]
    return base_project(
        years={"base": 2025, "end": 2027, "fiscal_year_start_month": 10},
        scenarios=[
            scenario(
                "civil",
                "age_cash",
                status="existing",
                ages=[65, 100],
                sex="female",
                take_up={"2025": take_up_civil},
                benefit={"type": "fixed", "monthly_amount": 2000 * scale, "indexation": "prices"},
            ),
            scenario(
                "social",
                "age_cash",
                ages=[60, 100],
                covered_by=["civil"],
                take_up={"2025": take_up_social},
                start_month=7,
                admin_rate=0.05,
                benefit={"type": "fixed", "indexation": "prices", "tiers": tiers},
            ),
        ],
        packages=[{"id": "p", "name": "P", "scenarios": ["civil", "social"]}],
    )


def shocks(**values: float) -> Shocks:
    fields = {name: np.zeros(1) for name in ASSUMPTIONS}
    fields.update({name: np.array([value]) for name, value in values.items()})
    return Shocks.of(fields)


@pytest.fixture(scope="module")
def model() -> CostModel:
    project = project_from_dict(document())
    return CostModel(project, compute(project), None)


def test_the_central_evaluation_is_the_engines_fiscal_year_result(model) -> None:
    results = model.results
    assert model.years.tolist() == [2026, 2027]
    for scope, key, table in (
        ("scenario", "social", results.scenarios["social"]),
        ("package", "p", results.packages["p"]),
    ):
        for measure in ("total_cost", "pct_gdp"):
            got = model.evaluate(scope, key, measure, shocks())[0]
            np.testing.assert_array_equal(got, table[measure])


def test_a_take_up_shock_moves_the_people_the_covering_scheme_leaves_eligible(model) -> None:
    # +20 % take-up: the civil pension covers 0.6 of women 65+, the social pension takes up
    # 0.96 of the people left. The engine re-run on those take-ups gives the same costs.
    rerun = compute(project_from_dict(document(0.6, 0.96)))
    for scope, key in (("scenario", "social"), ("package", "p")):
        got = model.evaluate(scope, key, "total_cost", shocks(take_up=0.2))[0]
        table = rerun.scenarios.get(key) or rerun.packages[key]
        np.testing.assert_allclose(got, table["total_cost"], rtol=1e-12)


def test_the_benefit_level_scales_every_tier(model) -> None:
    rerun = compute(project_from_dict(document(scale=1.2)))
    got = model.evaluate("package", "p", "pct_gdp", shocks(benefit_level=0.2))[0]
    np.testing.assert_allclose(got, rerun.packages["p"]["pct_gdp"], rtol=1e-12)


def test_bands_over_many_draws_run_in_chunks_and_stay_exact_at_zero_width(model) -> None:
    zero = [Range("take_up", 0.0, 0.0), Range("benefit_level", 0.0, 0.0)]
    levels = bands(model, "package", "p", zero, measure="total_cost", draws=9000, chunk=9000)
    for values in levels.values():
        np.testing.assert_array_equal(values, model.results.packages["p"]["total_cost"])
    assert model.coverage.chunk(3) < 9000  # so the draws were evaluated in several parts
    wide = bands(model, "package", "p", [Range("take_up", -0.5, 0.5)], draws=500)
    assert (wide[5] < wide[50]).all() and (wide[50] < wide[95]).all()


def test_a_project_without_coverage_keeps_the_plain_evaluator() -> None:
    plain = copy.deepcopy(document())
    del plain["scenarios"][1]["covered_by"]
    project = project_from_dict(plain)
    assert not CostModel(project, compute(project), None).coverage.active
