"""Short text for per-year series and age-banded rates, as typed in a form field.

``0.05`` is one value for every year; ``2026: 0.3; 2030: 0.9`` gives values from
those years on; ``0-14: 0.02; 15-64: 0.028`` gives a rate per age band. JSON of
the exchange format is accepted as well. The result is the JSON the engine
reads, so the engine's validation (and its messages) apply unchanged.
"""

from __future__ import annotations

import json
import re
from typing import Any

YEAR_ITEM = re.compile(r"^\s*(\d{4})\s*[:=]\s*(\S.*?)\s*$")
BAND_ITEM = re.compile(r"^\s*(\d{1,3})\s*-\s*(\d{1,3})\s*[:=]\s*(\S.*?)\s*$")


def number_text(value: float) -> str:
    return f"{value:.10g}"


def series_text(value: Any) -> str:
    """The text for a series' JSON value (a number or ``{"YEAR": number}``)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{year}: {number_text(v)}" for year, v in value.items())
    if isinstance(value, list):  # age bands
        parts = []
        for band in value:
            low, high = band["ages"]
            inner = band["value"]
            if isinstance(inner, dict):
                return json.dumps(value)
            parts.append(f"{low}-{high}: {number_text(inner)}")
        return "; ".join(parts)
    return number_text(float(value))


def parse_series_text(text: str, *, bands: bool = False) -> Any:
    """The JSON value for typed text; ``None`` for an empty field.

    Raises ValueError with a plain message when the text has no known shape.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if stripped[0] in "[{":
        try:
            return json.loads(stripped)
        except json.JSONDecodeError as error:
            raise ValueError(f"is not valid JSON ({error.msg})") from None
    items = [item for item in stripped.split(";") if item.strip()]
    if len(items) == 1 and ":" not in items[0] and "=" not in items[0]:
        return _number(items[0])
    by_year: dict[str, float] = {}
    band_list: list[dict[str, Any]] = []
    for item in items:
        if bands and (match := BAND_ITEM.match(item)):
            low, high, value = match.groups()
            band_list.append({"ages": [int(low), int(high)], "value": _number(value)})
        elif match := YEAR_ITEM.match(item):
            year, value = match.groups()
            by_year[year] = _number(value)
        else:
            shape = "YEAR: value or AGE-AGE: value" if bands else "YEAR: value"
            raise ValueError(f'"{item.strip()}" is not {shape}')
    if band_list and by_year:
        raise ValueError("mixes years and age bands; give one or the other")
    return band_list or by_year


def _number(text: str) -> float:
    cleaned = text.strip().replace(",", "").replace(" ", "")
    percent = cleaned.endswith("%")
    try:
        value = float(cleaned.rstrip("%"))
    except ValueError:
        raise ValueError(f'"{text.strip()}" is not a number') from None
    return from_percent(value) if percent else value


def from_percent(value: float) -> float:
    """``2.8`` % as the fraction 0.028 a user means (not 0.027999999999999997)."""
    return float(f"{value / 100:.12g}")
