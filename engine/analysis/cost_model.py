"""The evaluator: the central results re-evaluated under many shocks at once.

Each assumption moves a factor of the cost formula the way the engine's own
formulas move it (docs/rap-method.md sections 3-4), so with every shift at zero the
evaluator gives the central result exactly:

- real growth ``g + dg`` and inflation ``pi + dpi`` (CPI and GDP deflator
  together) change nominal GDP, the price and wage indices and GDP per person;
- take-up is multiplied (and capped at 100 %), the benefit level multiplied,
  the administration rate shifted (never below 0);
- population is scaled year by year (every age and sex alike) between the
  WPP 2024 bounds of the bundled country: N follows, and GDP per person;
- a scenario ``covered_by`` others loses or gains eligible persons as their
  take-up moves (``coverage.py``); a benefit paid by age tiers moves as a whole,
  every tier by the same share (its A is their average);
- a financing source's amount is multiplied by its own shift (its ``range``, else
  +-20 %), and moves with the economy as the engine's formulas say: an amount in % of
  GDP or of revenue stays a share of GDP, money a year shrinks in % of GDP as GDP
  grows, and contributions follow their scheme's members (take-up, population) and
  the wage. So the gap (cost minus financing, % of GDP) can be ranked and banded.

Costs are evaluated per calendar year, then blended into fiscal years the way the
engine does (``engine.method.fiscal``) when the project reports fiscal years.

The arrays are laid out a year per row and a draw per column ([years, draws]): every
operation pairs a year's value with a row of draws, which numpy does at full speed,
where rows of 36 years each made it copy its operands through a buffer first. Each
element still gets the same operations in the same order, so the same bits.
"""

from __future__ import annotations

import numpy as np

from engine.analysis.assumptions import DEFAULT_SOURCE_SHIFT, GAP, Array, Measure, Shocks
from engine.analysis.coverage import Coverage
from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project, Scenario
from engine.method.compute import Results
from engine.method.financing import MONTHS, SourceTerms
from engine.method.scenarios import ScenarioTerms

ROW_BY_ROW = 64  # draws from which an index's running product is taken a row at a time


class _Scenario:
    """One scenario's terms per calendar year, as columns [years, 1] against the draws."""

    def __init__(self, scenario: Scenario, terms: ScenarioTerms) -> None:
        self.take_up = terms.take_up[:, None]
        self.eligible = terms.eligible[:, None]
        self.annual = terms.annual_benefit[:, None]
        self.admin_rate = terms.admin_rate
        self.fixed = terms.fixed_admin[:, None] if terms.fixed_admin.any() else None
        self.index = _index_of(scenario)  # cpi | wage | gdppc | gdppc_relative | none
        self.scales_with_population = scenario.kind != "custom"
        self.start = terms.start  # first year and start month (fiscal-year flows)
        self.take_up_max = _largest(terms.take_up)  # inf: a negative or missing one


