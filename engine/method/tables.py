"""A scenario's and a package's result table: its columns per reported year, from the
terms the method found (money, constant money, percentages of GDP and of government
expenditure and revenue), checked for values that are not finite."""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass
from itertools import compress, repeat

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Package, Scenario
from engine.method.context import CountryContext
from engine.method.financing import SourceTerms
from engine.method.fiscal import FiscalYears
from engine.method.scenarios import ScenarioTerms

Array = NDArray[np.float64]

_STATUS = operator.attrgetter("status")
_REPLACES = operator.attrgetter("replaces")
RESULT_COLUMNS: tuple[str, ...] = (
    "beneficiaries",
    "benefit_per_beneficiary",
    "benefit_cost",
    "admin_cost",
    "total_cost",
    "total_cost_constant",
    "pct_gdp",
    "pct_gov_expenditure",
    "pct_gov_revenue",
)
PACKAGE_COLUMNS: tuple[str, ...] = (
    "existing_cost",
    "proposed_cost",
    "replaced_cost",
    "additional_cost",
    "additional_pct_gdp",
    "fiscal_space_pct_gdp",
    "fiscal_space_gap_pct_gdp",
    "gov_expenditure_needed_pct_gdp",
    "financing",
    "financing_pct_gdp",
    "financing_gap_pct_gdp",
)
MONEY_COLUMNS = ("benefit_cost", "admin_cost", "total_cost", "total_cost_constant")


@dataclass(frozen=True)
class ResultTable:
    """One scenario's or package's results: column name -> value per year (NaN = empty)."""

    id: str
    name: str
    columns: dict[str, Array]

    def __getitem__(self, column: str) -> Array:
        return self.columns[column]


def percent_bases(ctx: CountryContext, fiscal: FiscalYears | None) -> dict[str, Array]:
    """What a cost is multiplied by for each percent column, per reported year."""
    economy = ctx.economy

    def per_year(values: Array | None) -> Array | None:
        return values if values is None or fiscal is None else fiscal.stock(values)

    count = ctx.years.count if fiscal is None else len(fiscal.years)
    empty = np.full(count, np.nan)
    gdp = per_year(economy.gdp_nominal)
    assert gdp is not None
    return {
        "pct_gdp": 100.0 / gdp,
        "pct_gov_expenditure": _percent_base(per_year(economy.gov_expenditure), empty),
        "pct_gov_revenue": _percent_base(per_year(economy.gov_revenue), empty),
    }


def scenario_table(
    scenario: Scenario,
    terms: ScenarioTerms,
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    percent_of: dict[str, Array],
) -> ResultTable:
    """One scenario's columns per calendar year, or per fiscal year (flows blended)."""
    total = terms.total_cost
    constant = total * (1.0 / ctx.economy.deflator)
    if fiscal is None:
        columns = {
            "beneficiaries": terms.beneficiaries,
            "benefit_per_beneficiary": terms.annual_benefit,
            "benefit_cost": terms.benefit_cost,
            "admin_cost": terms.admin_cost,
            "total_cost": total,
            "total_cost_constant": constant,
        }
    else:
        beneficiaries = fiscal.stock(terms.beneficiaries)
        benefit_cost = fiscal.flow(terms.benefit_cost, terms.start)
        # What a beneficiary receives in the fiscal year (the calendar amounts blended
        # where nobody is paid).
        per_beneficiary = np.divide(
            benefit_cost,
            beneficiaries,
            out=fiscal.stock(terms.annual_benefit),
            where=beneficiaries > 0,
        )
        columns = {
            "beneficiaries": beneficiaries,
            "benefit_per_beneficiary": per_beneficiary,
            "benefit_cost": benefit_cost,
            "admin_cost": fiscal.flow(terms.admin_cost, terms.start),
            "total_cost": fiscal.flow(total, terms.start),
            "total_cost_constant": fiscal.flow(constant, terms.start),
        }
    for name, factor in percent_of.items():
        columns[name] = columns["total_cost"] * factor
    return ResultTable(scenario.id, scenario.name, columns)


def replaced_by(members: list[Scenario]) -> list[str]:
    """Existing schemes that proposed members replace."""
    if not any(map(_REPLACES, members)):  # most packages replace nothing: no Python loop
        return []
    return [m.replaces for m in members if m.status == "proposed" and m.replaces is not None]


def _percent_base(denominator: Array | None, empty: Array) -> Array:
    """100 / denominator; empty (NaN) where the denominator is 0 (a share given as 0)."""
    if denominator is None:
        return empty
    return np.divide(100.0, denominator, out=np.full_like(empty, np.nan), where=denominator > 0)


