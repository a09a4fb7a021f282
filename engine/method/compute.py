"""Results per scenario and package (docs/rap-method.md section 5), with warnings.

``compute(project)`` is the one entry point: it prepares the country data
(cached), costs every scenario, sums packages and checks the fiscal space.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from engine.domain.errors import InputError
from engine.domain.model import Package, Project, Scenario
from engine.domain.notes import Warning_
from engine.method.context import CountryContext, prepare
from engine.method.scenarios import ScenarioTerms, scenario_terms
from engine.method.series import resolve

Array = NDArray[np.float64]

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


@dataclass(frozen=True)
class Results:
    years: NDArray[np.int64]
    currency: str
    scenarios: dict[str, ResultTable]
    packages: dict[str, ResultTable]
    terms: dict[str, ScenarioTerms]
    context: CountryContext
    warnings: tuple[Warning_, ...]
    errors: dict[str, InputError]  # scenario or package id -> why it has no results
    package_members: dict[str, tuple[str, ...]]


def compute(project: Project, *, strict: bool = True) -> Results:
    """Cost every scenario and package of a project.

    ``strict``: the first bad input raises :class:`InputError` (command line).
    Otherwise a scenario that cannot be costed is left out with its error in
    ``Results.errors``, and so is every package that holds it (GUI).

    Inputs are bounded (docs/json-format.md) so results stay finite; should a
    combination still overflow, numpy stays silent and the scenario is refused
    naming the column and year (no Infinity ever reaches a view or a file).
    """
    with np.errstate(all="ignore"):
        return _compute(project, strict)


def _compute(project: Project, strict: bool) -> Results:
    ctx = prepare(project)
    economy = ctx.economy
    warnings = list(ctx.warnings)
    errors: dict[str, InputError] = {}
    terms: dict[str, ScenarioTerms] = {}
    tables: dict[str, ResultTable] = {}
    empty = np.full(ctx.years.count, np.nan)
    percent_of = {
        "pct_gdp": 100.0 / economy.gdp_nominal,
        "pct_gov_expenditure": _percent_base(economy.gov_expenditure, empty),
        "pct_gov_revenue": _percent_base(economy.gov_revenue, empty),
    }
    constant = 1.0 / economy.deflator
    for i, scenario in enumerate(project.scenarios):
        try:
            scenario_cost = scenario_terms(scenario, ctx, f"scenarios[{i}]")
        except InputError as error:
            if strict:
                raise
            errors[scenario.id] = error
            continue
        total = scenario_cost.total_cost
        columns = {
            "beneficiaries": scenario_cost.beneficiaries,
            "benefit_per_beneficiary": scenario_cost.annual_benefit,
            "benefit_cost": scenario_cost.benefit_cost,
            "admin_cost": scenario_cost.admin_cost,
            "total_cost": total,
            "total_cost_constant": total * constant,
        }
        for name, factor in percent_of.items():
            columns[name] = total * factor
        overflow = _not_finite(columns, ctx.year_array, f"scenarios[{i}]")
        if overflow is not None:
            if strict:
                raise overflow
            errors[scenario.id] = overflow
            continue
        terms[scenario.id] = scenario_cost
        tables[scenario.id] = ResultTable(scenario.id, scenario.name, columns)
    packages = {}
    by_id = {scenario.id: scenario for scenario in project.scenarios}
    for i, package in enumerate(project.packages):
        members = [by_id[member] for member in package.scenarios]
        needed = [*package.scenarios, *_replaced_by(members)]
        blocked = [member for member in needed if member in errors]
        if blocked:
            unsummable = InputError(
                f"packages[{i}].scenarios",
                f'cannot be summed: scenario "{blocked[0]}" has no results',
            )
            if strict:
                raise unsummable
            errors[package.id] = unsummable
            continue
        try:
            packages[package.id] = _package_table(package, i, by_id, tables, ctx, percent_of)
        except InputError as error:  # e.g. an envelope that starts after the base year
            if strict:
                raise
            errors[package.id] = error
    warnings.extend(_missing_budget_warnings(ctx, bool(project.scenarios)))
    return Results(
        years=ctx.year_array,
        currency=project.country.currency,
        scenarios=tables,
        packages=packages,
        terms=terms,
        context=ctx,
        warnings=tuple(warnings),
        errors=errors,
        package_members={p.id: p.scenarios for p in project.packages},
    )


def _replaced_by(members: list[Scenario]) -> list[str]:
    """Existing schemes that proposed members replace."""
    return [m.replaces for m in members if m.status == "proposed" and m.replaces is not None]


def _percent_base(denominator: Array | None, empty: Array) -> Array:
    """100 / denominator; empty (NaN) where the denominator is 0 (a share given as 0)."""
    if denominator is None:
        return empty
    return np.divide(100.0, denominator, out=np.full_like(empty, np.nan), where=denominator > 0)


def _not_finite(
    columns: dict[str, Array], years: NDArray[np.int64], path: str
) -> InputError | None:
    """An error naming the first infinite value (or a cost that is not a number), if any."""
    for name, values in columns.items():
        bad = np.isinf(values) | (np.isnan(values) if name in MONEY_COLUMNS else False)
        if bad.any():
            year = int(years[int(np.argmax(bad))])
            return InputError(
                path,
                f"{name} in {year} is not a finite number: the inputs are too large "
                "together (see the bounds in docs/json-format.md)",
            )
    return None


def _package_table(
    package: Package,
    index: int,
    scenarios: dict[str, Scenario],
    tables: dict[str, ResultTable],
    ctx: CountryContext,
    percent_of: dict[str, Array],
) -> ResultTable:
    """Sums of the members' money; existing, proposed and additional cost; fiscal space."""
    count = ctx.years.count
    empty = np.full(count, np.nan)
    members = [scenarios[member] for member in package.scenarios]
    columns: dict[str, Array] = {"beneficiaries": empty, "benefit_per_beneficiary": empty}
    for name in MONEY_COLUMNS:
        columns[name] = _sum([tables[m.id][name] for m in members], count)
    total = columns["total_cost"]
    for name, factor in percent_of.items():
        columns[name] = total * factor
    replaced_ids = sorted(set(_replaced_by(members)))
    columns["existing_cost"] = _sum(
        [tables[m.id]["total_cost"] for m in members if m.status == "existing"], count
    )
    columns["proposed_cost"] = _sum(
        [tables[m.id]["total_cost"] for m in members if m.status == "proposed"], count
    )
    columns["replaced_cost"] = _sum([tables[r]["total_cost"] for r in replaced_ids], count)
    columns["additional_cost"] = columns["proposed_cost"] - columns["replaced_cost"]
    columns["additional_pct_gdp"] = columns["additional_cost"] * percent_of["pct_gdp"]
    envelope = empty
    if package.fiscal_space_percent_gdp is not None:
        envelope = resolve(
            package.fiscal_space_percent_gdp,
            ctx.years,
            f"packages[{index}].fiscal_space_percent_gdp",
        )
    columns["fiscal_space_pct_gdp"] = envelope
    columns["fiscal_space_gap_pct_gdp"] = envelope - columns["pct_gdp"]
    share = ctx.economy.gov_expenditure_share
    columns["gov_expenditure_needed_pct_gdp"] = (
        empty if share is None else 100.0 * share + columns["pct_gdp"]
    )
    return ResultTable(package.id, package.name, columns)


def _sum(arrays: list[Array], count: int) -> Array:
    """Element-wise sum of equal-length arrays (zeros when there are none)."""
    if not arrays:
        return np.zeros(count)
    return np.add.reduce(arrays) if len(arrays) > 1 else arrays[0].copy()


def _missing_budget_warnings(ctx: CountryContext, any_scenario: bool) -> list[Warning_]:
    if not any_scenario:
        return []
    result = []
    for name, column in (
        ("gov_expenditure_share_gdp", "% of government expenditure"),
        ("gov_revenue_share_gdp", "% of government revenue"),
    ):
        if name in ctx.economy.missing:
            result.append(
                Warning_(
                    "missing_budget",
                    f"not given, so the column '{column}' is left empty",
                    f"economy.{name}",
                )
            )
    return result
