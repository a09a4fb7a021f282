"""Building the analysis from a project: the cost model over its results, and its ranges."""

from __future__ import annotations

from dataclasses import dataclass

from engine.analysis.uncertainty import DEFAULT_SHIFTS, CostModel
from engine.countries.bundled import population_bounds
from engine.domain.model import Project, Range
from engine.method.compute import Results, compute

DEFAULT_DRAWS, DEFAULT_SEED = 10_000, 1


def model_for(project: Project, kind: str, results: Results | None = None) -> CostModel:
    """The evaluator over ``results`` (computed here when not given), with the country's
    population bounds of ``kind`` (``variant``, ``pi80`` or ``pi95``)."""
    if results is None:
        results = compute(project, strict=False)
    years = [int(y) for y in results.calendar_years]  # the evaluator works in calendar years
    return CostModel(project, results, population_bounds(project.country.iso3, years, kind))


def default_ranges() -> list[Range]:
    """Without ranges in the project: the tornado's shifts, triangular around the centre
    (population: between the 95 % prediction bounds)."""
    return [Range(name, low, high) for name, (low, high) in DEFAULT_SHIFTS.items()]


@dataclass(frozen=True)
class StoredSettings:
    """The ranges, draws and seed a Monte Carlo run uses, and where the ranges came from."""

    ranges: tuple[Range, ...]
    draws: int
    seed: int
    source: str  # "the project's ranges" or "default ranges"


def stored_settings(project: Project) -> StoredSettings:
    """The project's own uncertainty settings, with the defaults where it has none."""
    stored = project.uncertainty
    if stored is not None and stored.ranges:
        ranges, source = stored.ranges, "the project's ranges"
    else:
        ranges, source = tuple(default_ranges()), "default ranges"
    draws = stored.draws if stored is not None else DEFAULT_DRAWS
    seed = stored.seed if stored is not None else DEFAULT_SEED
    return StoredSettings(ranges, draws, seed, source)
