"""The packages and the fiscal space: what each package holds, its cost against its
envelope in the stated years, its stacked chart and its table year by year."""

from __future__ import annotations

import numpy as np

from engine.domain.i18n import translate
from engine.domain.model import Package
from engine.report.context import ReportContext
from engine.report.document import Block, BulletList, Figure, Paragraph, Section, Table
from engine.report.figures import package_envelope, scenario_series
from engine.report.scenario_text import cost_items
from engine.report.text import join_list, largest, money_scale


def chapter(context: ReportContext) -> list[Section]:
    costed = [p for p in context.project.packages if p.id in context.results.packages]
    if not context.project.packages:
        return []
    intro = translate(
        "Report",
        "A package is a set of scenarios costed together. Its fiscal space is the envelope, "
        "in % of GDP, that the government could give it; the gap is the envelope minus the "
        "cost (negative: the package costs more than the envelope).",
    )
    blocks: list[Block] = [Paragraph(intro)]
    if costed:
        blocks.append(comparison_table(context, costed))
    sections = [Section(translate("Report", "Packages and fiscal space"), tuple(blocks))]
    for package in context.project.packages:
        sections.append(package_section(context, package))
    return sections


def comparison_table(context: ReportContext, packages: list[Package]) -> Table:
    number, results = context.number, context.results
    rows = []
    for package in packages:
        table = results.packages[package.id]
        cells = [package.name]
        cells += [number(context.at(table, "pct_gdp", year), 2) for year in context.stated]
        rows.append(tuple(cells))
    return Table(
        (translate("Report", "Package"), *(str(y) for y in context.stated)),
        tuple(rows),
        (False, *(True for _ in context.stated)),
        caption=translate("Report", "Cost of each package in % of GDP"),
    )


def package_section(context: ReportContext, package: Package) -> Section:
    project, results = context.project, context.results
    members = [project.scenario(member) for member in package.scenarios]
    blocks: list[Block] = [
        Paragraph(translate("Report", "The package holds these scenarios:")),
        BulletList(
            tuple(
                translate("Report", "{name} ({status})").format(
                    name=s.name, status=status_label(s.status)
                )
                for s in members
            )
        ),
    ]
    if package.id not in results.packages:
        reason = results.errors.get(package.id)
        blocks.append(
            Paragraph(
                translate("Report", "The package could not be costed: {reason}").format(
                    reason=reason.message if reason is not None else ""
                )
            )
        )
        return Section(package.name, tuple(blocks), level=2)
    blocks.append(
        Paragraph(
            translate("Report", "The package costs {costs}.").format(
                costs=join_list(cost_items(context, package.id, package=True))
            )
        )
    )
    blocks += [Paragraph(text) for text in fiscal_space_sentences(context, package)]
    envelope = package_envelope(package, results)
    blocks.append(
        Figure(
            title=package.name,
            unit=translate("Report", "% of GDP"),
            years=tuple(context.years),
            series=tuple(scenario_series(project, results, package.scenarios, "pct_gdp")),
            stacked=True,
            envelope=None if envelope is None else tuple(float(v) for v in envelope),
            envelope_label=translate("Report", "Fiscal space"),
            caption=translate(
                "Report", "{name}: cost of each scenario in % of GDP, stacked"
            ).format(name=package.name),
        )
    )
    blocks.append(year_table(context, package))
    return Section(package.name, tuple(blocks), level=2)


def status_label(status: str) -> str:
    return (
        translate("Report", "existing") if status == "existing" else translate("Report", "proposed")
    )


def fiscal_space_sentences(context: ReportContext, package: Package) -> list[str]:
    """Whether the package fits its envelope, and by how much it does not."""
    number, results = context.number, context.results
    table = results.packages[package.id]
    sentences = []
    gap = table["fiscal_space_gap_pct_gdp"]
    if np.isfinite(gap).any():
        envelope = table["fiscal_space_pct_gdp"]
        over = [int(y) for y, g in zip(context.years, gap, strict=True) if g < 0]
        end = context.years[-1]
        if not over:
            template = translate(
                "Report",
                "It fits within its fiscal space ({envelope} of GDP in {year}) in every year; "
                "the smallest margin is {margin} of GDP, in {margin_year}.",
            )
        else:
            template = translate(
                "Report",
                "It costs more than its fiscal space ({envelope} of GDP in {year}) in {count} of "
                "{years} years, by up to {excess} of GDP in {excess_year}.",
            )
        finite = np.where(np.isfinite(gap), gap, np.inf)
        smallest = int(np.argmin(finite))
        sentences.append(
            template.format(
                envelope=number.percent(float(envelope[-1])),
                year=end,
                margin=number.percent(float(gap[smallest])),
                margin_year=context.years[smallest],
                count=len(over),
                years=len(context.years),
                excess=number.percent(-float(gap[smallest])),
                excess_year=context.years[smallest],
            )
        )
    replaced = table["replaced_cost"]
    if float(np.nan_to_num(replaced).max()) > 0:
        end = context.years[-1]
        sentences.append(
            translate(
                "Report",
                "Net of the existing schemes its proposals replace, it adds {additional} of GDP "
                "in {year}.",
            ).format(
                additional=number.percent(context.at(table, "additional_pct_gdp", end)), year=end
            )
        )
    return sentences


def year_table(context: ReportContext, package: Package) -> Table:
    number, currency = context.number, context.currency
    table = context.results.packages[package.id]
    money = money_scale(largest(table["total_cost"]), currency)
    columns: list[tuple[str, str, int | None]] = [
        (translate("Report", "Cost ({unit})").format(unit=money.unit), "total_cost", None),
        (translate("Report", "% of GDP"), "pct_gdp", 2),
    ]
    if np.isfinite(table["pct_gov_expenditure"]).any():
        columns.append(
            (translate("Report", "% of government expenditure"), "pct_gov_expenditure", 2)
        )
    if np.isfinite(table["fiscal_space_pct_gdp"]).any():
        columns += [
            (translate("Report", "Fiscal space (% of GDP)"), "fiscal_space_pct_gdp", 2),
            (translate("Report", "Gap (% of GDP)"), "fiscal_space_gap_pct_gdp", 2),
        ]
    rows = []
    for t, year in enumerate(context.years):
        row = [str(year)]
        for _, column, digits in columns:
            value = float(table[column][t])
            row.append(number.scaled(value, money) if digits is None else number(value, digits))
        rows.append(tuple(row))
    return Table(
        (translate("Report", "Year"), *(header for header, _, _ in columns)),
        tuple(rows),
        (True,) * (len(columns) + 1),
        caption=translate("Report", "{name}: cost and fiscal space year by year").format(
            name=package.name
        ),
    )
