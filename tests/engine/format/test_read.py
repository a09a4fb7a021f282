"""Malformed projects: each exits 2 with ONE line naming the file and the place."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from main import main
from tests.conftest import DATA, REPO

THAILAND = json.loads((DATA / "thailand-child-2010.json").read_text(encoding="utf-8"))


def edit(change: Callable[[dict], None]) -> dict:
    project = copy.deepcopy(THAILAND)
    change(project)
    return project


def set_in(path: list, value) -> Callable[[dict], None]:
    def change(project: dict) -> None:
        target = project
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def add_package(project: dict) -> None:
    project["packages"] = [{"id": "p", "name": "P", "scenarios": ["child-0-3", "ghost"]}]


def duplicate_scenario(project: dict) -> None:
    project["scenarios"].append(copy.deepcopy(project["scenarios"][0]))


def drop_name(project: dict) -> None:
    del project["scenarios"][0]["name"]


def gov_share_without_base_year(project: dict) -> None:
    project["years"]["end"] = 2010
    project["economy"]["gov_expenditure_share_gdp"] = {"2011": 0.2}


def tiers(*bands: tuple[int, int]) -> Callable[[dict], None]:
    """The example's benefit (ages 0-3) paid by these tiers."""
    return set_in(
        ["scenarios", 0, "benefit"],
        {"type": "fixed", "tiers": [{"ages": list(b), "monthly_amount": 400} for b in bands]},
    )


def version_1_with(change: Callable[[dict], None]) -> Callable[[dict], None]:
    def both(project: dict) -> None:
        project["format_version"] = 1
        del project["population"]["births_estimate"]  # version 1 said it by leaving births out
        change(project)

    return both


def longer_without_cpi(project: dict) -> None:
    project["years"]["end"] = 2012
    del project["economy"]["cpi_inflation"]


def anchor_without_minimum_wage(project: dict) -> None:
    project["scenarios"][0]["benefit"] = {"type": "anchor", "anchor": "minimum_wage", "percent": 10}


def with_matrix_row(**fields: object) -> Callable[[dict], None]:
    def change(project: dict) -> None:
        project["matrix"] = [{"id": "m1", "guarantee": "children", **fields}]

    return change


def version_2_with_status(project: dict) -> None:
    project["format_version"] = 2
    with_matrix_row(status="validated")(project)


COMMENT = {"id": "c1", "agency": "MoF", "text": "Agreed"}