class CostModel:
    """The central results, ready to be re-evaluated under many shocks at once."""

    def __init__(self, project: Project, results: Results, population_bounds: Array | None) -> None:
        self.project, self.results = project, results
        economy = results.context.economy
        self.years = results.years  # reported years (fiscal years when the project has them)
        self.fiscal = results.fiscal
        self.coverage = Coverage(project, results)
        self.g = np.nan_to_num(economy.real_growth)
        self.d = np.nan_to_num(economy.deflator_growth)
        self.pi = np.nan_to_num(economy.inflation)
        self.gdp = economy.gdp_nominal
        self.wage_follows_growth = project.economy.real_wage_growth is None
        self.bounds = population_bounds  # [t, (low, high)] as ratios to the central path
        self.scenarios = {
            scenario.id: _Scenario(scenario, results.terms[scenario.id])
            for scenario in project.scenarios
            if scenario.id in results.terms
        }
        self.financing: dict[str, SourceTerms] = dict(results.financing)
        self.ranges = {
            source.id: source.range or DEFAULT_SOURCE_SHIFT for source in project.financing_sources
        }
        self.names = {source.id: source.name for source in project.financing_sources}
        self.chosen = {package.id: package.financing for package in project.packages}

    def members(self, scope: str, key: str) -> list[str]:
        if scope == "scenario":
            if key not in self.scenarios:
                raise InputError(
                    "--scenario",
                    messages.translate(
                        "Engine",
                        '"{key}" is not a costed scenario of this project',
                        "uncertainty.key_costed_scenario_project",
                    ).format(key=key),
                )
            return [key]
        if key not in self.results.packages:
            raise InputError(
                "--package",
                messages.translate(
                    "Engine",
                    '"{key}" is not a costed package of this project',
                    "uncertainty.key_costed_package_project",
                ).format(key=key),
            )
        return list(self.results.package_members[key])

    def sources_of(self, key: str, scope: str = "package") -> tuple[str, ...]:
        """The financing sources a package chose; its gap needs a package with one."""
        if scope != "package":
            raise InputError(
                "--measure",
                messages.translate(
                    "Engine",
                    "the financing gap is a package's: use --package",
                    "uncertainty.gap_of_a_package",
                ).format(),
            )
        chosen = self.chosen.get(key, ())
        if not chosen:
            raise InputError(
                "--measure",
                messages.translate(
                    "Engine",
                    'package "{key}" has no financing source, so it has no financing gap',
                    "uncertainty.no_financing_gap",
                ).format(key=key),
            )
        return chosen

    def evaluate(self, scope: str, key: str, measure: Measure, shocks: Shocks) -> Array:
        """The output per draw and year, shape [draws, years]."""
        return self.by_year(scope, key, measure, shocks).T

    def by_year(self, scope: str, key: str, measure: Measure, shocks: Shocks) -> Array:
        """The output per year and draw, shape [years, draws]. Inputs are bounded
        (docs/json-format.md); numpy stays silent, and the command line refuses any
        value that is not finite before writing it."""
        with np.errstate(all="ignore"):
            members = self.members(scope, key)
            if measure == GAP:
                self.sources_of(key, scope)
            count = len(shocks.take_up)
            step = self.coverage.chunk(len(self.years))
            if self.coverage.active and count > step:
                parts = [
                    self.by_year(scope, key, measure, shocks.part(start, start + step))
                    for start in range(0, count, step)
                ]
                return np.concatenate(parts, axis=1)
            ratios = _Ratios(self, shocks)
            covered = {}
            if self.coverage.active:
                found = self.coverage.eligible(shocks.take_up)
                covered = {name: (n.T, a.T) for name, (n, a) in found.items()}
            total = np.zeros((len(self.years), count))
            work = _Work(shocks, ratios, self.bounds is not None)
            for member in members:
                cost = self._cost(self.scenarios[member], work, covered.get(member))
                if self.fiscal is not None:
                    cost = self.fiscal.flow(cost.T, self.scenarios[member].start).T
                np.add(total, cost, out=total)
            if measure == "total_cost":
                return total
            gdp = self.gdp[:, None] * ratios["gdp"]
            if self.fiscal is not None:
                gdp = self.fiscal.stock(gdp.T).T
            pct: Array = total * (100.0 / gdp)
            if measure != GAP:
                return pct
            financed = [
                self._financing(source, shocks, ratios, covered, gdp)
                for source in self.sources_of(key)
            ]
            gap: Array = pct - np.add.reduce(financed)
            return gap

    def _financing(
        self,
        key: str,
        shocks: Shocks,
        ratios: _Ratios,
        covered: dict[str, tuple[Array, Array]],
        gdp: Array,
    ) -> Array:
        """A source's amount in % of GDP per reported year and draw (``gdp``: per draw)."""
        terms = self.financing[key]
        count = len(shocks.take_up)
        shift = shocks.sources.get(key, np.zeros(count))[None, :]
        if terms.unit in ("pct_gdp", "pct_gov_revenue"):  # a share of GDP stays one
            share: Array = terms.pct_gdp[:, None] * (1.0 + shift)
            return share
        if terms.unit == "lcu":
            money: Array = terms.money[:, None] * (1.0 + shift)
            return money * (100.0 / gdp)
        scheme = self.scenarios[terms.scenario or ""]
        assert terms.monthly_wage is not None and terms.year_share is not None
        take_up = np.minimum(scheme.take_up * (1.0 + shocks.take_up[None, :]), 1.0)
        found = covered.get(terms.scenario or "")
        eligible = scheme.eligible if found is None else found[0]
        if scheme.scales_with_population:
            eligible = eligible * ratios["population"]
        members = take_up * eligible
        wage = terms.monthly_wage[:, None] * ratios["wage"]
        collected = members * wage * MONTHS * terms.rate * terms.year_share[:, None]
        collected = collected * (1.0 + shift)
        if self.fiscal is not None:
            collected = self.fiscal.flow(collected.T, terms.start).T
        result: Array = collected * (100.0 / gdp)
        return result

    def _cost(self, s: _Scenario, work: _Work, covered: tuple[Array, Array] | None) -> Array:
        """``TU x N x A x (1 + alpha) + fixed`` per calendar year and draw, in ``work``'s
        arrays (valid until the next scenario's). The formula's operations in the formula's
        order (the same bits as written out plainly), leaving out only what cannot change a
        bit: a take-up that no draw takes past 100 % is not capped, N is not multiplied by a
        population ratio of 1 everywhere, and a fixed cost of 0 is not added."""
        first, second, third = work.arrays
        take_up = np.multiply(s.take_up, work.up, out=first)
        if not s.take_up_max * work.up_max <= 1.0:  # some draw may reach the cap
            np.minimum(take_up, work.ratios["none"], out=take_up)  # ones: min(x, 1)
        base, amount = (s.eligible, s.annual) if covered is None else covered
        if s.scales_with_population and work.population_moves:
            base = np.multiply(base, work.ratios["population"], out=second)
        cost = np.multiply(take_up, base, out=first)
        annual = np.multiply(amount, work.factor(s.index), out=third)
        np.multiply(cost, annual, out=cost)  # the benefit cost
        alpha = np.maximum(s.admin_rate + work.shocks.admin_rate, 0.0)[None, :]
        admin = np.multiply(alpha, cost, out=third)
        if s.fixed is not None:
            np.add(admin, s.fixed, out=admin)
        return np.add(cost, admin, out=admin)

    def population(self, position: Array) -> Array:
        """Scale per calendar year and draw: 1 at 0, the low bound at -1, the high at +1."""
        ones = np.ones((len(self.gdp), len(position)))
        if self.bounds is None:
            return ones
        low, high = self.bounds[:, 0], self.bounds[:, 1]
        down = np.minimum(position, 0.0)[None, :] * (1.0 - low[:, None])
        up = np.maximum(position, 0.0)[None, :] * (high[:, None] - 1.0)
        scale: Array = ones + down + up
        return scale


