"""The packages chapter: what each holds, its cost against its fiscal space, its stacked
chart and its table year by year; a package that cannot be costed says why."""

from __future__ import annotations

from engine.method.compute import compute
from engine.report.context import ReportContext
from engine.report.document import BulletList, Figure, Table
from engine.report.options import ReportOptions
from engine.report.packages import chapter
from tests.engine.builders import build, scenario, source

FLAT = {"type": "fixed", "monthly_amount": 10}


def sections():
    kids = scenario("kids", "age_cash", ages=[0, 4], benefit=FLAT)
    broken = scenario("broken", "unemployed", ages=[70, 80], benefit=FLAT)
    old = scenario("old", "age_cash", ages=[60, 100], benefit=FLAT, status="existing")
    new = scenario(
        "new",
        "age_cash",
        ages=[60, 100],
        benefit={"type": "fixed", "monthly_amount": 20},
        replaces="old",
    )
    project = build(
        scenarios=[kids, broken, old, new],
        packages=[
            {
                "id": "p",
                "name": "Kids",
                "scenarios": ["kids", "new"],
                "financing": ["space"],
            },
            {"id": "q", "name": "Broken", "scenarios": ["broken"]},
        ],
        financing_sources=[source("space", "pct_gdp", 0.1)],
    )
    results = compute(project, strict=False)
    return chapter(ReportContext.of(project, results, ReportOptions())), results


def test_each_package_has_its_members_chart_and_table() -> None:
    (intro, kids, broken), results = sections()
    assert intro.title == "Packages and fiscal space"
    members = next(b for b in kids.blocks if isinstance(b, BulletList))
    assert members.items == ("Kids (proposed)", "New (proposed)")
    figure = next(b for b in kids.blocks if isinstance(b, Figure))
    assert figure.stacked and figure.envelope == (0.1, 0.1, 0.1)
    table = next(b for b in kids.blocks if isinstance(b, Table))
    assert table.header[-2:] == ("Fiscal space (% of GDP)", "Gap (% of GDP)")
    gap = results.packages["p"]["fiscal_space_gap_pct_gdp"][0]
    assert table.rows[0][-1] == f"{gap:.2f}"
    assert "could not be costed" in broken.blocks[-1].text


def test_over_the_envelope_and_the_cost_of_what_it_replaces_are_said() -> None:
    (_, kids, _), results = sections()
    text = " ".join(b.text for b in kids.blocks if hasattr(b, "text")).replace("\u00a0", " ")
    # kids 10,000 x 120 = 1.2 million + new 82,000 x 240 = 19.68 million: 2.088 % of GDP
    assert "It costs more than its fiscal space (0.10 % of GDP in 2027) in 3 of 3 years" in text
    additional = results.packages["p"]["additional_pct_gdp"][-1]
    assert f"it adds {additional:.2f} % of GDP in 2027" in text
