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
from itertools import compress

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
from engine.method.tables import MONEY_COLUMNS as MONEY_COLUMNS
from engine.method.tables import PACKAGE_COLUMNS as PACKAGE_COLUMNS
from engine.method.tables import RESULT_COLUMNS as RESULT_COLUMNS
from engine.method.tables import (
    MemberStack,
    not_finite,
    package_table,
    percent_bases,
    replaced_by,
    scenario_table,
)
from engine.method.tables import ResultTable as ResultTable

Array = NDArray[np.float64]

_ID = operator.attrgetter("id")
_STATUS = operator.attrgetter("status")
_REPLACES = operator.attrgetter("replaces")


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
    percent_of = percent_bases(ctx, fiscal)
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
        needed = [*package.scenarios, *replaced_by(members)]
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
            stack = MemberStack()
            memo.put(("stack", package.id), (), stack)
        assert isinstance(stack, MemberStack)
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
    table = scenario_table(scenario, terms, ctx, fiscal, percent_of)
    return terms, not_finite(table.columns, years, f"scenarios[{i}]") or table


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
    overflow = not_finite(
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
    stack: MemberStack,
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
    return package_table(package, by_id, tables, ctx, fiscal, percent_of, financing, stack)


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
