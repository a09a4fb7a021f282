"""One chapter per guarantee of the floor: its rows of the assessment matrix (existing
provisions, gaps, issues, recommendations), then each scenario costed for it, described
in sentences, with its cost table and chart. A guarantee with neither is left out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.domain.i18n import translate
from engine.domain.model import GUARANTEES, MatrixRow, Project, Scenario
from engine.report.consultation import status_text
from engine.report.context import ReportContext
from engine.report.document import Block, Figure, FigureSeries, Paragraph, Section, Table
from engine.report.fields import plain_words
from engine.report.scenario_text import describe
from engine.report.text import (
    largest,
    money_scale,
    people_scale,
    rows_phrase,
)


def guarantee_name(key: str) -> str:
    """A guarantee's short name (tables, charts)."""
    return {
        "health": translate("Report", "Health care"),
        "children": translate("Report", "Children"),
        "working_age": translate("Report", "Working age"),
        "elderly": translate("Report", "Elderly"),
    }[key]


def guarantee_title(key: str) -> str:
    """A guarantee as Recommendation No. 202 names it (chapter titles)."""
    return {
        "health": translate("Report", "Essential health care"),
        "children": translate("Report", "Income security for children"),
        "working_age": translate("Report", "Income security for persons of working age"),
        "elderly": translate("Report", "Income security for older persons"),
    }[key]


@dataclass(frozen=True)
class MatrixColumn:
    """One column of the matrix table: its header, its cell for a row, whether numeric.
    A column is added here (a recommendation's status, say) and nowhere else."""

    header: Callable[[], str]
    cell: Callable[[MatrixRow, Project], str]
    numeric: bool = False


def _costed_in(row: MatrixRow, project: Project) -> str:
    """The recommendation, the scenarios costing it, and its consultation status."""
    text = row.recommendation
    names = [s.name for s in project.scenarios if s.id in row.scenario_ids]
    if names:
        costed = translate("Report", "Costed: {names}").format(names="; ".join(names))
        text = f"{text}\n({costed})" if text else f"({costed})"
    return f"{text}\n{status_text(row)}" if text else status_text(row)


MATRIX_COLUMNS: tuple[MatrixColumn, ...] = (
    MatrixColumn(
        lambda: translate("Report", "Existing provision"), lambda r, _: r.existing_provision
    ),
    MatrixColumn(lambda: translate("Report", "Policy gap"), lambda r, _: r.policy_gap),
    MatrixColumn(
        lambda: translate("Report", "Implementation issue"), lambda r, _: r.implementation_issue
    ),
    MatrixColumn(lambda: translate("Report", "Recommendation"), _costed_in),
    MatrixColumn(
        lambda: translate("Report", "Priority"),
        lambda r, _: "" if r.priority is None else str(r.priority),
        numeric=True,
    ),
    MatrixColumn(lambda: translate("Report", "Agencies"), lambda r, _: ", ".join(r.agencies)),
)


def chapters(context: ReportContext) -> list[Section]:
    project = context.project
    sections: list[Section] = []
    for guarantee in GUARANTEES:
        rows = [r for r in project.matrix if r.guarantee == guarantee]
        scenarios = [s for s in project.scenarios if s.guarantee == guarantee]
        if not rows and not scenarios:
            continue
        intro = guarantee_intro(guarantee, len(rows), len(scenarios))
        sections.append(Section(guarantee_title(guarantee), (Paragraph(intro),)))
        if rows:
            sections.append(
                Section(
                    translate("Report", "Assessment: provisions, gaps and recommendations"),
                    (matrix_table(guarantee, rows, project),),
                    level=2,
                )
            )
        sections += [scenario_section(context, s) for s in scenarios]
    return sections


def guarantee_intro(guarantee: str, rows: int, scenarios: int) -> str:
    if rows:
        text = translate("Report", "The assessment matrix holds {rows} for this guarantee.").format(
            rows=rows_phrase(rows)
        )
    else:
        text = translate("Report", "The assessment matrix has no row for this guarantee yet.")
    return (
        text
        + " "
        + translate("Report", "Scenarios costed for it: {count}.").format(count=scenarios)
    )


