"""JSON format: round trips, and the shipped JSON Schema in step with the reader."""

from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.domain.kinds import COMMON_FIELDS, KIND_FIELDS, required_fields
from engine.domain.model import (
    FINANCING_KINDS,
    FINANCING_UNITS,
    GUARANTEES,
    KINDS,
    MATRIX_STATUSES,
)
from engine.format.json_file import (
    dumps_project,
    load_project,
    project_from_dict,
    project_to_dict,
    save_project,
)
from engine.format.keys import (
    COMMENT_KEYS,
    CONTRIBUTIONS_KEYS,
    ECONOMY_KEYS,
    ENVELOPE_KEY,
    FINANCING_SOURCE_KEYS,
    LABOUR_KEYS,
    MATRIX_KEYS,
    PACKAGE_KEYS,
    POPULATION_KEYS,
    READABLE_VERSIONS,
    SHIFT_RANGE_KEYS,
    TOP_KEYS,
    YEARS_KEYS,
)
from tests.conftest import DATA, REPO
from tests.engine.builders import base_project

SCHEMA = json.loads((REPO / "docs" / "abnd-project-v3.schema.json").read_text(encoding="utf-8"))


def test_thailand_example_round_trips_exactly(tmp_path) -> None:
    source = json.loads((DATA / "thailand-child-2010.json").read_text(encoding="utf-8"))
    project = load_project(DATA / "thailand-child-2010.json")
    assert project_to_dict(project) == source
    save_project(project, tmp_path / "copy.json")
    assert json.loads((tmp_path / "copy.json").read_text(encoding="utf-8")) == source


texts = st.text(alphabet=string.ascii_letters + " àéສະບາຍດີ\n\t=+-@", max_size=40)
ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,11}", fullmatch=True)  # the id pattern, json-format.md
fractions = st.floats(min_value=0, max_value=1, allow_nan=False)
per_year = st.dictionaries(st.integers(2020, 2040).map(str), fractions, min_size=1, max_size=4)
series = st.one_of(fractions, per_year.map(lambda d: {"2020": 0.5, **d}))


@st.composite
def scenarios(draw, scenario_id: str) -> dict:
    kind = draw(st.sampled_from(KINDS))
    item: dict = {
        "id": scenario_id,
        "name": draw(texts.filter(lambda t: t.strip())),
        "guarantee": draw(st.sampled_from(GUARANTEES)),
        "status": "proposed",
        "kind": kind,
        "take_up": draw(
            st.one_of(
                series,
                st.just({"start": 0.2, "target": 0.9, "start_year": 2021, "target_year": 2025}),
            )
        ),
    }
    for field in required_fields(kind)[len(item) :]:
        item[field] = {
            "ages": [0, 99],
            "prevalence": draw(series),
            "benefit": {
                "type": "fixed",
                "monthly_amount": draw(st.integers(0, 10**6)),
                "indexation": "prices",
            },
            "months_per_year": 4,
            "days_per_year": 100,
            "wage_percent_of_minimum_wage": 80,
            "annual_cost_per_person": 12.5,
            "staff_per_1000_target": 2.3,
            "staff_per_1000_now": 1.1,
            "salary_multiple_of_average_wage": 1.5,
            "beneficiaries": {"2020": 100},
        }[field]
    if draw(st.booleans()):
        item["admin_rate"] = draw(fractions)
    if draw(st.booleans()):
        item["rationale"] = draw(texts)
    return item


