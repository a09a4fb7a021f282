"""Year pickers follow the results: calendar years, or fiscal years named by their end year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

from engine.method.compute import Results


def fit_year_range(spin: QSpinBox, results: Results) -> None:
    """The years the results have (a fiscal-year project starts a year after its base)."""
    first, last = int(results.years[0]), int(results.years[-1])
    if (spin.minimum(), spin.maximum()) != (first, last):
        spin.blockSignals(True)
        spin.setRange(first, last)  # keeps the value inside the range
        spin.blockSignals(False)
    fiscal = results.fiscal is not None
    prefix = QCoreApplication.translate("YearPicker", "FY ") if fiscal else ""
    if spin.prefix() != prefix:
        spin.setPrefix(prefix)
