"""The RAP-style workbook (docs/workbook-and-report.md): input sheets, one live-formula sheet per
scenario, the summary with packages, their financing, the assessment matrix and an ABOUT sheet.

A reviewer can change an input in Excel or LibreOffice and see every cost move.
Text a user typed is always written as text, never as a formula.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from engine import __version__
from engine.analysis.tables import PackageUncertainty, package_tables
from engine.domain.dependencies import costing_order
from engine.domain.i18n import translate
from engine.domain.model import Project
from engine.format.keys import MATRIX_KEYS
from engine.method.compute import Results, compute
from engine.outputs.workbook.financing import write_financing
from engine.outputs.workbook.inputs import (
    ECO_ROWS,
    GGO_ROWS,
    Layout,
    col,
    header,
    put_row,
    write_eap,
    write_eco,
    write_ggo,
    write_pop,
)
from engine.outputs.workbook.scenarios import write_scenario
from engine.outputs.workbook.sheet import ScenarioRows
from engine.runtime import atomic

MEASURES = ("total_cost", "pct_gdp", "pct_gov_expenditure")
# every field but the id and the comments (those are in the report's annex)
MATRIX_COLUMNS = tuple(key for key in MATRIX_KEYS[1:] if key != "comments")


def write_workbook(project: Project, path: str | Path) -> Results:
    """Write the workbook to ``path`` (.xlsx); returns the engine results it mirrors."""
    results = compute(project, strict=False)
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    layout = Layout(
        years=[int(y) for y in results.calendar_years], fiscal=results.fiscal is not None
    )
    write_pop(book.create_sheet("POP"), results, layout)
    write_eco(book.create_sheet("ECO"), project, results, layout)
    write_ggo(book.create_sheet("GGO"), results, layout)
    if project.labour is not None:
        write_eap(book.create_sheet("EAP"), results, layout)
    sheets = {
        scenario.id: book.create_sheet(sheet_name(f"BS_{scenario.id}", book.sheetnames))
        for scenario in project.scenarios
    }
    covering = {other for s in project.scenarios for other in (s.covered_by or ())}
    rows: dict[str, ScenarioRows] = {}
    for i in costing_order(project.scenarios):  # a scheme's sheet after those it excludes
        scenario = project.scenarios[i]
        before = [rows[other] for other in scenario.covered_by or () if other in rows]
        found = write_scenario(
            sheets[scenario.id], scenario, results, layout, before, scenario.id in covering
        )
        if found is not None:
            rows[scenario.id] = found
    summary = write_summary(book.create_sheet("SUM"), project, results, layout, rows)
    if project.financing_sources:
        write_financing(book.create_sheet("FIN"), project, results, layout, rows, summary)
    write_uncertainty(book.create_sheet("UNCERTAINTY"), project, results)
    write_matrix(book.create_sheet("MATRIX"), project)
    write_about(book.create_sheet("ABOUT"), project, results)
    keep_user_text_as_text(book, project, results)
    atomic.write_bytes(path, atomic.saved_bytes(book))
    return results


def keep_user_text_as_text(book: Workbook, project: Project, results: Results) -> None:
    """A last net under every writer above: a cell holding a user's text verbatim is a text
    cell, never a formula (names, ids, currency, notes, sources, warnings)."""
    texts = user_texts(project, results)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" and cell.value in texts:
                    cell.data_type = "s"


def user_texts(project: Project, results: Results) -> set[str]:
    country = project.country
    texts = {project.name, country.name, country.iso3, country.currency}
    for scenario in project.scenarios:
        texts |= {scenario.id, scenario.name, scenario.rationale or "", scenario.source or ""}
    for package in project.packages:
        texts |= {package.id, package.name}
    for source in project.financing_sources:
        texts |= {source.id, source.name, source.source or "", source.feasibility or ""}
        texts.add(translate("Workbook", "Source: {name}").format(name=source.name))
    for matrix_row in project.matrix:
        texts |= {
            value
            for value in (getattr(matrix_row, f.name) for f in dataclasses.fields(matrix_row))
            if isinstance(value, str)
        }
        texts |= set(matrix_row.agencies)
    texts |= {note for _, note in project.sources}
    texts |= {w.message for w in results.warnings} | {e.message for e in results.errors.values()}
    return {t for t in texts if t.startswith("=")}


def sheet_name(wanted: str, taken: list[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", "_", wanted)[:31]
    name, number_ = base, 2
    while name in taken:
        suffix = f"_{number_}"
        name = base[: 31 - len(suffix)] + suffix
        number_ += 1
    return name


def _ref(sheet: str, row: int, column: str) -> str:
    return f"'{sheet}'!{column}{row}"


def write_summary(
    sheet: Worksheet,
    project: Project,
    results: Results,
    layout: Layout,
    rows: dict[str, ScenarioRows],
) -> dict[tuple[str, str, str], int]:
    """SUM: every scenario's and package's cost, % of GDP and % of government expenditure.

    Column A holds the id and column B the measure, so a reader (or a test) finds a row.
    With fiscal years, the columns are the fiscal years (named by their end year), read
    from the scenario sheets' fiscal rows in the column of the year each ends.
    """
    reported = [int(y) for y in results.years]
    header(sheet, "id", "measure", reported)
    years = range(len(reported))
    offset = 1 if layout.fiscal else 0

    def source(t: int) -> str:  # the column of year index t on the other sheets
        return col(t + offset)

    if layout.fiscal:
        gdp, gexp = ECO_ROWS["gdp_fiscal"], GGO_ROWS["expenditure_fiscal"]
    else:
        gdp, gexp = ECO_ROWS["gdp_nominal"], GGO_ROWS["expenditure"]
    where: dict[tuple[str, str, str], int] = {}
    row = 2
    bold = Font(bold=True)

    def title(text: str) -> None:
        nonlocal row
        sheet.cell(row=row, column=1, value=text).font = bold
        sheet.cell(row=row, column=1).data_type = "s"
        row += 1

    def line(scope: str, key: str, measure: str, values: list[Any], number_format: str) -> None:
        nonlocal row
        put_row(sheet, row, key, measure, values, number_format)
        sheet.cell(row=row, column=1).data_type = "s"
        where[(scope, key, measure)] = row
        row += 1

    for scenario in project.scenarios:
        title(scenario.name)
        found = rows.get(scenario.id)
        if found is None:
            sheet.cell(row=row - 1, column=2, value="not costed: see its sheet")
            continue
        line(
            "scenario",
            scenario.id,
            "total_cost",
            [f"={_ref(found.sheet, found.total, source(t))}" for t in years],
            "#,##0",
        )
        line(
            "scenario",
            scenario.id,
            "pct_gdp",
            [f"={_ref(found.sheet, found.pct_gdp, source(t))}" for t in years],
            "0.0000",
        )
        if found.pct_gov_expenditure is not None:
            gexp_row = found.pct_gov_expenditure
            line(
                "scenario",
                scenario.id,
                "pct_gov_expenditure",
                [f"={_ref(found.sheet, gexp_row, source(t))}" for t in years],
                "0.0000",
            )
    for package in project.packages:
        title(f"Package: {package.name}")
        if package.id not in results.packages:
            put_text(sheet, row - 1, 2, results.errors[package.id].message)
            continue
        members = [where[("scenario", m, "total_cost")] for m in package.scenarios]
        total_row = row
        line(
            "package",
            package.id,
            "total_cost",
            [("=" + "+".join(f"{col(t)}{m}" for m in members)) if members else 0 for t in years],
            "#,##0",
        )
        line(
            "package",
            package.id,
            "pct_gdp",
            [f"={col(t)}{total_row}/ECO!{source(t)}{gdp}*100" for t in years],
            "0.0000",
        )
        if layout.has_ggo:
            line(
                "package",
                package.id,
                "pct_gov_expenditure",
                [f"={col(t)}{total_row}/GGO!{source(t)}{gexp}*100" for t in years],
                "0.0000",
            )
    return where


def write_matrix(sheet: Worksheet, project: Project) -> None:
    """The assessment matrix, every cell as text (never a formula, whatever it starts with)."""
    sheet.append(list(MATRIX_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row_number, row in enumerate(project.matrix, start=2):
        values = [
            row.guarantee,
            row.existing_provision,
            row.policy_gap,
            row.implementation_issue,
            row.recommendation,
            "yes" if row.costable else "no",
            ", ".join(row.scenario_ids),
            "" if row.priority is None else str(row.priority),
            ", ".join(row.agencies),
            row.notes,
            row.status or "draft",
            row.status_date or "",
        ]
        for column, value in enumerate(values, start=1):
            put_text(sheet, row_number, column, value)
    widths = (14, 45, 40, 40, 45, 10, 24, 9, 28, 40, 11, 11)
    for letter, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[letter].width = width


def put_text(sheet: Worksheet, row: int, column: int, value: str) -> None:
    """A user's text as a text cell: ``=HYPERLINK(...)`` or ``+1`` stays what was typed."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    cell.data_type = "s"  # openpyxl would otherwise store a leading "=" as a formula
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_about(sheet: Worksheet, project: Project, results: Results) -> None:
    lines: list[tuple[str, str]] = [
        ("Made by", f"ABND Studio {__version__} on {date.today().isoformat()}"),
        ("Project", project.name),
        ("Country", f"{project.country.name} ({project.country.iso3}), {project.country.currency}"),
        ("Years", f"{project.years.base}-{project.years.end}"),
        ("Method", "ILO Rapid Assessment Protocol, as in ABND Studio's docs/method.md"),
        ("", ""),
        ("Source notes", ""),
        *sorted(project.sources),
        ("", ""),
        ("Engine warnings", ""),
        *[(w.path, w.message) for w in results.warnings],
    ]
    for row, (key, text) in enumerate(lines, start=1):
        put_text(sheet, row, 1, key)
        put_text(sheet, row, 2, text)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 140


