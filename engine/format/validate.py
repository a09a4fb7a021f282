"""Path-aware readers for untrusted JSON values.

Each reader checks one value and raises :class:`InputError` naming its JSON path
(``scenarios[2].take_up.2031``) and what is wrong, in words a user can act on.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from engine.domain import messages
from engine.domain.ages import parse_age_group
from engine.domain.errors import InputError
from engine.domain.model import Series

MIN_YEAR, MAX_YEAR = 1900, 2200
# Bounds that keep every result finite (docs/json-format.md, "Bounds"): amounts of money
# in local currency, and counts of persons (a cell, births, beneficiaries).
MAX_MONEY = 1e18
MAX_PERSONS = 1e10
# Ids (scenarios, packages, matrix rows): safe in a sheet name, a CSV cell, a file name.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def child(path: str, key: str | int) -> str:
    """The JSON path of a member: ``a.b`` for a key, ``a[2]`` for an index."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "expected an object {{...}}, found {value}",
                "validate.expected_object_found_value",
            ).format(value=describe(value)),
        )
    return value


def array(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "expected a list [...], found {value}",
                "validate.expected_list_found_value",
            ).format(value=describe(value)),
        )
    return value


def check_keys(
    data: dict[str, Any], path: str, allowed: Iterable[str], required: Iterable[str] = ()
) -> None:
    """Reject unknown keys (typos must not pass silently) and missing required ones."""
    allowed_set = set(allowed)
    for key in data:
        if key not in allowed_set:
            hint = difflib.get_close_matches(key, sorted(allowed_set), n=1)
            unknown = (
                messages.translate(
                    "Engine",
                    "unknown field (did you mean '{hint}'?)",
                    "validate.unknown_field_hint",
                ).format(hint=hint[0])
                if hint
                else messages.translate(
                    "Engine", "unknown field", "validate.unknown_field"
                ).format()
            )
            raise InputError(child(path, key), unknown)
    for key in required:
        if key not in data:
            raise InputError(
                child(path, key),
                messages.translate(
                    "Engine",
                    "is missing (this field is required)",
                    "validate.missing_field_required",
                ).format(),
            )


def describe(value: Any) -> str:
    """A short, readable description of a JSON value for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return messages.translate("Engine", 'text "{text}"', "validate.describe_text").format(
            text=shown
        )
    if isinstance(value, list):
        return messages.translate("Engine", "a list", "validate.describe_list").format()
    if isinstance(value, dict):
        return messages.translate("Engine", "an object", "validate.describe_object").format()
    return repr(value)


def text(value: Any, path: str, *, max_length: int = 100_000, non_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise InputError(
            path,
            messages.translate(
                "Engine", "expected text, found {value}", "validate.expected_text_found_value"
            ).format(value=describe(value)),
        )
    if non_empty and not value.strip():
        raise InputError(
            path, messages.translate("Engine", "must not be empty", "validate.must_empty").format()
        )
    if len(value) > max_length:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "text is {count:,} characters long; the limit is {max_length:,}",
                "validate.text_count_characters_long",
            ).format(count=len(value), max_length=max_length),
        )
    return value


def choice(value: Any, path: str, choices: Iterable[str]) -> str:
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        hint = difflib.get_close_matches(str(value), options, n=1)
        listed = ", ".join(options)
        refusal = (
            messages.translate(
                "Engine",
                "{value} is not one of {options}; did you mean '{hint}'?",
                "validate.not_an_option_hint",
            ).format(value=describe(value), options=listed, hint=hint[0])
            if hint
            else messages.translate(
                "Engine", "{value} is not one of {options}", "validate.not_an_option"
            ).format(value=describe(value), options=listed)
        )
        raise InputError(path, refusal)
    return value


def boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "expected true or false, found {value}",
                "validate.expected_true_false_found",
            ).format(value=describe(value)),
        )
    return value


def number(
    value: Any,
    path: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    rate: bool = False,
    integer: bool = False,
    positive: bool = False,
) -> float:
    """A finite number within bounds. ``rate``: a fraction, never above 1;
    ``positive``: above 0 (a divisor such as GDP)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(
            path,
            messages.translate(
                "Engine", "expected a number, found {value}", "validate.expected_number_found_value"
            ).format(value=describe(value)),
        )
    try:
        finite = math.isfinite(value)
    except OverflowError:  # an int beyond any float
        finite = False
    if not finite:
        shown = "a number with more digits than a float holds" if isinstance(value, int) else value
        raise InputError(
            path,
            messages.translate(
                "Engine", "{shown} is not a finite number", "validate.shown_finite_number"
            ).format(shown=shown),
        )
    if positive and value <= 0:
        raise InputError(
            path,
            messages.translate(
                "Engine", "{value:g} must be above 0", "validate.value_g_must_above"
            ).format(value=value),
        )
    if integer and not float(value).is_integer():
        raise InputError(
            path,
            messages.translate(
                "Engine", "{value:g} is not a whole number", "validate.value_g_whole_number"
            ).format(value=value),
        )
    if rate and value > 1:
        raise InputError(
            path,
            messages.translate(
                "Engine", "{value:g} is above 1 ({percent_hint})", "validate.value_g_above_percent"
            ).format(value=value, percent_hint=percent_hint(value)),
        )
    if minimum is not None and value < minimum:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "{value:g} is below the minimum {minimum:g}",
                "validate.value_g_below_minimum",
            ).format(value=value, minimum=minimum),
        )
    if maximum is not None and value > maximum:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "{value:g} is above the maximum {maximum:g}",
                "validate.value_g_above_maximum",
            ).format(value=value, maximum=maximum),
        )
    return int(value) if integer else value


