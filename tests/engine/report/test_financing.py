"""The report's financing chapter: written from the numbers, in the composer's own blocks."""

from __future__ import annotations

import dataclasses

import pytest

from engine.domain.numbers import conventions
from engine.method.compute import compute
from engine.report.compose import Numbers
from engine.report.document import Figure, Paragraph, Table
from engine.report.financing import describe_amount, financing_chapter
from tests.engine.builders import build, scenario, source

EN = Numbers(conventions("en"))
CHILD = scenario(
    "child", "age_cash", ages=[0, 5], benefit={"type": "fixed", "monthly_amount": 100}
)  # 14,400,000 a year: 1.44 %, 1.3445 %, 1.2554 % of GDP
SUBSIDY = scenario(
    "informal",
    "contribution_subsidy",
    guarantee="working_age",
    ages=[15, 64],
    take_up={"start": 0.5, "target": 1.0, "start_year": 2025, "target_year": 2027},
    benefit={"type": "fixed", "monthly_amount": 20},
)
SOURCES = [
    source(
        "reallocation",
        "pct_gdp",
        {"start": 0.2, "target": 0.6, "start_year": 2025, "target_year": 2027},
        kind="reallocation",
        name="Cut fuel subsidies",
        source="MoF review 2024",
        feasibility="Needs a cabinet decision",
    ),
    source("vat", "pct_gov_revenue", {"2026": 2.0}, kind="tax_revenue", name="VAT"),
    source("partners", "lcu", {"2025": 5e6, "2027": 4e6}, kind="aid_and_transfers"),
    {
        "id": "members",
        "name": "Members' contributions",
        "kind": "social_security_contributions",
        "contributions": {
            "scenario": "informal",
            "wage_anchor": "minimum_wage",
            "wage_percent": 80,
            "rate": 0.05,
        },
    },
]


def project(**changes):
    packages = [
        {
            "id": "children",
            "name": "Children",
            "scenarios": ["child"],
            "financing": ["reallocation", "vat", "partners"],
        },
        {
            "id": "workers",
            "name": "Workers",
            "scenarios": ["informal"],
            "financing": ["members", "partners"],
        },
        {"id": "bare", "name": "Bare", "scenarios": ["child"]},
    ]
    changes.setdefault("packages", packages)
    return build(scenarios=[CHILD, SUBSIDY], financing_sources=SOURCES, **changes)


@pytest.fixture(scope="module")
def chapter():
    built = project(uncertainty={"ranges": [], "draws": 200, "seed": 2})
    return built, financing_chapter(built, compute(built), EN, "5. Financing")


def test_the_chapter_lists_every_source_with_its_amount_and_notes(chapter) -> None:
    _, sections = chapter
    head = sections[0]
    assert head.title == "5. Financing" and head.level == 1
    intro, table, unfinanced = head.blocks
    assert isinstance(intro, Paragraph) and "ILO handbook on fiscal space" in intro.text
    assert isinstance(table, Table) and table.full_width
    assert table.header == (
        "Financing source",
        "Option",
        "Amount",
        "Where it comes from",
        "Feasibility",
    )
    assert table.rows == (
        (
            "Cut fuel subsidies",
            "Re-allocating public expenditure",
            "% of GDP: 0.20 in 2025, rising evenly to 0.60 in 2027",
            "MoF review 2024",
            "Needs a cabinet decision",
        ),
        (
            "VAT",
            "Increasing tax revenue",
            "% of government revenue: 2026: 2.00 (nothing before 2026)",
            "",
            "",
        ),
        (
            "Partners",
            "Aid and transfers",
            "TSD a year: 2025: 5,000,000; 2027: 4,000,000 (nothing before 2025)",
            "",
            "",
        ),
        (
            "Members' contributions",
            "Social security coverage and contributions",
            "contributions of the members of Informal: 5.0 % of a wage of 80 % of the minimum "
            "wage, every month",
            "",
            "",
        ),
    )
    assert unfinanced == Paragraph("Packages without a financing source: Bare.")
    assert [s.title for s in sections[1:]] == ["Children", "Workers"]


def test_a_package_is_set_against_its_sources_year_by_year(chapter) -> None:
    _, sections = chapter
    blocks = sections[1].blocks
    end, covered, figure, table, moves = blocks
    # 2027: cost 1.2554 %, sources 0.6 + 0.36 + 4e8 / 1.147041e9 = 1.3087 %: a surplus of
    # 0.0533 % of GDP, 611,593.6 LCU (tests/engine/method/test_financing.py).
    assert end == Paragraph(
        "In 2027 the package costs 1.255 % of GDP and its sources give 1.309 % of GDP: a "
        "surplus of 0.053 % of GDP (611,594 TSD)."
    )
    assert covered == Paragraph("Its sources cover its cost every year from 2027 on.")
    assert isinstance(figure, Figure) and figure.stacked
    assert [s.key for s in figure.series] == ["reallocation", "vat", "partners"]
    assert [s.colour_index for s in figure.series] == [0, 1, 2]  # their place in the project
    assert figure.series[0].values == (0.2, 0.4, 0.6)
    assert figure.envelope == pytest.approx((1.44, 14.4e8 / 1.071e9, 14.4e8 / 1.147041e9))
    assert figure.envelope_label == "Cost of the package"
    assert isinstance(table, Table)
    assert table.header == ("% of GDP", "2025", "2027")
    assert [row[0] for row in table.rows] == [
        "Cost",
        "Cut fuel subsidies",
        "VAT",
        "Partners",
        "Financing",
        "Gap (cost minus financing)",
    ]
    assert table.rows[-1] == ("Gap (cost minus financing)", "0.740", "-0.053")
    assert isinstance(moves, Paragraph)
    assert moves.text.startswith("What moves the gap in 2027 most (% of GDP")
    assert "Cut fuel subsidies (0.067 to -0.173)" in moves.text  # a source among the top 3
    assert "nine times in ten" in moves.text


def test_contributions_give_the_states_net_cost(chapter) -> None:
    _, sections = chapter
    end = sections[2].blocks[0]
    # 2027: the subsidy costs 9,273,600; members pay 6,021,668; partners give 4,000,000
    assert isinstance(end, Paragraph)
    assert end.text.endswith(
        "The contributions its members pay bring 6,021,668 TSD: net of them, the package "
        "costs the state 3,251,932 TSD."
    )
    assert "a surplus of" in end.text


def test_a_package_never_covered_says_so() -> None:
    short = [{"id": "p", "name": "P", "scenarios": ["child"], "financing": ["vat"]}]
    built = project(packages=short)
    _, section = financing_chapter(built, compute(built), EN, "5. Financing")
    assert section.blocks[0].text.startswith(
        "In 2027 the package costs 1.255 % of GDP and its sources give 0.360 % of GDP: a gap "
        "of 0.895 % of GDP"
    )
    assert section.blocks[1] == Paragraph(
        "Its sources do not cover its cost in 2027, the last year projected."
    )


def test_without_sources_the_chapter_says_so_in_one_paragraph() -> None:
    built = dataclasses.replace(build(scenarios=[CHILD]), financing_sources=())
    (only,) = financing_chapter(built, compute(built), EN, "5. Financing")
    assert only.blocks[1] == Paragraph(
        "No financing source is given yet, so no package is set against one."
    )


def test_numbers_follow_the_reports_language() -> None:
    french = Numbers(conventions("fr"))
    built = project()
    partners = built.financing_source("partners")
    assert describe_amount(partners, built, french) == (
        "TSD a year: 2025: 5\u202f000\u202f000; 2027: 4\u202f000\u202f000 (nothing before 2025)"
    )
