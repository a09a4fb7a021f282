"""Financing sources as the reader takes them (format version 3): every shape, and every
refusal naming its place in one line."""

from __future__ import annotations

from typing import Any

import pytest

from engine.domain.errors import InputError
from engine.domain.model import Amount, Contributions, Ramp, Series, ShiftRange
from engine.format.read import project_from_dict
from engine.format.read_financing import read_financing_source
from engine.format.write import project_to_dict
from tests.engine.builders import base_project, scenario, source

SUBSIDY = scenario(
    "sub", "contribution_subsidy", ages=[15, 64], benefit={"type": "fixed", "monthly_amount": 5}
)
CONTRIBUTIONS = {
    "id": "ssc",
    "name": "Members",
    "kind": "social_security_contributions",
    "contributions": {
        "scenario": "sub",
        "wage_anchor": "average_wage",
        "wage_percent": 60,
        "rate": 0.1,
    },
}


def document(sources: list[Any], **changes: Any) -> dict[str, Any]:
    financing = list(dict.fromkeys(s["id"] for s in sources))
    package = {"id": "p", "name": "P", "scenarios": ["sub"], "financing": financing}
    changes.setdefault("scenarios", [SUBSIDY])
    return base_project(packages=[package], financing_sources=sources, **changes)


def test_every_unit_series_ramp_contributions_and_notes_read_and_write_back() -> None:
    sources = [
        source("a", "pct_gdp", 0.5, source="MoF circular", feasibility="agreed"),
        source(
            "b",
            "pct_gov_revenue",
            {"start": 1, "target": 3, "start_year": 2025, "target_year": 2027},
        ),
        source(
            "c", "lcu", {"2026": 2.5e9}, range={"low": -1, "high": 0, "distribution": "uniform"}
        ),
        CONTRIBUTIONS,
    ]
    project = project_from_dict(document(sources))
    a, b, c, ssc = project.financing_sources
    assert (a.unit, a.amount, a.source, a.feasibility) == (
        "pct_gdp",
        Amount(series=Series.of(0.5)),
        "MoF circular",
        "agreed",
    )
    assert b.amount == Amount(ramp=Ramp(1, 3, 2025, 2027))
    assert c.amount == Amount(series=Series.per_year({2026: 2.5e9}))
    assert c.range == ShiftRange(-1, 0, "uniform")
    assert ssc.unit is None and ssc.amount is None
    assert ssc.contributions == Contributions("sub", "average_wage", 60, 0.1)
    assert project.package("p").financing == ("a", "b", "c", "ssc")
    assert project_to_dict(project) == document(sources)


def refusal(sources: list[Any], **changes: Any) -> str:
    with pytest.raises(InputError) as raised:
        project_from_dict(document(sources, **changes))
    return raised.value.one_line()


@pytest.mark.parametrize(
    "sources, expected",
    [
        (
            [source("a", "pct_gdp", 150)],
            "financing_sources[0].amount: 150 is above the maximum 100",
        ),
        (
            [source("a", "pct_gov_revenue", {"2026": -1})],
            "financing_sources[0].amount.2026: -1 is below the minimum 0",
        ),
        (
            [
                source(
                    "a",
                    "lcu",
                    {"start": 0, "target": 1e19, "start_year": 2025, "target_year": 2027},
                )
            ],
            "financing_sources[0].amount.target: 1e+19 is above the maximum 1e+18",
        ),
        (
            [
                source(
                    "a", "lcu", {"start": 0, "target": 1, "start_year": 2027, "target_year": 2025}
                )
            ],
            "financing_sources[0].amount.target_year: 2025 is before the start year 2027",
        ),
        (
            [source("a", "percent", 1)],
            "financing_sources[0].unit: ",
        ),
        (
            [{"id": "a", "name": "A", "kind": "other", "unit": "pct_gdp"}],
            'financing_sources[0]: needs "amount" (or, for contributions collected, '
            '"contributions")',
        ),
        (
            [{**CONTRIBUTIONS, "unit": "lcu", "amount": 1}],
            'financing_sources[0]: give either "unit" and "amount", or "contributions" (computed), '
            "not both",
        ),
        (
            [{**CONTRIBUTIONS, "kind": "tax_revenue"}],
            "financing_sources[0].contributions: is computed for the kind "
            '"social_security_contributions" only; this source is "tax_revenue"',
        ),
        (
            [{**CONTRIBUTIONS, "contributions": {**CONTRIBUTIONS["contributions"], "rate": 5}}],
            "financing_sources[0].contributions.rate: 5 is above 1",
        ),
        (
            [
                {
                    **CONTRIBUTIONS,
                    "contributions": {**CONTRIBUTIONS["contributions"], "scenario": "x"},
                }
            ],
            'financing_sources[0].contributions.scenario: "x" is not the id of any scenario',
        ),
        (
            [source("a", "pct_gdp", 1, range={"low": 0.2, "high": -0.2})],
            "financing_sources[0].range: low 0.2 is above high -0.2",
        ),
        (
            [source("a", "pct_gdp", 1, range={"low": -2, "high": 0})],
            "financing_sources[0].range.low: -2 is below the minimum -1",
        ),
        (
            [source("a", "pct_gdp", 1), source("a", "lcu", 1)],
            'financing_sources[1].id: "a" is used twice; ids must be unique',
        ),
        (
            [source("a", "pct_gdp", 1, kind="lottery")],
            "financing_sources[0].kind: ",
        ),
    ],
)
def test_a_bad_source_is_refused_naming_its_place(sources, expected) -> None:
    assert refusal(sources).startswith(expected)


