"""The ``FIN`` sheet: each financing source year by year, and each package's cost against the
sources chosen for it, its gap and the first year it is affordable, in live formulas.

Columns are calendar years, as on the scenario sheets; with fiscal years, a figure of
fiscal year Y sits in the column of Y (the year it ends), from the second column on.
Column A holds the id and column B the measure (``amount``, ``financing``,
``financing_pct_gdp``, ``financing_gap_pct_gdp``...), so a reader finds a row.

    pct_gdp          financing = amount / 100 x nominal GDP
    pct_gov_revenue  financing = amount / 100 x government revenue (GGO)
    lcu              financing = amount
    contributions    collected = members (BS sheet) x wage% / 100 x anchor (ECO) x 12
                                 x rate x share of the year paid, blended into fiscal
                                 years like the scheme's cost
"""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from engine.domain.i18n import translate
from engine.domain.model import FinancingSource, Project
from engine.method.compute import Results
from engine.method.financing import MONTHS, SourceTerms
from engine.outputs.workbook.inputs import (
    ECO_ROWS,
    GGO_ROWS,
    MONEY,
    PERCENT,
    PERSONS,
    Layout,
    bold_font,
    col,
    header,
    number,
    put_row,
)
from engine.outputs.workbook.sheet import ScenarioRows
from engine.outputs.workbook.words import ANCHORS, FINANCING_KINDS, word

PCT = "0.0000"


class FinancingSheet:
    """Rows appended to the FIN sheet, and where each source's rows are."""

    def __init__(self, sheet: Worksheet, layout: Layout) -> None:
        self.sheet, self.layout, self.row = sheet, layout, 2
        self.offset = 1 if layout.fiscal else 0  # the first column a reported year fills
        self.columns = range(self.offset, len(layout.years))
        self.money: dict[str, int] = {}  # source id -> its financing row
        self.pct: dict[str, int] = {}  # source id -> its % of GDP row

    def title(self, text: str) -> None:
        self.row += 1
        cell = self.sheet.cell(row=self.row, column=1, value=text)
        cell.font, cell.data_type = bold_font(), "s"

    def text(self, label: str, value: str) -> None:
        self.row += 1
        for column, content in ((1, label), (2, value)):
            cell = self.sheet.cell(row=self.row, column=column, value=content)
            cell.data_type = "s"  # a user's note stays text, never a formula

    def param(self, label: str, value: Any, number_format: str = "General") -> str:
        self.row += 1
        self.sheet.cell(row=self.row, column=1, value=label).data_type = "s"
        self.sheet.cell(row=self.row, column=2, value=value).number_format = number_format
        return f"$B${self.row}"

    def line(
        self, key: str, measure: str, make: Any, number_format: str, *, calendar: bool = False
    ) -> int:
        """A row whose cell in column t is ``make(t, letter)``: every calendar column, or
        (``calendar`` False) the columns of the reported years."""
        self.row += 1
        first = 0 if calendar else self.offset
        cells = [None] * first + [make(t, col(t)) for t in range(first, len(self.layout.years))]
        put_row(self.sheet, self.row, key, measure, cells, number_format)
        return self.row


def write_financing(
    sheet: Worksheet,
    project: Project,
    results: Results,
    layout: Layout,
    scenarios: dict[str, ScenarioRows],
    summary: dict[tuple[str, str, str], int],
) -> None:
    """The FIN sheet: the sources, then the packages financed by them."""
    header(sheet, translate("Workbook", "id"), translate("Workbook", "measure"), layout.years)
    fin = FinancingSheet(sheet, layout)
    note = translate(
        "Workbook",
        "Financing sources and the packages they finance (% of GDP and nominal LCU); "
        "with fiscal years, each figure is in the column of the year its fiscal year ends",
    )
    sheet.cell(row=2, column=1, value=note).data_type = "s"
    for source in project.financing_sources:
        fin.title(translate("Workbook", "Source: {name}").format(name=source.name))
        fin.text(translate("Workbook", "kind"), word(FINANCING_KINDS, source.kind))
        for label, text in (
            (translate("Workbook", "source"), source.source),
            (translate("Workbook", "feasibility"), source.feasibility),
        ):
            if text:
                fin.text(label, text)
        if source.id in results.financing_errors:
            message = results.financing_errors[source.id].message
            fin.text(translate("Workbook", "not computed"), message)
            continue
        terms = results.financing[source.id]
        if source.contributions is not None:
            _contributions(fin, source, terms, scenarios[terms.scenario or ""])
        else:
            _typed(fin, source, terms)
    for package in project.packages:
        if not package.financing or package.id not in results.packages:
            continue
        _package(fin, package.id, package.name, package.financing, summary)
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 22