CASES: list[tuple[str, object, str]] = [
    (
        "matrix status unknown",
        edit(with_matrix_row(status="approved")),
        "matrix[0].status: ",
    ),
    (
        "matrix status date not a date",
        edit(with_matrix_row(status="validated", status_date="12 September")),
        'matrix[0].status_date: "12 September" is not a date written YYYY-MM-DD',
    ),
    (
        "matrix status date impossible",
        edit(with_matrix_row(status_date="2025-02-30")),
        'matrix[0].status_date: "2025-02-30" is not a date written YYYY-MM-DD',
    ),
    (
        "comment without agency",
        edit(with_matrix_row(comments=[{"id": "c1", "text": "x"}])),
        "matrix[0].comments[0].agency: is missing",
    ),
    (
        "comment id repeated",
        edit(with_matrix_row(comments=[COMMENT, COMMENT])),
        'matrix[0].comments[1].id: repeats the comment id "c1"',
    ),
    (
        "comment unknown key",
        edit(with_matrix_row(comments=[{**COMMENT, "agancy": "x"}])),
        "matrix[0].comments[0].agancy: unknown field",
    ),
    (
        "consultation record in a version-2 file",
        edit(version_2_with_status),
        "matrix[0].status: is new in format version 3; this file says format_version 2",
    ),
    # (name, document or raw bytes, expected text of the one line)
    (
        "wrong type",
        edit(set_in(["population", "rows", 0, "value"], "many")),
        'population.rows[0].value: expected a number, found text "many"',
    ),
    ("missing field", edit(drop_name), "scenarios[0].name: is missing"),
    (
        "unknown top-level key",
        edit(set_in(["scenario"], [])),
        "scenario: unknown field (did you mean 'scenarios'?)",
    ),
    (
        "unknown scenario key",
        edit(set_in(["scenarios", 0, "admin_rat"], 0.05)),
        "scenarios[0].admin_rat: unknown field (did you mean 'admin_rate'?)",
    ),
    (
        "negative population",
        edit(set_in(["population", "rows", 3, "value"], -5)),
        "population.rows[3].value: -5 is below the minimum 0",
    ),
    (
        "reversed age band",
        edit(set_in(["scenarios", 0, "ages"], [3, 0])),
        "scenarios[0].ages: the age band is reversed: 3 is above 0",
    ),
    (
        "rate given as percent",
        edit(set_in(["scenarios", 0, "admin_rate"], 5)),
        "scenarios[0].admin_rate: 5 is above 1 (did you mean 0.05 or 50 %?)",
    ),
    (
        "take-up as percent",
        edit(set_in(["scenarios", 0, "take_up"], {"2010": 1.4})),
        "scenarios[0].take_up.2010: 1.4 is above 1 (did you mean 0.014 or 14 %?)",
    ),
    (
        "NaN",
        json.dumps(THAILAND).replace('"admin_rate": 0.05', '"admin_rate": NaN').encode(),
        "NaN is not a number JSON allows",
    ),
    (
        "horizon past the data",
        edit(set_in(["years", "end"], 2015)),
        "years.end: 2015 is past the last population year available (2010)",
    ),
    (
        "unknown scenario in a package",
        edit(add_package),
        'packages[0].scenarios[1]: "ghost" is not the id of any scenario',
    ),
    ("duplicate ids", edit(duplicate_scenario), 'scenarios[1].id: "child-0-3" is used twice'),
    (
        "age band outside the data",
        edit(set_in(["scenarios", 0, "ages"], [0, 10])),
        "scenarios[0].ages: the population has no data for ages 4-10",
    ),
    (
        "future format version",
        edit(set_in(["format_version"], 4)),
        "format_version: 4 is newer than this version of ABND Studio reads (3)",
    ),
    ("not an object", b"[1, 2, 3]", "(document): expected an object"),
    ("empty file", b"", "is empty"),
    (
        "wrong encoding",
        json.dumps(THAILAND, ensure_ascii=False)
        .replace("Thailand child", "Thaïland child")
        .encode("latin-1"),
        "is not UTF-8 text",
    ),
    ("truncated JSON", json.dumps(THAILAND).encode()[:500], "is not valid JSON"),
    (
        "per-year series without the base year",
        edit(gov_share_without_base_year),
        "economy.gov_expenditure_share_gdp: gives no value for 2010",
    ),
    (
        "missing benefit anchor",
        edit(anchor_without_minimum_wage),
        "scenarios[0].benefit.anchor: needs economy.minimum_wage_monthly, which is not given",
    ),
    (
        "wrong kind",
        edit(set_in(["scenarios", 0, "kind"], "age-cash")),
        'scenarios[0].kind: text "age-cash" is not one of',
    ),
    (
        "field of another kind",
        edit(set_in(["scenarios", 0, "days_per_year"], 10)),
        "scenarios[0].days_per_year: is not used by scenarios of kind 'age_cash'",
    ),
    (
        "boolean as number",
        edit(set_in(["economy", "cpi_inflation"], True)),
        "economy.cpi_inflation: expected a number, found true",
    ),
    (
        "gap between tiers",
        edit(tiers((0, 0), (2, 3))),
        "scenarios[0].benefit.tiers[1].ages: ages 2-3 leave a gap: no tier pays age 1",
    ),
    (
        "overlapping tiers",
        edit(tiers((2, 3), (0, 2))),
        "scenarios[0].benefit.tiers[0].ages: ages 2-3 overlap the tier that ends at age 2",
    ),
    (
        "tiers stop short",
        edit(tiers((0, 1))),
        "scenarios[0].benefit.tiers[0].ages: ages 0-1 leave a gap: no tier pays ages 2-3",
    ),
    (
        "tier past the scenario's ages",
        edit(tiers((0, 1), (2, 5))),
        "scenarios[0].benefit.tiers[1].ages: ages 2-5 go past the scenario's ages 0-3",
    ),
    (
        "tier below the scenario's ages",
        edit(lambda p: (tiers((0, 3))(p), p["scenarios"][0].update(ages=[1, 3]))),
        "scenarios[0].benefit.tiers[0].ages: ages 0-3 start below the scenario's ages 1-3",
    ),
    (
        "amount beside tiers",
        edit(
            lambda p: (
                tiers((0, 3))(p),
                p["scenarios"][0]["benefit"].update(monthly_amount=400),
            )
        ),
        "scenarios[0].benefit.monthly_amount: unknown field",
    ),
    (
        "percent tier in a fixed benefit",
        edit(
            set_in(
                ["scenarios", 0, "benefit"],
                {"type": "fixed", "tiers": [{"ages": [0, 3], "percent": 40}]},
            )
        ),
        "scenarios[0].benefit.tiers[0].percent: unknown field",
    ),
    (
        "tiers in a version-1 file",
        edit(version_1_with(tiers((0, 3)))),
        "scenarios[0].benefit.tiers: is new in format version 2; this file says format_version 1",
    ),
    (
        "covered_by in a version-1 file",
        edit(version_1_with(set_in(["scenarios", 0, "covered_by"], ["x"]))),
        "scenarios[0].covered_by: is new in format version 2",
    ),
    (
        "fiscal year in a version-1 file",
        edit(version_1_with(set_in(["years", "fiscal_year_start_month"], 1))),
        "years.fiscal_year_start_month: is new in format version 2",
    ),
    (
        "fiscal year month 13",
        edit(set_in(["years", "fiscal_year_start_month"], 13)),
        "years.fiscal_year_start_month: 13 is above the maximum 12",
    ),
    (
        "October fiscal year in a one-year project",
        edit(set_in(["years", "fiscal_year_start_month"], 10)),
        "years.fiscal_year_start_month: a fiscal year starting in month 10 spans two calendar "
        "years, so the projection needs at least two",
    ),
    (
        "start month with one take-up for every year",
        edit(lambda p: p["scenarios"][0].update(take_up=0.6, start_month=7)),
        "scenarios[0].start_month: needs the scheme's first year: give take_up per year or as a "
        "ramp",
    ),
    (
        "start month 0",
        edit(set_in(["scenarios", 0, "start_month"], 0)),
        "scenarios[0].start_month: 0 is below the minimum 1",
    ),
    (
        "a longer project without CPI inflation",
        edit(longer_without_cpi),
        "economy.cpi_inflation: is missing (this field is required)",
    ),
    (
        "duplicate JSON key",
        json.dumps(THAILAND)
        .replace('"name": "Thailand child', '"name": "x", "name": "Thailand child')
        .encode(),
        'the key "name" appears twice',
    ),
]


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "project.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


@pytest.mark.parametrize("name, content, expected", CASES, ids=[c[0] for c in CASES])
def test_malformed_project_exits_2_with_one_line(tmp_path, capsys, name, content, expected) -> None:
    path = write(tmp_path, content)
    assert main(["compute", str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"{path}: "), lines[0]
    assert expected in lines[0]


def run_cli(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "compute", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ten_megabytes_of_garbage_in_a_real_process(tmp_path) -> None:
    path = tmp_path / "garbage.json"
    path.write_bytes(os.urandom(10 * 1024 * 1024))
    result = run_cli(path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "garbage.json: " in result.stderr and "Traceback" not in result.stderr


def test_invalid_utf8_in_a_real_process(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"format": "abnd-project", "name": "\xff\xfe"}')
    result = run_cli(path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{path}: is not UTF-8 text (byte 0xff at position 36)"
