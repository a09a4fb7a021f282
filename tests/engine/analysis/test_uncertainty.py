"""Sensitivity and uncertainty: the evaluator agrees with the engine re-run on changed inputs."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.analysis import percentiles, uncertainty
from engine.analysis.setup import default_ranges, model_for
from engine.analysis.uncertainty import (
    ASSUMPTIONS,
    PERCENTILES,
    Shocks,
    bands,
    draw_shocks,
    tornado,
)
from engine.domain.errors import InputError
from engine.domain.model import Ramp, Range, Series, ShiftRange, TakeUp, Uncertainty
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.method.compute import compute
from engine.store.files import read_project, write_project
from main import main
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


@pytest.fixture(scope="module")
def sample():
    return read_project(SAMPLE)


def shocks(**values: float) -> Shocks:
    fields = {name: np.zeros(1) for name in ASSUMPTIONS}
    fields.update({name: np.array([value]) for name, value in values.items()})
    return Shocks.of(fields)


def shifted(series: Series, shift: float) -> Series:
    return Series.per_year({year: value + shift for year, value in series.by_year})


def test_zero_width_ranges_collapse_onto_the_central_result_exactly(sample) -> None:
    model = model_for(sample, "pi95")
    ranges = [Range(name, 0.0, 0.0) for name in ASSUMPTIONS]
    levels = bands(model, "package", "high", ranges, draws=500, seed=3)
    central = compute(sample).packages["high"]["pct_gdp"]
    for values in levels.values():
        np.testing.assert_array_equal(values, central)


def test_growth_and_inflation_shifts_equal_the_engine_rerun(sample) -> None:
    model = model_for(sample, "variant")
    economy = sample.economy
    cases = {
        "real_growth": dataclasses.replace(
            economy, real_gdp_growth=shifted(economy.real_gdp_growth, 0.02)
        ),
        "inflation": dataclasses.replace(
            economy,
            cpi_inflation=shifted(economy.cpi_inflation, -0.02),
            gdp_deflator_growth=shifted(economy.gdp_deflator_growth, -0.02),
        ),
    }
    for name, changed in cases.items():
        shift = 0.02 if name == "real_growth" else -0.02
        rerun = compute(dataclasses.replace(sample, economy=changed))
        for measure in ("pct_gdp", "total_cost"):
            got = model.evaluate("package", "high", measure, shocks(**{name: shift}))[0]
            np.testing.assert_allclose(
                got, rerun.packages["high"][measure], rtol=1e-12, err_msg=name
            )


def test_take_up_benefit_and_admin_shifts_equal_the_engine_rerun(sample) -> None:
    model = model_for(sample, "variant")

    def changed(scenario):
        ramp = scenario.take_up.ramp
        take_up = TakeUp(
            ramp=Ramp(ramp.start * 0.8, ramp.target * 0.8, ramp.start_year, ramp.target_year)
        )
        benefit = scenario.benefit
        if benefit is not None:
            benefit = dataclasses.replace(benefit, percent=benefit.percent * 1.1)
        cost = scenario.annual_cost_per_person
        return dataclasses.replace(
            scenario,
            take_up=take_up,
            benefit=benefit,
            annual_cost_per_person=None if cost is None else cost * 1.1,
            admin_rate=scenario.admin_rate + 0.03,
        )

    rerun = compute(
        dataclasses.replace(sample, scenarios=tuple(changed(s) for s in sample.scenarios))
    )
    got = model.evaluate(
        "package", "high", "total_cost", shocks(take_up=-0.2, benefit_level=0.1, admin_rate=0.03)
    )
    np.testing.assert_allclose(got[0], rerun.packages["high"]["total_cost"], rtol=1e-12)


def test_a_cost_linear_in_the_benefit_gives_a_symmetric_bar_of_the_hand_size(sample) -> None:
    model = model_for(sample, "variant")
    central, bars = tornado(model, "scenario", "social-pension-65", 2035, "total_cost")
    cost = compute(sample).scenarios["social-pension-65"]["total_cost"][10]
    assert central == cost
    (benefit,) = [b for b in bars if b.assumption == "benefit_level"]
    # C = (1 + alpha) x TU x N x A and A moves by +-20 %: C moves by +-20 % (no fixed cost).
    assert benefit.low == pytest.approx(0.8 * cost, rel=1e-12)
    assert benefit.high == pytest.approx(1.2 * cost, rel=1e-12)
    assert central - benefit.low == pytest.approx(benefit.high - central, rel=1e-9)
    assert bars == sorted(bars, key=lambda b: b.swing, reverse=True)


def test_population_moves_between_the_wpp_bounds(sample) -> None:
    model = model_for(sample, "variant")
    t = 2040 - 2025
    high_ratio = model.bounds[t, 1]
    assert 1.0 < high_ratio < 1.1  # the WPP high variant in 2040
    base = model.evaluate("scenario", "social-pension-65", "total_cost", shocks())[0, t]
    up = model.evaluate("scenario", "social-pension-65", "total_cost", shocks(population=1.0))[0, t]
    assert up == pytest.approx(base * high_ratio, rel=1e-12)  # CPI-indexed benefit: N alone moves


def test_the_same_seed_gives_the_same_percentiles(sample) -> None:
    model = model_for(sample, "pi95")
    ranges = [Range("real_growth", -0.02, 0.02), Range("take_up", -0.2, 0.1, "uniform")]
    first = bands(model, "package", "low", ranges, draws=2000, seed=7)
    again = bands(model, "package", "low", ranges, draws=2000, seed=7)
    other = bands(model, "package", "low", ranges, draws=2000, seed=8)
    for p in first:
        np.testing.assert_array_equal(first[p], again[p])
    assert not np.array_equal(first[50], other[50])
    assert (first[5] <= first[50]).all() and (first[50] <= first[95]).all()


@pytest.mark.parametrize("at_once", [5_000, 1_500])
def test_bands_in_bounded_memory_are_the_percentiles_of_every_draw(
    sample, monkeypatch, at_once
) -> None:
    """What a million draws do (draws made and evaluated in parts, percentiles found as they
    come), shown at 20,000 draws with a sample of 2,000 (a part filling it, or parts running
    past it): the numbers are np.percentile's over every draw evaluated at once."""
    monkeypatch.setattr(percentiles, "PILOT", 2_000)
    monkeypatch.setattr(uncertainty, "EVALUATED_AT_ONCE", at_once)
    model = model_for(sample, "pi95")
    ranges = [*default_ranges(), Range("take_up", -0.9, 0.9, "uniform")]
    for measure in ("pct_gdp", "total_cost"):
        found = bands(model, "package", "high", ranges, measure=measure, draws=20_000, seed=3)
        every = model.evaluate("package", "high", measure, draw_shocks(ranges, 20_000, 3))
        expected = np.percentile(every, PERCENTILES, axis=0)
        for i, p in enumerate(PERCENTILES):
            assert found[p].tobytes() == expected[i].tobytes(), (measure, p)


