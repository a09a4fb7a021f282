"""How sure are the costs: one-way sensitivity (tornado) and Monte Carlo bands.

Both rest on one vectorised evaluator built from the central results. Each
assumption moves a factor of the cost formula the way the engine's own
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
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from engine.analysis.coverage import Coverage
from engine.analysis.percentiles import Percentiles
from engine.domain import messages
from engine.domain.errors import Cancelled, InputError
from engine.domain.model import Project, Range, Scenario, ShiftRange
from engine.method.compute import Results
from engine.method.financing import MONTHS, SourceTerms

Array = NDArray[np.float64]
ASSUMPTIONS = ("real_growth", "inflation", "take_up", "benefit_level", "admin_rate", "population")
LABELS = {
    "real_growth": "real GDP growth",
    "inflation": "inflation (CPI and GDP deflator)",
    "take_up": "take-up",
    "benefit_level": "benefit level",
    "admin_rate": "administration rate",
    "population": "population (WPP 2024 bounds)",
}
# Tornado defaults: growth and inflation +-2 points, take-up and benefit +-20 %,
# administration +-5 points; population: the WPP low and high variants.
DEFAULT_SHIFTS = {
    "real_growth": (-0.02, 0.02),
    "inflation": (-0.02, 0.02),
    "take_up": (-0.2, 0.2),
    "benefit_level": (-0.2, 0.2),
    "admin_rate": (-0.05, 0.05),
    "population": (-1.0, 1.0),
}
DEFAULT_SOURCE_SHIFT = ShiftRange(-0.2, 0.2)  # a source without its own range: +-20 %
SOURCE_PREFIX = "financing."  # a source's assumption: "financing.<source id>"
GAP = "financing_gap_pct_gdp"
PERCENTILES = (5, 25, 50, 75, 95)
EVALUATED_AT_ONCE = 500  # draws per evaluation in bands (about 140 kB per array)
WORKERS = 2  # threads evaluating draws at once (at most; one per core)
Measure = Literal["pct_gdp", "total_cost", "financing_gap_pct_gdp"]
MEASURES = ("pct_gdp", "total_cost", GAP)
Progress = Callable[[float], bool]  # share done -> keep going


@dataclass(frozen=True)
class Shocks:
    """One value per draw for each assumption (arrays of the same length); ``sources``:
    the relative shift of each financing source's amount (a source not named: 0)."""

    real_growth: Array
    inflation: Array
    take_up: Array
    benefit_level: Array
    admin_rate: Array
    population: Array
    sources: dict[str, Array] = field(default_factory=dict)

    @staticmethod
    def central(count: int = 1) -> Shocks:
        zero = np.zeros(count)
        return Shocks(zero, zero, zero, zero, zero, zero)

    @staticmethod
    def of(fields: Mapping[str, Array], sources: dict[str, Array] | None = None) -> Shocks:
        """Shocks from each assumption's draws by name (every one of ASSUMPTIONS)."""
        return Shocks(
            fields["real_growth"],
            fields["inflation"],
            fields["take_up"],
            fields["benefit_level"],
            fields["admin_rate"],
            fields["population"],
            sources=sources or {},
        )

    def part(self, start: int, stop: int) -> Shocks:
        """Draws ``start`` to ``stop`` of every assumption."""
        return Shocks.of(
            {a: getattr(self, a)[start:stop] for a in ASSUMPTIONS},
            {key: values[start:stop] for key, values in self.sources.items()},
        )


