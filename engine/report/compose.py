"""Composing the ABND report from a project and its results (no rendering here).

Chapters: the assessment matrix by guarantee, the assumptions with their
sources, each scenario's design and cost table, the packages compared with
their charts, sensitivity and uncertainty, the engine's warnings, the method.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine import __version__
from engine.analysis.tables import package_tables
from engine.domain.i18n import translate
from engine.domain.model import GUARANTEES, Project, Scenario
from engine.domain.months import month_name
from engine.domain.numbers import Conventions, conventions, format_number
from engine.method.compute import Results
from engine.report.consultation import comments_annex, status_text
from engine.report.document import (
    Block,
    BulletList,
    Figure,
    Markdown,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from engine.report.figures import package_envelope, scenario_series
from engine.runtime.resources import resource_path


@dataclass(frozen=True)
class Numbers:
    """Numbers written in the report's language (thousands grouped, decimal sign)."""

    convention: Conventions

    def __call__(self, value: float, digits: int = 0) -> str:
        return format_number(float(value), digits, self.convention)


def guarantee_name(key: str) -> str:
    return {
        "health": translate("Report", "Health care"),
        "children": translate("Report", "Children"),
        "working_age": translate("Report", "Working age"),
        "elderly": translate("Report", "Elderly"),
    }[key]


def compose(
    project: Project,
    results: Results,
    today: date | None = None,
    language: str = "en",
    comments: bool = False,
) -> ReportDocument:
    """The report; ``comments`` adds the annex of the consultation's comments."""
    number = Numbers(conventions(language))
    when = (today or date.today()).isoformat()
    return ReportDocument(
        title=project.name,
        title_lines=(
            translate(
                "Report", "Assessment Based National Dialogue on the Social Protection Floor"
            ),
            f"{project.country.name} · {project.years.base}-{project.years.end} · "
            + translate("Report", "costs in {currency}").format(currency=project.country.currency),
            translate("Report", "Prepared with ABND Studio {version}, {date}").format(
                version=__version__, date=when
            ),
        ),
        sections=(
            *_matrix(project),
            _assumptions(project, results, number),
            *_scenarios(project, results, number),
            _packages(project, results, number),
            *_uncertainty(project, results, number),
            _warnings(results),
            _method(),
            *_annexes(project, comments),
        ),
    )


def _annexes(project: Project, comments: bool) -> list[Section]:
    names = {key: guarantee_name(key) for key in GUARANTEES}
    annex = comments_annex(project, names) if comments else None
    return [annex] if annex is not None else []


def _shown_years(years: list[int]) -> list[int]:
    return sorted({years[0], *years[::5], years[-1]})


def _matrix(project: Project) -> list[Section]:
    if not project.matrix:
        return []
    sections = [Section("1. " + translate("Report", "Assessment matrix"))]
    header = (
        translate("Report", "Existing provision"),
        translate("Report", "Policy gap"),
        translate("Report", "Implementation issue"),
        translate("Report", "Recommendation"),
        translate("Report", "Priority"),
        translate("Report", "Agencies"),
    )
    for guarantee in GUARANTEES:
        rows = [r for r in project.matrix if r.guarantee == guarantee]
        if not rows:
            continue
        cells = []
        for row in rows:
            recommendation = row.recommendation
            if row.scenario_ids:
                costed = translate("Report", "costed")
                recommendation += f"\n({costed}: {', '.join(row.scenario_ids)})"
            recommendation += f"\n{status_text(row)}"
            cells.append(
                (
                    row.existing_provision,
                    row.policy_gap,
                    row.implementation_issue,
                    recommendation,
                    "" if row.priority is None else str(row.priority),
                    ", ".join(row.agencies),
                )
            )
        table = Table(header, tuple(cells), (False,) * 4 + (True, False), full_width=True)
        sections.append(Section(guarantee_name(guarantee), (table,), level=2))
    return sections


def _assumptions(project: Project, results: Results, number: Numbers) -> Section:
    economy = results.context.economy
    years = [int(y) for y in results.calendar_years]  # the economy is per calendar year
    shown = _shown_years(years)
    rows = [
        (translate("Report", "Real GDP growth (%)"), economy.real_growth * 100, 2),
        (translate("Report", "GDP deflator growth (%)"), economy.deflator_growth * 100, 2),
        (translate("Report", "CPI inflation (%)"), economy.inflation * 100, 2),
        (translate("Report", "Nominal GDP"), economy.gdp_nominal, 0),
        (translate("Report", "Total population"), results.context.persons.sum(axis=(1, 2)), 0),
    ]
    if economy.gov_expenditure_share is not None:
        label = translate("Report", "Government expenditure (% of GDP)")
        rows.append((label, economy.gov_expenditure_share * 100, 2))
    table = Table(
        ("", *(str(y) for y in shown)),
        tuple(
            (label, *(number(float(values[y - years[0]]), digits) for y in shown))
            for label, values, digits in rows
        ),
        (False, *(True for _ in shown)),
    )
    blocks: list[Block] = [table, Paragraph(translate("Report", "Sources"), "bold")]
    blocks.append(BulletList(tuple(f"{key}: {note}" for key, note in project.sources)))
    return Section("2. " + translate("Report", "Assumptions and their sources"), tuple(blocks))


