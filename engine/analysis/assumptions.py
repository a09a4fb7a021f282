"""The assumptions the analysis moves, their default shifts, and the shocks of one evaluation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from engine.domain.model import ShiftRange

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
Measure = Literal["pct_gdp", "total_cost", "financing_gap_pct_gdp"]
MEASURES = ("pct_gdp", "total_cost", GAP)


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