@st.composite
def projects(draw) -> dict:
    scenario_ids = draw(st.lists(ids, max_size=4, unique=True))
    project = base_project(years={"base": 2020, "end": 2030})
    project["name"] = draw(texts)
    project["scenarios"] = [draw(scenarios(i)) for i in scenario_ids]
    project["packages"] = [
        {"id": "pkg", "name": "Package", "scenarios": draw(st.permutations(scenario_ids))}
    ]
    project["matrix"] = [
        {
            "id": f"m{i}",
            "guarantee": draw(st.sampled_from(GUARANTEES)),
            "existing_provision": draw(texts),
            "policy_gap": draw(texts),
            "implementation_issue": draw(texts),
            "recommendation": draw(texts),
            "costable": draw(st.booleans()),
            "scenario_ids": draw(st.lists(st.sampled_from(scenario_ids), unique=True))
            if scenario_ids
            else [],
            "priority": draw(st.one_of(st.none(), st.integers(0, 9))),
            "agencies": draw(st.lists(texts, max_size=3)),
            "notes": draw(texts),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    if draw(st.booleans()):
        project["sources"] = {"population": draw(texts), "economy.cpi_inflation": draw(texts)}
    sources = draw(st.lists(financing_sources(), max_size=3, unique_by=lambda s: s["id"]))
    if sources:
        project["financing_sources"] = sources
        chosen = draw(st.lists(st.sampled_from([s["id"] for s in sources]), unique=True))
        if chosen:
            project["packages"][0]["financing"] = chosen
    return project


@st.composite
def financing_sources(draw) -> dict:
    """A typed source: a unit, and a number, values by year or a ramp; maybe notes."""
    unit = draw(st.sampled_from(["pct_gdp", "pct_gov_revenue", "lcu"]))
    top = 100.0 if unit != "lcu" else 1e12
    amounts = st.floats(min_value=0, max_value=top, allow_nan=False)
    item: dict = {
        "id": draw(ids),
        "name": draw(texts.filter(lambda t: t.strip())),
        "kind": draw(st.sampled_from(FINANCING_KINDS)),
        "unit": unit,
        "amount": draw(
            st.one_of(
                amounts,
                st.dictionaries(st.integers(2020, 2040).map(str), amounts, min_size=1, max_size=3),
                st.builds(
                    lambda a, b: {"start": a, "target": b, "start_year": 2021, "target_year": 2026},
                    amounts,
                    amounts,
                ),
            )
        ),
    }
    for key in ("source", "feasibility"):
        if draw(st.booleans()):
            item[key] = draw(texts)
    if draw(st.booleans()):
        low = draw(st.floats(min_value=-1, max_value=0, allow_nan=False))
        item["range"] = {"low": low, "high": 0.5, "distribution": "uniform"}
    return item


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=projects())
def test_generated_projects_round_trip_through_the_domain_types(document: dict) -> None:
    project = project_from_dict(document)
    assert project_to_dict(project) == document
    assert json.loads(dumps_project(project)) == document


def schema_keys(definition: dict) -> set[str]:
    return set(definition["properties"])


def test_schema_lists_exactly_the_fields_the_reader_accepts() -> None:
    defs = SCHEMA["$defs"]
    assert schema_keys(SCHEMA) == set(TOP_KEYS)
    assert schema_keys(SCHEMA["properties"]["economy"]) == set(ECONOMY_KEYS)
    assert schema_keys(SCHEMA["properties"]["labour"]) == set(LABOUR_KEYS)
    assert schema_keys(defs["matrixRow"]) == set(MATRIX_KEYS)
    assert schema_keys(defs["comment"]) == set(COMMENT_KEYS)
    assert defs["matrixRow"]["properties"]["status"]["enum"] == list(MATRIX_STATUSES)
    kind_fields = {f for fields, _ in KIND_FIELDS.values() for f in fields}
    assert schema_keys(defs["scenario"]) == set(COMMON_FIELDS) | kind_fields
    assert set(defs["scenario"]["properties"]["kind"]["enum"]) == set(KINDS)
    assert set(SCHEMA["required"]) >= {"format", "name", "country", "years", "population"}
    assert schema_keys(SCHEMA["properties"]["years"]) == set(YEARS_KEYS)
    assert schema_keys(SCHEMA["properties"]["population"]) == set(POPULATION_KEYS)
    assert schema_keys(defs["tier"]) == {"ages", "monthly_amount", "percent"}
    tiered = [b for b in defs["benefit"]["oneOf"] if "tiers" in b["properties"]]
    assert {b["properties"]["type"]["const"] for b in tiered} == {"fixed", "anchor"}
    assert SCHEMA["properties"]["format_version"]["enum"] == list(READABLE_VERSIONS)
    source = defs["financingSource"]
    assert schema_keys(source) == set(FINANCING_SOURCE_KEYS)
    assert set(source["properties"]["kind"]["enum"]) == set(FINANCING_KINDS)
    assert set(source["properties"]["unit"]["enum"]) == set(FINANCING_UNITS)
    assert schema_keys(source["properties"]["contributions"]) == set(CONTRIBUTIONS_KEYS)
    assert schema_keys(source["properties"]["range"]) == set(SHIFT_RANGE_KEYS)
    assert schema_keys(defs["package"]) == {*PACKAGE_KEYS, ENVELOPE_KEY}  # envelope: v1 and v2
