"""Results per scenario and package (docs/rap-method.md section 5), with warnings.

``compute(project)`` is the one entry point: it prepares the country data
(cached), costs every scenario, finds each financing source's amount
(``financing.py``), sums packages and sets their financing against their cost.
Given a :class:`~engine.method.memo.Memo` (``incremental.Recompute`` holds one), it
takes again every scenario's terms and table, source and package that an edit left
alone, and computes the rest: the same code on the same inputs, so the same bits.
Scenarios are costed in calendar years; with a fiscal year starting after
January, the result tables are per fiscal year (``fiscal.py``).
"""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass, field
from itertools import compress, repeat

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.dependencies import costing_order
from engine.domain.errors import InputError
from engine.domain.model import FinancingSource, Package, Project, Scenario
from engine.domain.notes import Warning_
from engine.method.context import CountryContext, prepare
from engine.method.financing import SourceTerms, source_terms
from engine.method.fiscal import FiscalYears, fiscal_years
from engine.method.memo import MISS, Memo
from engine.method.scenarios import ScenarioTerms, scenario_terms

Array = NDArray[np.float64]

_ID = operator.attrgetter("id")
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


def compute(project: Project, *, strict: bool = True, memo: Memo | None = None) -> Results:
    """Cost every scenario and package of a project.

    ``strict``: the first bad input raises :class:`InputError` (command line).
    Otherwise a scenario that cannot be costed is left out with its error in
    ``Results.errors``, and so is every package that holds it (GUI).

    Inputs are bounded (docs/json-format.md) so results stay finite; should a
    combination still overflow, numpy stays silent and the scenario is refused
    naming the column and year (no Infinity ever reaches a view or a file).

    ``memo``: what the last compute found, taken again where its inputs are the very
    same objects (an edit to one scenario recomputes it, the scenarios covered by it,
    the sources it pays contributions to and the packages holding any of them).
    """
    memo = memo if memo is not None else Memo()
    memo.start()
    with np.errstate(all="ignore"):
        results = _compute(project, strict, memo)
    memo.finish()
    return results


def _compute(project: Project, strict: bool, memo: Memo) -> Results:
    ctx = prepare(project)
    fiscal = fiscal_years(project.years)
    warnings = list(ctx.warnings)
    percent_of = _percent_bases(ctx, fiscal)
    years = ctx.year_array if fiscal is None else fiscal.years
    costing = _Costing(project, ctx, fiscal, percent_of, years)
    kept = memo.get("scenarios", (ctx, project.years))
    done = costing.changed_only(kept) if isinstance(kept, _Snapshot) else None
    snapshot = done or costing.every_scenario(kept if isinstance(kept, _Snapshot) else None, strict)
    memo.put("scenarios", (ctx, project.years), snapshot)
    terms, tables, errors = dict(snapshot.terms), dict(snapshot.tables), dict(snapshot.errors)
    years_given = project.years
    financing: dict[str, SourceTerms] = {}
    financing_errors: dict[str, InputError] = {}
    for i, source in enumerate(project.financing_sources):
        payer = source.contributions.scenario if source.contributions is not None else None
        sources: tuple[object, ...] = (
            source,
            ctx,
            years_given,
            terms.get(payer or ""),
            errors.get(payer or ""),
        )
        amount = memo.get(("source", source.id, i), sources)
        if amount is MISS:
            amount = _source(source, i, ctx, fiscal, terms, errors, years)
            memo.put(("source", source.id, i), sources, amount)
        if isinstance(amount, InputError):
            if strict:
                raise amount
            financing_errors[source.id] = amount
            continue
        assert isinstance(amount, SourceTerms)
        financing[source.id] = amount
    packages = {}
    by_id = dict(zip(map(_ID, project.scenarios), project.scenarios, strict=True))
    for i, package in enumerate(project.packages):
        members = list(map(by_id.__getitem__, package.scenarios))
        needed = [*package.scenarios, *_replaced_by(members)]
        # What the package is found from (maps, not loops: a package may hold 1,000 scenarios)
        sources = (
            package,
            ctx,
            years_given,
            *members,
            *map(tables.get, needed),
            *(map(errors.get, needed) if errors else ()),
            *map(financing.get, package.financing),
            *map(financing_errors.get, package.financing),
        )
        stack = memo.get(("stack", package.id), ())  # kept while the package is
        if stack is MISS:
            stack = _Stack()
            memo.put(("stack", package.id), (), stack)
        assert isinstance(stack, _Stack)
        summed = memo.get(("package", package.id, i), sources)
        if summed is MISS:
            summed = _package(
                package,
                i,
                needed,
                by_id,
                tables,
                errors,
                ctx,
                fiscal,
                percent_of,
                (financing, financing_errors),
                stack,
            )
            memo.put(("package", package.id, i), sources, summed)
        if isinstance(summed, InputError):
            if strict:
                raise summed
            errors[package.id] = summed
            continue
        assert isinstance(summed, ResultTable)
        packages[package.id] = summed
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


