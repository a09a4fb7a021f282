"""User-visible names of the engine's keys, translated (Lao, French) through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.domain.model import GUARANTEES, MATRIX_STATUSES
from gui.common.numbers import Quantity, format_number


def guarantee_label(key: str) -> str:
    return {
        "health": QCoreApplication.translate("Labels", "Health care"),
        "children": QCoreApplication.translate("Labels", "Children"),
        "working_age": QCoreApplication.translate("Labels", "Working age"),
        "elderly": QCoreApplication.translate("Labels", "Elderly"),
    }.get(key, key)


def guarantee_key(text: str) -> str | None:
    """The guarantee a user typed or pasted: its key or its label, any case."""
    wanted = text.strip().lower()
    for key in GUARANTEES:
        if wanted in (key, key.replace("_", " "), guarantee_label(key).lower()):
            return key
    return None


def format_percent(value: float | None, digits: int = 2) -> str:
    """A value already in percent (% of GDP), in the user's conventions; an em dash when
    there is no result."""
    return format_number(value, digits, Quantity.PERCENT)


def assumption_label(key: str) -> str:
    """The uncertainty assumptions, in the user's language."""
    return {
        "real_growth": QCoreApplication.translate("Labels", "real GDP growth"),
        "inflation": QCoreApplication.translate("Labels", "inflation (CPI and GDP deflator)"),
        "take_up": QCoreApplication.translate("Labels", "take-up"),
        "benefit_level": QCoreApplication.translate("Labels", "benefit level"),
        "admin_rate": QCoreApplication.translate("Labels", "administration rate"),
        "population": QCoreApplication.translate("Labels", "population (WPP 2024 bounds)"),
    }.get(key, key)


def financing_kind_label(key: str) -> str:
    """The fiscal-space options of the ILO handbook (Ortiz et al. 2019), in the user's words."""
    return {
        "reallocation": QCoreApplication.translate("Labels", "Re-allocating public expenditure"),
        "tax_revenue": QCoreApplication.translate("Labels", "Increasing tax revenue"),
        "social_security_contributions": QCoreApplication.translate(
            "Labels", "Social security coverage and contributions"
        ),
        "aid_and_transfers": QCoreApplication.translate("Labels", "Aid and transfers"),
        "illicit_financial_flows": QCoreApplication.translate(
            "Labels", "Eliminating illicit financial flows"
        ),
        "reserves": QCoreApplication.translate("Labels", "Fiscal and foreign exchange reserves"),
        "debt": QCoreApplication.translate("Labels", "Borrowing or restructuring debt"),
        "macroeconomic_framework": QCoreApplication.translate(
            "Labels", "A more accommodating macroeconomic framework"
        ),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(key, key)


def financing_unit_label(key: str, currency: str) -> str:
    """How a financing source's amount is given."""
    return {
        "pct_gdp": QCoreApplication.translate("Labels", "% of GDP"),
        "pct_gov_revenue": QCoreApplication.translate("Labels", "% of government revenue"),
        "lcu": QCoreApplication.translate("Labels", "{currency} a year").format(currency=currency),
        "contributions": QCoreApplication.translate(
            "Labels", "contributions of a scheme's members (computed)"
        ),
    }.get(key, key)


def status_label(key: str | None) -> str:
    """Where a recommendation stands in the consultation (no status: a draft)."""
    return {
        "draft": QCoreApplication.translate("Labels", "draft"),
        "discussed": QCoreApplication.translate("Labels", "discussed"),
        "validated": QCoreApplication.translate("Labels", "validated"),
        "endorsed": QCoreApplication.translate("Labels", "endorsed"),
    }.get(key or "draft", key or "")


def status_key(text: str) -> str | None:
    """The status a user typed or pasted: its key or its label, any case."""
    wanted = text.strip().lower()
    for key in MATRIX_STATUSES:
        if wanted in (key, status_label(key).lower()):
            return key
    return None
