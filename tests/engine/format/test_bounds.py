"""Input bounds (issue 15): numbers out of range, deep nesting, control characters, ids.

Each hostile input ends in exit 2 and exactly one line on stderr naming the
file and the place; nothing non-finite reaches a results file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from engine.domain.errors import InputError, escape_text
from tests.cli_run import run_cli
from tests.engine.builders import base_project, scenario

CASH = {"type": "fixed", "monthly_amount": 100}


def write(tmp_path: Path, document: Any, raw: str | None = None) -> Path:
    path = tmp_path / "p.json"
    path.write_text(raw if raw is not None else json.dumps(document), encoding="utf-8")
    return path


def one_line_refusal(path: Path, *expected: str) -> str:
    outcome = run_cli("compute", str(path))
    assert outcome.code == 2, outcome
    assert len(outcome.err_lines) == 1, outcome.err
    line = outcome.err_lines[0]
    assert line.startswith(f"{path}: "), line
    for part in expected:
        assert part in line, line
    return line


def with_scenario(**economy: Any) -> dict[str, Any]:
    project = base_project(scenarios=[scenario("a", "age_cash", ages=[0, 5], benefit=CASH)])
    project["economy"].update(economy)
    return project


def test_an_integer_of_5000_digits_is_refused_naming_its_place(tmp_path) -> None:
    raw = json.dumps(with_scenario()).replace('"gdp_nominal_base": 1000000000.0', "X")
    raw = raw.replace("X", '"gdp_nominal_base": ' + "9" * 5000)
    one_line_refusal(write(tmp_path, None, raw), "economy.gdp_nominal_base")


def test_an_integer_near_ten_to_the_400_is_refused(tmp_path) -> None:
    project = with_scenario()
    project["population"]["rows"][0]["value"] = 10**400
    one_line_refusal(write(tmp_path, project), "population.rows[0].value")


@pytest.mark.parametrize(
    "place, change, expected",
    [
        ("economy.gdp_nominal_base", {"gdp_nominal_base": 0}, "must be above 0"),
        ("economy.gdp_nominal_base", {"gdp_nominal_base": 1e300}, "above the maximum"),
        ("economy.poverty_line_monthly", {"poverty_line_monthly": 1e200}, "above the maximum"),
    ],
)
def test_absurd_economy_values_are_refused(tmp_path, place, change, expected) -> None:
    one_line_refusal(write(tmp_path, with_scenario(**change)), place, expected)


def test_a_population_of_1e308_is_refused(tmp_path) -> None:
    project = with_scenario()
    project["population"]["rows"][3]["value"] = 1.79e308
    one_line_refusal(write(tmp_path, project), "population.rows[3].value", "above the maximum")


def test_a_benefit_of_1e300_is_refused(tmp_path) -> None:
    project = base_project(
        scenarios=[
            scenario("a", "age_cash", ages=[0, 5], benefit={**CASH, "monthly_amount": 1e300})
        ]
    )
    one_line_refusal(write(tmp_path, project), "scenarios[0].benefit.monthly_amount")


def test_no_infinity_reaches_a_results_file_and_numpy_stays_quiet(tmp_path) -> None:
    """Largest inputs allowed everywhere: results stay finite, stderr stays empty."""
    project = base_project(
        scenarios=[
            scenario(
                "a",
                "age_cash",
                ages=[0, 100],
                benefit={**CASH, "monthly_amount": 1e18},
                admin_rate=1,
                fixed_admin=1e18,
            )
        ]
    )
    for row in project["population"]["rows"]:
        row["value"] = 1e10
    project["economy"].update(
        gdp_nominal_base=1e-9, gov_expenditure_share_gdp=0, gov_revenue_share_gdp=0
    )
    path = write(tmp_path, project)
    out = tmp_path / "r.json"
    outcome = run_cli("compute", str(path), "--out", str(out))
    assert outcome.err == "" or len(outcome.err_lines) == 1, outcome.err
    assert "Warning" not in outcome.err and "overflow" not in outcome.err
    if outcome.code == 0:
        data = json.loads(out.read_text(encoding="utf-8"), parse_constant=_no_constant)
        for table in data["scenarios"].values():
            for values in table.values():
                assert all(v is None or math.isfinite(v) for v in values)
    else:
        assert outcome.code == 2 and not out.exists()


def _no_constant(name: str) -> Any:
    raise AssertionError(f"{name} in a results file")


def test_nesting_ten_to_the_five_deep_is_one_line(tmp_path) -> None:
    raw = '{"format": "abnd-project", "name": ' + "[" * 100_000 + "]" * 100_000 + "}"
    one_line_refusal(write(tmp_path, None, raw), "nested")


@pytest.mark.parametrize(
    "key",
    ["bad\nkey", "esc\x1b[31mred", "nul\x00byte", "sep\u2028line"],
    ids=["newline", "escape", "nul", "line-separator"],
)
def test_control_characters_in_user_text_are_escaped(tmp_path, key) -> None:
    project = with_scenario()
    project["economy"][key] = 1
    line = one_line_refusal(write(tmp_path, project), "unknown field")
    assert "\x1b" not in line and "\x00" not in line and "\u2028" not in line
    assert escape_text(key) in line


def test_escape_text_shows_control_characters_as_escapes() -> None:
    assert escape_text("a\nb\x1b[0m\x00\t\u202e") == "a\\nb\\x1b[0m\\x00\\t\\u202e"
    assert escape_text("Lao ພາສາລາວ, € 5") == "Lao ພາສາລາວ, € 5"
    error = InputError("economy.x\ny", "bad\rthing", "file\x1b.json")
    assert "\n" not in error.one_line() and "\r" not in error.one_line()
    assert error.one_line() == "file\\x1b.json: economy.x\\ny: bad\\rthing"


@pytest.mark.parametrize(
    "bad_id",
    ["=1+1", "+SUM(A1)", "-2", "@cmd", "has space", "a" * 65, "é", "a/b", ""],
)
def test_ids_outside_the_safe_pattern_are_refused(tmp_path, bad_id) -> None:
    project = base_project(scenarios=[scenario(bad_id, "age_cash", ages=[0, 5], benefit=CASH)])
    line = one_line_refusal(write(tmp_path, project), "scenarios[0].id")
    assert "letters, digits" in line or "must not be empty" in line


def test_ids_in_the_pattern_are_kept(tmp_path) -> None:
    ok = "Child_grant.2025-v2"
    project = base_project(scenarios=[scenario(ok, "age_cash", ages=[0, 5], benefit=CASH)])
    outcome = run_cli("compute", str(write(tmp_path, project)))
    assert outcome.code == 0, outcome.err


def test_the_schema_states_the_readers_id_pattern_and_bounds() -> None:
    from engine.format import validate as v
    from engine.format.read import MAX_SHIFT
    from engine.format.validate import ID_PATTERN
    from tests.engine.format.test_json_file import SCHEMA

    defs = SCHEMA["$defs"]
    assert defs["id"]["pattern"] == f"^{ID_PATTERN.pattern}$"
    assert defs["money"]["maximum"] == v.MAX_MONEY
    assert defs["persons"]["maximum"] == v.MAX_PERSONS
    gdp = SCHEMA["properties"]["economy"]["properties"]["gdp_nominal_base"]
    assert (gdp["exclusiveMinimum"], gdp["maximum"]) == (0, v.MAX_MONEY)
    ranges = SCHEMA["properties"]["uncertainty"]["properties"]["ranges"]["items"]["properties"]
    assert ranges["low"]["maximum"] == MAX_SHIFT == -ranges["high"]["minimum"]


def test_the_bundled_samples_and_test_data_keep_loading() -> None:
    from engine.countries.bundled import country_project
    from engine.store.files import read_project
    from tests.conftest import DATA, REPO

    projects = [p for p in DATA.iterdir() if p.suffix in (".json", ".abnd")]  # not results CSVs
    for path in [*sorted((REPO / "resources" / "examples").glob("*.json")), *projects]:
        assert read_project(path).name
    for country in sorted((REPO / "resources" / "countries").glob("*.json")):
        iso3 = country.stem
        assert country_project(iso3, 2025, 2050).scenarios == ()