def not_finite(columns: dict[str, Array], years: NDArray[np.int64], path: str) -> InputError | None:
    """An error naming the first infinite value (or a cost that is not a number), if any."""
    # One look at them all first: a sum is finite only if every term is. A sum that is
    # not (a NaN share where a denominator is 0, allowed; or a finite total too large for
    # a float) sends us to the look column by column, which says what is wrong, if anything.
    if columns and np.isfinite(np.concatenate(list(columns.values())).sum()):
        return None
    for name, values in columns.items():
        bad = np.isinf(values) | (np.isnan(values) if name in MONEY_COLUMNS else False)
        if bad.any():
            year = int(years[int(np.argmax(bad))])
            return InputError(
                path,
                messages.translate(
                    "Engine",
                    "{name} in {year} is not a finite number: the inputs are too large "
                    "together (see the bounds in docs/json-format.md)",
                    "compute.name_year_finite_number",
                ).format(name=name, year=year),
            )
    return None


def package_table(
    package: Package,
    scenarios: dict[str, Scenario],
    tables: dict[str, ResultTable],
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    percent_of: dict[str, Array],
    financing: dict[str, SourceTerms],
    stack: MemberStack | None = None,
) -> ResultTable:
    """Sums of the members' money; existing, proposed and additional cost; financing."""
    count = ctx.years.count if fiscal is None else len(fiscal.years)
    empty = np.full(count, np.nan)
    members = list(map(scenarios.__getitem__, package.scenarios))
    rows = (stack or MemberStack()).rows_of(list(map(tables.__getitem__, package.scenarios)), count)
    columns: dict[str, Array] = {"beneficiaries": empty, "benefit_per_beneficiary": empty}
    for name in MONEY_COLUMNS:
        columns[name] = _sum_rows(rows[name], count)
    total = columns["total_cost"]
    for name, factor in percent_of.items():
        columns[name] = total * factor
    replaced_ids = sorted(set(replaced_by(members)))
    for column, status in (("existing_cost", "existing"), ("proposed_cost", "proposed")):
        having = list(
            compress(itertools.count(), map(operator.eq, map(_STATUS, members), repeat(status)))
        )
        columns[column] = _sum_rows(rows["total_cost"][having], count)
    columns["replaced_cost"] = _sum([tables[r]["total_cost"] for r in replaced_ids], count)
    columns["additional_cost"] = columns["proposed_cost"] - columns["replaced_cost"]
    columns["additional_pct_gdp"] = columns["additional_cost"] * percent_of["pct_gdp"]
    # Financing: the sum of the chosen sources (empty when none is chosen); the gap is the
    # cost not financed. fiscal_space_* are the same figures under their version-2 names.
    chosen = [financing[source] for source in package.financing]
    money = _sum([s.money for s in chosen], count) if chosen else empty
    pct = _sum([s.pct_gdp for s in chosen], count) if chosen else empty
    columns["financing"] = money
    columns["financing_pct_gdp"] = pct
    columns["financing_gap_pct_gdp"] = columns["pct_gdp"] - pct
    columns["fiscal_space_pct_gdp"] = pct
    columns["fiscal_space_gap_pct_gdp"] = pct - columns["pct_gdp"]
    share = ctx.economy.gov_expenditure_share
    if share is not None and fiscal is not None:
        gexp, gdp = ctx.economy.gov_expenditure, ctx.economy.gdp_nominal
        assert gexp is not None
        share = fiscal.stock(gexp) / fiscal.stock(gdp)
    columns["gov_expenditure_needed_pct_gdp"] = (
        empty if share is None else 100.0 * share + columns["pct_gdp"]
    )
    return ResultTable(package.id, package.name, columns)


class MemberStack:
    """A package's members' money per year, one row per member, kept from one compute to
    the next: an edit to one member rewrites its rows only, and every sum is numpy's sum of
    the same rows in the same order (the same bits as summing a fresh list of them)."""

    def __init__(self) -> None:
        self.tables: list[ResultTable] = []
        self.rows: dict[str, Array] = {}

    def rows_of(self, tables: list[ResultTable], count: int) -> dict[str, Array]:
        """The money columns of ``tables`` stacked, shape [members, years] each."""
        kept = self.rows.get("total_cost")
        if kept is None or kept.shape != (len(tables), count):
            self.rows = {
                name: np.array([t[name] for t in tables], dtype=np.float64).reshape(
                    len(tables), count
                )
                for name in MONEY_COLUMNS
            }
        else:
            for j in compress(itertools.count(), map(operator.is_not, self.tables, tables)):
                for name, rows in self.rows.items():
                    rows[j] = tables[j][name]
        self.tables = tables
        return self.rows


def _sum_rows(rows: Array, count: int) -> Array:
    """The sum over rows (zeros when there are none), as :func:`_sum` of the rows."""
    if not len(rows):
        return np.zeros(count)
    summed: Array = np.add.reduce(rows, axis=0) if len(rows) > 1 else rows[0].copy()
    return summed


def _sum(arrays: list[Array], count: int) -> Array:
    """Element-wise sum of equal-length arrays (zeros when there are none)."""
    if not arrays:
        return np.zeros(count)
    return np.add.reduce(arrays) if len(arrays) > 1 else arrays[0].copy()