def matrix_table(guarantee: str, rows: list[MatrixRow], project: Project) -> Table:
    return Table(
        tuple(column.header() for column in MATRIX_COLUMNS),
        tuple(tuple(column.cell(row, project) for column in MATRIX_COLUMNS) for row in rows),
        tuple(column.numeric for column in MATRIX_COLUMNS),
        full_width=True,
        caption=translate("Report", "Assessment matrix: {guarantee}").format(
            guarantee=guarantee_title(guarantee)
        ),
    )


def scenario_section(context: ReportContext, scenario: Scenario) -> Section:
    results, project = context.results, context.project
    blocks: list[Block] = []
    if scenario.id in results.errors or scenario.id not in results.scenarios:
        error = results.errors.get(scenario.id)
        convention = context.number.convention
        reason = "" if error is None else plain_words(error.message, project, convention)
        blocks.append(
            Paragraph(
                translate("Report", "This scenario could not be costed: {reason}").format(
                    reason=reason
                )
            )
        )
    else:
        blocks += [Paragraph(text) for text in describe(context, scenario)]
    if scenario.rationale:
        blocks.append(
            Paragraph(
                translate("Report", "Rationale: {text}").format(text=scenario.rationale), "italic"
            )
        )
    if scenario.source:
        blocks.append(
            Paragraph(translate("Report", "Sources and notes: {text}").format(text=scenario.source))
        )
    if scenario.id in results.scenarios:
        blocks += [cost_table(context, scenario), cost_figure(context, scenario)]
    return Section(scenario.name, tuple(blocks), level=2)


def cost_table(context: ReportContext, scenario: Scenario) -> Table:
    number, currency = context.number, context.currency
    table = context.results.scenarios[scenario.id]
    money = money_scale(largest(table["total_cost"]), currency)
    people = people_scale(largest(table["beneficiaries"]))
    benefit = money_scale(largest(table["benefit_per_beneficiary"]), currency)
    with_expenditure = bool(np.isfinite(table["pct_gov_expenditure"]).any())
    header = [
        translate("Report", "Year"),
        unit_header(translate("Report", "Beneficiaries"), people.unit),
        translate("Report", "Benefit a year per beneficiary ({unit})").format(unit=benefit.unit),
        translate("Report", "Cost ({unit})").format(unit=money.unit),
        translate("Report", "% of GDP"),
    ]
    if with_expenditure:
        header.append(translate("Report", "% of government expenditure"))
    rows = []
    for t, year in enumerate(context.years):
        row = [
            str(year),
            number.scaled(float(table["beneficiaries"][t]), people),
            number.scaled(float(table["benefit_per_beneficiary"][t]), benefit),
            number.scaled(float(table["total_cost"][t]), money),
            number(float(table["pct_gdp"][t]), 2),
        ]
        if with_expenditure:
            row.append(number(float(table["pct_gov_expenditure"][t]), 2))
        rows.append(tuple(row))
    return Table(
        tuple(header),
        tuple(rows),
        (True,) * len(header),
        caption=translate("Report", "{name}: cost year by year").format(name=scenario.name),
    )


def unit_header(label: str, unit: str) -> str:
    if not unit:
        return label
    return translate("Report", "{label} ({unit})").format(label=label, unit=unit)


def cost_figure(context: ReportContext, scenario: Scenario) -> Figure:
    table = context.results.scenarios[scenario.id]
    index = [s.id for s in context.project.scenarios].index(scenario.id)
    unit = translate("Report", "% of GDP")
    return Figure(
        title=scenario.name,
        unit=unit,
        years=tuple(context.years),
        series=(
            FigureSeries(
                scenario.id, scenario.name, index, tuple(float(v) for v in table["pct_gdp"])
            ),
        ),
        stacked=True,
        caption=translate("Report", "{name}: cost in % of GDP").format(name=scenario.name),
    )
