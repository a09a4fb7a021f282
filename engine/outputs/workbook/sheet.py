"""A scenario sheet being written: labelled rows and parameters, and where they are."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from engine.outputs.workbook.inputs import Layout, col, number, put_row


@dataclass
class ScenarioRows:
    """Where a scenario sheet keeps the rows the summary sheet and other sheets read.

    ``total``, ``pct_gdp`` and ``pct_gov_expenditure`` are per reported year (the fiscal
    rows when the project has fiscal years). ``take_up`` and ``cells`` ((sex column,
    age) -> row of its eligible persons) serve the scenarios covered by this one;
    ``beneficiaries`` (per calendar year), ``year_share`` (of its first year) and
    ``fiscal_share`` (of each year's flows in the fiscal year ending in it) serve the
    contributions its members pay (the financing sheet).
    """

    sheet: str
    total: int
    pct_gdp: int
    pct_gov_expenditure: int | None
    take_up: int = 0
    cells: dict[tuple[int, int], int] = field(default_factory=dict)
    beneficiaries: int = 0
    year_share: int | None = None
    fiscal_share: int | None = None


class Sheet:
    """Appends labelled rows and parameters to one scenario sheet."""

    def __init__(self, sheet: Worksheet, layout: Layout) -> None:
        self.sheet, self.layout, self.row = sheet, layout, 1
        self.years = range(len(layout.years))

    def param(self, label: str, value: Any, number_format: str = "General") -> str:
        """A parameter in column B; returns its absolute reference."""
        self.row += 1
        self.sheet.cell(row=self.row, column=1, value=label)
        cell = self.sheet.cell(row=self.row, column=2, value=value)
        cell.number_format = number_format
        return f"$B${self.row}"

    def values(self, label: str, values: Any, number_format: str) -> int:
        self.row += 1
        put_row(self.sheet, self.row, label, "", [number(v) for v in values], number_format)
        return self.row

    def formula(self, label: str, make: Any, number_format: str, first: int = 0) -> int:
        """A row whose cell in year index t (from ``first``) is ``make(t, column letter)``."""
        self.row += 1
        cells = [None] * first + [make(t, col(t)) for t in self.years if t >= first]
        put_row(self.sheet, self.row, label, "", cells, number_format)
        return self.row

    def note(self, text: str) -> None:
        self.row += 1
        self.sheet.cell(row=self.row, column=1, value=text).data_type = "s"
