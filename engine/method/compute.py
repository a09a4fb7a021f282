"""Results per scenario and package (docs/rap-method.md section 5), with warnings.

``compute(project)`` is the one entry point: it prepares the country data
(cached), costs every scenario, finds each financing source's amount
(``financing.py``), sums packages and sets their financing against their cost.
Scenarios are costed in calendar years; with a fiscal year starting after
January, the result tables are per fiscal year (``fiscal.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.dependencies import costing_order
from engine.domain.errors import InputError
from engine.domain.model import Package, Project, Scenario
from engine.domain.notes import Warning_
from engine.method.context import CountryContext, prepare
from engine.method.financing import SourceTerms, source_terms
from engine.method.fiscal import FiscalYears, fiscal_years
from engine.method.scenarios import ScenarioTerms, scenario_terms

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


@dataclass(frozen=True)
class Results:
    """Result tables per reported year (``years``: calendar years, or fiscal years named
    by their end year); ``terms`` and ``context`` are per calendar year."""

    years: NDArray[np.int64]
    currency: str
    scenarios: dict[str, ResultTable]
    packages: dict[str, ResultTable]
    terms: dict[str, ScenarioTerms]
    context: CountryContext
    warnings: tuple[Warning_, ...]
    errors: dict[str, InputError]  # scenario or package id -> why it has no results
    package_members: dict[str, tuple[str, ...]]
    fiscal: FiscalYears | None = None
    financing: dict[str, SourceTerms] = field(default_factory=dict)  # by source id
    financing_errors: dict[str, InputError] = field(default_factory=dict)  # by source id

    @property
    def calendar_years(self) -> NDArray[np.int64]:
        return self.context.year_array


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
    fiscal = fiscal_years(project.years)
    warnings = list(ctx.warnings)
    errors: dict[str, InputError] = {}
    terms: dict[str, ScenarioTerms] = {}
    tables: dict[str, ResultTable] = {}
    percent_of = _percent_bases(ctx, fiscal)
    covering_ids = {other for s in project.scenarios for other in (s.covered_by or ())}
    # Each scenario is costed on its own, after the scenarios it is covered_by (whose
    # beneficiaries it excludes): recosting one scenario means recosting those that
    # name it in covered_by too.
    for i in costing_order(project.scenarios):
        scenario = project.scenarios[i]
        try:
            covering = tuple(
                _covering(terms, errors, other, f"scenarios[{i}].covered_by")
                for other in scenario.covered_by or ()
            )
            terms[scenario.id] = scenario_terms(
                scenario, ctx, f"scenarios[{i}]", covering, keep_cells=scenario.id in covering_ids
            )
        except InputError as error:
            if strict:
                raise
            errors[scenario.id] = error
    years = ctx.year_array if fiscal is None else fiscal.years
    for i, scenario in enumerate(project.scenarios):  # the tables in the project's order
        if scenario.id not in terms:
            continue
        table = _scenario_table(scenario, terms[scenario.id], ctx, fiscal, percent_of)
        overflow = _not_finite(table.columns, years, f"scenarios[{i}]")
        if overflow is not None:
            if strict:
                raise overflow
            errors[scenario.id] = overflow
            del terms[scenario.id]
            continue
        tables[scenario.id] = table
    financing: dict[str, SourceTerms] = {}
    financing_errors: dict[str, InputError] = {}
    for i, source in enumerate(project.financing_sources):
        try:
            found = source_terms(source, f"financing_sources[{i}]", ctx, fiscal, terms, errors)
            overflow = _not_finite(
                {"financing": found.money, "financing_pct_gdp": found.pct_gdp},
                years,
                f"financing_sources[{i}]",
            )
            if overflow is not None:
                raise overflow
            financing[source.id] = found
        except InputError as error:
            if strict:
                raise
            financing_errors[source.id] = error
    packages = {}
    by_id = {scenario.id: scenario for scenario in project.scenarios}
    for i, package in enumerate(project.packages):
        members = [by_id[member] for member in package.scenarios]
        needed = [*package.scenarios, *_replaced_by(members)]
        blocked = [member for member in needed if member in errors]
        unfunded = [source for source in package.financing if source in financing_errors]
        if blocked or unfunded:
            unsummable = (
                InputError(
                    f"packages[{i}].scenarios",
                    messages.translate(
                        "Engine",
                        'cannot be summed: scenario "{blocked}" has no results',
                        "compute.cannot_summed_scenario_blocked",
                    ).format(blocked=blocked[0]),
                )
                if blocked
                else InputError(
                    f"packages[{i}].financing",
                    messages.translate(
                        "Engine",
                        'cannot be financed: source "{source}" has no amount ({reason})',
                        "compute.financing_source_blocked",
                    ).format(source=unfunded[0], reason=financing_errors[unfunded[0]].message),
                )
            )
            if strict:
                raise unsummable
            errors[package.id] = unsummable
            continue
        packages[package.id] = _package_table(
            package, by_id, tables, ctx, fiscal, percent_of, financing
        )
    warnings.extend(_missing_budget_warnings(ctx, bool(project.scenarios)))
    return Results(
        years=ctx.year_array if fiscal is None else fiscal.years,
        currency=project.country.currency,
        scenarios=tables,
        packages=packages,
        terms=terms,
        context=ctx,
        warnings=tuple(warnings),
        errors=errors,
        package_members={p.id: p.scenarios for p in project.packages},
        fiscal=fiscal,
        financing=financing,
        financing_errors=financing_errors,
    )


def _covering(
    terms: dict[str, ScenarioTerms], errors: dict[str, InputError], other: str, path: str
) -> NDArray[np.float64]:
    """The beneficiaries by age and sex of a scheme this one is covered by."""
    if other not in terms:
        reason = (
            errors[other].message
            if other in errors
            else messages.translate("Engine", "it has no results", "compute.no_results").format()
        )
        raise InputError(
            path,
            messages.translate(
                "Engine",
                'cannot remove the beneficiaries of "{other}": {reason}',
                "compute.cannot_remove_beneficiaries_other",
            ).format(other=other, reason=reason),
        )
    return terms[other].beneficiary_cells()


def _percent_bases(ctx: CountryContext, fiscal: FiscalYears | None) -> dict[str, Array]:
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


def _scenario_table(
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
                messages.translate(
                    "Engine",
                    "{name} in {year} is not a finite number: the inputs are too large "
                    "together (see the bounds in docs/json-format.md)",
                    "compute.name_year_finite_number",
                ).format(name=name, year=year),
            )
    return None


def _package_table(
    package: Package,
    scenarios: dict[str, Scenario],
    tables: dict[str, ResultTable],
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    percent_of: dict[str, Array],
    financing: dict[str, SourceTerms],
) -> ResultTable:
    """Sums of the members' money; existing, proposed and additional cost; financing."""
    count = ctx.years.count if fiscal is None else len(fiscal.years)
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


def _sum(arrays: list[Array], count: int) -> Array:
    """Element-wise sum of equal-length arrays (zeros when there are none)."""
    if not arrays:
        return np.zeros(count)
    return np.add.reduce(arrays) if len(arrays) > 1 else arrays[0].copy()


def _missing_budget_warnings(ctx: CountryContext, any_scenario: bool) -> list[Warning_]:
    if not any_scenario:
        return []
    result = []
    empty = {
        "gov_expenditure_share_gdp": messages.translate(
            "Engine",
            "not given, so the column '% of government expenditure' is left empty",
            "compute.missing_expenditure",
        ),
        "gov_revenue_share_gdp": messages.translate(
            "Engine",
            "not given, so the column '% of government revenue' is left empty",
            "compute.missing_revenue",
        ),
    }
    for name, message in empty.items():
        if name in ctx.economy.missing:
            result.append(Warning_("missing_budget", message.format(), f"economy.{name}"))
    return result
