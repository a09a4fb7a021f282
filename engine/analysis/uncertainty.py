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

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from engine.analysis.coverage import Coverage
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
            for member in members:
                cost = self._cost(self.scenarios[member], shocks, ratios, covered.get(member))
                if self.fiscal is not None:
                    cost = self.fiscal.flow(cost, self.scenarios[member].start)
                total = total + cost
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
        ratios: dict[str, Array],
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

    def _cost(
        self,
        s: _Scenario,
        shocks: Shocks,
        ratios: dict[str, Array],
        covered: tuple[Array, Array] | None,
    ) -> Array:
        take_up = np.minimum(s.take_up[None, :] * (1.0 + shocks.take_up[:, None]), 1.0)
        base, amount = (s.eligible[None, :], s.annual[None, :]) if covered is None else covered
        eligible = base * (ratios["population"] if s.scales_with_population else 1.0)
        annual = amount * ((1.0 + shocks.benefit_level[:, None]) * ratios[s.index])
        benefit_cost = take_up * eligible * annual
        alpha = np.maximum(s.admin_rate + shocks.admin_rate, 0.0)[:, None]
        admin_cost = alpha * benefit_cost + s.fixed[None, :]
        return benefit_cost + admin_cost

    def _ratios(self, shocks: Shocks) -> dict[str, Array]:
        """Each index under the shocks, relative to the central index (1 in the base year)."""

        def cumulative(rate: Array, shift: Array) -> Array:
            factor = (1.0 + rate[None, :] + shift[:, None]) / (1.0 + rate[None, :])
            factor[:, 0] = 1.0
            index: Array = np.cumprod(factor, axis=1, dtype=np.float64)
            return index

        cpi = cumulative(self.pi, shocks.inflation)
        growth = cumulative(self.g, shocks.real_growth)
        gdp = growth * cumulative(self.d, shocks.inflation)
        population = self._population(shocks.population)
        wage = cpi * growth if self.wage_follows_growth else cpi
        gdppc = gdp / population
        return {
            "none": np.ones_like(cpi),
            "cpi": cpi,
            "wage": wage,
            "gdp": gdp,
            "gdppc": gdppc,
            "gdppc_relative": gdppc / gdppc[:, :1],
            "population": population,
        }

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
    shocks = draw_shocks(ranges, draws, seed)
    if measure == GAP:
        found = {source: model.ranges[source] for source in model.sources_of(key, scope)}
        sources = draw_source_shocks(found, draws, seed)
        shocks = Shocks.of({a: getattr(shocks, a) for a in ASSUMPTIONS}, sources)
    outputs = []
    for start in range(0, draws, chunk):
        outputs.append(model.evaluate(scope, key, measure, shocks.part(start, start + chunk)))
        _report(progress, min(1.0, (start + chunk) / draws))
    values = np.concatenate(outputs)
    levels = np.percentile(values, PERCENTILES, axis=0)
    return {p: levels[i] for i, p in enumerate(PERCENTILES)}