def test_contributions_come_only_from_members_paying_them() -> None:
    child = scenario(
        "kids", "age_cash", ages=[0, 5], benefit={"type": "fixed", "monthly_amount": 5}
    )
    wrong = {
        **CONTRIBUTIONS,
        "contributions": {**CONTRIBUTIONS["contributions"], "scenario": "kids"},
    }
    assert refusal([wrong], scenarios=[SUBSIDY, child]) == (
        'financing_sources[0].contributions.scenario: "kids" is a age_cash scenario, whose '
        "beneficiaries are not members paying contributions (use one of: contribution_subsidy, "
        "custom)"
    )


def test_a_package_names_existing_sources_once() -> None:
    ghost = base_project(
        scenarios=[SUBSIDY],
        packages=[{"id": "p", "name": "P", "scenarios": [], "financing": ["ghost"]}],
    )
    with pytest.raises(InputError) as raised:
        project_from_dict(ghost)
    assert raised.value.one_line() == (
        'packages[0].financing[0]: "ghost" is not the id of any financing source'
    )
    twice = document([source("a", "pct_gdp", 1)])
    twice["packages"][0]["financing"] = ["a", "a"]
    with pytest.raises(InputError, match=r'packages\[0\].financing\[1\]: "a" is listed twice'):
        project_from_dict(twice)


def test_version_3_refuses_an_envelope_and_says_what_replaced_it() -> None:
    old = base_project(
        packages=[{"id": "p", "name": "P", "scenarios": [], "fiscal_space_percent_gdp": 1}]
    )
    with pytest.raises(InputError) as raised:
        project_from_dict(old)
    assert raised.value.one_line() == (
        "packages[0].fiscal_space_percent_gdp: was replaced in format version 3 by financing "
        "sources: list the source in financing_sources and its id in the package's financing"
    )


@pytest.mark.parametrize("version", [1, 2])
def test_older_versions_refuse_the_fields_version_3_added(version) -> None:
    older = document([source("a", "pct_gdp", 1)], format_version=version)
    if version == 1:
        older["population"].pop("births_estimate", None)
    with pytest.raises(InputError) as raised:
        project_from_dict(older)
    assert raised.value.one_line() == (
        f"financing_sources: is new in format version 3; this file says format_version {version}"
    )
    del older["financing_sources"]
    with pytest.raises(InputError, match=r"packages\[0\].financing: is new in format version 3"):
        project_from_dict(older)


def test_an_older_envelope_out_of_bounds_is_named_where_it_is_written() -> None:
    older = base_project(
        format_version=2,
        packages=[
            {"id": "p", "name": "P", "scenarios": [], "fiscal_space_percent_gdp": {"2025": 120}}
        ],
    )
    with pytest.raises(InputError) as raised:
        project_from_dict(older)
    assert raised.value.one_line() == (
        "packages[0].fiscal_space_percent_gdp.2025: 120 is above the maximum 100"
    )


def test_a_source_read_alone_as_an_edit_reads_it() -> None:
    read = read_financing_source(source("a", "lcu", 2e6), "financing_sources[3]")
    assert (read.id, read.kind, read.unit) == ("a", "other", "lcu")
    with pytest.raises(InputError, match=r"financing_sources\[3\].name: "):
        read_financing_source({**source("a", "lcu", 2e6), "name": ""}, "financing_sources[3]")
