"""The evaluator lays its arrays out a year per row; each element gets the operations it got
when they were laid out a draw per row, so the same bits: against the formula written out
plainly that way (np.cumprod along the years, the cap by min), and, draw by draw, against
each draw evaluated alone (coverage by other schemes, fiscal years, the financing gap)."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.stress_project import stress_project
from engine.analysis.assumptions import ASSUMPTIONS
from engine.analysis.cost_model import ROW_BY_ROW, CostModel, _index_of, _Ratios
from engine.analysis.draws import draw_shocks, draw_source_shocks
from engine.analysis.setup import default_ranges, model_for
from engine.analysis.uncertainty import Shocks
from engine.domain.model import Range
from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.store.files import read_project
from tests.conftest import REPO
from tests.engine.analysis.test_coverage import document
from tests.engine.analysis.test_uncertainty import financed_project

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
# Every assumption moves; take-up far enough that many draws reach the 100 % cap.
RANGES = [*default_ranges(), Range("take_up", -0.9, 0.9, "uniform")]


def plain(model: CostModel, members: list[str], measure: str, shocks: Shocks) -> np.ndarray:
    """The output [draws, years] as the formula reads, a draw per row."""

    def cumulative(rate: np.ndarray, shift: np.ndarray) -> np.ndarray:
        factor = (1.0 + rate[None, :] + shift[:, None]) / (1.0 + rate[None, :])
        factor[:, 0] = 1.0
        return np.cumprod(factor, axis=1)

    draws = len(shocks.take_up)
    cpi = cumulative(model.pi, shocks.inflation)
    growth = cumulative(model.g, shocks.real_growth)
    gdp = growth * cumulative(model.d, shocks.inflation)
    ones = np.ones((draws, len(model.gdp)))
    population = ones
    if model.bounds is not None:
        low, high = model.bounds[:, 0], model.bounds[:, 1]
        down = np.minimum(shocks.population, 0.0)[:, None] * (1.0 - low[None, :])
        up = np.maximum(shocks.population, 0.0)[:, None] * (high[None, :] - 1.0)
        population = ones + down + up
    gdppc = gdp / population
    index = {
        "cpi": cpi,
        "wage": cpi * growth if model.wage_follows_growth else cpi,
        "gdppc": gdppc,
        "gdppc_relative": gdppc / gdppc[:, :1],
        "none": ones,
    }
    scenarios = {s.id: s for s in model.project.scenarios}
    total = np.zeros((draws, len(model.years)))
    for key in members:
        terms = model.results.terms[key]
        take_up = np.minimum(terms.take_up[None, :] * (1.0 + shocks.take_up[:, None]), 1.0)
        eligible = terms.eligible[None, :]
        if scenarios[key].kind != "custom":
            eligible = eligible * population
        level = (1.0 + shocks.benefit_level[:, None]) * index[_index_of(scenarios[key])]
        cost = take_up * eligible * (terms.annual_benefit[None, :] * level)
        admin = np.maximum(terms.admin_rate + shocks.admin_rate, 0.0)[:, None] * cost
        if terms.fixed_admin.any():
            admin = admin + terms.fixed_admin[None, :]
        total = total + (cost + admin)
    if measure == "total_cost":
        return total
    return total * (100.0 / (model.gdp[None, :] * gdp))


@pytest.fixture(scope="module")
def models() -> dict[str, CostModel]:
    return {
        "sample": model_for(read_project(SAMPLE), "pi95"),  # population between its bounds
        "stress": model_for(stress_project(), "pi95"),  # every kind; no population bounds
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("name", ["sample", "stress"])
def test_a_year_per_row_gives_the_bits_of_the_formula_a_draw_per_row(models, name, seed) -> None:
    model = models[name]
    shocks = draw_shocks(RANGES, 3_000, seed)
    for package in model.results.packages:
        members = model.members("package", package)
        for measure in ("total_cost", "pct_gdp"):
            got = model.evaluate("package", package, measure, shocks)
            assert got.shape == (3_000, len(model.years))
            assert got.tobytes() == plain(model, members, measure, shocks).tobytes()
    for key in model.scenarios:
        got = model.evaluate("scenario", key, "pct_gdp", shocks)
        assert got.tobytes() == plain(model, [key], "pct_gdp", shocks).tobytes(), key


@pytest.mark.parametrize("draws", [1, ROW_BY_ROW - 1, ROW_BY_ROW, 1_000])
def test_the_index_is_the_running_product_of_its_yearly_factors(draws) -> None:
    rate = np.array([0.03, 0.05, -0.01, 0.2, 0.04])
    shift = np.random.default_rng(5).uniform(-0.05, 0.05, draws)
    factor = (1.0 + rate[None, :] + shift[:, None]) / (1.0 + rate[None, :])
    factor[:, 0] = 1.0
    found = _Ratios._cumulative(rate, shift)
    assert found.shape == (5, draws)
    assert found.T.tobytes() == np.cumprod(factor, axis=1).tobytes()


def evaluated_alone(model: CostModel, scope: str, key: str, measure, shocks: Shocks):
    count = len(shocks.take_up)
    rows = [model.evaluate(scope, key, measure, shocks.part(i, i + 1)) for i in range(count)]
    return np.concatenate(rows)


@pytest.mark.parametrize("seed", [1, 4])
def test_draws_evaluated_together_are_each_draw_evaluated_alone(seed) -> None:
    covered = project_from_dict(document())  # coverage, tiers, October fiscal years
    cases = [
        (CostModel(covered, compute(covered), None), [("package", "p"), ("scenario", "social")])
    ]
    for fiscal in (False, True):
        years = {"base": 2025, "end": 2027, "fiscal_year_start_month": 10 if fiscal else 1}
        cases.append((model_for(financed_project(years=years), "variant"), [("package", "floor")]))
    for model, keys in cases:
        for scope, key in keys:
            measures = ("financing_gap_pct_gdp", "pct_gdp") if key == "floor" else ("pct_gdp",)
            for measure in measures:
                sources = {}
                if measure == "financing_gap_pct_gdp":
                    ranges = {s: model.ranges[s] for s in model.sources_of(key)}
                    sources = draw_source_shocks(ranges, 100, seed)
                drawn = draw_shocks(RANGES, 100, seed)
                shocks = Shocks.of({a: getattr(drawn, a) for a in ASSUMPTIONS}, sources)
                together = model.evaluate(scope, key, measure, shocks)
                alone = evaluated_alone(model, scope, key, measure, shocks)
                assert together.tobytes() == alone.tobytes(), (key, measure)


def test_by_year_is_the_evaluation_laid_out_a_year_per_row(models) -> None:
    model = models["sample"]
    shocks = draw_shocks(RANGES, 50, 8)
    by_year = model.by_year("package", "high", "pct_gdp", shocks)
    assert by_year.shape == (len(model.years), 50) and by_year.flags.c_contiguous
    assert model.evaluate("package", "high", "pct_gdp", shocks).tobytes() == by_year.T.tobytes()
