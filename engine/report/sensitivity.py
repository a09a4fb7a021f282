"""Sensitivity and uncertainty of each package's cost: the tornado in the end year (each
assumption alone at its low and high value) and the Monte Carlo bands year by year."""

from __future__ import annotations

from engine.analysis.tables import PackageUncertainty
from engine.domain.i18n import translate
from engine.report.context import ReportContext
from engine.report.document import (
    Block,
    Figure,
    FigureSeries,
    Paragraph,
    Section,
    Table,
    Tornado,
    TornadoBar,
)


def assumption_name(key: str) -> str:
    return {
        "real_growth": translate("Report", "real GDP growth"),
        "inflation": translate("Report", "inflation (CPI and GDP deflator)"),
        "take_up": translate("Report", "take-up"),
        "benefit_level": translate("Report", "benefit level"),
        "admin_rate": translate("Report", "administration rate"),
        "population": translate("Report", "population (WPP 2024 bounds)"),
    }.get(key, key)


def change_tested(context: ReportContext, key: str, low: float, high: float) -> str:
    """What the low and high values are, in words."""
    number = context.number
    if key in ("real_growth", "inflation", "admin_rate"):
        return translate("Report", "{low} to {high} points").format(
            low=signed(number.exact(low * 100), low), high=signed(number.exact(high * 100), high)
        )
    if key == "population":
        return translate("Report", "WPP 2024 low to high variant")
    return translate("Report", "{low} to {high}").format(
        low=signed(number.share(low), low), high=signed(number.share(high), high)
    )


def signed(text: str, value: float) -> str:
    return text if value < 0 or text.startswith("-") else f"+{text}"


def ranges_source(source: str) -> str:
    if source == "the project's ranges":
        return translate("Report", "the project's ranges")
    return translate("Report", "the default ranges")


def chapter(context: ReportContext) -> list[Section]:
    tables = context.uncertainty()
    if not tables:
        return []
    intro = translate(
        "Report",
        "How much the cost of each package depends on its assumptions. The tornado moves one "
        "assumption at a time to its low and then its high value, all others held; the bands "
        "draw every assumption at once, {draws} times, and give the percentiles of the cost "
        "each year.",
    ).format(draws=context.number(tables[0].draws))
    sections = [Section(translate("Report", "Sensitivity and uncertainty"), (Paragraph(intro),))]
    sections += [package_section(context, table) for table in tables]
    return sections


def package_section(context: ReportContext, table: PackageUncertainty) -> Section:
    number = context.number
    unit = translate("Report", "% of GDP")
    blocks: list[Block] = [
        Paragraph(
            translate(
                "Report",
                "Cost in {year}: {cost} of GDP. Each assumption alone, at its low and high value:",
            ).format(year=table.year, cost=number.percent(table.central))
        ),
        Tornado(
            unit=unit,
            central=table.central,
            bars=tuple(
                TornadoBar(assumption_name(bar.assumption), bar.low, bar.high) for bar in table.bars
            ),
            low_label=translate("Report", "Low value"),
            high_label=translate("Report", "High value"),
            central_label=translate("Report", "Central"),
            caption=translate("Report", "{name}: what moves the cost in {year}").format(
                name=table.name, year=table.year
            ),
        ),
        Table(
            (
                translate("Report", "Assumption"),
                translate("Report", "Change tested"),
                translate("Report", "Low (% of GDP)"),
                translate("Report", "High (% of GDP)"),
                translate("Report", "Swing (points)"),
            ),
            tuple(
                (
                    assumption_name(bar.assumption),
                    change_tested(context, bar.assumption, bar.low_shift, bar.high_shift),
                    number(bar.low, 2),
                    number(bar.high, 2),
                    number(bar.swing, 2),
                )
                for bar in table.bars
            ),
            (False, False, True, True, True),
            caption=translate("Report", "{name}: one assumption at a time, {year}").format(
                name=table.name, year=table.year
            ),
        ),
        Paragraph(
            translate(
                "Report", "Percentiles of {draws} draws ({source}), cost in % of GDP:"
            ).format(draws=number(table.draws), source=ranges_source(table.ranges_source))
        ),
    ]
    shown = context.stated
    blocks.append(
        Table(
            (translate("Report", "Percentile"), *(str(y) for y in shown)),
            tuple(
                (
                    translate("Report", "p{percentile}").format(percentile=p),
                    *(number(values[y - table.years[0]], 2) for y in shown),
                )
                for p, values in table.levels.items()
            ),
            (False, *(True for _ in shown)),
            caption=translate("Report", "{name}: uncertainty bands").format(name=table.name),
        )
    )
    lines = tuple(
        FigureSeries(
            f"p{p}",
            translate("Report", "p{percentile}").format(percentile=p),
            i,
            tuple(float(v) for v in values),
        )
        for i, (p, values) in enumerate(table.levels.items())
    )
    blocks.append(
        Figure(
            title=table.name,
            unit=unit,
            years=tuple(table.years),
            series=lines,
            stacked=False,
            caption=translate("Report", "{name}: percentiles of the cost, year by year").format(
                name=table.name
            ),
        )
    )
    return Section(table.name, tuple(blocks), level=2)
