"""The sensitivity and uncertainty commands: the numbers printed and written (CSV or JSON) are
the analysis of the project, worked out by hand on a small one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from main import main
from tests.engine.builders import base_project, scenario

# One scenario, 5 ages x 2,000 persons x 10 a month x 12, no administration, not indexed:
# 1,200,000 a year in every year, whatever growth and inflation do.
COST = 1_200_000


def project_file(tmp_path: Path, uncertainty=None) -> Path:
    item = scenario(
        "good", "age_cash", ages=[0, 4], benefit={"type": "fixed", "monthly_amount": 10}
    )
    document = base_project(
        scenarios=[item], packages=[{"id": "kids", "name": "Kids", "scenarios": ["good"]}]
    )
    if uncertainty is not None:
        document["uncertainty"] = uncertainty
    path = tmp_path / "p.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_sensitivity_prints_the_central_value_and_each_bar(tmp_path, capsys) -> None:
    path = project_file(tmp_path)
    argv = ["sensitivity", str(path), "--scenario", "good", "--year", "2027"]
    assert main([*argv, "--measure", "total_cost"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "scenario good, 2027: 1,200,000.0000 (TSD); each assumption alone:"
    # largest swing first: benefit +-20 %, take-up -20 % (capped at 100 % above), admin +5 pts
    assert [line.split()[0] for line in lines[1:4]] == ["benefit", "take-up", "administration"]
    assert "960,000.0000 .. 1,440,000.0000" in lines[1] and "swing 480,000.0000" in lines[1]
    assert "960,000.0000 .. 1,200,000.0000" in lines[2]
    assert "1,200,000.0000 .. 1,260,000.0000" in lines[3]
    assert len(lines) == 6  # no population bounds for "TST": five assumptions
    assert main(argv) == 0
    assert capsys.readouterr().out.startswith("scenario good, 2027: 0.1046 (% of GDP)")


def test_sensitivity_writes_csv_and_json(tmp_path, capsys) -> None:
    path = project_file(tmp_path)
    base = ["sensitivity", str(path), "--package", "kids", "--year", "2025"]
    out_csv, out_json = tmp_path / "t.csv", tmp_path / "t.json"
    assert main([*base, "--measure", "total_cost", "--out", str(out_csv)]) == 0
    assert f"written to {out_csv}" in capsys.readouterr().out
    rows = list(csv.DictReader(out_csv.read_text(encoding="utf-8").splitlines()))
    benefit = rows[0]
    assert benefit["assumption"] == "benefit_level"
    assert (float(benefit["low_shift"]), float(benefit["high_shift"])) == (-0.2, 0.2)
    assert float(benefit["low"]) == pytest.approx(0.8 * COST)
    assert float(benefit["swing"]) == pytest.approx(0.4 * COST)
    assert {float(r["central"]) for r in rows} == {COST}
    assert main([*base, "--out", str(out_json)]) == 0
    payload = json.loads(out_json.read_text(encoding="utf-8"))
    assert payload["central"] == pytest.approx(100 * COST / 1e9)  # % of GDP in 2025
    assert [b["assumption"] for b in payload["bars"]][:2] == ["benefit_level", "take_up"]


def test_uncertainty_uses_the_projects_draws_and_seed_unless_given(tmp_path, capsys) -> None:
    zero = [{"assumption": "benefit_level", "low": 0.0, "high": 0.0}]
    path = project_file(tmp_path, {"ranges": zero, "draws": 100, "seed": 3})
    out = tmp_path / "bands.csv"
    argv = ["uncertainty", str(path), "--scenario", "good", "--measure", "total_cost"]
    assert main([*argv, "--out", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "scenario good: 100 draws (seed 3), the project's ranges:"
    assert printed[1].split() == ["year", "p5", "p25", "p50", "p75", "p95"]
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["year", "p5", "p25", "p50", "p75", "p95"]
    assert [row[0] for row in rows[1:]] == ["2025", "2026", "2027"]
    assert {float(v) for row in rows[1:] for v in row[1:]} == {COST}  # zero-width: no spread
    pct = ["uncertainty", str(path), "--scenario", "good", "--draws", "40", "--seed", "0"]
    assert main(pct) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "scenario good: 40 draws (seed 0), the project's ranges:"
    # 100 x 1,200,000 / 1.071e9 = 0.1120 % of GDP in 2026, at every percentile
    assert printed[3].split() == ["2026", *["0.1120"] * 5]


def test_uncertainty_json_holds_the_settings_and_percentiles(tmp_path, capsys) -> None:
    path = project_file(tmp_path)
    out = tmp_path / "bands.json"
    assert (
        main(["uncertainty", str(path), "--package", "kids", "--draws", "200", "--out", str(out)])
        == 0
    )
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert (payload["draws"], payload["seed"], payload["years"]) == (200, 1, [2025, 2026, 2027])
    assert [r["assumption"] for r in payload["ranges"]][:2] == ["real_growth", "inflation"]
    assert set(payload["percentiles"]) == {"p5", "p25", "p50", "p75", "p95"}
    p5, p95 = payload["percentiles"]["p5"], payload["percentiles"]["p95"]
    assert all(low < high for low, high in zip(p5, p95, strict=True))
    assert "default ranges" in capsys.readouterr().out


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            ["--year", "2030", "--scenario", "good"],
            "--year: 2030 is outside the projection years 2025-2027",
        ),
        (["--year", "2026", "--scenario", "nope"], '--scenario: "nope" is not a costed scenario'),
        (
            ["--year", "2026", "--package", "kids", "--out", "t.txt"],
            '--out: "t.txt": use a .csv or .json file name',
        ),
    ],
)
def test_bad_arguments_are_one_line_with_exit_2(tmp_path, capsys, extra, message) -> None:
    path = project_file(tmp_path)
    extra = [str(tmp_path / e) if e.endswith(".txt") else e for e in extra]
    assert main(["sensitivity", str(path), *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_negative_number_of_draws_is_refused(tmp_path, capsys) -> None:
    path = project_file(tmp_path)
    assert main(["uncertainty", str(path), "--package", "kids", "--draws", "-5"]) == 2
    assert capsys.readouterr().err == "--draws: must be at least 1\n"


def test_zero_draws_is_refused_and_wide_percentiles_never_run_together(tmp_path, capsys) -> None:
    path = project_file(tmp_path)
    assert main(["uncertainty", str(path), "--package", "kids", "--draws", "0"]) == 2
    assert "--draws" in capsys.readouterr().err
    assert (
        main(
            [
                "uncertainty",
                str(path),
                "--package",
                "kids",
                "--measure",
                "total_cost",
                "--draws",
                "50",
            ]
        )
        == 0
    )
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[2:]]
    assert rows and all(len(row) == 6 for row in rows)  # the year and five percentiles


def financed_file(tmp_path: Path) -> Path:
    """The project above, its package financed by 1,000,000 a year from partners (range
    -100 % .. 0) and 0.05 % of GDP re-allocated."""
    item = scenario(
        "good", "age_cash", ages=[0, 4], benefit={"type": "fixed", "monthly_amount": 10}
    )
    package = {"id": "kids", "name": "Kids", "scenarios": ["good"], "financing": ["aid", "move"]}
    sources = [
        {
            "id": "aid",
            "name": "Partners",
            "kind": "aid_and_transfers",
            "unit": "lcu",
            "amount": 1e6,
            "range": {"low": -1, "high": 0},
        },
        {
            "id": "move",
            "name": "Re-allocation",
            "kind": "reallocation",
            "unit": "pct_gdp",
            "amount": 0.05,
        },
    ]
    document = base_project(scenarios=[item], packages=[package], financing_sources=sources)
    path = tmp_path / "financed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_gap_of_a_package_has_a_bar_for_each_source(tmp_path, capsys) -> None:
    """2027: cost 1.2e6 / 1.147041e9 = 0.1046 %; financing 1e6 / 1.147041e9 + 0.05 %:
    the gap is 0.2e6 / 1.147041e9 - 0.05 % = -0.0326 %. Without the partners it grows by
    0.0872 %: 0.0546 %."""
    path = financed_file(tmp_path)
    out = tmp_path / "gap.csv"
    argv = ["sensitivity", str(path), "--package", "kids", "--year", "2027"]
    assert main([*argv, "--measure", "financing_gap_pct_gdp", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "package kids, 2027: -0.0326 (% of GDP); each assumption alone:"
    partners = next(line for line in lines if line.lstrip().startswith("Partners"))
    assert "0.0546 .. -0.0326" in partners
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    bar = next(row for row in rows if row["assumption"] == "financing.aid")
    assert (float(bar["low_shift"]), float(bar["high_shift"])) == (-1.0, 0.0)
    assert float(bar["low"]) == pytest.approx(100 * 1.2e6 / 1.147041e9 - 0.05, rel=1e-12)


def test_uncertainty_of_the_gap_writes_the_sources_ranges(tmp_path, capsys) -> None:
    path = financed_file(tmp_path)
    out = tmp_path / "bands.json"
    argv = ["uncertainty", str(path), "--package", "kids", "--draws", "300"]
    assert main([*argv, "--measure", "financing_gap_pct_gdp", "--out", str(out)]) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["financing_ranges"] == {
        "aid": {"low": -1.0, "high": 0.0, "distribution": "triangular"},
        "move": {"low": -0.2, "high": 0.2, "distribution": "triangular"},
    }
    p5, p95 = payload["percentiles"]["p5"][-1], payload["percentiles"]["p95"][-1]
    assert p5 < -0.0326 < p95  # the partners may not come: the gap spreads up
    assert main([*argv[:2], "--scenario", "good", "--measure", "financing_gap_pct_gdp"]) == 2
    assert "the financing gap is a package's: use --package" in capsys.readouterr().err