def write_uncertainty(sheet: Worksheet, project: Project, results: Results) -> None:
    """Tornado and bands per package, % of GDP: values computed by ABND Studio, not formulas;
    the cost's, then the financing gap's of the packages financed (each source a bar)."""
    put_text(sheet, 1, 1, "Sensitivity and uncertainty, % of GDP (values from ABND Studio)")
    sheet.cell(row=1, column=1).font = Font(bold=True)
    row = _uncertainty_tables(sheet, 3, package_tables(project, results), "")
    gap = package_tables(project, results, "financing_gap_pct_gdp")
    what = translate("Workbook", "financing gap (cost minus financing)")
    _uncertainty_tables(sheet, row, gap, what)
    sheet.column_dimensions["A"].width = 44


def _uncertainty_tables(
    sheet: Worksheet, row: int, tables: list[PackageUncertainty], what: str
) -> int:
    """Each package's tornado and percentiles from ``row``; returns the next free row."""
    for table in tables:
        name = f"{table.name}, {what}" if what else table.name
        put_text(sheet, row, 1, f"{name}: each assumption alone, {table.year}")
        sheet.cell(row=row, column=1).font = Font(bold=True)
        row += 1
        for column, heading in enumerate(
            ("assumption", "low shift", "high shift", "low", "high", "swing"), 1
        ):
            put_text(sheet, row, column, heading)
        row += 1
        for bar in table.bars:
            values = (bar.low_shift, bar.high_shift, bar.low, bar.high, bar.swing)
            put_text(sheet, row, 1, bar.label)
            for column, value in enumerate(values, 2):
                sheet.cell(row=row, column=column, value=value)
            row += 1
        put_text(sheet, row, 1, f"central: {table.central:.4f}")
        row += 2
        label = f"{name}: percentiles of {table.draws:,} draws ({table.ranges_source})"
        put_text(sheet, row, 1, label)
        sheet.cell(row=row, column=1).font = Font(bold=True)
        row += 1
        put_text(sheet, row, 1, "percentile")
        for column, year in enumerate(table.years, 2):
            sheet.cell(row=row, column=column, value=year)
        row += 1
        for percentile, levels in table.levels.items():
            put_text(sheet, row, 1, f"p{percentile}")
            for column, value in enumerate(levels, 2):
                sheet.cell(row=row, column=column, value=value).number_format = "0.0000"
            row += 1
        row += 1
    return row
