"""Age groups as people write them: "15-64", "100+" or a single age "7"."""

from __future__ import annotations

from engine.domain.errors import InputError


def parse_age_group(raw: str, path: str) -> tuple[int, int]:
    """``"15-64"``, ``"100+"`` or ``"7"``: the inclusive ages; ``path`` names it in errors."""
    try:
        if raw.endswith("+"):
            low = int(raw[:-1])
            return _checked_band(low, 100, raw, path)
        if "-" in raw:
            low_text, high_text = raw.split("-", 1)
            return _checked_band(int(low_text), int(high_text), raw, path)
        age = int(raw)
        return _checked_band(age, age, raw, path)
    except ValueError:
        raise InputError(path, f'"{raw}" is not an age group such as "0-4" or "100+"') from None


def _checked_band(low: int, high: int, raw: str, path: str) -> tuple[int, int]:
    if not 0 <= low <= 100 or not 0 <= high <= 100:
        raise InputError(path, f'"{raw}": ages must be between 0 and 100')
    if low > high:
        raise InputError(path, f'"{raw}": the age group is reversed')
    return low, high
