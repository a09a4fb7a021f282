"""Numbers as the report writes them, in its language: grouped thousands, the decimal sign,
percentages with a no-break space, money scaled to thousands, millions or billions with
the unit said once (in a sentence, or in a column's header).

Rounding (stated in the report's "Reading the numbers"): % of GDP and % of government
expenditure to two decimals, shares (take-up, targeting) to a whole percent unless
they need one decimal, money to four significant digits once scaled.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from engine.domain.i18n import translate
from engine.domain.numbers import NBSP, Conventions, conventions, decimals_needed, format_number

PERCENT_DIGITS = 2  # % of GDP and % of government expenditure


@dataclass(frozen=True)
class Scale:
    """Money divided by ``divisor`` and written with ``unit`` ("million LAK")."""

    divisor: float
    unit: str
    decimals: int = 0  # four significant digits of the largest value, at least whole


def money_scale(largest: float, currency: str) -> Scale:
    """Billions from a billion, millions from ten million, else in full: at most seven
    digits before the decimal sign for any amount a project holds (GDP included)."""
    size = abs(largest) if math.isfinite(largest) else 0.0
    if size >= 1e9:
        unit = translate("Report", "billion {currency}").format(currency=currency)
        return Scale(1e9, unit, significant_decimals(size / 1e9))
    if size >= 1e7:
        unit = translate("Report", "million {currency}").format(currency=currency)
        return Scale(1e6, unit, significant_decimals(size / 1e6))
    return Scale(1.0, currency, 0 if size >= 100 else 2)


def people_scale(largest: float) -> Scale:
    """Persons in thousands when a column reaches ten million (a whole population)."""
    if abs(largest) >= 1e7:
        return Scale(1e3, translate("Report", "thousands"))
    return Scale(1.0, "")


@dataclass(frozen=True)
class Numbers:
    """Numbers written in the report's language (thousands grouped, decimal sign)."""

    convention: Conventions

    @staticmethod
    def of(language: str) -> Numbers:
        return Numbers(conventions(language))

    def __call__(self, value: float, digits: int = 0) -> str:
        return format_number(float(value), digits, self.convention)

    def exact(self, value: float) -> str:
        """A parameter as the user typed it (months, days, ratios): as many decimals as
        it has, up to three."""
        return format_number(float(value), min(3, decimals_needed(float(value))), self.convention)

    def exact_percent(self, value: float) -> str:
        """A parameter given in percent (20 % of the poverty line), as typed."""
        return f"{self.exact(value)}{NBSP}%"

    def percent(self, value: float, digits: int = PERCENT_DIGITS) -> str:
        """A value already in percent (% of GDP): "0.85 %"."""
        text = self(value, digits)
        return text if text == "—" else f"{text}{NBSP}%"

    def share(self, fraction: float) -> str:
        """A fraction as a percent, whole unless it needs a decimal: 0.95 -> "95 %",
        0.028 -> "2.8 %"."""
        value = float(fraction) * 100.0
        digits = 0 if abs(value - round(value)) < 0.05 else 1
        return self.percent(value, digits)

    def scaled(self, value: float, scale: Scale) -> str:
        """``value`` divided by the scale, with the scale's decimals."""
        return self(float(value) / scale.divisor, scale.decimals)

    def money(self, value: float, currency: str) -> str:
        """An amount with its unit, scaled: "3,504 billion LAK", "600,981 LAK"; one
        unbreakable phrase."""
        scale = money_scale(value, currency)
        text = translate("Report", "{amount} {unit}").format(
            amount=self.scaled(value, scale), unit=scale.unit
        )
        return text.replace(" ", NBSP)

    def amount(self, value: float, currency: str) -> str:
        """A small amount (a benefit a month) in full, with its currency: "120,196 LAK"."""
        digits = 0 if abs(value) >= 100 else 2
        return (
            translate("Report", "{amount} {unit}")
            .format(amount=self(value, digits), unit=currency)
            .replace(" ", NBSP)
        )

    def count(self, value: float) -> str:
        """A number of people, rounded to the hundred above ten thousand."""
        value = float(value)
        if abs(value) >= 10_000:
            value = round(value, -2)
        return self(value)


def significant_decimals(value: float, significant: int = 4) -> int:
    """Decimals that show ``significant`` digits of ``value`` (none for large values)."""
    if value == 0 or not math.isfinite(value):
        return 0
    whole_digits = math.floor(math.log10(abs(value))) + 1
    return max(0, min(3, significant - whole_digits))


def largest(values: Iterable[float]) -> float:
    finite = [abs(float(v)) for v in values if math.isfinite(float(v))]
    return max(finite, default=0.0)


def join_list(items: list[str]) -> str:
    """Items of a sentence: "a, b and c", in the report's language."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return translate("Report", "{items} and {last}").format(
        items=translate("Report", ", ").join(items[:-1]), last=items[-1]
    )


def scenarios_phrase(count: int) -> str:
    if count == 1:
        return translate("Report", "one scenario")
    return translate("Report", "{count} scenarios").format(count=count)


def packages_phrase(count: int) -> str:
    if count == 1:
        return translate("Report", "one package")
    return translate("Report", "{count} packages").format(count=count)


def rows_phrase(count: int) -> str:
    if count == 1:
        return translate("Report", "one row")
    return translate("Report", "{count} rows").format(count=count)
