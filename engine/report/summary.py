"""The executive summary, written from the numbers: each package's cost in the stated years
(% of GDP, % of government expenditure, money), its fiscal space and gap, the largest
scenarios, and what moves the cost most (the tornado)."""

from __future__ import annotations

import numpy as np

from engine.domain.i18n import translate
from engine.report.context import ReportContext
from engine.report.document import Block, Paragraph, Section, Table
from engine.report.packages import fiscal_space_sentences
from engine.report.scenario_text import cost_items
from engine.report.sensitivity import assumption_name
from engine.report.text import (
    join_list,
    largest,
    money_scale,
    packages_phrase,
    scenarios_phrase,
)


def chapter(context: ReportContext) -> list[Section]:
    project, results = context.project, context.results
    costed = [s for s in project.scenarios if s.id in results.scenarios]
    opening = translate(
        "Report",
        "This report costs {scenarios} of social protection for {country} from {base} to "
        "{end}, following the ILO Rapid Assessment Protocol, and compares {packages} of them "
        "with the fiscal space.",
    ).format(
        scenarios=scenarios_phrase(len(costed)),
        country=project.country.name,
        base=context.years[0],
        end=context.years[-1],
        packages=packages_phrase(len(context.costed_packages())),
    )
    blocks: list[Block] = [Paragraph(opening)]
    for package_id in context.costed_packages():
        package = project.package(package_id)
        blocks.append(
            Paragraph(
                translate("Report", "{package} would cost {costs}.").format(
                    package=package.name,
                    costs=join_list(cost_items(context, package_id, package=True)),
                )
            )
        )
        blocks += [Paragraph(text) for text in fiscal_space_sentences(context, package)]
    if context.costed_packages():
        blocks.append(key_figures(context))
    largest_sentence = largest_scenarios(context)
    if largest_sentence:
        blocks.append(Paragraph(largest_sentence))
    blocks += [Paragraph(text) for text in what_moves(context)]
    blocks.append(Paragraph(reading_the_numbers(context), "italic"))
    return [Section(translate("Report", "Executive summary"), tuple(blocks))]


def key_figures(context: ReportContext) -> Table:
    number, results = context.number, context.results
    tables = [results.packages[p] for p in context.costed_packages()]
    money = money_scale(
        largest(
            float(t["total_cost"][y - context.years[0]]) for t in tables for y in context.stated
        ),
        context.currency,
    )
    with_expenditure = any(np.isfinite(t["pct_gov_expenditure"]).any() for t in tables)
    with_space = any(np.isfinite(t["fiscal_space_pct_gdp"]).any() for t in tables)
    header = [
        translate("Report", "Package"),
        translate("Report", "Year"),
        translate("Report", "% of GDP"),
    ]
    if with_expenditure:
        header.append(translate("Report", "% of government expenditure"))
    header.append(translate("Report", "Cost ({unit})").format(unit=money.unit))
    if with_space:
        header += [
            translate("Report", "Fiscal space (% of GDP)"),
            translate("Report", "Gap (% of GDP)"),
        ]
    rows = []
    for package_id, table in zip(context.costed_packages(), tables, strict=True):
        name = context.project.package(package_id).name
        for i, year in enumerate(context.stated):
            row = [name if i == 0 else "", str(year), number(context.at(table, "pct_gdp", year), 2)]
            if with_expenditure:
                row.append(number(context.at(table, "pct_gov_expenditure", year), 2))
            row.append(number.scaled(context.at(table, "total_cost", year), money))
            if with_space:
                row += [
                    number(context.at(table, "fiscal_space_pct_gdp", year), 2),
                    number(context.at(table, "fiscal_space_gap_pct_gdp", year), 2),
                ]
            rows.append(tuple(row))
    return Table(
        tuple(header),
        tuple(rows),
        (False, *(True for _ in header[1:])),
        caption=translate("Report", "Key figures: the packages in {years}").format(
            years=join_list([str(y) for y in context.stated])
        ),
    )


def largest_scenarios(context: ReportContext, count: int = 3) -> str:
    results, end = context.results, context.years[-1]
    ranked = sorted(
        (
            (context.at(results.scenarios[s.id], "pct_gdp", end), s.name)
            for s in context.project.scenarios
            if s.id in results.scenarios
        ),
        reverse=True,
    )[:count]
    if not ranked:
        return ""
    items = [
        translate("Report", "{name} ({cost} of GDP)").format(
            name=name, cost=context.number.percent(cost)
        )
        for cost, name in ranked
    ]
    return translate("Report", "The largest scenarios in {year}: {items}.").format(
        year=end, items=join_list(items)
    )


def what_moves(context: ReportContext) -> list[str]:
    """The assumption that moves the most expensive package most, and the next one."""
    tables = context.uncertainty()
    if not tables:
        return []
    table = max(tables, key=lambda t: t.central)
    bars = [bar for bar in table.bars if bar.swing > 0][:2]
    if not bars:
        return []
    number = context.number
    sentence = translate(
        "Report",
        "What moves the cost most: for {package} in {year}, {assumption} alone takes it from "
        "{low} to {high} of GDP (central estimate {central}).",
    ).format(
        package=table.name,
        year=table.year,
        assumption=assumption_name(bars[0].assumption),
        low=number.percent(min(bars[0].low, bars[0].high)),
        high=number.percent(max(bars[0].low, bars[0].high)),
        central=number.percent(table.central),
    )
    if len(bars) > 1:
        sentence += " " + translate(
            "Report", "Next comes {assumption}: from {low} to {high}."
        ).format(
            assumption=assumption_name(bars[1].assumption),
            low=number.percent(min(bars[1].low, bars[1].high)),
            high=number.percent(max(bars[1].low, bars[1].high)),
        )
    return [sentence]


def reading_the_numbers(context: ReportContext) -> str:
    text = translate(
        "Report",
        "Reading the numbers: costs are in current {currency} (nominal); percentages of GDP "
        "and of government expenditure are rounded to two decimals, shares to a whole "
        "percent, amounts of money to four significant digits, numbers of people to the "
        "hundred. {years}",
    )
    if context.results.fiscal is not None:
        years = translate(
            "Report", "Years are fiscal years, each named by the calendar year in which it ends."
        )
    else:
        years = translate("Report", "Years are calendar years.")
    return text.format(currency=context.currency, years=years)
