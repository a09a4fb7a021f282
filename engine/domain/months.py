"""Month names, in the language of the window or the report (one catalogue context)."""

from __future__ import annotations

from engine.domain.i18n import translate


def month_name(month: int) -> str:
    """January is 1."""
    return (
        translate("Months", "January"),
        translate("Months", "February"),
        translate("Months", "March"),
        translate("Months", "April"),
        translate("Months", "May"),
        translate("Months", "June"),
        translate("Months", "July"),
        translate("Months", "August"),
        translate("Months", "September"),
        translate("Months", "October"),
        translate("Months", "November"),
        translate("Months", "December"),
    )[month - 1]
