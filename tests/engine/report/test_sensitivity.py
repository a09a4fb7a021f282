"""Sensitivity and uncertainty per package: the tornado (chart and table) in the end year
and the bands at the stated years, from the engine's analysis."""

from __future__ import annotations

from engine.method.compute import compute
from engine.report.context import ReportContext
from engine.report.document import Figure, Table, Tornado
from engine.report.options import ReportOptions
from engine.report.sensitivity import chapter
from tests.engine.builders import build, scenario


def test_each_costed_package_has_its_tornado_and_bands() -> None:
    kids = scenario(
        "kids", "age_cash", ages=[0, 4], benefit={"type": "fixed", "monthly_amount": 10}
    )
    project = build(
        scenarios=[kids],
        packages=[{"id": "p", "name": "Kids only", "scenarios": ["kids"]}],
        uncertainty={"ranges": [], "draws": 200, "seed": 2},
    )
    context = ReportContext.of(project, compute(project), ReportOptions())
    intro, package = chapter(context)
    assert "200 times" in intro.blocks[0].text
    tornado = next(b for b in package.blocks if isinstance(b, Tornado))
    table = next(b for b in package.blocks if isinstance(b, Table))
    assert table.header == (
        "Assumption",
        "Change tested",
        "Low (% of GDP)",
        "High (% of GDP)",
        "Swing (points)",
    )
    # the benefit level +-20 % moves 0.105 % of GDP in 2027 to 0.084-0.126
    row = next(r for r in table.rows if r[0] == "benefit level")
    assert row[1:4] == ("-20\u00a0% to +20\u00a0%", "0.08", "0.13")
    assert tornado.bars[0].label == table.rows[0][0]
    assert abs(tornado.central - 0.1046) < 1e-3
    bands = [b for b in package.blocks if isinstance(b, Table)][1]
    assert [r[0] for r in bands.rows] == ["p5", "p25", "p50", "p75", "p95"]
    figure = next(b for b in package.blocks if isinstance(b, Figure))
    assert not figure.stacked and len(figure.series) == 5


def test_without_packages_there_is_no_chapter() -> None:
    project = build()
    assert chapter(ReportContext.of(project, compute(project), ReportOptions())) == []