@dataclass(frozen=True)
class _Snapshot:
    """Every scenario's outcome in one compute: ``entries`` by id (its position, what it was
    found from, its terms and table or error), and the dicts the results hold. ``plain``:
    no scenario is covered by another and none has an error, so an edit that only replaces
    scenarios recomputes those alone."""

    scenarios: tuple[Scenario, ...]
    entries: dict[str, tuple[int, tuple[object, ...], _Outcome]]
    terms: dict[str, ScenarioTerms]
    tables: dict[str, ResultTable]
    errors: dict[str, InputError]
    plain: bool


_Outcome = tuple[ScenarioTerms, "ResultTable | InputError"] | tuple[InputError, None]


class _Costing:
    """Costing the scenarios of one project, taking again what the last compute found."""

    def __init__(
        self,
        project: Project,
        ctx: CountryContext,
        fiscal: FiscalYears | None,
        percent_of: dict[str, Array],
        years: NDArray[np.int64],
    ) -> None:
        self.scenarios = project.scenarios
        self.ctx, self.fiscal, self.percent_of, self.years = ctx, fiscal, percent_of, years
        self.given = project.years

    def outcome(
        self, scenario: Scenario, i: int, covering: tuple[ScenarioTerms, ...], keep: bool
    ) -> _Outcome:
        return _costed(
            scenario, i, self.ctx, self.fiscal, self.percent_of, self.years, covering, keep
        )

    def changed_only(self, kept: _Snapshot) -> _Snapshot | None:
        """The last snapshot with the replaced scenarios recosted, when that is all an edit
        did to a plain project (None otherwise: then every scenario is looked at)."""
        scenarios = self.scenarios
        if not kept.plain or len(kept.scenarios) != len(scenarios):
            return None
        entries, terms, tables = dict(kept.entries), dict(kept.terms), dict(kept.tables)
        for i in compress(itertools.count(), map(operator.is_not, kept.scenarios, scenarios)):
            scenario = scenarios[i]
            if scenario.id != kept.scenarios[i].id or scenario.covered_by:
                return None
            outcome = self.outcome(scenario, i, (), False)
            found, table = outcome
            if not isinstance(found, ScenarioTerms) or not isinstance(table, ResultTable):
                return None
            entries[scenario.id] = (i, (scenario, False), outcome)
            terms[scenario.id], tables[scenario.id] = found, table
        return _Snapshot(scenarios, entries, terms, tables, {}, True)

    def every_scenario(self, kept: _Snapshot | None, strict: bool) -> _Snapshot:
        """Each scenario costed after those it is covered_by, or taken again when found
        from the very same objects (its position included) last time."""
        scenarios = self.scenarios
        entries: dict[str, tuple[int, tuple[object, ...], _Outcome]] = {}
        errors: dict[str, InputError] = {}
        terms: dict[str, ScenarioTerms] = {}
        found_tables: dict[str, ResultTable | InputError] = {}
        covering_ids = {other for s in scenarios for other in (s.covered_by or ())}
        last = kept.entries if kept is not None else {}
        # Recosting one scenario means recosting those that name it in covered_by too:
        # their sources hold its terms.
        for i in costing_order(scenarios):
            scenario = scenarios[i]
            try:
                covering = (
                    tuple(
                        _covering(terms, errors, other, f"scenarios[{i}].covered_by")
                        for other in scenario.covered_by
                    )
                    if scenario.covered_by
                    else ()
                )
                keep = scenario.id in covering_ids
                sources = (scenario, keep, *covering)
                entry = last.get(scenario.id)
                if entry is not None and entry[0] == i and _same(entry[1], sources):
                    outcome = entry[2]
                else:
                    outcome = self.outcome(scenario, i, covering, keep)
                entries[scenario.id] = (i, sources, outcome)
                found, table = outcome
                if isinstance(found, InputError):
                    raise found
                terms[scenario.id] = found
                assert table is not None
                found_tables[scenario.id] = table
            except InputError as error:
                if strict:
                    raise
                errors[scenario.id] = error
        tables: dict[str, ResultTable] = {}
        for scenario in scenarios:  # the tables in the project's order
            table = found_tables.get(scenario.id)
            if table is None:
                continue
            if isinstance(table, InputError):  # a result that is not a finite number
                if strict:
                    raise table
                errors[scenario.id] = table
                del terms[scenario.id]
                continue
            tables[scenario.id] = table
        plain = not covering_ids and not errors
        return _Snapshot(scenarios, entries, terms, tables, errors, plain)


