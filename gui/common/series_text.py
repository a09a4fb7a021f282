"""Short text for per-year series and age-banded rates, as typed in a form field.

``5 %`` is one value for every year; ``2026: 30 %; 2030: 90 %`` gives values from
those years on; ``0-14: 2 %; 15-64: 2,8 %`` gives a rate per age band. Numbers
follow the user's conventions (:mod:`gui.common.numbers`) and the field's
:class:`Quantity` (a share is typed in percent). JSON of the exchange format is
accepted as well, as the file holds it. The result is the JSON the engine reads,
so the engine's validation applies unchanged.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.common.numbers import NumberError, Quantity, format_number, parse_number

YEAR_ITEM = re.compile(r"^\s*(\d{4})\s*[:=]\s*(\S.*?)\s*$")
BAND_ITEM = re.compile(r"^\s*(\d{1,3})\s*-\s*(\d{1,3})\s*[:=]\s*(\S.*?)\s*$")


def series_text(value: Any, quantity: Quantity = Quantity.PLAIN) -> str:
    """The text for a series' JSON value (a number, ``{"YEAR": number}`` or age bands)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{year}: {format_number(v, None, quantity)}" for year, v in value.items())
    if isinstance(value, list):  # age bands
        parts = []
        for band in value:
            low, high = band["ages"]
            inner = band["value"]
            if isinstance(inner, dict):
                return json.dumps(value)
            parts.append(f"{low}-{high}: {format_number(inner, None, quantity)}")
        return "; ".join(parts)
    return format_number(float(value), None, quantity)


def parse_series_text(
    text: str,
    quantity: Quantity = Quantity.PLAIN,
    *,
    bands: bool = False,
    minimum: float | None = None,
    maximum: float | None = None,
) -> Any:
    """The JSON value for typed text; ``None`` for an empty field.

    Raises :class:`NumberError` (a ValueError) with a one-line message when the
    text has no known shape or a number is not one.
    """
    stripped = text.strip()
    if not stripped:
        return None
    if stripped[0] in "[{":
        try:
            return json.loads(stripped)
        except json.JSONDecodeError as error:
            raise NumberError(
                QCoreApplication.translate("SeriesText", "is not valid JSON ({reason})").format(
                    reason=error.msg
                )
            ) from None
    items = [item for item in stripped.split(";") if item.strip()]
    if len(items) == 1 and ":" not in items[0] and "=" not in items[0]:
        return parse_number(items[0], quantity, minimum=minimum, maximum=maximum)
    by_year: dict[str, float] = {}
    band_list: list[dict[str, Any]] = []
    for item in items:
        if bands and (match := BAND_ITEM.match(item)):
            low, high, value = match.groups()
            band_list.append(
                {
                    "ages": [int(low), int(high)],
                    "value": parse_number(value, quantity, minimum=minimum, maximum=maximum),
                }
            )
        elif match := YEAR_ITEM.match(item):
            year, value = match.groups()
            by_year[year] = parse_number(value, quantity, minimum=minimum, maximum=maximum)
        else:
            shape = (
                QCoreApplication.translate("SeriesText", "YEAR: value or AGE-AGE: value")
                if bands
                else QCoreApplication.translate("SeriesText", "YEAR: value")
            )
            raise NumberError(
                QCoreApplication.translate("SeriesText", '"{item}" is not {shape}').format(
                    item=item.strip(), shape=shape
                )
            )
    if band_list and by_year:
        raise NumberError(
            QCoreApplication.translate(
                "SeriesText", "mixes years and age bands; give one or the other"
            )
        )
    return band_list or by_year
