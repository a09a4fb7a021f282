"""The command line contract: the Thailand validation case, outputs, exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from main import main
from tests.conftest import DATA, REPO

THAILAND = DATA / "thailand-child-2010.json"


def test_thailand_validation_case_gives_the_published_cost(tmp_path, capsys) -> None:
    out = tmp_path / "r.csv"
    assert main(["compute", str(THAILAND), "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 1
    row = rows[0]
    assert (row["scope"], row["id"], row["year"]) == ("scenario", "child-0-3", "2010")
    # 0.60 * 2,393,000 * 400 * 12 * 1.05 (docs/rap-method.md section 7)
    assert float(row["total_cost"]) == 7_236_432_000
    assert f"{float(row['pct_gdp']):.4g}" == "0.07161"
    assert float(row["beneficiaries"]) == 0.6 * 2_393_000
    assert row["pct_gov_expenditure"] == ""  # not given: left empty, with a warning
    printed = capsys.readouterr().out
    assert "7,236,432,000" in printed
    assert "gov_expenditure_share_gdp" in printed


def test_json_and_xlsx_outputs_hold_the_same_numbers(tmp_path) -> None:
    assert main(["compute", str(THAILAND), "--out", str(tmp_path / "r.json")]) == 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    child = data["scenarios"]["child-0-3"]
    assert child["year"] == [2010]
    assert child["total_cost"] == [7_236_432_000]
    assert child["pct_gov_expenditure"] == [None]
    assert {w["code"] for w in data["warnings"]} >= {"missing_budget"}
    assert main(["compute", str(THAILAND), "--out", str(tmp_path / "r.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "r.xlsx")["results"]
    header = [c.value for c in sheet[1]]
    values = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert values["total_cost"] == 7_236_432_000 and values["id"] == "child-0-3"


def test_package_option_limits_the_table_to_that_package(tmp_path, capsys) -> None:
    from tests.engine.builders import base_project, scenario

    project = base_project(
        scenarios=[
            scenario("a", "age_cash", ages=[0, 1], benefit={"type": "fixed", "monthly_amount": 1}),
            scenario("b", "age_cash", ages=[2, 3], benefit={"type": "fixed", "monthly_amount": 1}),
        ],
        packages=[{"id": "only-a", "name": "A", "scenarios": ["a"]}],
    )
    path = tmp_path / "p.json"
    path.write_text(json.dumps(project), encoding="utf-8")
    out = tmp_path / "r.csv"
    assert main(["compute", str(path), "--package", "only-a", "--out", str(out)]) == 0
    ids = [
        (r["scope"], r["id"]) for r in csv.DictReader(out.read_text(encoding="utf-8").splitlines())
    ]
    assert sorted(set(ids)) == [("package", "only-a"), ("scenario", "a")]
    assert main(["compute", str(path), "--package", "nope"]) == 2
    assert '"nope" is not a package' in capsys.readouterr().err


def test_version_and_help_run_as_a_real_process() -> None:
    version = subprocess.run(
        [sys.executable, "main.py", "--version"], cwd=REPO, capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("ABND Studio ")
    helped = subprocess.run(
        [sys.executable, "main.py", "--help"], cwd=REPO, capture_output=True, text=True
    )
    assert helped.returncode == 0 and "compute" in helped.stdout


def test_an_internal_error_exits_1_and_points_to_the_log(tmp_path, monkeypatch, capsys) -> None:
    import engine.cli.main

    def broken(_args):
        raise RuntimeError("boom")

    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path))
    monkeypatch.setitem(engine.cli.main.COMMANDS, "compute", broken)
    assert main(["compute", str(THAILAND)]) == 1
    err = capsys.readouterr().err
    assert str(tmp_path) in err and "Traceback" not in err
    assert "RuntimeError: boom" in (tmp_path / "abnd-studio.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("argv", [["frobnicate"], ["compute"], ["compute", "x.json", "--bogus"]])
def test_usage_errors_are_one_line_with_exit_2(argv, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1


def test_import_between_keep_leaves_the_projects_years(tmp_path, capsys) -> None:
    from engine.store.files import read_project

    project = tmp_path / "lao.abnd"
    assert (
        main(["convert", str(REPO / "resources/examples/lao-pdr-sample.json"), str(project)]) == 0
    )
    source = tmp_path / "wpp.csv"
    source.write_text("Time,AgeGrp,PopMale,PopFemale\n2025,0-4,400,390\n2030,0-4,500,480\n")
    before = {
        (r.year, r.sex, r.age): r.value
        for r in read_project(project).population.rows
        if r.year == 2027
    }
    assert main(["import", str(project), str(source), "--between", "keep"]) == 0
    out = capsys.readouterr().out
    assert "4 year(s) between the imported years kept as they were: 2026, 2027, 2028, 2029" in out
    after = {
        (r.year, r.sex, r.age): r.value
        for r in read_project(project).population.rows
        if r.year == 2027
    }
    assert after == before
    assert main(["import", str(project), str(source)]) == 0  # the default: interpolate
    assert "interpolated between them" in capsys.readouterr().out
