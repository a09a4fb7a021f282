"""The report's financing chapter, written from the numbers: the sources with their notes,
then each financed package's cost against its sources year by year, its gap or surplus,
the first year it is affordable, and what moves the gap most.

It produces the composer's own blocks (paragraphs, tables, figures), so any composer can
place it; ``financing_chapter`` is the one entry point.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from engine.analysis.tables import PackageUncertainty, package_tables
from engine.domain.i18n import translate
from engine.domain.model import FinancingSource, Package, Project, Series
from engine.method.compute import Results
from engine.method.financing import affordable_from
from engine.report.context import ReportContext
from engine.report.document import Block, Figure, Paragraph, Section, Table
from engine.report.figures import financing_series

Number = Callable[[float, int], str]  # a value written in the report's language, n decimals
TOP_BARS = 3  # what moves the gap: the largest swings named


def kind_label(kind: str) -> str:
    """The fiscal-space options of the ILO handbook (Ortiz et al. 2019), in words."""
    return {
        "reallocation": translate("Report", "Re-allocating public expenditure"),
        "tax_revenue": translate("Report", "Increasing tax revenue"),
        "social_security_contributions": translate(
            "Report", "Social security coverage and contributions"
        ),
        "aid_and_transfers": translate("Report", "Aid and transfers"),
        "illicit_financial_flows": translate("Report", "Eliminating illicit financial flows"),
        "reserves": translate("Report", "Fiscal and foreign exchange reserves"),
        "debt": translate("Report", "Borrowing or restructuring debt"),
        "macroeconomic_framework": translate(
            "Report", "A more accommodating macroeconomic framework"
        ),
        "other": translate("Report", "Other"),
    }.get(kind, kind)


def unit_label(unit: str, currency: str) -> str:
    return {
        "pct_gdp": translate("Report", "% of GDP"),
        "pct_gov_revenue": translate("Report", "% of government revenue"),
        "lcu": translate("Report", "{currency} a year").format(currency=currency),
    }.get(unit, unit)


def describe_amount(source: FinancingSource, project: Project, number: Number) -> str:
    """What a source gives, in words: a level, levels by year, a ramp, or contributions."""
    contributions = source.contributions
    if contributions is not None:
        scheme = project.scenario(contributions.scenario).name
        anchor = {
            "minimum_wage": translate("Report", "the minimum wage"),
            "average_wage": translate("Report", "the average wage"),
        }[contributions.wage_anchor]
        return translate(
            "Report",
            "contributions of the members of {scheme}: {rate} % of a wage of {wage} % of "
            "{anchor}, every month",
        ).format(
            scheme=scheme,
            rate=number(contributions.rate * 100, 1),
            wage=number(contributions.wage_percent, 0),
            anchor=anchor,
        )
    assert source.amount is not None and source.unit is not None
    unit = unit_label(source.unit, project.country.currency)
    digits = 0 if source.unit == "lcu" else 2
    ramp = source.amount.ramp
    if ramp is not None:
        return translate(
            "Report", "{unit}: {start} in {start_year}, rising evenly to {target} in {target_year}"
        ).format(
            unit=unit,
            start=number(ramp.start, digits),
            start_year=ramp.start_year,
            target=number(ramp.target, digits),
            target_year=ramp.target_year,
        )
    series = source.amount.series
    assert series is not None
    if series.constant is not None:
        return translate("Report", "{unit}: {value} every year").format(
            unit=unit, value=number(series.constant, digits)
        )
    return translate("Report", "{unit}: {values} (nothing before {year})").format(
        unit=unit,
        values="; ".join(f"{year}: {number(value, digits)}" for year, value in series.by_year),
        year=_first_year(series),
    )


def _first_year(series: Series) -> int:
    first = series.first_year()
    assert first is not None
    return first


def financing_chapter(
    project: Project, results: Results, number: Number, title: str
) -> list[Section]:
    """The chapter (titled ``title``) and one section per financed package."""
    intro = translate(
        "Report",
        "The cost of each package is set against the fiscal space the government could "
        "find for it: the financing options of the ILO handbook on fiscal space for social "
        "protection (re-allocating expenditure, raising taxes, extending contributory "
        "social security, aid, and others). The amounts are the project's assumptions, "
        "with their sources and how feasible each option is.",
    )
    if not project.financing_sources:
        none = translate(
            "Report", "No financing source is given yet, so no package is set against one."
        )
        return [Section(title, (Paragraph(intro), Paragraph(none)))]
    chapter = Section(title, (Paragraph(intro), _sources_table(project, results, number)))
    sections = [chapter]
    gaps = {t.package_id: t for t in package_tables(project, results, "financing_gap_pct_gdp")}
    for package in project.packages:
        if package.financing and package.id in results.packages:
            blocks = _package_blocks(project, results, package, number, gaps.get(package.id))
            sections.append(Section(package.name, tuple(blocks), level=2))
    unfinanced = [p.name for p in project.packages if not p.financing]
    if unfinanced:
        text = translate("Report", "Packages without a financing source: {names}.")
        chapter = Section(
            chapter.title,
            (*chapter.blocks, Paragraph(text.format(names=", ".join(unfinanced)))),
        )
        sections[0] = chapter
    return sections


def _sources_table(project: Project, results: Results, number: Number) -> Table:
    rows = []
    for source in project.financing_sources:
        amount = describe_amount(source, project, number)
        if source.id in results.financing_errors:
            amount += " — " + translate("Report", "not computed: {reason}").format(
                reason=results.financing_errors[source.id].message
            )
        rows.append(
            (
                source.name,
                kind_label(source.kind),
                amount,
                source.source or "",
                source.feasibility or "",
            )
        )
    return Table(
        (
            translate("Report", "Financing source"),
            translate("Report", "Option"),
            translate("Report", "Amount"),
            translate("Report", "Where it comes from"),
            translate("Report", "Feasibility"),
        ),
        tuple(rows),
        (False,) * 5,
        full_width=True,
    )


def _package_blocks(
    project: Project,
    results: Results,
    package: Package,
    number: Number,
    gaps: PackageUncertainty | None,
) -> list[Block]:
    table = results.packages[package.id]
    years = [int(y) for y in results.years]
    cost, financing = table["pct_gdp"], table["financing_pct_gdp"]
    gap = table["financing_gap_pct_gdp"]
    end = len(years) - 1
    blocks: list[Block] = [Paragraph(_end_year_sentence(project, results, package, number))]
    first = affordable_from(results.years, gap)
    if first == years[0]:
        covered = translate("Report", "Its sources cover its cost in every year.")
    elif first is not None:
        covered = translate(
            "Report", "Its sources cover its cost every year from {year} on."
        ).format(year=first)
    else:
        covered = translate(
            "Report", "Its sources do not cover its cost in {year}, the last year projected."
        ).format(year=years[end])
    blocks.append(Paragraph(covered))
    chosen = [s for s in project.financing_sources if s.id in package.financing]
    blocks.append(
        Figure(
            title=package.name,
            unit=translate("Report", "% of GDP"),
            years=tuple(years),
            series=tuple(financing_series(project, results, package.financing)),
            stacked=True,
            envelope=tuple(float(v) for v in cost),
            envelope_label=translate("Report", "Cost of the package"),
        )
    )
    shown = sorted({years[0], *years[::5], years[-1]})
    header = (
        translate("Report", "% of GDP"),
        *(str(y) for y in shown),
    )
    rows = [(translate("Report", "Cost"), *(number(cost[y - years[0]], 3) for y in shown))]
    rows += [
        (s.name, *(number(results.financing[s.id].pct_gdp[y - years[0]], 3) for y in shown))
        for s in chosen
    ]
    rows.append(
        (translate("Report", "Financing"), *(number(financing[y - years[0]], 3) for y in shown))
    )
    rows.append(
        (
            translate("Report", "Gap (cost minus financing)"),
            *(number(gap[y - years[0]], 3) for y in shown),
        )
    )
    blocks.append(Table(header, tuple(rows), (False, *(True for _ in shown))))
    if gaps is not None:
        blocks.append(Paragraph(_what_moves(gaps, number)))
    return blocks


def _end_year_sentence(project: Project, results: Results, package: Package, number: Number) -> str:
    table = results.packages[package.id]
    year = int(results.years[-1])
    gap = float(table["financing_gap_pct_gdp"][-1])
    money = float(table["total_cost"][-1] - table["financing"][-1])
    values = {
        "year": year,
        "cost": number(float(table["pct_gdp"][-1]), 3),
        "financing": number(float(table["financing_pct_gdp"][-1]), 3),
        "gap": number(abs(gap), 3),
        "money": number(abs(money), 0),
        "currency": project.country.currency,
    }
    if gap > 0:
        template = translate(
            "Report",
            "In {year} the package costs {cost} % of GDP and its sources give {financing} % "
            "of GDP: a gap of {gap} % of GDP ({money} {currency}) still to be financed.",
        )
    else:
        template = translate(
            "Report",
            "In {year} the package costs {cost} % of GDP and its sources give {financing} % "
            "of GDP: a surplus of {gap} % of GDP ({money} {currency}).",
        )
    sentence = template.format(**values)
    contributions = [
        s for s in project.financing_sources if s.id in package.financing and s.contributions
    ]
    if contributions:
        collected = float(np.add.reduce([results.financing[s.id].money[-1] for s in contributions]))
        net = float(table["total_cost"][-1]) - collected
        sentence += " " + translate(
            "Report",
            "The contributions its members pay bring {collected} {currency}: net of them, the "
            "package costs the state {net} {currency}.",
        ).format(
            collected=number(collected, 0), net=number(net, 0), currency=project.country.currency
        )
    return sentence


def _what_moves(gaps: PackageUncertainty, number: Number) -> str:
    """The largest swings of the gap's tornado, and its 90 % band, in one sentence each."""
    named = "; ".join(
        translate("Report", "{label} ({low} to {high})").format(
            label=bar.label, low=number(bar.low, 3), high=number(bar.high, 3)
        )
        for bar in gaps.bars[:TOP_BARS]
    )
    moves = translate(
        "Report",
        "What moves the gap in {year} most (% of GDP, each assumption alone at its low and "
        "high value): {named}.",
    ).format(year=gaps.year, named=named)
    t = len(gaps.years) - 1
    band = translate(
        "Report",
        "Over {draws} draws of the assumptions and of each source's range, the gap in {year} "
        "lies between {low} and {high} % of GDP nine times in ten.",
    ).format(
        draws=number(gaps.draws, 0),
        year=gaps.years[t],
        low=number(gaps.levels[5][t], 3),
        high=number(gaps.levels[95][t], 3),
    )
    return f"{moves} {band}"


def chapter(context: ReportContext) -> list[Section]:
    """The financing chapter of the report (``engine.report.compose.CHAPTERS``)."""
    return financing_chapter(
        context.project,
        context.results,
        context.number,
        translate("Report", "Financing the packages"),
    )
