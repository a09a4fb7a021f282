"""The one parser and formatter of numbers a person types or reads in the window.

Built on QLocale for the language chosen (``QLocale.setDefault``): in Lao and
French ``2,5`` is two and a half and ``192.000`` (Lao) one hundred and ninety-two
thousand; in English ``2,5`` is refused with a hint, never read as 25. Thousands
separators are accepted only in valid groups. A field shown in percent takes and
shows percent: :class:`Quantity` says how a field stores what is typed.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from engine.domain import numbers as engine_numbers

SPACES = (" ", "\u00a0", "\u202f", "\u2009")
LAO_DIGITS = str.maketrans("໐໑໒໓໔໕໖໗໘໙", "0123456789")
MINUS_SIGNS = ("\u2212", "\u2013")
PERCENT = re.compile(r"\s*%\s*$")


class Quantity(Enum):
    """How a field stores what a person types."""

    PLAIN = "plain"  # a number as typed (money, persons, years)
    SHARE = "share"  # shown and typed in %, stored as a fraction (30 % -> 0.3)
    PERCENT = "percent"  # shown and typed in %, stored in percent (1 % of GDP -> 1.0)


class NumberError(ValueError):
    """Text that is not a number in the user's conventions; the message says why, in one line."""


def language() -> str:
    """The language whose conventions apply: the default QLocale's."""
    name = QLocale().name().split("_")[0]
    return name if name in engine_numbers.CONVENTIONS else "en"


def conventions() -> engine_numbers.Conventions:
    locale = QLocale()
    return engine_numbers.Conventions(locale.decimalPoint(), locale.groupSeparator())


def parse_number(
    text: str,
    quantity: Quantity = Quantity.PLAIN,
    *,
    integer: bool = False,
    minimum: float | None = None,
    maximum: float | None = None,
) -> float:
    """What ``text`` means in the user's conventions, stored as ``quantity`` says.

    ``minimum`` and ``maximum`` are in the units the field shows (percent for a
    share), so a refusal speaks as the field does.
    """
    locale = QLocale()
    raw = text.strip()
    cleaned = raw.translate(LAO_DIGITS)
    for sign in MINUS_SIGNS:
        cleaned = cleaned.replace(sign, "-")
    has_percent = bool(PERCENT.search(cleaned))
    if has_percent:
        if quantity is Quantity.PLAIN:
            raise NumberError(
                QCoreApplication.translate(
                    "Numbers", '"{text}": this field is not in percent; type the number alone'
                ).format(text=raw)
            )
        cleaned = PERCENT.sub("", cleaned)
    group = locale.groupSeparator()
    if group in SPACES:  # French: any space a person types is the group separator
        for space in SPACES:
            cleaned = cleaned.replace(space, group)
    if not cleaned:
        raise NumberError(QCoreApplication.translate("Numbers", "is empty; type a number"))
    value, ok = locale.toDouble(cleaned)
    if not ok:
        raise NumberError(_refusal(raw, cleaned, locale))
    if integer and not float(value).is_integer():
        raise NumberError(
            QCoreApplication.translate("Numbers", '"{text}" is not a whole number').format(text=raw)
        )
    shown = format_number(
        value, None, Quantity.PERCENT if quantity is not Quantity.PLAIN else quantity
    )
    if minimum is not None and value < minimum:
        raise NumberError(
            QCoreApplication.translate("Numbers", "{value} is below the minimum {minimum}").format(
                value=shown, minimum=format_number(minimum, None, _as_shown(quantity))
            )
        )
    if maximum is not None and value > maximum:
        raise NumberError(
            QCoreApplication.translate("Numbers", "{value} is above the maximum {maximum}").format(
                value=shown, maximum=format_number(maximum, None, _as_shown(quantity))
            )
        )
    if quantity is Quantity.SHARE:
        return float(f"{value / 100:.12g}")  # 2.8 % is 0.028, not 0.027999999999999997
    return value


def _as_shown(quantity: Quantity) -> Quantity:
    return Quantity.PERCENT if quantity is Quantity.SHARE else quantity


def _refusal(raw: str, cleaned: str, locale: QLocale) -> str:
    """Why the text is not a number, with a hint when a separator is the other convention's."""
    decimal = locale.decimalPoint()
    other = "," if decimal == "." else "."
    if re.fullmatch(r"-?\d+" + re.escape(other) + r"\d{1,2}", cleaned) or (
        decimal == "," and re.fullmatch(r"-?\d{1,3}(\.\d{3})*\.\d{1,2}", cleaned)
    ):
        return QCoreApplication.translate(
            "Numbers", '"{text}" is not a number here: decimals follow "{decimal}" (e.g. {example})'
        ).format(text=raw, decimal=decimal, example=f"2{decimal}5")
    if re.search(r"\d", cleaned):
        return QCoreApplication.translate(
            "Numbers", '"{text}" is not a number: check the thousands separator ("{group}")'
        ).format(text=raw, group=locale.groupSeparator().replace("\u202f", " "))
    return QCoreApplication.translate("Numbers", '"{text}" is not a number').format(text=raw)


def format_number(
    value: float | None, decimals: int | None = None, quantity: Quantity = Quantity.PLAIN
) -> str:
    """``value`` as the user reads it; a share (stored as a fraction) shows in percent."""
    if quantity is Quantity.PLAIN or value is None:
        return engine_numbers.format_number(value, decimals, conventions())
    shown = value * 100 if quantity is Quantity.SHARE else value
    if quantity is Quantity.SHARE and decimals is None:
        shown = float(f"{shown:.10g}")
    return engine_numbers.format_percent(shown, decimals, conventions())


def explain_number(value: float) -> str:
    """Readable numbers for explanations: grouped whole numbers from 1,000, else six
    significant digits."""
    if abs(value) >= 1000:
        return format_number(value, 0)
    return format_number(float(f"{value:.6g}"))
