"""The annexes: the assumptions year by year with their source notes in words, the method
in brief, the engine's warnings in plain words, and a glossary."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from engine.domain.i18n import translate
from engine.domain.model import GUARANTEES
from engine.domain.months import month_name
from engine.method.compute import Results
from engine.report.consultation import comments_annex
from engine.report.context import ReportContext
from engine.report.document import Block, BulletList, Paragraph, Section, Table
from engine.report.fields import field_name, plain_words
from engine.report.guarantees import guarantee_name, unit_header
from engine.report.text import Scale, largest, money_scale, people_scale


def assumptions(context: ReportContext) -> list[Section]:
    results, number, currency = context.results, context.number, context.currency
    economy = results.context.economy
    calendar = [int(y) for y in results.calendar_years]
    gdp = money_scale(largest(economy.gdp_nominal), currency)
    population = results.context.persons.sum(axis=(1, 2))
    people = people_scale(largest(population))
    percent = Scale(0.01, "", 2)  # fractions shown in percent
    columns: list[tuple[str, NDArray[np.float64], Scale]] = [
        (translate("Report", "Real GDP growth (%)"), economy.real_growth, percent),
        (translate("Report", "GDP deflator growth (%)"), economy.deflator_growth, percent),
        (translate("Report", "CPI inflation (%)"), economy.inflation, percent),
        (
            translate("Report", "Nominal GDP ({unit})").format(unit=gdp.unit),
            economy.gdp_nominal,
            gdp,
        ),
        (unit_header(translate("Report", "Population"), people.unit), population, people),
    ]
    if economy.gov_expenditure_share is not None:
        label = translate("Report", "Government expenditure (% of GDP)")
        columns.append((label, economy.gov_expenditure_share, percent))
    for key, label in (
        ("poverty_line", translate("Report", "Poverty line ({currency} a month)")),
        ("minimum_wage", translate("Report", "Minimum wage ({currency} a month)")),
        ("average_wage", translate("Report", "Average wage ({currency} a month)")),
    ):
        values = economy.anchors.get(key)
        if values is not None:
            columns.append((label.format(currency=currency), values, Scale(1.0, currency)))
    rows = tuple(
        (
            str(year),
            *(number.scaled(float(values[t]), scale) for _, values, scale in columns),
        )
        for t, year in enumerate(calendar)
    )
    table = Table(
        (translate("Report", "Year"), *(header for header, _, _ in columns)),
        rows,
        (True,) * (len(columns) + 1),
        caption=translate("Report", "The economy and population, calendar year by year"),
    )
    blocks: list[Block] = [
        Paragraph(
            translate(
                "Report",
                "The costs rest on these assumptions. Growth rates apply from the year after "
                "the base year; nominal GDP follows real growth and the GDP deflator.",
            )
        ),
        table,
    ]
    if results.fiscal is not None:
        blocks.append(Paragraph(fiscal_sentence(results)))
    notes = [
        translate("Report", "{field}: {note}").format(
            field=field_name(key, context.project), note=note
        )
        for key, note in context.project.sources
    ]
    if notes:
        blocks += [
            Paragraph(translate("Report", "Sources of the data and assumptions"), "bold"),
            BulletList(tuple(notes)),
        ]
    return [Section(translate("Report", "Assumptions and sources"), tuple(blocks))]


def fiscal_sentence(results: Results) -> str:
    """What a fiscal-year column means, in one sentence."""
    assert results.fiscal is not None
    month = results.fiscal.month
    return translate(
        "Report",
        "Results are per fiscal year, from {start} to {end}, each named by the calendar year "
        "in which it ends ({first} to {last}). Costs, GDP and government expenditure of a "
        "fiscal year are the month-weighted blend of the two calendar years it spans "
        "({late} of the first and {early} of the second); beneficiaries are taken at the "
        "fiscal year's mid-point.",
    ).format(
        start=month_name(month),
        end=month_name(month - 1),
        first=int(results.years[0]),
        last=int(results.years[-1]),
        late=f"{13 - month}/12",
        early=f"{month - 1}/12",
    )


def method(context: ReportContext) -> list[Section]:
    paragraphs = (
        translate(
            "Report",
            "The costs follow the ILO Rapid Assessment Protocol (RAP), used in the Assessment "
            "Based National Dialogues of Thailand, Indonesia, Viet Nam, Cambodia, Myanmar and "
            "Lao PDR. They are rapid estimates to start a national dialogue, not an actuarial "
            "valuation.",
        ),
        translate(
            "Report",
            "Country data. The population by single age (0 to 100) and sex for every year: "
            "five-year age groups are split with the Sprague multipliers and the years between "
            "known years are interpolated. Nominal GDP grows with real growth and the GDP "
            "deflator. Price and wage indices are 1 in the base year; the benefit anchors "
            "(poverty line, minimum wage, average wage) are base-year values carried by their "
            "index.",
        ),
        translate(
            "Report",
            "The cost of a scenario, each year. Eligible persons N: the population of the "
            "scenario's ages and sex (or the unemployed, the informal workers, the births, or a "
            "given number), times its targeting (target share, prevalence, the share already "
            "covered). Take-up TU: the share of eligible persons who receive it. Annual amount "
            "A: the monthly benefit times the months paid, or the cost of care per person, or "
            "the wages of public works or of health workers. Benefit outlay BC = TU × N × A; "
            "administration AC = α × BC + F; total cost C = BC + AC.",
        ),
        translate(
            "Report",
            "Cost in % of GDP = 100 × C / nominal GDP; in % of government expenditure = "
            "100 × C / (expenditure share × nominal GDP). Packages add the costs of their "
            "scenarios (not their beneficiaries: one person may receive several benefits).",
        ),
        translate(
            "Report",
            "Every input carries a source note in the project, and values that are assumptions "
            "say so. The RAP workbook exported from the same project holds the same "
            "calculation as live formulas, for a reader who wants to check or change it.",
        ),
    )
    return [
        Section(
            translate("Report", "The method in brief"),
            tuple(Paragraph(text) for text in paragraphs),
        )
    ]


def warnings(context: ReportContext) -> list[Section]:
    results, project = context.results, context.project
    convention = context.number.convention
    items = []
    for warning in results.warnings:
        text = plain_words(warning.message, project, convention)
        if warning.path:
            text = translate("Report", "{field}: {message}").format(
                field=field_name(warning.path, project), message=text
            )
        items.append(text)
    for key, error in results.errors.items():
        name = _scenario_or_package_name(context, key)
        items.append(
            translate("Report", "{name} is not costed: {reason}").format(
                name=name, reason=plain_words(error.message, project, convention)
            )
        )
    block: Block = (
        BulletList(tuple(items))
        if items
        else Paragraph(translate("Report", "The costing engine gave no warning."))
    )
    return [Section(translate("Report", "Warnings from the costing engine"), (block,))]


def _scenario_or_package_name(context: ReportContext, key: str) -> str:
    project = context.project
    names = {s.id: s.name for s in project.scenarios} | {p.id: p.name for p in project.packages}
    return names.get(key, key)


def glossary(context: ReportContext) -> list[Section]:
    terms = (
        (
            translate("Report", "ABND"),
            translate(
                "Report",
                "Assessment Based National Dialogue: government, workers, employers and civil "
                "society assess social protection against the floor, recommend how to close "
                "the gaps, and cost the recommendations.",
            ),
        ),
        (
            translate("Report", "Social protection floor"),
            translate(
                "Report",
                "The four basic social security guarantees of ILO Recommendation No. 202: "
                "essential health care, and income security for children, for persons of "
                "working age and for older persons.",
            ),
        ),
        (
            translate("Report", "RAP"),
            translate(
                "Report",
                "Rapid Assessment Protocol: the ILO's method to cost social protection "
                "scenarios over a projection.",
            ),
        ),
        (
            translate("Report", "Scenario"),
            translate("Report", "One benefit or service, existing or proposed, as costed."),
        ),
        (
            translate("Report", "Package"),
            translate("Report", "A set of scenarios costed together."),
        ),
        (
            translate("Report", "Take-up"),
            translate("Report", "The share of the eligible persons who receive the benefit."),
        ),
        (
            translate("Report", "Anchor"),
            translate(
                "Report",
                "The amount a benefit is a percentage of: the poverty line, the minimum or "
                "average wage, or GDP per person.",
            ),
        ),
        (
            translate("Report", "Indexation"),
            translate(
                "Report",
                "How a fixed benefit follows prices, wages or GDP per person after the base year.",
            ),
        ),
        (
            translate("Report", "Fiscal space"),
            translate(
                "Report",
                "The resources, in % of GDP, that the government could give a package.",
            ),
        ),
        (
            translate("Report", "GDP deflator"),
            translate("Report", "The price index of GDP: nominal GDP over real GDP."),
        ),
        (
            translate("Report", "Base year"),
            translate(
                "Report",
                "The first year of the projection, in whose prices fixed amounts are given.",
            ),
        ),
        (
            translate("Report", "Tornado"),
            translate(
                "Report",
                "A chart of the cost when each assumption alone is set to its low and high "
                "value, the largest effect on top.",
            ),
        ),
        (
            translate("Report", "Percentile"),
            translate(
                "Report",
                "p5 is the cost that 5 % of the draws stay below; p50 is the median.",
            ),
        ),
    )
    table = Table(
        (translate("Report", "Term"), translate("Report", "Meaning")),
        terms,
        (False, False),
        full_width=True,
    )
    return [Section(translate("Report", "Glossary"), (table,))]


def comments(context: ReportContext) -> list[Section]:
    """The annex of the consultation's comments (none when no row has one)."""
    names = {key: guarantee_name(key) for key in GUARANTEES}
    annex = comments_annex(context.project, names)
    return [] if annex is None else [annex]
