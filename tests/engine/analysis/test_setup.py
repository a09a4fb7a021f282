"""Building the analysis from a project: the cost model over its results with the country's
population bounds, the default ranges, and the project's stored settings with defaults."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.analysis.setup import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    default_ranges,
    model_for,
    stored_settings,
)
from engine.analysis.uncertainty import DEFAULT_SHIFTS, Shocks
from engine.domain.model import Country, Range, Uncertainty
from engine.method.compute import compute
from tests.engine.builders import build, scenario

FLAT = {"type": "fixed", "monthly_amount": 10}


@pytest.fixture
def project():
    good = scenario("good", "age_cash", ages=[0, 4], benefit=FLAT)
    bad = scenario("bad", "unemployed", ages=[70, 80], benefit=FLAT, guarantee="elderly")
    return build(scenarios=[good, bad])


def test_the_model_is_built_on_non_strict_results_when_none_are_given(project) -> None:
    model = model_for(project, "variant")
    assert set(model.scenarios) == {"good"}  # the failing scenario is left out, not raised
    assert "bad" in model.results.errors
    assert model.bounds is None  # "TST" is not a bundled country
    central = model.evaluate("scenario", "good", "total_cost", Shocks.central())
    # 5 ages x 2,000 persons x 10 x 12 = 1,200,000 a year
    np.testing.assert_allclose(central[0], [1_200_000] * 3)


def test_given_results_are_used_as_they_are(project) -> None:
    results = compute(project, strict=False)
    assert model_for(project, "pi95", results).results is results


def test_a_bundled_country_brings_its_population_bounds(project) -> None:
    lao = dataclasses.replace(project, country=Country("LAO", "Lao PDR", "LAK"))
    variant = model_for(lao, "variant").bounds
    pi95 = model_for(lao, "pi95").bounds
    assert variant.shape == pi95.shape == (3, 2)  # one (low, high) ratio per year
    assert (variant[:, 0] <= 1).all() and (variant[:, 1] >= 1).all()
    # the 95 % interval is at least as wide as the low and high variants by 2027
    assert pi95[-1, 0] <= variant[-1, 0] < 1 < variant[-1, 1] <= pi95[-1, 1]


def test_default_ranges_are_the_tornado_shifts_triangular() -> None:
    ranges = default_ranges()
    assert [r.assumption for r in ranges] == list(DEFAULT_SHIFTS)
    assert all(r.distribution == "triangular" for r in ranges)
    assert Range("take_up", -0.2, 0.2) in ranges
    assert Range("population", -1.0, 1.0) in ranges


def test_stored_settings_fall_back_to_the_defaults_part_by_part(project) -> None:
    plain = stored_settings(project)
    assert (plain.draws, plain.seed) == (DEFAULT_DRAWS, DEFAULT_SEED) == (10_000, 1)
    assert plain.ranges == tuple(default_ranges()) and plain.source == "default ranges"
    draws_only = stored_settings(
        dataclasses.replace(project, uncertainty=Uncertainty((), draws=500, seed=4))
    )
    assert (draws_only.draws, draws_only.seed, draws_only.source) == (500, 4, "default ranges")
    assert draws_only.ranges == tuple(default_ranges())
    own = Uncertainty((Range("inflation", -0.01, 0.03, "uniform"),), draws=200, seed=9)
    stored = stored_settings(dataclasses.replace(project, uncertainty=own))
    assert stored.ranges == own.ranges and stored.source == "the project's ranges"
    assert (stored.draws, stored.seed) == (200, 9)
