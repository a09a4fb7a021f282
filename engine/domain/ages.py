"""Age groups as people write them: "15-64", "100+" or a single age "7"."""

from __future__ import annotations

from engine.domain import messages
from engine.domain.errors import InputError


def parse_age_group(raw: str, path: str) -> tuple[int, int]:
    """``"15-64"``, ``"100+"`` or ``"7"``: the inclusive ages; ``path`` names it in errors."""
    try:
        if raw.endswith("+"):
            low, high = int(raw[:-1]), 100
        elif "-" in raw:
            low_text, high_text = raw.split("-", 1)
            low, high = int(low_text), int(high_text)
        else:
            low = high = int(raw)
    except ValueError:
        raise InputError(
            path,
            messages.translate(
                "Engine",
                '"{raw}" is not an age group such as "0-4" or "100+"',
                "ages.raw_age_group_such",
            ).format(raw=raw),
        ) from None
    return _checked_band(low, high, raw, path)


def _checked_band(low: int, high: int, raw: str, path: str) -> tuple[int, int]:
    if not 0 <= low <= 100 or not 0 <= high <= 100:
        raise InputError(
            path,
            messages.translate(
                "Engine", '"{raw}": ages must be between 0 and 100', "ages.raw_ages_must_between"
            ).format(raw=raw),
        )
    if low > high:
        raise InputError(
            path,
            messages.translate(
                "Engine", '"{raw}": the age group is reversed', "ages.raw_age_group_reversed"
            ).format(raw=raw),
        )
    return low, high