@dataclass(frozen=True)
class _Scenario:
    take_up: Array
    eligible: Array
    annual: Array
    admin_rate: float
    fixed: Array
    index: str  # cpi | wage | gdppc | gdppc_relative | none
    scales_with_population: bool
    start: tuple[int, int] | None  # first year and start month (fiscal-year flows)
    take_up_max: float = np.inf  # the largest take-up (inf: a negative or missing one)


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
        self.scenarios: dict[str, _Scenario] = {}
        for scenario in project.scenarios:
            terms = results.terms.get(scenario.id)
            if terms is None:
                continue
            self.scenarios[scenario.id] = _Scenario(
                take_up=terms.take_up,
                eligible=terms.eligible,
                annual=terms.annual_benefit,
                admin_rate=terms.admin_rate,
                fixed=terms.fixed_admin,
                index=_index_of(scenario),
                scales_with_population=scenario.kind != "custom",
                start=terms.start,
                take_up_max=_largest(terms.take_up),
            )
        self.financing: dict[str, SourceTerms] = dict(results.financing)
        self.ranges = {
            source.id: source.range or DEFAULT_SOURCE_SHIFT for source in project.financing_sources
        }
        self.names = {source.id: source.name for source in project.financing_sources}
        self.chosen = {package.id: package.financing for package in project.packages}

    # ------------------------------------------------------------ evaluation

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
        """The output per draw and year, shape [draws, years]. Inputs are bounded
        (docs/json-format.md); numpy stays silent, and the command line refuses any
        value that is not finite before writing it."""
        with np.errstate(all="ignore"):
            members = self.members(scope, key)
            if measure == GAP:
                self.sources_of(key, scope)
            if self.coverage.active and len(shocks.take_up) > self.coverage.chunk(len(self.years)):
                step = self.coverage.chunk(len(self.years))
                parts = [
                    self.evaluate(scope, key, measure, shocks.part(start, start + step))
                    for start in range(0, len(shocks.take_up), step)
                ]
                return np.concatenate(parts)
            ratios = self._ratios(shocks)
            covered = self.coverage.eligible(shocks.take_up) if self.coverage.active else {}
            total = np.zeros((len(shocks.take_up), len(self.years)))
            work = _Work(shocks, ratios, self.bounds is not None)
            for member in members:
                cost = self._cost(self.scenarios[member], work, covered.get(member))
                if self.fiscal is not None:
                    cost = self.fiscal.flow(cost, self.scenarios[member].start)
                np.add(total, cost, out=total)
            if measure == "total_cost":
                return total
            gdp = self.gdp[None, :] * ratios["gdp"]
            if self.fiscal is not None:
                gdp = self.fiscal.stock(gdp)
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
        """A source's amount in % of GDP per draw and reported year (``gdp``: per draw)."""
        terms = self.financing[key]
        count = len(shocks.take_up)
        shift = shocks.sources.get(key, np.zeros(count))[:, None]
        if terms.unit in ("pct_gdp", "pct_gov_revenue"):  # a share of GDP stays one
            share: Array = terms.pct_gdp[None, :] * (1.0 + shift)
            return share
        if terms.unit == "lcu":
            money: Array = terms.money[None, :] * (1.0 + shift)
            return money * (100.0 / gdp)
        scheme = self.scenarios[terms.scenario or ""]
        assert terms.monthly_wage is not None and terms.year_share is not None
        take_up = np.minimum(scheme.take_up[None, :] * (1.0 + shocks.take_up[:, None]), 1.0)
        found = covered.get(terms.scenario or "")
        eligible = scheme.eligible[None, :] if found is None else found[0]
        if scheme.scales_with_population:
            eligible = eligible * ratios["population"]
        members = take_up * eligible
        wage = terms.monthly_wage[None, :] * ratios["wage"]
        collected = members * wage * MONTHS * terms.rate * terms.year_share[None, :]
        collected = collected * (1.0 + shift)
        if self.fiscal is not None:
            collected = self.fiscal.flow(collected, terms.start)
        result: Array = collected * (100.0 / gdp)
        return result

    def _cost(self, s: _Scenario, work: _Work, covered: tuple[Array, Array] | None) -> Array:
        """``TU x N x A x (1 + alpha) + fixed`` per draw and calendar year. The formula's
        operations in the formula's order (the same bits as written out plainly), in two
        arrays reused, leaving out only what cannot change a bit: a take-up that no draw
        takes past 100 % is not capped, N is not multiplied by a population ratio of 1
        everywhere, and a fixed cost of 0 is not added."""
        take_up = np.multiply(s.take_up[None, :], work.up)
        if not s.take_up_max * work.up_max <= 1.0:  # some draw may reach the cap
            np.minimum(take_up, 1.0, out=take_up)
        base, amount = (s.eligible[None, :], s.annual[None, :]) if covered is None else covered
        if s.scales_with_population and work.population_moves:
            base = base * work.ratios["population"]
        cost = np.multiply(take_up, base, out=take_up)
        annual = np.multiply(amount, work.factor(s.index))
        np.multiply(cost, annual, out=cost)  # the benefit cost
        alpha = np.maximum(s.admin_rate + work.shocks.admin_rate, 0.0)[:, None]
        admin = np.multiply(alpha, cost, out=annual)
        if s.fixed.any():
            np.add(admin, s.fixed[None, :], out=admin)
        return np.add(cost, admin, out=admin)

    def _ratios(self, shocks: Shocks) -> _Ratios:
        """Each index under the shocks, relative to the central index (1 in the base year);
        found when first asked for (a package paid in prices needs no wage index)."""
        return _Ratios(self, shocks)

    def _population(self, position: Array) -> Array:
        """Scale per draw and calendar year: 1 at 0, the low bound at -1, the high at +1."""
        ones = np.ones((len(position), len(self.gdp)))
        if self.bounds is None:
            return ones
        low, high = self.bounds[:, 0], self.bounds[:, 1]
        down = np.minimum(position, 0.0)[:, None] * (1.0 - low[None, :])
        up = np.maximum(position, 0.0)[:, None] * (high[None, :] - 1.0)
        scale: Array = ones + down + up
        return scale


