"""Sensitivity and uncertainty as plain tables, for the report and the workbook."""

from __future__ import annotations

from dataclasses import dataclass

from engine.analysis.setup import model_for, stored_settings
from engine.analysis.uncertainty import GAP, PERCENTILES, Bar, Measure, bands, tornado
from engine.domain.model import Project
from engine.method.compute import Results


@dataclass(frozen=True)
class PackageUncertainty:
    package_id: str
    name: str
    year: int
    central: float
    bars: list[Bar]
    years: list[int]
    levels: dict[int, list[float]]  # percentile -> per year
    draws: int
    ranges_source: str


def package_tables(
    project: Project, results: Results, measure: Measure = "pct_gdp"
) -> list[PackageUncertainty]:
    """For each costed package: the tornado in the end year and the bands (% of GDP) of its
    cost, or (``financing_gap_pct_gdp``) of its financing gap, for the packages financed."""
    years = [int(y) for y in results.years]
    variant = model_for(project, "variant", results)
    intervals = model_for(project, "pi95", results)
    settings = stored_settings(project)
    ranges, draws, seed = list(settings.ranges), settings.draws, settings.seed
    tables = []
    for package in project.packages:
        if package.id not in results.packages or (measure == GAP and not package.financing):
            continue
        central, bars = tornado(variant, "package", package.id, years[-1], measure)
        levels = bands(
            intervals, "package", package.id, ranges, measure=measure, draws=draws, seed=seed
        )
        tables.append(
            PackageUncertainty(
                package.id,
                package.name,
                years[-1],
                central,
                bars,
                years,
                {p: [float(v) for v in levels[p]] for p in PERCENTILES},
                draws,
                settings.source,
            )
        )
    return tables