def _typed(fin: FinancingSheet, source: FinancingSource, terms: SourceTerms) -> None:
    """The amount as given (values) and what it is in money and in % of GDP (formulas)."""
    assert terms.given is not None and source.unit is not None
    given = [None] * fin.offset + [number(v) for v in terms.given]
    fin.row += 1
    amount = fin.row
    percent = source.unit != "lcu"
    put_row(fin.sheet, amount, source.id, "amount", given, PCT if percent else MONEY)
    gdp = ECO_ROWS["gdp_fiscal" if fin.layout.fiscal else "gdp_nominal"]
    revenue = GGO_ROWS["revenue_fiscal" if fin.layout.fiscal else "revenue"]
    if source.unit == "pct_gdp":
        money = fin.line(
            source.id, "financing", lambda t, c: f"={c}{amount}/100*ECO!{c}{gdp}", MONEY
        )
        pct = fin.line(source.id, "financing_pct_gdp", lambda t, c: f"={c}{amount}", PCT)
    else:
        if source.unit == "pct_gov_revenue":
            money = fin.line(
                source.id, "financing", lambda t, c: f"={c}{amount}/100*GGO!{c}{revenue}", MONEY
            )
        else:
            money = fin.line(source.id, "financing", lambda t, c: f"={c}{amount}", MONEY)
        pct = fin.line(
            source.id, "financing_pct_gdp", lambda t, c: f"={c}{money}/ECO!{c}{gdp}*100", PCT
        )
    fin.money[source.id], fin.pct[source.id] = money, pct


def _contributions(
    fin: FinancingSheet, source: FinancingSource, terms: SourceTerms, scheme: ScenarioRows
) -> None:
    """members x wage x 12 x rate x share per calendar year, then per reported year."""
    found = source.contributions
    assert found is not None
    bs = f"'{scheme.sheet}'!"
    anchor = ECO_ROWS[found.wage_anchor]
    wage_percent = fin.param(
        translate("Workbook", "wage, % of the {anchor}").format(
            anchor=word(ANCHORS, found.wage_anchor)
        ),
        found.wage_percent,
    )
    rate = fin.param(translate("Workbook", "contribution rate"), found.rate, PERCENT)
    members = fin.line(
        source.id,
        "members",
        lambda t, c: f"={bs}{c}{scheme.beneficiaries}",
        PERSONS,
        calendar=True,
    )
    wage = fin.line(
        source.id,
        "monthly_wage",
        lambda t, c: f"={wage_percent}/100*ECO!{c}{anchor}",
        MONEY,
        calendar=True,
    )
    share = "" if scheme.year_share is None else f"*{bs}{{c}}{scheme.year_share}"
    collected = fin.line(
        source.id,
        "collected",
        lambda t, c: f"={c}{members}*{c}{wage}*{MONTHS:g}*{rate}" + share.format(c=c),
        MONEY,
        calendar=True,
    )
    if fin.layout.fiscal:
        early = scheme.fiscal_share
        assert early is not None

        def blended(t: int, c: str) -> str:
            before = col(t - 1)
            return f"=(1-{bs}{before}{early})*{before}{collected}+{bs}{c}{early}*{c}{collected}"

        money = fin.line(source.id, "financing", blended, MONEY)
    else:
        money = fin.line(source.id, "financing", lambda t, c: f"={c}{collected}", MONEY)
    gdp = ECO_ROWS["gdp_fiscal" if fin.layout.fiscal else "gdp_nominal"]
    fin.money[source.id] = money
    fin.pct[source.id] = fin.line(
        source.id, "financing_pct_gdp", lambda t, c: f"={c}{money}/ECO!{c}{gdp}*100", PCT
    )


def _package(
    fin: FinancingSheet,
    package_id: str,
    name: str,
    sources: tuple[str, ...],
    summary: dict[tuple[str, str, str], int],
) -> None:
    """The package's cost (from SUM) against the sum of its sources, the gap, and the first
    year from which the sources cover the cost every year to the end."""
    fin.title(translate("Workbook", "Package: {name}").format(name=name))
    cost_row = summary[("package", package_id, "pct_gdp")]
    offset = fin.offset
    cost = fin.line(package_id, "pct_gdp", lambda t, c: f"=SUM!{col(t - offset)}{cost_row}", PCT)
    fin.line(
        package_id,
        "financing",
        lambda t, c: "=" + "+".join(f"{c}{fin.money[s]}" for s in sources),
        MONEY,
    )
    pct = fin.line(
        package_id,
        "financing_pct_gdp",
        lambda t, c: "=" + "+".join(f"{c}{fin.pct[s]}" for s in sources),
        PCT,
    )
    gap = fin.line(package_id, "financing_gap_pct_gdp", lambda t, c: f"={c}{cost}-{c}{pct}", PCT)
    last = col(len(fin.layout.years) - 1)
    fin.row += 1
    covered = fin.row  # 1 where this year and every later one is covered, right to left
    cells: list[Any] = [None] * offset
    for t in range(offset, len(fin.layout.years)):
        c = col(t)
        later = f"{col(t + 1)}{covered}=1" if c != last else "TRUE()"
        cells.append(f"=IF(AND({c}{gap}<=0,{later}),1,0)")
    put_row(fin.sheet, covered, package_id, "covered_to_the_end", cells, "0")
    span = f"{col(offset)}{{row}}:{last}{{row}}"
    years, flags = span.format(row=1), span.format(row=covered)
    fin.row += 1
    put_row(
        fin.sheet,
        fin.row,
        package_id,
        "affordable_from",
        [f'=IFERROR(INDEX({years},MATCH(1,{flags},0)),"-")'],
        "0",
    )
    label = translate("Workbook", "the first year from which the sources cover the cost every year")
    fin.sheet.cell(row=fin.row, column=4, value=label).data_type = "s"