class _Ratios:
    """Each index under one evaluation's shocks, relative to the central index (1 in the base
    year), computed once when first asked for, by the same operations in the same order."""

    def __init__(self, model: CostModel, shocks: Shocks) -> None:
        self.model, self.shocks = model, shocks
        self._found: dict[str, Array] = {}

    def __getitem__(self, name: str) -> Array:
        if name not in self._found:
            self._found[name] = getattr(self, "_" + name)()
        return self._found[name]

    @staticmethod
    def _cumulative(rate: Array, shift: Array) -> Array:
        factor = (1.0 + rate[None, :] + shift[:, None]) / (1.0 + rate[None, :])
        factor[:, 0] = 1.0
        index: Array = np.cumprod(factor, axis=1, dtype=np.float64)
        return index

    def _cpi(self) -> Array:
        return self._cumulative(self.model.pi, self.shocks.inflation)

    def _growth(self) -> Array:
        return self._cumulative(self.model.g, self.shocks.real_growth)

    def _gdp(self) -> Array:
        gdp: Array = self["growth"] * self._cumulative(self.model.d, self.shocks.inflation)
        return gdp

    def _population(self) -> Array:
        return self.model._population(self.shocks.population)

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
        relative: Array = gdppc / gdppc[:, :1]
        return relative

    def _none(self) -> Array:
        return np.ones((len(self.shocks.take_up), len(self.model.gdp)))


class _Work:
    """What every scenario's cost shares in one evaluation: the shocks, the indices under
    them, ``1 + take-up shock`` and ``(1 + benefit shock) x index`` per index (found once,
    with the very operations each scenario would do)."""

    def __init__(self, shocks: Shocks, ratios: _Ratios, population_moves: bool) -> None:
        self.shocks, self.ratios, self.population_moves = shocks, ratios, population_moves
        self.up: Array = 1.0 + shocks.take_up[:, None]
        self.up_max = float(self.up.max()) if len(self.up) and self.up.min() >= 0 else np.inf
        self._factors: dict[str, Array] = {}

    def factor(self, index: str) -> Array:
        if index not in self._factors:
            level = 1.0 + self.shocks.benefit_level[:, None]
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


# ------------------------------------------------------------------ tornado


@dataclass(frozen=True)
class Bar:
    assumption: str
    label: str
    low_shift: float
    high_shift: float
    low: float  # the output with the assumption at its low value
    high: float

    @property
    def swing(self) -> float:
        return abs(self.high - self.low)


def tornado(
    model: CostModel,
    scope: str,
    key: str,
    year: int,
    measure: Measure = "pct_gdp",
    shifts: dict[str, tuple[float, float]] | None = None,
    progress: Progress | None = None,
) -> tuple[float, list[Bar]]:
    """The central output in ``year`` and one bar per assumption, largest swing first. For a
    package's financing gap, each of its financing sources is a bar too, at its own range.

    ``progress``: an optional callable taking the share done (0-1) that returns
    False to stop (:class:`Cancelled` is then raised).
    """
    years = model.years
    if not years[0] <= year <= years[-1]:
        raise InputError(
            "--year",
            messages.translate(
                "Engine",
                "{year} is outside the projection years {first}-{last}",
                "uncertainty.year_outside_projection_years",
            ).format(year=year, first=years[0], last=years[-1]),
        )
    t = int(year - years[0])
    chosen = dict(DEFAULT_SHIFTS if shifts is None else shifts)
    if model.bounds is None:
        chosen.pop("population", None)
    central = float(model.evaluate(scope, key, measure, Shocks.central())[0, t])
    if measure == GAP:
        for source in model.sources_of(key, scope):
            found = model.ranges[source]
            chosen[SOURCE_PREFIX + source] = (found.low, found.high)
    bars = []
    for done, (name, (low, high)) in enumerate(chosen.items()):
        _report(progress, done / len(chosen))
        values = []
        for shift in (low, high):
            shocks = _one_shift(name, shift)
            values.append(float(model.evaluate(scope, key, measure, shocks)[0, t]))
        label = (
            model.names[name[len(SOURCE_PREFIX) :]]
            if name.startswith(SOURCE_PREFIX)
            else LABELS[name]
        )
        bars.append(Bar(name, label, low, high, values[0], values[1]))
    bars.sort(key=lambda bar: bar.swing, reverse=True)
    return central, bars


