"""Sensitivity and uncertainty: the evaluator agrees with the engine re-run on changed inputs."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.analysis.setup import model_for
from engine.analysis.uncertainty import Shocks, bands, tornado
from engine.domain.errors import InputError
from engine.domain.model import Ramp, Range, Series, TakeUp, Uncertainty
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
    fields = {name: np.zeros(1) for name in Shocks.__dataclass_fields__}
    fields.update({name: np.array([value]) for name, value in values.items()})
    return Shocks(**fields)


def shifted(series: Series, shift: float) -> Series:
    return Series.per_year({year: value + shift for year, value in series.by_year})


def test_zero_width_ranges_collapse_onto_the_central_result_exactly(sample) -> None:
    model = model_for(sample, "pi95")
    ranges = [Range(name, 0.0, 0.0) for name in Shocks.__dataclass_fields__]
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
