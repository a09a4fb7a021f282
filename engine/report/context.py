"""What every chapter of the report reads: the project, its results, the options, numbers in
the report's language, and the years the text states."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from engine.analysis.tables import PackageUncertainty, package_tables
from engine.domain.model import Project
from engine.method.compute import Results, ResultTable
from engine.report.options import ReportOptions
from engine.report.text import Numbers


@dataclass
class ReportContext:
    project: Project
    results: Results
    options: ReportOptions
    number: Numbers
    years: list[int]  # the reported years (fiscal years are named by their end year)
    stated: tuple[int, ...]  # the years sentences and summary tables state
    _uncertainty: list[PackageUncertainty] | None = field(default=None, repr=False)

    @staticmethod
    def of(project: Project, results: Results, options: ReportOptions) -> ReportContext:
        years = [int(y) for y in results.years]
        return ReportContext(
            project,
            results,
            options,
            Numbers.of(options.language),
            years,
            stated_years(years, results),
        )

    @property
    def currency(self) -> str:
        return self.project.country.currency

    def at(self, table: ResultTable, column: str, year: int) -> float:
        return float(table[column][year - self.years[0]])

    def uncertainty(self) -> list[PackageUncertainty]:
        """Tornado and bands of every costed package, computed once for all chapters."""
        if self._uncertainty is None:
            self._uncertainty = package_tables(self.project, self.results)
        return self._uncertainty

    def costed_packages(self) -> list[str]:
        return [p.id for p in self.project.packages if p.id in self.results.packages]


def stated_years(years: list[int], results: Results) -> tuple[int, ...]:
    """The first year, a middle year and the end year.

    The first year is the base year, or the first year anything is paid when
    nothing is in the base year (schemes usually start the year after). The middle
    year is the multiple of 5 nearest the middle of the projection (the earlier of
    two), else the middle year itself.
    """
    first = years[0]
    paying = [
        i
        for table in results.scenarios.values()
        for i in np.flatnonzero(np.nan_to_num(table["total_cost"]) > 0)[:1]
    ]
    if paying:
        first = years[min(paying)]
    end = years[-1]
    middle_of = (years[0] + end) / 2
    fives = [y for y in range(first + 1, end) if y % 5 == 0]
    if fives:
        middle: int | None = min(fives, key=lambda y: (abs(y - middle_of), y))
    else:
        inside = [y for y in range(first + 1, end)]
        middle = inside[len(inside) // 2] if inside else None
    return tuple(sorted({first, end} | ({middle} if middle is not None else set())))