def percent_hint(value: float) -> str:
    """Rates are fractions: suggest what a value above 1 was probably meant to be."""
    if value < 10:
        return messages.translate(
            "Engine", "did you mean {fraction:g} or {percent:g} %?", "validate.percent_hint_small"
        ).format(fraction=value / 100, percent=value * 10)
    return messages.translate(
        "Engine",
        "rates are fractions: did you mean {fraction:g} for {percent:g} %?",
        "validate.percent_hint",
    ).format(fraction=value / 100, percent=value)


def year(value: Any, path: str) -> int:
    return int(number(value, path, minimum=MIN_YEAR, maximum=MAX_YEAR, integer=True))


def year_key(key: str, path: str) -> int:
    if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
        raise InputError(
            path,
            messages.translate(
                "Engine",
                '"{key}" is not a year (expected keys such as "2025")',
                "validate.key_year_expected_keys",
            ).format(key=key),
        )
    return year(int(key), path)


def series(
    value: Any,
    path: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    rate: bool = False,
    positive: bool = False,
) -> Series:
    """A number for every year, or ``{"YEAR": number}`` carried forward between years."""
    if isinstance(value, dict):
        if not value:
            raise InputError(
                path,
                messages.translate(
                    "Engine",
                    "gives no year; give a number or at least one year",
                    "validate.gives_no_year_give",
                ).format(),
            )
        per_year: dict[int, float] = {}
        for key, item in value.items():
            item_path = child(path, key)
            per_year[year_key(key, item_path)] = number(
                item, item_path, minimum=minimum, maximum=maximum, rate=rate, positive=positive
            )
        return Series.per_year(per_year)
    return Series.of(
        number(value, path, minimum=minimum, maximum=maximum, rate=rate, positive=positive)
    )


def age_band(value: Any, path: str) -> tuple[int, int]:
    """``[a0, a1]`` with 0 <= a0 <= a1 <= 100."""
    items = array(value, path)
    if len(items) != 2:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "expected two ages [from, to], found {count} values",
                "validate.expected_two_ages_from",
            ).format(count=len(items)),
        )
    low = int(number(items[0], child(path, 0), minimum=0, maximum=100, integer=True))
    high = int(number(items[1], child(path, 1), minimum=0, maximum=100, integer=True))
    if low > high:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                "the age band is reversed: {low} is above {high}",
                "validate.age_band_reversed_low",
            ).format(low=low, high=high),
        )
    return low, high


def age_group(value: Any, path: str) -> tuple[int, int]:
    """``"15-64"``, ``"100+"`` or ``"7"``: the inclusive ages it covers."""
    return parse_age_group(text(value, path), path)


def identifier(value: Any, path: str) -> str:
    """Ids are safe everywhere they go (file names, CSV cells, formulas): ID_PATTERN."""
    result = text(value, path, max_length=100, non_empty=True)
    if not ID_PATTERN.fullmatch(result):
        shown = result if len(result) <= 70 else result[:67] + "..."
        raise InputError(
            path,
            messages.translate(
                "Engine",
                '"{shown}" is not a valid id: use 1 to 64 letters, digits, dots, dashes '
                "or underscores (A-Z, a-z, 0-9, . - _), starting with a letter or digit",
                "validate.shown_valid_id_use",
            ).format(shown=shown),
        )
    return result


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: Any, path: str) -> str:
    """A calendar date written ``YYYY-MM-DD`` (the consultation record's dates)."""
    result = text(value, path, max_length=100)
    valid = ISO_DATE.fullmatch(result) is not None
    if valid:
        try:
            date.fromisoformat(result)
        except ValueError:
            valid = False
    if not valid:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                '"{value}" is not a date written YYYY-MM-DD (e.g. 2025-05-03)',
                "validate.not_iso_date",
            ).format(value=result),
        )
    return result
