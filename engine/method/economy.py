"""Economy paths (docs/rap-method.md section 3.2): GDP, price and wage indices, budget, anchors.

Every path is an array over the projection years. A path that cannot be built
from the inputs given (no wage data, a partial population for GDP per capita)
is ``None`` with the reason kept in ``missing``, so that only a result that
needs it fails, with that reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Economy, Years
from engine.domain.notes import Warning_
from engine.method.series import resolve

Array = NDArray[np.float64]
GROWTH_BOUNDS = (-0.30, 1.00)
GDP_MISMATCH_LIMIT = 0.01
WORKING_AGES = (15, 64)


@dataclass(frozen=True)
class EconomyPaths:
    """Per-year paths; money nominal LCU, indices 1 in the base year."""

    real_growth: Array
    deflator_growth: Array
    inflation: Array
    gdp_nominal: Array
    deflator: Array
    cpi: Array
    wage_index: Array | None
    gov_expenditure: Array | None  # LCU
    gov_revenue: Array | None  # LCU
    gov_expenditure_share: Array | None  # fraction of GDP
    gdp_per_capita: Array | None  # LCU per person per year
    anchors: dict[str, Array | None]  # LCU per person per month
    missing: dict[str, str] = field(default_factory=dict)
    warnings: tuple[Warning_, ...] = ()

    def need(self, name: str, value: Array | None, path: str) -> Array:
        """``value`` when it exists, else an :class:`InputError` at ``path`` with the reason."""
        if value is None:
            fallback = messages.translate(
                "Engine", "needs {name}, which is not available", "economy.not_available"
            ).format(name=name)
            raise InputError(path, self.missing.get(name, fallback))
        return value


def build_economy(economy: Economy, years: Years, persons: Array) -> EconomyPaths:
    """All economy paths from the inputs and the population ``persons[t, age, sex]``."""
    first_growth_year = years.base + 1
    warnings: list[Warning_] = []
    missing: dict[str, str] = {}

    def growth(name: str) -> Array:
        series = getattr(economy, name)
        if series is None:  # allowed in a one-year project only, which never uses growth
            if years.count > 1:
                raise InputError(
                    f"economy.{name}",
                    messages.translate(
                        "Engine",
                        "is missing; a projection over more than one year needs it",
                        "economy.missing_projection_over_more",
                    ).format(),
                )
            return np.full(1, np.nan)
        values = resolve(series, years, f"economy.{name}", first_needed=first_growth_year)
        _check_growth_bounds(values, years, f"economy.{name}", warnings)
        return values

    g = growth("real_gdp_growth")
    d = growth("gdp_deflator_growth")
    pi = growth("cpi_inflation")
    deflator = _index(d)
    cpi = _index(pi)
    gdp = _nominal_gdp(economy, years, g, d, warnings)

    total_population = persons.sum(axis=(1, 2))
    gdp_pc: Array | None = gdp / total_population
    if not np.isfinite(total_population).all():
        gdp_pc = None
        missing["gdp_per_capita"] = messages.translate(
            "Engine",
            "needs GDP per capita, and the population does not cover every age 0-100 and "
            "both sexes",
            "economy.gdp_per_capita_missing",
        ).format()

    wage_index = _wage_index(economy, years, g, pi, persons, missing, warnings)

    def budget(name: str) -> tuple[Array | None, Array | None]:
        series = getattr(economy, name)
        if series is None:
            missing[name] = messages.translate(
                "Engine",
                "needs {field}, which is not given",
                "economy.budget_share_missing",
            ).format(field=messages.field(f"economy.{name}"))
            return None, None
        share = resolve(series, years, f"economy.{name}")
        return share, share * gdp

    gexp_share, gexp = budget("gov_expenditure_share_gdp")
    _, grev = budget("gov_revenue_share_gdp")

    anchors: dict[str, Array | None] = {
        "poverty_line": _anchor(economy.poverty_line_monthly, cpi, "poverty_line_monthly", missing),
        "minimum_wage": _anchor(
            economy.minimum_wage_monthly, wage_index, "minimum_wage_monthly", missing
        ),
        "average_wage": _anchor(
            economy.average_wage_monthly, wage_index, "average_wage_monthly", missing
        ),
        "gdp_per_capita": None if gdp_pc is None else gdp_pc / 12.0,
    }
    if gdp_pc is None:
        missing["gdp_per_capita_monthly"] = missing["gdp_per_capita"]
    return EconomyPaths(
        real_growth=g,
        deflator_growth=d,
        inflation=pi,
        gdp_nominal=gdp,
        deflator=deflator,
        cpi=cpi,
        wage_index=wage_index,
        gov_expenditure=gexp,
        gov_revenue=grev,
        gov_expenditure_share=gexp_share,
        gdp_per_capita=gdp_pc,
        anchors=anchors,
        missing=missing,
        warnings=tuple(warnings),
    )


def _index(growth: Array) -> Array:
    """An index that is 1 in the base year and grows by ``growth`` after it."""
    factors = 1.0 + growth
    factors[0] = 1.0
    index: Array = np.cumprod(factors, dtype=np.float64)
    return index


def _nominal_gdp(
    economy: Economy, years: Years, g: Array, d: Array, warnings: list[Warning_]
) -> Array:
    """``GDPn[t] = GDPn[t-1] (1 + g) (1 + d)``; explicit values for a year win."""
    explicit = dict(economy.gdp_nominal.by_year) if economy.gdp_nominal is not None else {}
    base_explicit = explicit.get(years.base)
    if base_explicit is not None and abs(base_explicit / economy.gdp_nominal_base - 1) > 1e-9:
        raise InputError(
            f"economy.gdp_nominal.{years.base}",
            messages.translate(
                "Engine",
                "{base_explicit:,.0f} disagrees with economy.gdp_nominal_base "
                "({gdp_nominal_base:,.0f}) for the base year; give the base year once",
                "economy.base_explicit_f_disagrees",
            ).format(base_explicit=base_explicit, gdp_nominal_base=economy.gdp_nominal_base),
        )
    gdp = np.empty(years.count)
    gdp[0] = economy.gdp_nominal_base
    for t in range(1, years.count):
        implied = gdp[t - 1] * (1 + g[t]) * (1 + d[t])
        year = years.base + t
        if year in explicit:
            gdp[t] = explicit[year]
            if abs(gdp[t] / implied - 1) > GDP_MISMATCH_LIMIT:
                warnings.append(
                    Warning_(
                        "gdp_mismatch",
                        messages.translate(
                            "Engine",
                            "nominal GDP for {year} differs by {gdp:+.1%} from the path "
                            "implied by real growth and the GDP deflator (more than 1 %)",
                            "economy.gdp_mismatch",
                        ).format(year=year, gdp=gdp[t] / implied - 1),
                        f"economy.gdp_nominal.{year}",
                    )
                )
        else:
            gdp[t] = implied
    return gdp


def _wage_index(
    economy: Economy,
    years: Years,
    g: Array,
    pi: Array,
    persons: Array,
    missing: dict[str, str],
    warnings: list[Warning_],
) -> Array | None:
    """``W[t] = W[t-1] (1 + pi) (1 + rw)``; ``rw`` defaults to real GDP growth per person 15-64."""
    if economy.real_wage_growth is not None:
        rw = resolve(
            economy.real_wage_growth, years, "economy.real_wage_growth", first_needed=years.base + 1
        )
        _check_growth_bounds(rw, years, "economy.real_wage_growth", warnings)
    else:
        working = persons[:, WORKING_AGES[0] : WORKING_AGES[1] + 1, :].sum(axis=(1, 2))
        if not np.isfinite(working).all():
            missing["wages"] = messages.translate(
                "Engine",
                "needs a wage index: give {field}, or population for ages 15-64 by sex to "
                "derive it from real GDP growth per person of working age",
                "economy.wage_index_missing",
            ).format(field=messages.field("economy.real_wage_growth"))
            return None
        rw = np.empty(years.count)
        rw[0] = 0.0
        rw[1:] = (1 + g[1:]) * working[:-1] / working[1:] - 1
    return _index(pi) * _index(rw)


def _anchor(
    base_value: float | None, index: Array | None, name: str, missing: dict[str, str]
) -> Array | None:
    if base_value is None:
        missing[name] = messages.translate(
            "Engine", "needs {field}, which is not given", "economy.anchor_missing"
        ).format(field=messages.field(f"economy.{name}"))
        return None
    if index is None:
        missing[name] = missing["wages"]
        return None
    return base_value * index


def _check_growth_bounds(values: Array, years: Years, path: str, warnings: list[Warning_]) -> None:
    low, high = GROWTH_BOUNDS
    for t in range(1, years.count):
        if not low <= values[t] <= high:
            warnings.append(
                Warning_(
                    "growth_out_of_range",
                    messages.translate(
                        "Engine",
                        "{values:.1%} in {base} is outside the plausible range {low:.0%} to "
                        "+{high:.0%}",
                        "economy.growth_out_of_range",
                    ).format(values=values[t], base=years.base + t, low=low, high=high),
                    path,
                )
            )
            return