def test_ranges_are_kept_in_the_project_file(sample, tmp_path) -> None:
    uncertainty = Uncertainty((Range("inflation", -0.01, 0.03, "uniform"),), draws=500, seed=4)
    project = dataclasses.replace(sample, uncertainty=uncertainty)
    for name in ("p.json", "p.abnd"):
        write_project(project, tmp_path / name)
        assert read_project(tmp_path / name).uncertainty == uncertainty
    document = project_to_dict(project)
    document["uncertainty"]["ranges"][0]["low"] = 0.5
    with pytest.raises(InputError, match=r"low 0\.5 is above high 0\.03"):
        project_from_dict(document)


def test_commands_write_their_tables(tmp_path, capsys) -> None:
    out = tmp_path / "tornado.csv"
    assert (
        main(["sensitivity", str(SAMPLE), "--package", "high", "--year", "2035", "--out", str(out)])
        == 0
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "assumption,low_shift,high_shift,low,high,swing,central"
    assert len(lines) == 7
    bands_out = tmp_path / "bands.json"
    assert (
        main(
            [
                "uncertainty",
                str(SAMPLE),
                "--package",
                "high",
                "--draws",
                "1000",
                "--out",
                str(bands_out),
            ]
        )
        == 0
    )
    assert '"p95"' in bands_out.read_text(encoding="utf-8")
    assert main(["sensitivity", str(SAMPLE), "--package", "nope", "--year", "2035"]) == 2
    assert "not a costed package" in capsys.readouterr().err


# ------------------------------------------------------------------ the financing gap


def financed_project(**changes):
    """A child benefit and a contribution subsidy (tests/engine/method/test_financing.py),
    financed by a ramp in % of GDP, a share of revenue, money by year and contributions."""
    from tests.engine.builders import build, scenario, source

    child = scenario(
        "child", "age_cash", ages=[0, 5], benefit={"type": "fixed", "monthly_amount": 100}
    )
    subsidy = scenario(
        "informal",
        "contribution_subsidy",
        guarantee="working_age",
        ages=[15, 64],
        take_up={"start": 0.5, "target": 0.9, "start_year": 2025, "target_year": 2027},
        start_month=4,
        benefit={"type": "fixed", "monthly_amount": 20, "indexation": "wages"},
    )
    sources = [
        source(
            "reallocation",
            "pct_gdp",
            {"start": 0.2, "target": 0.6, "start_year": 2025, "target_year": 2027},
            range={"low": -0.5, "high": 0.1},
        ),
        source("vat", "pct_gov_revenue", {"2026": 2.0}),
        source("partners", "lcu", {"2025": 5e6, "2027": 4e6}, range={"low": -1, "high": 0}),
        {
            "id": "members",
            "name": "Contributions",
            "kind": "social_security_contributions",
            "contributions": {
                "scenario": "informal",
                "wage_anchor": "minimum_wage",
                "wage_percent": 80,
                "rate": 0.05,
            },
        },
    ]
    package = {
        "id": "floor",
        "name": "Floor",
        "scenarios": ["child", "informal"],
        "financing": ["reallocation", "vat", "partners", "members"],
    }
    return build(
        scenarios=[child, subsidy], packages=[package], financing_sources=sources, **changes
    )


@pytest.mark.parametrize("fiscal", [False, True])
def test_the_gap_with_every_shift_at_zero_is_the_engines(fiscal) -> None:
    years = {"base": 2025, "end": 2027, "fiscal_year_start_month": 10 if fiscal else 1}
    project = financed_project(years=years)
    model = model_for(project, "variant")
    got = model.evaluate("package", "floor", "financing_gap_pct_gdp", Shocks.central())[0]
    expected = compute(project).packages["floor"]["financing_gap_pct_gdp"]
    np.testing.assert_allclose(got, expected, rtol=1e-14, atol=1e-15)


def scaled_sources(project, factors: dict[str, float]):
    """Each source's amount (or contribution rate) times its factor, as a user would type it."""
    from engine.domain.model import Amount

    changed = []
    for item in project.financing_sources:
        factor = factors.get(item.id, 1.0)
        if item.contributions is not None:
            rate = item.contributions.rate * factor
            contributions = dataclasses.replace(item.contributions, rate=rate)
            changed.append(dataclasses.replace(item, contributions=contributions))
            continue
        amount = item.amount
        if amount.ramp is not None:
            ramp = dataclasses.replace(
                amount.ramp, start=amount.ramp.start * factor, target=amount.ramp.target * factor
            )
            amount = Amount(ramp=ramp)
        else:
            amount = Amount(
                series=Series.per_year({y: v * factor for y, v in amount.series.by_year})
            )
        changed.append(dataclasses.replace(item, amount=amount))
    return dataclasses.replace(project, financing_sources=tuple(changed))


@pytest.mark.parametrize("fiscal, derived_wages", [(False, False), (True, False), (False, True)])
def test_growth_take_up_and_source_shifts_move_the_gap_as_an_engine_rerun(
    fiscal, derived_wages
) -> None:
    """Growth +2 points (GDP: the money source shrinks in % of GDP; with wages following
    growth, contributions grow with them), take-up -20 % (fewer children, fewer members
    contribute), and each source shifted."""
    years = {"base": 2025, "end": 2027, "fiscal_year_start_month": 10 if fiscal else 1}
    project = financed_project(years=years)
    if derived_wages:
        economy = dataclasses.replace(project.economy, real_wage_growth=None)
        project = dataclasses.replace(project, economy=economy)
    model = model_for(project, "variant")
    factors = {"reallocation": 0.7, "vat": 1.1, "partners": 0.5, "members": 1.3}
    moved = Shocks.of(
        {**{a: np.zeros(1) for a in ASSUMPTIONS}, "real_growth": np.array([0.02]),
         "take_up": np.array([-0.2])},
        {key: np.array([factor - 1]) for key, factor in factors.items()},
    )  # fmt: skip
    got = model.evaluate("package", "floor", "financing_gap_pct_gdp", moved)[0]
    economy = dataclasses.replace(
        project.economy, real_gdp_growth=Series.of(project.economy.real_gdp_growth.constant + 0.02)
    )
    subsidy = project.scenario("informal")
    ramp = subsidy.take_up.ramp
    slower = dataclasses.replace(
        subsidy,
        take_up=TakeUp(
            ramp=Ramp(ramp.start * 0.8, ramp.target * 0.8, ramp.start_year, ramp.target_year)
        ),
    )
    child = dataclasses.replace(project.scenario("child"), take_up=TakeUp(series=Series.of(0.8)))
    rerun_project = dataclasses.replace(
        scaled_sources(project, factors),
        economy=economy,
        scenarios=(child, slower),
    )
    rerun = compute(rerun_project).packages["floor"]["financing_gap_pct_gdp"]
    np.testing.assert_allclose(got, rerun, rtol=1e-12)


def test_the_tornado_of_the_gap_has_a_bar_for_each_source_at_its_range() -> None:
    project = financed_project()
    model = model_for(project, "variant")
    central, bars = tornado(model, "package", "floor", 2027, "financing_gap_pct_gdp")
    results = compute(project)
    assert central == results.packages["floor"]["financing_gap_pct_gdp"][-1]
    by_name = {bar.assumption: bar for bar in bars}
    assert set(by_name) >= {
        "real_growth",
        "take_up",
        "financing.reallocation",
        "financing.vat",
        "financing.partners",
        "financing.members",
    }
    partners = by_name["financing.partners"]  # its range: -100 % .. 0
    assert (partners.label, partners.low_shift, partners.high_shift) == ("Partners", -1.0, 0.0)
    pct = results.financing["partners"].pct_gdp[-1]
    assert partners.low == pytest.approx(central + pct, rel=1e-12)  # none of it comes
    assert partners.high == pytest.approx(central, rel=1e-12)
    vat = by_name["financing.vat"]  # no range given: +-20 %
    assert (vat.low_shift, vat.high_shift) == (-0.2, 0.2)
    assert vat.swing == pytest.approx(0.4 * results.financing["vat"].pct_gdp[-1], rel=1e-12)
    assert bars == sorted(bars, key=lambda b: b.swing, reverse=True)


def test_bands_of_the_gap_draw_each_source_and_keep_the_cost_draws() -> None:
    """With every source fixed (ranges 0 .. 0) and amounts in % of GDP only, the gap's
    percentiles are the cost's minus the financing: the cost draws are those of the seed."""

    project = financed_project()
    fixed = tuple(
        dataclasses.replace(s, range=ShiftRange(0.0, 0.0))
        for s in project.financing_sources
        if s.id in ("reallocation", "vat")
    )
    package = dataclasses.replace(project.packages[0], financing=("reallocation", "vat"))
    project = dataclasses.replace(project, financing_sources=fixed, packages=(package,))
    model = model_for(project, "pi95")
    ranges = [Range("take_up", -0.3, 0.1), Range("benefit_level", -0.2, 0.2)]
    cost = bands(model, "package", "floor", ranges, draws=400, seed=5)
    gap = bands(
        model, "package", "floor", ranges, measure="financing_gap_pct_gdp", draws=400, seed=5
    )
    financing = compute(project).packages["floor"]["financing_pct_gdp"]
    for p in cost:
        np.testing.assert_allclose(gap[p], cost[p] - financing, rtol=1e-12, atol=1e-15)
    free = financed_project()
    model = model_for(free, "pi95")
    first = bands(model, "package", "floor", [], measure="financing_gap_pct_gdp", draws=300, seed=2)
    again = bands(model, "package", "floor", [], measure="financing_gap_pct_gdp", draws=300, seed=2)
    for p in first:
        np.testing.assert_array_equal(first[p], again[p])  # the same seed, the same bands
    assert (first[95] - first[5])[-1] > 0  # the sources' ranges alone spread the gap


def test_a_gap_needs_a_package_with_financing() -> None:
    project = financed_project()
    model = model_for(project, "variant")
    with pytest.raises(InputError, match="the financing gap is a package's"):
        model.evaluate("scenario", "child", "financing_gap_pct_gdp", Shocks.central())
    bare = dataclasses.replace(project.packages[0], financing=())
    model = model_for(dataclasses.replace(project, packages=(bare,)), "variant")
    with pytest.raises(InputError, match='package "floor" has no financing source'):
        tornado(model, "package", "floor", 2027, "financing_gap_pct_gdp")
