"""Per-year series as the format writes them: a number, or ``{"YEAR": value}`` carried forward."""

from __future__ import annotations

from typing import Any


def per_year_json(value: Any, start: int) -> dict[int, float]:
    """A series' JSON (a number, ``{"YEAR": number}`` or absent) as per-year values;
    a number becomes a value from ``start`` on."""
    if isinstance(value, dict):
        return {int(year): float(item) for year, item in value.items()}
    if value is None:
        return {}
    return {start: float(value)}


def value_in(values: dict[int, float], year: int) -> float | None:
    """A per-year value as the engine reads it: carried forward from the last year given."""
    given = [y for y in values if y <= year]
    return values[max(given)] if given else None
