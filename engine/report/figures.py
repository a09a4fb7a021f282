"""Chart data from results: a package's scenarios stacked against its fiscal space (the sum of
its financing sources), and its financing sources stacked against its cost.

The results tab, workshop mode and the report all draw a package from these.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from numpy.typing import NDArray

from engine.domain.model import Package, Project
from engine.method.compute import Results
from engine.report.document import FigureSeries


def scenario_series(
    project: Project, results: Results, members: Collection[str], measure: str
) -> list[FigureSeries]:
    """The costed scenarios among ``members``, in project order, each with its colour index."""
    return [
        FigureSeries(s.id, s.name, i, tuple(float(v) for v in results.scenarios[s.id][measure]))
        for i, s in enumerate(project.scenarios)
        if s.id in members and s.id in results.scenarios
    ]


def package_envelope(package: Package, results: Results) -> NDArray[np.float64] | None:
    """A package's fiscal space in % of GDP per year (its financing), when it has any."""
    if not package.financing or package.id not in results.packages:
        return None
    envelope: NDArray[np.float64] = results.packages[package.id]["financing_pct_gdp"]
    return envelope


def financing_series(
    project: Project, results: Results, sources: Collection[str]
) -> list[FigureSeries]:
    """The computed financing sources among ``sources``, in project order, each in % of GDP
    and in its colour (a source's place in the project, the same in every financing chart)."""
    return [
        FigureSeries(s.id, s.name, i, tuple(float(v) for v in results.financing[s.id].pct_gdp))
        for i, s in enumerate(project.financing_sources)
        if s.id in sources and s.id in results.financing
    ]
