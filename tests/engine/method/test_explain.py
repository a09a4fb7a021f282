"""explain(): each term of the cost formula, equal to the numbers in the results."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.format.json_file import load_project
from engine.method.compute import compute
from engine.method.explain import explain
from tests.conftest import DATA
from tests.engine.builders import build, scenario


def test_thailand_terms_are_the_published_ones() -> None:
    project = load_project(DATA / "thailand-child-2010.json")
    explanation = explain(project, compute(project), "child-0-3", 2010)
    terms = {t.symbol: t.value for t in explanation.terms}
    assert terms["N"] == 2_393_000
    assert terms["TU"] == 0.6
    assert terms["b"] == 400 and terms["months"] == 12 and terms["A"] == 4800
    assert terms["alpha"] == 0.05
    assert terms["C"] == pytest.approx(7_236_432_000, rel=1e-15)
    assert terms["%GDP"] == pytest.approx(0.0716138, rel=1e-6)
    text = explanation.as_text()
    assert "7,236,432,000 THB" in text and "BC = TU x N x A" in text


def test_terms_multiply_to_the_result_for_a_targeted_kind() -> None:
    item = scenario(
        "works",
        "public_works",
        ages=[18, 59],
        target_share=0.2,
        days_per_year=100,
        wage_percent_of_minimum_wage=80,
        take_up=0.5,
        admin_rate=0.1,
    )
    project = build(scenarios=[item])
    results = compute(project)
    terms = {t.symbol: t.value for t in explain(project, results, "works", 2026).terms}
    assert terms["N"] == pytest.approx(terms["P"] * terms["m"])
    assert terms["A"] == pytest.approx(100 * terms["w"])
    assert terms["BC"] == pytest.approx(terms["TU"] * terms["N"] * terms["A"])
    assert terms["C"] == pytest.approx(results.scenarios["works"]["total_cost"][1])


def test_explain_names_a_bad_year_or_scenario() -> None:
    project = build(
        scenarios=[
            scenario("a", "age_cash", ages=[0, 0], benefit={"type": "fixed", "monthly_amount": 1})
        ]
    )
    results = compute(project)
    with pytest.raises(InputError, match="outside the projection years 2025-2027"):
        explain(project, results, "a", 2040)
    with pytest.raises(InputError, match='"b" is not a scenario'):
        explain(project, results, "b", 2025)
