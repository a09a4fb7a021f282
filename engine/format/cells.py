"""Text cells that no spreadsheet turns into a formula (CSV outputs; docs/cli.md).

OWASP's advice for CSV injection: a text field that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is prefixed with a single quote, so
Excel and LibreOffice show it as text instead of evaluating it. Numbers are
never touched (a negative number stays a number): only text goes through here.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: Any) -> Any:
    """``value`` unchanged, or a text that could start a formula with ``'`` in front."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
