"""Coverage by other schemes: covered_by removes their beneficiaries, age by age, sex by sex."""

from __future__ import annotations

import numpy as np
import pytest

from engine.domain.errors import InputError
from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.method.explain import explain
from tests.engine.builders import base_project, build, scenario

CIVIL_PENSION = scenario(
    "civil",
    "age_cash",
    guarantee="elderly",
    status="existing",
    ages=[65, 100],
    take_up={"start": 0.2, "target": 0.6, "start_year": 2025, "target_year": 2027},
    benefit={"type": "fixed", "monthly_amount": 1000},
)


def social_pension(**fields) -> dict:
    return scenario(
        "social",
        "age_cash",
        guarantee="elderly",
        ages=[60, 100],
        benefit={"type": "fixed", "monthly_amount": 100},
        **{"covered_by": ["civil"], **fields},
    )


def test_a_social_pension_excludes_a_pension_whose_coverage_ramps_up() -> None:
    project = build(scenarios=[social_pension(), CIVIL_PENSION])  # costed in dependency order
    results = compute(project)
    result = results.scenarios["social"].columns
    # Civil pension beneficiaries: TU = 0.2, 0.4, 0.6 of 36 ages * 2,000 = 72,000 aged 65+.
    # Eligible: 60-64 all (5 * 2,000 = 10,000) and 65+ not covered: 72,000 * (1 - TU)
    # = 10,000 + 57,600, 43,200, 28,800 = 67,600, 53,200, 38,800; C = N * 1,200.
    eligible = np.array([67_600, 53_200, 38_800])
    np.testing.assert_allclose(result["beneficiaries"], eligible, rtol=1e-14)
    np.testing.assert_allclose(result["total_cost"], eligible * 1200, rtol=1e-14)
    removed = results.terms["social"].details["covered_by_removed"]
    np.testing.assert_allclose(removed, [14_400, 28_800, 43_200], rtol=1e-14)
    terms = {t.symbol: t.value for t in explain(project, results, "social", 2026).terms}
    assert terms["P"] == 82_000 and terms["R"] == pytest.approx(28_800)
    assert terms["N"] == pytest.approx(terms["P"] * terms["m"] - terms["R"])
    assert list(results.scenarios) == ["social", "civil"]  # tables in the project's order


def test_coverage_is_removed_sex_by_sex_and_together_with_covered_share() -> None:
    women_only = {**CIVIL_PENSION, "sex": "female", "take_up": 0.5}
    project = build(scenarios=[women_only, social_pension(covered_share=0.1)])
    result = compute(project).scenarios["social"].columns
    # Civil: half of the 36,000 women aged 65+ = 18,000, so 18,000 women are not eligible;
    # men all are. Eligible before coverage: 82,000; times (1 - covered_share 0.1):
    # (82,000 - 18,000) * 0.9 = 57,600.
    np.testing.assert_allclose(result["beneficiaries"], [57_600] * 3, rtol=1e-14)


def test_coverage_by_two_schemes_adds_their_beneficiaries_up_to_everyone() -> None:
    first = {**CIVIL_PENSION, "take_up": 0.7}
    second = {**CIVIL_PENSION, "id": "military", "take_up": 0.6}
    project = build(scenarios=[first, second, social_pension(covered_by=["civil", "military"])])
    result = compute(project).scenarios["social"].columns
    # 0.7 + 0.6 of every cell aged 65+ are covered: capped at all of them, so only
    # ages 60-64 are eligible: 10,000.
    np.testing.assert_allclose(result["beneficiaries"], [10_000] * 3, rtol=1e-14)


def test_a_chain_of_coverage_is_costed_in_order() -> None:
    """social <- civil <- military: the civil pension excludes the military pensioners."""
    military = {**CIVIL_PENSION, "id": "military", "take_up": 0.5}
    civil = {**CIVIL_PENSION, "take_up": 0.5, "covered_by": ["military"]}
    project = build(scenarios=[social_pension(), civil, military])
    result = compute(project).scenarios["social"].columns
    # Military: 0.5 of 72,000 aged 65+ = 36,000. Civil: 0.5 of the remaining 36,000 = 18,000.
    # Social: 10,000 + 72,000 - 18,000 (only civil is named) = 64,000.
    np.testing.assert_allclose(result["beneficiaries"], [64_000] * 3, rtol=1e-14)


def test_a_scenario_whose_covering_scheme_fails_is_not_costed() -> None:
    raw = base_project(scenarios=[{**CIVIL_PENSION, "kind": "unemployed"}, social_pension()])
    del raw["labour"]  # the unemployed need labour data: "civil" cannot be costed
    results = compute(project_from_dict(raw), strict=False)
    assert "civil" in results.errors
    assert (
        results.errors["social"]
        .one_line()
        .startswith(
            'scenarios[1].covered_by: cannot remove the beneficiaries of "civil": needs labour.'
        )
    )


@pytest.mark.parametrize(
    "covered_by, message",
    [
        (["nobody"], 'scenarios[1].covered_by[0]: "nobody" is not the id of any scenario'),
        (["social"], "scenarios[1].covered_by[0]: a scenario cannot be covered by itself"),
        (["m"], 'scenarios[1].covered_by[0]: "m" is a maternity scenario, whose beneficiaries'),
        (["civil", "civil"], 'scenarios[1].covered_by[1]: "civil" is listed twice'),
        ([], "scenarios[1].covered_by: names no scenario; leave it out instead"),
    ],
)
def test_bad_references_are_refused_with_one_line(covered_by, message) -> None:
    maternity = scenario(
        "m", "maternity", benefit={"type": "fixed", "monthly_amount": 1}, months_per_year=1
    )
    with pytest.raises(InputError) as caught:
        build(scenarios=[CIVIL_PENSION, social_pension(covered_by=covered_by), maternity])
    assert caught.value.one_line().startswith(message)


def test_circular_coverage_is_refused_naming_the_circle() -> None:
    civil = {**CIVIL_PENSION, "covered_by": ["social"]}
    with pytest.raises(InputError) as caught:
        build(scenarios=[social_pension(), civil])
    assert caught.value.one_line() == (
        "scenarios[0].covered_by: is circular: social -> civil -> social (a scheme cannot "
        "exclude the beneficiaries of a scheme that excludes its own)"
    )
