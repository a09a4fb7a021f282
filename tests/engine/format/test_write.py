"""Writing domain types back to JSON format v1: what a user left out stays out, every shape
(series, age bands, ramps, benefits) is written as the reader reads it, so read-write-read
gives the same document."""

from __future__ import annotations

import dataclasses
import json

from engine.domain.model import (
    Amount,
    Comment,
    Contributions,
    FinancingSource,
    Labour,
    MatrixRow,
    Package,
    ParticipationRow,
    PopulationRow,
    Ramp,
    Range,
    Series,
    ShiftRange,
    Uncertainty,
)
from engine.format.keys import ECONOMY_KEYS, MATRIX_KEYS
from engine.format.read import project_from_dict, read_scenario
from engine.format.write import (
    comment_to_dict,
    economy_to_dict,
    financing_source_to_dict,
    labour_to_dict,
    matrix_row_to_dict,
    package_to_dict,
    population_row_to_dict,
    project_to_dict,
    scenario_to_dict,
    series_to_json,
    uncertainty_to_dict,
)
from tests.conftest import DATA
from tests.engine.builders import base_project, build, scenario


def test_a_series_is_written_as_a_number_or_per_year_values() -> None:
    assert series_to_json(Series.of(0.05)) == 0.05
    assert series_to_json(Series.per_year({2030: 0.9, 2026: 0.3})) == {"2026": 0.3, "2030": 0.9}


def test_a_population_row_has_either_an_age_or_an_age_group() -> None:
    single = population_row_to_dict(PopulationRow(2025, "female", 1234.0, age=7))
    assert single == {"year": 2025, "sex": "female", "age": 7, "value": 1234.0}
    assert list(single) == ["year", "sex", "age", "value"]
    group = population_row_to_dict(PopulationRow(2030, "both", 5.0, age_group="100+"))
    assert group == {"year": 2030, "sex": "both", "age_group": "100+", "value": 5.0}


def test_the_economy_leaves_out_what_was_not_given_in_the_format_order() -> None:
    project = build()
    economy = dataclasses.replace(
        project.economy, real_wage_growth=None, gov_revenue_share_gdp=None
    )
    body = economy_to_dict(dataclasses.replace(project, economy=economy))
    assert "real_wage_growth" not in body and "gov_revenue_share_gdp" not in body
    assert "gdp_nominal" not in body
    assert list(body) == [key for key in ECONOMY_KEYS if key in body]
    assert body["gdp_nominal_base"] == 1e9 and body["cpi_inflation"] == 0.03


def test_labour_rows_drop_empty_parts() -> None:
    labour = Labour(
        participation_rate=(
            ParticipationRow("both", 0.7, age_group="15-64"),
            ParticipationRow("female", 0.6, age=30, year=2030),
        ),
        informality_share=Series.per_year({2025: 0.6}),
    )
    assert labour_to_dict(labour) == {
        "participation_rate": [
            {"sex": "both", "age_group": "15-64", "value": 0.7},
            {"sex": "female", "age": 30, "value": 0.6, "year": 2030},
        ],
        "informality_share": {"2025": 0.6},
    }
    assert labour_to_dict(Labour()) == {}


def test_a_scenario_writes_only_its_kinds_fields_with_bands_ramps_and_benefits() -> None:
    body = scenario(
        "dis",
        "disability",
        ages=[15, 64],
        prevalence=[
            {"ages": [15, 39], "value": 0.02},
            {"ages": [40, 64], "value": {"2025": 0.03, "2030": 0.04}},
        ],
        target_share=0.5,
        benefit={"type": "anchor", "anchor": "poverty_line", "percent": 50},
        take_up={"start": 0.3, "target": 0.9, "start_year": 2026, "target_year": 2030},
        admin_rate=0.05,
        fixed_admin={"2026": 1e6},
    )
    written = scenario_to_dict(read_scenario(body, "scenarios[0]"))
    assert written == body  # the reader's input, written back exactly
    assert written["ages"] == [15, 64]  # a list, as JSON has no tuples
    fixed = scenario_to_dict(
        read_scenario(
            scenario("c", "age_cash", ages=[0, 2], benefit={"type": "fixed", "monthly_amount": 9}),
            "s",
        )
    )
    assert fixed["benefit"] == {"type": "fixed", "monthly_amount": 9}  # no indexation: left out
    assert "sex" not in fixed and "months_per_year" not in fixed and "admin_rate" not in fixed


