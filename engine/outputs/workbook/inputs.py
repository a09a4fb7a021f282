"""The input sheets of the RAP workbook: POP, ECO, GGO, EAP (docs/rap-method.md section 1 names).

Years run across the columns from C (row 1 holds them), quantities down the
rows, as in the RAP. Inputs are values; everything the RAP derives (nominal
GDP, the indices, anchors by year, government expenditure) is a live formula.
``Layout`` records where each quantity lives, for the scenario sheets' formulas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from engine.domain.i18n import translate
from engine.domain.model import MAX_AGE, Project
from engine.method.compute import Results
from engine.outputs.workbook.words import ANCHORS, word

FIRST_COLUMN = 3  # C: the base year
FEMALE_FIRST_ROW, MALE_FIRST_ROW = 2, 2 + MAX_AGE + 1
SEX_FIRST_ROWS = (FEMALE_FIRST_ROW, MALE_FIRST_ROW)
BIRTHS_ROW = MALE_FIRST_ROW + MAX_AGE + 2
UNEMPLOYMENT_ROW, INFORMALITY_ROW = BIRTHS_ROW, BIRTHS_ROW + 1
ECO_ROWS = {
    "real_gdp_growth": 2,
    "gdp_deflator_growth": 3,
    "cpi_inflation": 4,
    "real_wage_growth": 5,
    "gdp_nominal": 6,
    "deflator": 7,
    "cpi": 8,
    "wage_index": 9,
    "population": 10,
    "gdp_per_capita": 11,
    "poverty_line": 12,
    "minimum_wage": 13,
    "average_wage": 14,
    "gdp_per_capita_monthly": 15,
    "fiscal_month": 16,  # the month the fiscal year starts, in column B
    "gdp_fiscal": 17,  # nominal GDP per fiscal year, in the column of the year it ends
}
GGO_ROWS = {
    "expenditure_share": 2,
    "revenue_share": 3,
    "expenditure": 4,
    "revenue": 5,
    "expenditure_fiscal": 6,
    "revenue_fiscal": 7,
}
FISCAL_MONTH = f"ECO!$B${ECO_ROWS['fiscal_month']}"
PERCENT = "0.00%"
MONEY = "#,##0"
PERSONS = "#,##0"


def bold_font() -> Font:
    """Bold in the workbook's default font (a font without a name is drawn by LibreOffice
    in a serif face)."""
    return Font(name="Calibri", bold=True)


def col(t: int) -> str:
    """The column letter of projection year index ``t``."""
    letter: str = get_column_letter(FIRST_COLUMN + t)
    return letter


@dataclass
class Layout:
    years: list[int]  # calendar years, the columns of every sheet but SUM
    fiscal: bool = False  # results per fiscal year (SUM's columns: the fiscal years)
    has_ggo: bool = False
    has_revenue: bool = False
    has_eap: bool = False
    anchors: set[str] = field(default_factory=set)

    def age_rows(self, sex: str, low: int, high: int) -> list[tuple[int, int]]:
        """(first, last) POP/EAP rows of ages ``low..high`` for ``sex`` (both: two ranges)."""
        starts = {"female": [FEMALE_FIRST_ROW], "male": [MALE_FIRST_ROW]}
        firsts = starts.get(sex, [FEMALE_FIRST_ROW, MALE_FIRST_ROW])
        return [(first + low, first + high) for first in firsts]


def header(sheet: Worksheet, first: str, second: str, years: list[int]) -> None:
    sheet.append([first, second, *years])
    sheet.freeze_panes = "C2"
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 16
    for t in range(len(years)):
        sheet.column_dimensions[col(t)].width = 16


def put_row(
    sheet: Worksheet, row: int, label: str, unit: Any, values: list[Any], number_format: str
) -> None:
    for column, text in ((1, label), (2, unit)):
        cell = sheet.cell(row=row, column=column, value=text)
        if isinstance(text, str):
            cell.data_type = "s"  # a currency "=2+2" stays text, never a formula
    for t, value in enumerate(values):
        cell = sheet.cell(row=row, column=FIRST_COLUMN + t, value=value)
        cell.number_format = number_format


def number(value: float | None) -> float | None:
    """Cells take finite numbers; a missing value stays empty."""
    return None if value is None or not np.isfinite(value) else float(value)


def write_pop(sheet: Worksheet, results: Results, layout: Layout) -> None:
    header(sheet, translate("Workbook", "sex"), translate("Workbook", "age"), layout.years)
    persons = results.context.persons
    sexes = (translate("Workbook", "female"), translate("Workbook", "male"))
    for sex_index, (sex, first) in enumerate(zip(sexes, SEX_FIRST_ROWS, strict=True)):
        for age in range(MAX_AGE + 1):
            values = [number(v) for v in persons[:, age, sex_index]]
            put_row(sheet, first + age, sex, f"{age}+" if age == MAX_AGE else age, values, PERSONS)
    births = [number(v) for v in results.context.births]
    put_row(
        sheet,
        BIRTHS_ROW,
        translate("Workbook", "births"),
        translate("Workbook", "persons"),
        births,
        PERSONS,
    )


def write_eco(sheet: Worksheet, project: Project, results: Results, layout: Layout) -> None:
    header(
        sheet,
        translate("Workbook", "item"),
        translate("Workbook", "base year / unit"),
        layout.years,
    )
    economy = results.context.economy
    given = project.economy
    years = range(len(layout.years))
    r = ECO_ROWS
    growth = translate("Workbook", "growth")
    for name, label, values in (
        ("real_gdp_growth", translate("Workbook", "real GDP growth"), economy.real_growth),
        (
            "gdp_deflator_growth",
            translate("Workbook", "GDP deflator growth"),
            economy.deflator_growth,
        ),
        ("cpi_inflation", translate("Workbook", "consumer price inflation"), economy.inflation),
    ):
        row = [None] + [number(v) for v in values[1:]]
        put_row(sheet, r[name], label, growth, row, PERCENT)
    if given.real_wage_growth is not None:
        from engine.method.series import resolve

        rw = resolve(given.real_wage_growth, project.years, "economy.real_wage_growth")
        wage_row: list[Any] = [None] + [number(v) for v in rw[1:]]
    else:  # the engine's default: real GDP growth per person of working age (15-64)
        wage_row = [None] + [
            f"=(1+{col(t)}{r['real_gdp_growth']})*{_working(t - 1)}/{_working(t)}-1"
            for t in years
            if t > 0
        ]
    label = translate("Workbook", "real wage growth")
    put_row(sheet, r["real_wage_growth"], label, growth, wage_row, PERCENT)
    explicit = dict(given.gdp_nominal.by_year) if given.gdp_nominal is not None else {}
    gdp: list[Any] = [given.gdp_nominal_base]
    for t in years:
        if t == 0:
            continue
        year = layout.years[t]
        gdp.append(
            explicit[year]
            if year in explicit
            else f"={col(t - 1)}{r['gdp_nominal']}*(1+{col(t)}{r['real_gdp_growth']})"
            f"*(1+{col(t)}{r['gdp_deflator_growth']})"
        )
    label = translate("Workbook", "nominal GDP")
    put_row(sheet, r["gdp_nominal"], label, results.currency, gdp, MONEY)
    index_unit = translate("Workbook", "index")
    for name, label, growths in (
        (
            "deflator",
            translate("Workbook", "GDP deflator (base year = 1)"),
            ("gdp_deflator_growth",),
        ),
        ("cpi", translate("Workbook", "consumer price index (base year = 1)"), ("cpi_inflation",)),
        (
            "wage_index",
            translate("Workbook", "wage index (base year = 1)"),
            ("cpi_inflation", "real_wage_growth"),
        ),
    ):
        row_values: list[Any] = [1]
        for t in years:
            if t:
                factors = "".join(f"*(1+{col(t)}{r[g]})" for g in growths)
                row_values.append(f"={col(t - 1)}{r[name]}{factors}")
        put_row(sheet, r[name], label, index_unit, row_values, "0.000000")
    population = [
        f"=SUM(POP!{col(t)}{FEMALE_FIRST_ROW}:{col(t)}{MALE_FIRST_ROW + MAX_AGE})" for t in years
    ]
    label, persons = translate("Workbook", "total population"), translate("Workbook", "persons")
    put_row(sheet, r["population"], label, persons, population, PERSONS)
    per_capita = [f"={col(t)}{r['gdp_nominal']}/{col(t)}{r['population']}" for t in years]
    label = translate("Workbook", "GDP per person")
    put_row(sheet, r["gdp_per_capita"], label, results.currency, per_capita, MONEY)
    for anchor, base, index in (
        ("poverty_line", given.poverty_line_monthly, "cpi"),
        ("minimum_wage", given.minimum_wage_monthly, "wage_index"),
        ("average_wage", given.average_wage_monthly, "wage_index"),
    ):
        anchor_row = r[anchor]
        if base is None:
            text = translate("Workbook", "{anchor} (monthly): not given")
            cell = sheet.cell(
                row=anchor_row, column=1, value=text.format(anchor=word(ANCHORS, anchor))
            )
            cell.data_type = "s"
            continue
        layout.anchors.add(anchor)
        formulas = [f"=$B{anchor_row}*{col(t)}{r[index]}" for t in years]
        label = translate("Workbook", "{anchor} (monthly, base year in B)").format(
            anchor=word(ANCHORS, anchor)
        )
        put_row(sheet, anchor_row, label, base, formulas, MONEY)
    monthly = [f"={col(t)}{r['gdp_per_capita']}/12" for t in years]
    put_row(
        sheet,
        r["gdp_per_capita_monthly"],
        translate("Workbook", "GDP per person, monthly"),
        results.currency,
        monthly,
        MONEY,
    )
    layout.anchors.add("gdp_per_capita")
    if layout.fiscal:
        assert results.fiscal is not None
        fiscal_row = r["fiscal_month"]
        label = translate(
            "Workbook",
            "fiscal year starts in month (B); fiscal years are named by their end year",
        )
        put_row(sheet, fiscal_row, label, results.fiscal.month, [], "General")
        put_row(
            sheet,
            r["gdp_fiscal"],
            translate("Workbook", "nominal GDP, fiscal year ending in the year"),
            results.currency,
            [None] + [fiscal_blend(t, r["gdp_nominal"]) for t in years if t > 0],
            MONEY,
        )


def fiscal_blend(t: int, row: int, sheet: str = "") -> str:
    """A flow of the fiscal year ending in year index ``t``: (13 - m)/12 of the year before
    and (m - 1)/12 of this one, m the month in ECO."""
    m = FISCAL_MONTH
    return f"=(13-{m})/12*{sheet}{col(t - 1)}{row}+({m}-1)/12*{sheet}{col(t)}{row}"


def _working(t: int) -> str:
    """Population aged 15-64 in year index ``t`` (the engine's working ages)."""
    c = col(t)
    return (
        f"(SUM(POP!{c}{FEMALE_FIRST_ROW + 15}:{c}{FEMALE_FIRST_ROW + 64})"
        f"+SUM(POP!{c}{MALE_FIRST_ROW + 15}:{c}{MALE_FIRST_ROW + 64}))"
    )


def write_ggo(sheet: Worksheet, results: Results, layout: Layout) -> None:
    header(sheet, translate("Workbook", "item"), translate("Workbook", "unit"), layout.years)
    economy = results.context.economy
    years = range(len(layout.years))
    gdp = ECO_ROWS["gdp_nominal"]
    for share_name, share, money_name, label in (
        (
            "expenditure_share",
            economy.gov_expenditure_share,
            "expenditure",
            translate("Workbook", "government expenditure"),
        ),
        (
            "revenue_share",
            _revenue_share(results),
            "revenue",
            translate("Workbook", "government revenue"),
        ),
    ):
        share_row, money_row = GGO_ROWS[share_name], GGO_ROWS[money_name]
        if share is None:
            text = translate("Workbook", "{item} (% of GDP): not given").format(item=label)
            sheet.cell(row=share_row, column=1, value=text).data_type = "s"
            continue
        put_row(
            sheet,
            share_row,
            translate("Workbook", "{item}, share of GDP").format(item=label),
            translate("Workbook", "share"),
            [number(v) for v in share],
            PERCENT,
        )
        formulas = [f"=ECO!{col(t)}{gdp}*{col(t)}{share_row}" for t in years]
        put_row(sheet, money_row, label, results.currency, formulas, MONEY)
        if money_name == "expenditure":
            layout.has_ggo = True
        else:
            layout.has_revenue = True
        if layout.fiscal:
            fiscal = [None] + [fiscal_blend(t, money_row) for t in years if t > 0]
            row = GGO_ROWS[f"{money_name}_fiscal"]
            text = translate("Workbook", "{item}, fiscal year").format(item=label)
            put_row(sheet, row, text, results.currency, fiscal, MONEY)


def _revenue_share(results: Results) -> Any:
    economy = results.context.economy
    if economy.gov_revenue is None:
        return None
    return economy.gov_revenue / economy.gdp_nominal


def write_eap(sheet: Worksheet, results: Results, layout: Layout) -> None:
    heading = translate("Workbook", "age: participation rate")
    header(sheet, translate("Workbook", "sex"), heading, layout.years)
    rates = results.context.participation()
    sexes = (translate("Workbook", "female"), translate("Workbook", "male"))
    for sex_index, (sex, first) in enumerate(zip(sexes, SEX_FIRST_ROWS, strict=True)):
        for age in range(MAX_AGE + 1):
            values = [number(v) for v in rates[:, age, sex_index]]
            put_row(sheet, first + age, sex, age, values, PERCENT)
    labour = results.context.labour
    from engine.method.labour import rate_series

    for row, name, label in (
        (UNEMPLOYMENT_ROW, "unemployment_rate", translate("Workbook", "unemployment rate")),
        (
            INFORMALITY_ROW,
            "informality_share",
            translate("Workbook", "informal share of the employed"),
        ),
    ):
        if labour is not None and getattr(labour, name) is not None:
            series = rate_series(labour, name, results.context.years, f"labour.{name}")
            values = [number(v) for v in series]
            put_row(sheet, row, label, translate("Workbook", "share"), values, PERCENT)
    layout.has_eap = True
