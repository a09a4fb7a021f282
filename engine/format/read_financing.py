"""Reading financing sources (format version 3): one entity at a time, errors by JSON path.

A source has an amount in a unit (``pct_gdp`` and ``pct_gov_revenue`` in percent,
``lcu`` in nominal local currency a year) given as a series or a ramp, or, for
social security contributions, ``contributions`` computed from a scheme's members.
"""

from __future__ import annotations

from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import (
    FINANCING_KINDS,
    FINANCING_UNITS,
    WAGE_ANCHORS,
    Amount,
    Contributions,
    FinancingSource,
    Ramp,
    ShiftRange,
)
from engine.format import validate as v
from engine.format.keys import (
    CONTRIBUTIONS_KEYS,
    FINANCING_SOURCE_KEYS,
    RAMP_KEYS,
    SHIFT_RANGE_KEYS,
)

CONTRIBUTIONS_KIND = "social_security_contributions"
MAX_PERCENT = 100.0  # of GDP or of government revenue
MAX_WAGE_PERCENT = 1000.0  # of the anchor
RANGE_BOUNDS = (-1.0, 10.0)  # an amount can fall to nothing, or rise tenfold


def amount_bounds(unit: str) -> tuple[float, float]:
    """What an amount in ``unit`` may be: percents up to 100, money up to 1e18 LCU."""
    return (0.0, MAX_PERCENT) if unit in ("pct_gdp", "pct_gov_revenue") else (0.0, v.MAX_MONEY)


def read_financing_source(value: Any, path: str) -> FinancingSource:
    data = v.obj(value, path)
    v.check_keys(data, path, FINANCING_SOURCE_KEYS, ("id", "name", "kind"))
    kind = v.choice(data["kind"], f"{path}.kind", FINANCING_KINDS)
    unit = amount = contributions = None
    if "contributions" in data:
        if "unit" in data or "amount" in data:
            raise InputError(
                path,
                messages.translate(
                    "Engine",
                    'give either "unit" and "amount", or "contributions" (computed), not both',
                    "read_financing.amount_or_contributions",
                ).format(),
            )
        if kind != CONTRIBUTIONS_KIND:
            raise InputError(
                f"{path}.contributions",
                messages.translate(
                    "Engine",
                    'is computed for the kind "{expected}" only; this source is "{kind}"',
                    "read_financing.contributions_kind",
                ).format(expected=CONTRIBUTIONS_KIND, kind=kind),
            )
        contributions = read_contributions(data["contributions"], f"{path}.contributions")
    else:
        for key in ("unit", "amount"):
            if key not in data:
                raise InputError(
                    path,
                    messages.translate(
                        "Engine",
                        'needs "{key}" (or, for contributions collected, "contributions")',
                        "read_financing.needs_unit_amount",
                    ).format(key=key),
                )
        unit = v.choice(data["unit"], f"{path}.unit", FINANCING_UNITS)
        amount = read_amount(data["amount"], f"{path}.amount", unit)
    return FinancingSource(
        id=v.identifier(data["id"], f"{path}.id"),
        name=v.text(data["name"], f"{path}.name", max_length=500, non_empty=True),
        kind=kind,  # type: ignore[arg-type]
        unit=unit,  # type: ignore[arg-type]
        amount=amount,
        contributions=contributions,
        range=read_shift_range(data["range"], f"{path}.range") if "range" in data else None,
        source=v.text(data["source"], f"{path}.source") if "source" in data else None,
        feasibility=(
            v.text(data["feasibility"], f"{path}.feasibility") if "feasibility" in data else None
        ),
    )


def read_amount(value: Any, path: str, unit: str) -> Amount:
    """A series (0 before its first year) or a ramp ``{start, target, start_year, target_year}``."""
    low, high = amount_bounds(unit)
    if isinstance(value, dict) and value and set(value) <= set(RAMP_KEYS):
        v.check_keys(value, path, RAMP_KEYS, RAMP_KEYS)
        ramp = Ramp(
            start=v.number(value["start"], f"{path}.start", minimum=low, maximum=high),
            target=v.number(value["target"], f"{path}.target", minimum=low, maximum=high),
            start_year=v.year(value["start_year"], f"{path}.start_year"),
            target_year=v.year(value["target_year"], f"{path}.target_year"),
        )
        if ramp.target_year < ramp.start_year:
            raise InputError(
                f"{path}.target_year",
                messages.translate(
                    "Engine",
                    "{target_year} is before the start year {start_year}",
                    "read_financing.target_year_before_start",
                ).format(target_year=ramp.target_year, start_year=ramp.start_year),
            )
        return Amount(ramp=ramp)
    return Amount(series=v.series(value, path, minimum=low, maximum=high))


def read_contributions(value: Any, path: str) -> Contributions:
    data = v.obj(value, path)
    v.check_keys(data, path, CONTRIBUTIONS_KEYS, CONTRIBUTIONS_KEYS)
    return Contributions(
        scenario=v.identifier(data["scenario"], f"{path}.scenario"),
        wage_anchor=v.choice(data["wage_anchor"], f"{path}.wage_anchor", WAGE_ANCHORS),  # type: ignore[arg-type]
        wage_percent=v.number(
            data["wage_percent"], f"{path}.wage_percent", minimum=0, maximum=MAX_WAGE_PERCENT
        ),
        rate=v.number(data["rate"], f"{path}.rate", minimum=0, rate=True),
    )


def read_shift_range(value: Any, path: str) -> ShiftRange:
    """Relative shifts of an amount: ``low`` from -1 (nothing), ``high`` up to 10 (+1000 %)."""
    data = v.obj(value, path)
    v.check_keys(data, path, SHIFT_RANGE_KEYS, ("low", "high"))
    minimum, maximum = RANGE_BOUNDS
    low = v.number(data["low"], f"{path}.low", minimum=minimum, maximum=maximum)
    high = v.number(data["high"], f"{path}.high", minimum=minimum, maximum=maximum)
    if low > high:
        raise InputError(
            path,
            messages.translate(
                "Engine", "low {low:g} is above high {high:g}", "read_financing.low_above_high"
            ).format(low=low, high=high),
        )
    return ShiftRange(
        low=low,
        high=high,
        distribution=v.choice(  # type: ignore[arg-type]
            data.get("distribution", "triangular"),
            f"{path}.distribution",
            ("uniform", "triangular"),
        ),
    )
