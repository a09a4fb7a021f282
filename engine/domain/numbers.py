"""Writing numbers the way a language writes them: one formatter for the window, the
report and the workbook's notes.

The conventions are CLDR's, as Qt's QLocale reports them (a test in the GUI keeps
this table equal to QLocale): English "1,234,567.5"; French "1 234 567,5" with a
narrow no-break space; Lao "1.234.567,5", as the Ministry of Finance and the Lao
Social Security Organization write amounts. Percent follows a no-break space.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


@dataclass(frozen=True)
class Conventions:
    decimal: str
    group: str


CONVENTIONS: dict[str, Conventions] = {
    "en": Conventions(".", ","),
    "fr": Conventions(",", NARROW_NBSP),
    "lo": Conventions(",", "."),
}
LANGUAGES = tuple(CONVENTIONS)


def conventions(language: str) -> Conventions:
    return CONVENTIONS.get(language, CONVENTIONS["en"])


def decimals_needed(value: float, significant: int = 12) -> int:
    """How many decimals show ``value`` exactly as typed (up to ``significant`` digits)."""
    text = f"{value:.{significant}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        digits = len(mantissa.split(".")[1]) if "." in mantissa else 0
        return max(0, digits - int(exponent))
    return len(text.split(".")[1]) if "." in text else 0


def format_number(
    value: float | None,
    decimals: int | None = None,
    convention: Conventions = CONVENTIONS["en"],
    *,
    group: bool = True,
) -> str:
    """``value`` with ``decimals`` decimals (None: as many as it needs), grouped by thousands;
    an em dash for a missing value."""
    if value is None or math.isnan(value):
        return "—"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    places = decimals_needed(value) if decimals is None else decimals
    text = f"{abs(value):,.{places}f}" if group else f"{abs(value):.{places}f}"
    if text.strip("0.,") == "":  # -0.000 reads as 0
        value = 0.0
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", convention.group)
    sign = "-" if value < 0 else ""
    return sign + whole + (convention.decimal + fraction if fraction else "")


def format_percent(
    value: float | None, decimals: int | None = None, convention: Conventions = CONVENTIONS["en"]
) -> str:
    """A value already in percent, with the percent sign after a no-break space."""
    text = format_number(value, decimals, convention)
    return text if text == "—" else f"{text}{NBSP}%"