def _one_shift(name: str, shift: float) -> Shocks:
    """Every assumption central but ``name`` (an assumption or ``financing.<source id>``)."""
    fields = {a: np.zeros(1) for a in ASSUMPTIONS}
    if name.startswith(SOURCE_PREFIX):
        return Shocks.of(fields, {name[len(SOURCE_PREFIX) :]: np.array([shift])})
    fields[name] = np.array([shift])
    return Shocks.of(fields)


def _report(progress: Progress | None, share: float) -> None:
    if progress is not None and not progress(share):
        raise Cancelled("stopped by the user")


# ------------------------------------------------------------------ Monte Carlo


def draw_shocks(ranges: list[Range], draws: int, seed: int) -> Shocks:
    """Independent draws for each assumption given a range; the others stay central."""
    rng = np.random.default_rng(seed)
    fields = {name: np.zeros(draws) for name in ASSUMPTIONS}
    for item in ranges:
        if item.assumption not in ASSUMPTIONS:
            raise InputError(
                "ranges",
                messages.translate(
                    "Engine",
                    '"{assumption}" is not one of {assumptions}',
                    "uncertainty.assumption_one_assumptions",
                ).format(assumption=item.assumption, assumptions=", ".join(ASSUMPTIONS)),
            )
        if item.low > item.high:
            raise InputError(
                f"ranges.{item.assumption}",
                messages.translate(
                    "Engine", "low {low:g} is above high {high:g}", "uncertainty.low_low_g_above"
                ).format(low=item.low, high=item.high),
            )
        if item.low == item.high:
            fields[item.assumption] = np.full(draws, item.low)
        elif item.distribution == "uniform":
            fields[item.assumption] = rng.uniform(item.low, item.high, draws)
        else:
            mode = min(max(0.0, item.low), item.high)
            fields[item.assumption] = rng.triangular(item.low, mode, item.high, draws)
    return Shocks.of(fields)


SOURCE_STREAM = 0x46494E  # "FIN": the sources' draws come from a stream apart from the costs'


def draw_source_shocks(ranges: dict[str, ShiftRange], draws: int, seed: int) -> dict[str, Array]:
    """Independent draws of each source's relative shift, in the order given."""
    rng = np.random.default_rng([seed, SOURCE_STREAM])
    shifts = {}
    for key, item in ranges.items():
        if item.low == item.high:
            shifts[key] = np.full(draws, item.low)
        elif item.distribution == "uniform":
            shifts[key] = rng.uniform(item.low, item.high, draws)
        else:
            mode = min(max(0.0, item.low), item.high)
            shifts[key] = rng.triangular(item.low, mode, item.high, draws)
    return shifts


class Draws:
    """The draws of :func:`draw_shocks` and :func:`draw_source_shocks`, made part by part.

    Each draw of a uniform or triangular range is one step of the random generator, so
    the draws ``start`` to ``stop`` of the k-th range drawn are found by moving the
    generator ``k x draws + start`` steps on: the very numbers drawing everything at
    once gives, without holding a million of them per assumption.
    """

    def __init__(
        self, ranges: list[Range], sources: dict[str, ShiftRange], draws: int, seed: int
    ) -> None:
        draw_shocks(ranges, 1, seed)  # the same refusals as drawing them all
        self.draws = draws
        self._costs = [(r.assumption, r.low, r.high, r.distribution) for r in ranges]
        self._sources = [(k, r.low, r.high, r.distribution) for k, r in sources.items()]
        self._cost_bits = np.random.PCG64(seed)  # never drawn from: copied, then moved on
        self._source_bits = np.random.PCG64([seed, SOURCE_STREAM])

    def part(self, start: int, stop: int) -> Shocks:
        stop = min(stop, self.draws)
        fields = _drawn(self._costs, self._cost_bits, self.draws, start, stop)
        sources = _drawn(self._sources, self._source_bits, self.draws, start, stop)
        zeros = np.zeros(stop - start)
        return Shocks.of({a: fields.get(a, zeros) for a in ASSUMPTIONS}, sources)