def _scenarios(project: Project, results: Results, number: Numbers) -> list[Section]:
    sections = [Section("3. " + translate("Report", "Scenarios"))]
    currency = project.country.currency
    years = [int(y) for y in results.years]
    header = (
        translate("Report", "Year"),
        translate("Report", "Beneficiaries"),
        translate("Report", "Cost ({currency})").format(currency=currency),
        translate("Report", "% of GDP"),
        translate("Report", "% of gov. expenditure"),
    )
    if results.fiscal is not None:
        sections[0] = Section(sections[0].title, (Paragraph(fiscal_sentence(results)),))
    for scenario in project.scenarios:
        blocks: list[Block] = [
            Paragraph(f"{guarantee_name(scenario.guarantee)} · {scenario.kind} · {scenario.status}")
        ]
        blocks += [Paragraph(text) for text in design_sentences(project, scenario, number)]
        if scenario.rationale:
            blocks.append(Paragraph(scenario.rationale, "italic"))
        if scenario.source:
            blocks.append(Paragraph(translate("Report", "Source") + ": " + scenario.source))
        if scenario.id in results.errors:
            reason = results.errors[scenario.id].message
            blocks.append(Paragraph(translate("Report", "Not costed") + ": " + reason))
        else:
            table = results.scenarios[scenario.id]
            rows = tuple(
                (
                    str(year),
                    number(table["beneficiaries"][t]),
                    number(table["total_cost"][t]),
                    number(table["pct_gdp"][t], 3),
                    number(table["pct_gov_expenditure"][t], 2),
                )
                for t, year in enumerate(years)
            )
            blocks.append(Table(header, rows, (True,) * 5))
        sections.append(Section(scenario.name, tuple(blocks), level=2))
    return sections


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


def design_sentences(project: Project, scenario: Scenario, number: Numbers) -> list[str]:
    """The parts of a scheme's design a reader must know: tiers, coverage, start month."""
    sentences = []
    benefit = scenario.benefit
    currency = project.country.currency
    if benefit is not None and benefit.tiers:
        bands = "; ".join(
            translate("Report", "ages {low}-{high}: {level}").format(
                low=tier.ages[0],
                high=tier.ages[1],
                level=(
                    f"{number(tier.monthly_amount or 0)} {currency}"
                    if benefit.type == "fixed"
                    else f"{tier.percent:g} % of the {benefit.anchor}".replace("_", " ")
                ),
            )
            for tier in benefit.tiers
        )
        sentences.append(
            translate("Report", "The monthly benefit depends on age: {bands}.").format(bands=bands)
        )
    if scenario.covered_by:
        names = ", ".join(project.scenario(other).name for other in scenario.covered_by)
        sentences.append(
            translate(
                "Report",
                "People who receive {names} are not eligible: their beneficiaries are removed "
                "age by age, sex by sex and year by year.",
            ).format(names=names)
        )
    if scenario.start_month is not None and scenario.start_month > 1:
        sentences.append(
            translate(
                "Report",
                "The scheme starts paying in {month} of its first year, so it pays {paid} of "
                "12 months that year.",
            ).format(
                month=month_name(scenario.start_month),
                paid=13 - scenario.start_month,
            )
        )
    return sentences


def _packages(project: Project, results: Results, number: Numbers) -> Section:
    years = [int(y) for y in results.years]
    shown = _shown_years(years)
    costed = [p for p in project.packages if p.id in results.packages]
    table = Table(
        (translate("Report", "% of GDP"), *(str(y) for y in shown)),
        tuple(
            (
                p.name,
                *(number(float(results.packages[p.id]["pct_gdp"][y - years[0]]), 3) for y in shown),
            )
            for p in costed
        ),
        (False, *(True for _ in shown)),
    )
    blocks: list[Block] = [table]
    for package in costed:
        envelope = package_envelope(package, results)
        blocks.append(
            Figure(
                title=package.name,
                unit=translate("Report", "% of GDP"),
                years=tuple(years),
                series=tuple(scenario_series(project, results, package.scenarios, "pct_gdp")),
                stacked=True,
                envelope=None if envelope is None else tuple(float(v) for v in envelope),
                envelope_label=translate("Report", "Fiscal space"),
            )
        )
    return Section("4. " + translate("Report", "Packages compared"), tuple(blocks))


def _uncertainty(project: Project, results: Results, number: Numbers) -> list[Section]:
    sections = [Section("5. " + translate("Report", "Sensitivity and uncertainty"))]
    for table in package_tables(project, results):
        intro = translate(
            "Report",
            "Cost in % of GDP in {year}: {cost}. Each assumption alone, at its low and high value:",
        ).format(year=table.year, cost=number(table.central, 3))
        tornado = Table(
            (
                translate("Report", "Assumption"),
                translate("Report", "Low"),
                translate("Report", "High"),
                translate("Report", "Swing"),
            ),
            tuple(
                (bar.label, number(bar.low, 3), number(bar.high, 3), number(bar.swing, 3))
                for bar in table.bars
            ),
            (False, True, True, True),
        )
        shown = _shown_years(table.years)
        bands_intro = translate("Report", "Percentiles of {draws} draws ({source}):").format(
            draws=number(table.draws), source=table.ranges_source
        )
        bands = Table(
            ("", *(str(y) for y in shown)),
            tuple(
                (f"p{p}", *(number(values[y - table.years[0]], 3) for y in shown))
                for p, values in table.levels.items()
            ),
            (False, *(True for _ in shown)),
        )
        blocks = (Paragraph(intro), tornado, Paragraph(bands_intro), bands)
        sections.append(Section(table.name, blocks, level=2))
    return sections


def _warnings(results: Results) -> Section:
    items = [w.one_line() for w in results.warnings] + [
        f"{key}: {error.message}" for key, error in results.errors.items()
    ]
    block: Block = BulletList(tuple(items)) if items else Paragraph(translate("Report", "None."))
    return Section("6. " + translate("Report", "Warnings from the costing engine"), (block,))


def _method() -> Section:
    text = resource_path("help", "method-annex.md").read_text(encoding="utf-8")
    return Section(translate("Report", "Annex: the costing method"), (Markdown(text),))