class _Ratios:
    """Each index under one evaluation's shocks, relative to the central index (1 in the base
    year), per calendar year and draw, computed once when first asked for (a package paid
    in prices needs no wage index), by the same operations in the same order."""

    def __init__(self, model: CostModel, shocks: Shocks) -> None:
        self.model, self.shocks = model, shocks
        self._found: dict[str, Array] = {}

    def __getitem__(self, name: str) -> Array:
        if name not in self._found:
            self._found[name] = getattr(self, "_" + name)()
        return self._found[name]

    @staticmethod
    def _cumulative(rate: Array, shift: Array) -> Array:
        """The running product over the years of ``(1 + rate + shift) / (1 + rate)`` from the
        second year on: ``np.cumprod``'s multiplications, a row of draws at a time when the
        rows are long (``np.cumprod`` along the years is then ten times slower)."""
        index: Array = (1.0 + rate[:, None] + shift[None, :]) / (1.0 + rate[:, None])
        index[0] = 1.0
        if index.shape[1] < ROW_BY_ROW:
            product: Array = np.cumprod(index, axis=0, dtype=np.float64)
            return product
        for t in range(1, len(index)):
            np.multiply(index[t - 1], index[t], out=index[t])
        return index

    def _cpi(self) -> Array:
        return self._cumulative(self.model.pi, self.shocks.inflation)

    def _growth(self) -> Array:
        return self._cumulative(self.model.g, self.shocks.real_growth)

    def _gdp(self) -> Array:
        gdp: Array = self["growth"] * self._cumulative(self.model.d, self.shocks.inflation)
        return gdp

    def _population(self) -> Array:
        return self.model.population(self.shocks.population)

    def _wage(self) -> Array:
        if not self.model.wage_follows_growth:
            return self["cpi"]
        wage: Array = self["cpi"] * self["growth"]
        return wage

    def _gdppc(self) -> Array:
        gdppc: Array = self["gdp"] / self["population"]
        return gdppc

    def _gdppc_relative(self) -> Array:
        gdppc = self["gdppc"]
        relative: Array = gdppc / gdppc[:1, :]
        return relative

    def _none(self) -> Array:
        return np.ones((len(self.model.gdp), len(self.shocks.take_up)))


class _Work:
    """What every scenario's cost shares in one evaluation: the shocks, the indices under
    them, ``1 + take-up shock`` and ``(1 + benefit shock) x index`` per index (found once,
    with the very operations each scenario would do), and three arrays to work in."""

    def __init__(self, shocks: Shocks, ratios: _Ratios, population_moves: bool) -> None:
        self.shocks, self.ratios, self.population_moves = shocks, ratios, population_moves
        self.up: Array = 1.0 + shocks.take_up[None, :]
        self.up_max = float(self.up.max()) if self.up.size and self.up.min() >= 0 else np.inf
        self._factors: dict[str, Array] = {}
        shape = (len(ratios.model.gdp), len(shocks.take_up))
        self.arrays = (np.empty(shape), np.empty(shape), np.empty(shape))

    def factor(self, index: str) -> Array:
        if index not in self._factors:
            level = 1.0 + self.shocks.benefit_level[None, :]
            self._factors[index] = level * self.ratios[index]
        return self._factors[index]


def _largest(take_up: Array) -> float:
    """The largest take-up of a scenario, or inf when the cap cannot be left out safely."""
    if not len(take_up) or not np.all(np.isfinite(take_up)) or take_up.min() < 0:
        return float(np.inf)
    return float(take_up.max())


def _index_of(scenario: Scenario) -> str:
    """Which index moves the scenario's annual amount A."""
    kind = scenario.kind
    if kind == "health_per_capita":
        return "cpi"
    if kind in ("public_works", "health_staffing"):
        return "wage"
    benefit = scenario.benefit
    assert benefit is not None
    if benefit.type == "anchor":
        return {"poverty_line": "cpi", "gdp_per_capita": "gdppc"}.get(benefit.anchor or "", "wage")
    return {
        "prices": "cpi",
        "wages": "wage",
        "gdp_per_capita": "gdppc_relative",
    }.get(benefit.indexation or "none", "none")