def _drawn(
    items: Sequence[tuple[str, float, float, str]],
    first: np.random.PCG64,
    draws: int,
    start: int,
    stop: int,
) -> dict[str, Array]:
    """Draws ``start`` to ``stop`` of each item, as drawing ``draws`` of each in turn gives."""
    values: dict[str, Array] = {}
    taken = 0  # ranges drawn before this one, ``draws`` steps each
    for name, low, high, distribution in items:
        if low == high:
            values[name] = np.full(stop - start, low)
            continue
        bits = np.random.PCG64()
        bits.state = first.state
        bits.advance(taken * draws + start)
        rng = np.random.Generator(bits)
        taken += 1
        if distribution == "uniform":
            values[name] = rng.uniform(low, high, stop - start)
        else:
            values[name] = rng.triangular(low, min(max(0.0, low), high), high, stop - start)
    return values


def bands(
    model: CostModel,
    scope: str,
    key: str,
    ranges: list[Range],
    *,
    measure: Measure = "pct_gdp",
    draws: int = 10_000,
    seed: int = 1,
    chunk: int = 2_500,
    progress: Progress | None = None,
) -> dict[int, Array]:
    """Percentiles (5, 25, 50, 75, 95) of the output per year over ``draws`` draws. For a
    package's financing gap, each of its sources is drawn too, at its own range (else
    +-20 %, triangular), from a stream of its own: the cost draws stay those of ``seed``.

    ``progress``: an optional callable taking the share done (0-1) that returns
    False to stop (:class:`Cancelled` is then raised).
    """
    if draws < 1:
        raise InputError(
            "--draws",
            messages.translate("Engine", "must be at least 1", "uncertainty.must_least").format(),
        )
    found = {}
    if measure == GAP:
        found = {source: model.ranges[source] for source in model.sources_of(key, scope)}
    shocks = Draws(ranges, found, draws, seed)
    # Evaluated a few hundred draws at a time (the arrays stay in the processor's cache),
    # the percentiles found as the draws come (percentiles.py: memory a few per cent of
    # the draws, the same numbers as np.percentile over all of them).
    stream = Percentiles(PERCENTILES, draws)
    large = draws > stream.pilot  # else every output is kept, evaluated as it always was
    step = max(1, min(chunk, EVALUATED_AT_ONCE) if large else chunk)
    workers = WORKERS if large else 1
    for stop, values in _evaluated(model, (scope, key, measure), shocks, (draws, step, workers)):
        stream.add(values)
        _report(progress, stop / draws)
    levels = stream.levels()
    if isinstance(levels, list):  # an order statistic outside its interval: those years whole
        whole = np.concatenate(
            [
                model.evaluate(scope, key, measure, shocks.part(start, start + step))[:, levels]
                for start in range(0, draws, step)
            ]
        )
        levels = stream.levels({year: whole[:, i] for i, year in enumerate(levels)})
        assert not isinstance(levels, list)
    return {p: levels[i] for i, p in enumerate(PERCENTILES)}


def _evaluated(
    model: CostModel,
    what: tuple[str, str, Measure],
    shocks: Shocks | Draws,
    sizes: tuple[int, int, int],
) -> Iterator[tuple[int, Array]]:
    """The ``draws`` evaluated ``step`` at a time, in order, with how many are done: on up
    to ``workers`` threads, no more than the machine's cores (numpy works outside the
    interpreter lock), a few parts ahead of the caller and never more, so memory stays
    bounded."""
    scope, key, measure = what
    draws, step, workers = sizes
    workers = min(workers, os.cpu_count() or 1)
    starts = range(0, draws, step)
    if workers < 2 or len(starts) < 2:
        for start in starts:
            yield (
                min(draws, start + step),
                model.evaluate(scope, key, measure, shocks.part(start, start + step)),
            )
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[int, Future[Array]]] = deque()
        for start in starts:
            part = shocks.part(start, start + step)
            pending.append(
                (min(draws, start + step), pool.submit(model.evaluate, scope, key, measure, part))
            )
            if len(pending) > workers:
                stop, future = pending.popleft()
                yield stop, future.result()
        while pending:
            stop, future = pending.popleft()
            yield stop, future.result()