def _same(found: tuple[object, ...], sources: tuple[object, ...]) -> bool:
    return len(found) == len(sources) and all(map(operator.is_, found, sources))


def _costed(
    scenario: Scenario,
    i: int,
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    percent_of: dict[str, Array],
    years: NDArray[np.int64],
    covering: tuple[ScenarioTerms, ...],
    keep: bool,
) -> tuple[ScenarioTerms, ResultTable | InputError] | tuple[InputError, None]:
    """A scenario's terms and its table (or why it has none: a missing input, or a result
    that is not a finite number)."""
    try:
        cells = tuple(other.beneficiary_cells() for other in covering)
        terms = scenario_terms(scenario, ctx, f"scenarios[{i}]", cells, keep_cells=keep)
    except InputError as error:
        return error, None
    table = _scenario_table(scenario, terms, ctx, fiscal, percent_of)
    return terms, _not_finite(table.columns, years, f"scenarios[{i}]") or table


def _source(
    source: FinancingSource,
    i: int,
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    terms: dict[str, ScenarioTerms],
    errors: dict[str, InputError],
    years: NDArray[np.int64],
) -> SourceTerms | InputError:
    """A financing source's amount, or why it has none."""
    try:
        found = source_terms(source, f"financing_sources[{i}]", ctx, fiscal, terms, errors)
    except InputError as error:
        return error
    overflow = _not_finite(
        {"financing": found.money, "financing_pct_gdp": found.pct_gdp},
        years,
        f"financing_sources[{i}]",
    )
    return overflow or found


def _package(
    package: Package,
    i: int,
    needed: list[str],
    by_id: dict[str, Scenario],
    tables: dict[str, ResultTable],
    errors: dict[str, InputError],
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    percent_of: dict[str, Array],
    sources: tuple[dict[str, SourceTerms], dict[str, InputError]],
    stack: _Stack,
) -> ResultTable | InputError:
    """A package's table, or why it cannot be summed or financed."""
    financing, financing_errors = sources
    blocked = [member for member in needed if member in errors]
    unfunded = [source for source in package.financing if source in financing_errors]
    if blocked:
        return InputError(
            f"packages[{i}].scenarios",
            messages.translate(
                "Engine",
                'cannot be summed: scenario "{blocked}" has no results',
                "compute.cannot_summed_scenario_blocked",
            ).format(blocked=blocked[0]),
        )
    if unfunded:
        return InputError(
            f"packages[{i}].financing",
            messages.translate(
                "Engine",
                'cannot be financed: source "{source}" has no amount ({reason})',
                "compute.financing_source_blocked",
            ).format(source=unfunded[0], reason=financing_errors[unfunded[0]].message),
        )
    return _package_table(package, by_id, tables, ctx, fiscal, percent_of, financing, stack)


def _covering(
    terms: dict[str, ScenarioTerms], errors: dict[str, InputError], other: str, path: str
) -> ScenarioTerms:
    """The terms of a scheme this one is covered by (its beneficiaries are excluded here)."""
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
    return terms[other]


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
    if not any(map(_REPLACES, members)):  # most packages replace nothing: no Python loop
        return []
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


def _package_table(
    package: Package,
    scenarios: dict[str, Scenario],
    tables: dict[str, ResultTable],
    ctx: CountryContext,
    fiscal: FiscalYears | None,
    percent_of: dict[str, Array],
    financing: dict[str, SourceTerms],
    stack: _Stack | None = None,
) -> ResultTable:
    """Sums of the members' money; existing, proposed and additional cost; financing."""
    count = ctx.years.count if fiscal is None else len(fiscal.years)
    empty = np.full(count, np.nan)
    members = list(map(scenarios.__getitem__, package.scenarios))
    rows = (stack or _Stack()).rows_of(list(map(tables.__getitem__, package.scenarios)), count)
    columns: dict[str, Array] = {"beneficiaries": empty, "benefit_per_beneficiary": empty}
    for name in MONEY_COLUMNS:
        columns[name] = _sum_rows(rows[name], count)
    total = columns["total_cost"]
    for name, factor in percent_of.items():
        columns[name] = total * factor
    replaced_ids = sorted(set(_replaced_by(members)))
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


class _Stack:
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