def test_a_package_writes_its_financing_only_when_chosen() -> None:
    assert package_to_dict(Package("p", "P", ("a", "b"))) == {
        "id": "p",
        "name": "P",
        "scenarios": ["a", "b"],
    }
    financed = Package("p", "P", (), ("tax", "aid"))
    assert package_to_dict(financed)["financing"] == ["tax", "aid"]


def test_a_financing_source_writes_its_amount_or_its_contributions_and_its_notes() -> None:
    ramp = FinancingSource(
        "tax",
        "VAT",
        "tax_revenue",
        "pct_gov_revenue",
        Amount(ramp=Ramp(0.5, 2.0, 2026, 2030)),
        range=ShiftRange(-0.5, 0.1),
        feasibility="needs a reform",
    )
    assert financing_source_to_dict(ramp) == {
        "id": "tax",
        "name": "VAT",
        "kind": "tax_revenue",
        "unit": "pct_gov_revenue",
        "amount": {"start": 0.5, "target": 2.0, "start_year": 2026, "target_year": 2030},
        "range": {"low": -0.5, "high": 0.1, "distribution": "triangular"},
        "feasibility": "needs a reform",
    }
    by_year = FinancingSource(
        "aid", "Partners", "aid_and_transfers", "lcu", Amount(Series.per_year({2027: 5e8}))
    )
    assert financing_source_to_dict(by_year)["amount"] == {"2027": 5e8}
    computed = FinancingSource(
        "ssc",
        "Members",
        "social_security_contributions",
        contributions=Contributions("sub", "minimum_wage", 100.0, 0.05),
        source="SSO",
    )
    assert financing_source_to_dict(computed) == {
        "id": "ssc",
        "name": "Members",
        "kind": "social_security_contributions",
        "contributions": {
            "scenario": "sub",
            "wage_anchor": "minimum_wage",
            "wage_percent": 100.0,
            "rate": 0.05,
        },
        "source": "SSO",
    }


def test_a_matrix_row_writes_every_field_with_lists() -> None:
    row = MatrixRow("m1", "elderly", scenario_ids=("a",), agencies=("MoLSW", "SSO"), priority=2)
    body = matrix_row_to_dict(row)
    assert list(body) == [k for k in MATRIX_KEYS if k not in ("status", "status_date", "comments")]
    assert body["scenario_ids"] == ["a"] and body["agencies"] == ["MoLSW", "SSO"]
    assert body["priority"] == 2 and body["costable"] is False and body["notes"] == ""


def test_a_matrix_row_writes_its_consultation_record_only_where_set() -> None:
    comment = Comment("c1", "MoF", "Agreed, from 2027", author="Noy", date="2025-05-03")
    row = MatrixRow(
        "m1", "elderly", status="validated", status_date="2025-09-12", comments=(comment,)
    )
    body = matrix_row_to_dict(row)
    assert list(body) == list(MATRIX_KEYS)
    assert body["status"] == "validated" and body["status_date"] == "2025-09-12"
    assert body["comments"] == [
        {
            "id": "c1",
            "agency": "MoF",
            "author": "Noy",
            "date": "2025-05-03",
            "text": "Agreed, from 2027",
        }
    ]
    assert comment_to_dict(Comment("c2", "ILO", "Costed")) == {
        "id": "c2",
        "agency": "ILO",
        "text": "Costed",
    }


def test_uncertainty_writes_every_range_draws_and_seed() -> None:
    uncertainty = Uncertainty((Range("take_up", -0.2, 0.1, "uniform"),), draws=500, seed=4)
    assert uncertainty_to_dict(uncertainty) == {
        "ranges": [{"assumption": "take_up", "low": -0.2, "high": 0.1, "distribution": "uniform"}],
        "draws": 500,
        "seed": 4,
    }


def test_optional_parts_left_out_stay_out_of_the_project() -> None:
    document = base_project()
    del document["labour"]
    written = project_to_dict(project_from_dict(document))
    assert "labour" not in written and "sources" not in written
    assert "uncertainty" not in written and "births" not in written["population"]
    assert written == document
    document["sources"] = {"population": "WPP 2024", "packages.p": "budget circular"}
    document["uncertainty"] = {"ranges": [], "draws": 100, "seed": 2}
    document["population"]["births"] = {"2025": 2000.0}
    document["packages"] = [{"id": "p", "name": "P", "scenarios": []}]
    assert project_to_dict(project_from_dict(document)) == document


def test_the_thailand_example_reads_and_writes_back_to_the_same_document() -> None:
    document = json.loads((DATA / "thailand-child-2010.json").read_text(encoding="utf-8"))
    assert project_to_dict(project_from_dict(document)) == document
