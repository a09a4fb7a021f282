"""Sensitivity and uncertainty in the results tab: run off the GUI thread, with progress,
cancel, and the project's ranges edited in a dialog (saved in the project file)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.analysis.setup import model_for, stored_settings
from engine.analysis.uncertainty import (
    ASSUMPTIONS,
    DEFAULT_SHIFTS,
    Measure,
    Shocks,
    bands,
    tornado,
)
from engine.domain.errors import InputError
from engine.domain.model import Range, Uncertainty
from engine.edits.builders import set_uncertainty
from gui.common.labels import assumption_label
from gui.common.messages import localized
from gui.document.project_document import ProjectDocument
from gui.document.tasks import Report, Task

# How each assumption's shift reads in the dialog: (unit, factor from the stored value)
DISPLAY = {
    "real_growth": ("points", 100),
    "inflation": ("points", 100),
    "take_up": ("%", 100),
    "benefit_level": ("%", 100),
    "admin_rate": ("points", 100),
    "population": ("bounds", 1),
}


class Runner(QObject):
    """Runs one tornado or bands computation at a time, through the document's task runner.

    ``finished`` carries the kind and the outcome (value, error or cancelled).
    """

    progress = Signal(int)
    finished = Signal(str, object)

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self.document = document
        self.task: Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def start(self, kind: str, package_id: str, year: int) -> None:
        """``kind``: sensitivity or bands of the package's cost, or (gap_sensitivity,
        gap_bands) of its financing gap, each source at its range."""
        project, results = self.document.project, self.document.results
        measure: Measure = "financing_gap_pct_gdp" if kind.startswith("gap_") else "pct_gdp"

        def work(report: Report) -> Any:
            if kind in ("sensitivity", "gap_sensitivity"):
                model = model_for(project, "variant", results)
                return tornado(model, "package", package_id, year, measure, progress=report)
            settings = stored_settings(project)
            model = model_for(project, "pi95", results)
            levels = bands(
                model,
                "package",
                package_id,
                list(settings.ranges),
                measure=measure,
                draws=settings.draws,
                seed=settings.seed,
                chunk=500,
                progress=report,
            )
            central = model.evaluate("package", package_id, measure, Shocks.central())[0]
            return levels, central, settings.draws

        self.task = self.document.tasks.run(
            work,
            lambda outcome: self.finished.emit(kind, outcome),
            lambda share: self.progress.emit(round(share * 100)),
        )


class RangesDialog(QDialog):
    """The ranges of the assumptions the project doubts (empty: the defaults)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Uncertainty ranges"))
        stored = document.project.uncertainty
        given = {r.assumption: r for r in (stored.ranges if stored else ())}
        grid = QGridLayout()
        for column, heading in enumerate(
            (self.tr("Assumption"), self.tr("Low"), self.tr("High"), "", self.tr("Distribution"))
        ):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self.rows: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox, QComboBox]] = {}
        for row, name in enumerate(ASSUMPTIONS, start=1):
            unit, factor = DISPLAY[name]
            default_low, default_high = DEFAULT_SHIFTS[name]
            item = given.get(name, Range(name, default_low, default_high))
            low, high = QDoubleSpinBox(), QDoubleSpinBox()
            for spin, value in ((low, item.low), (high, item.high)):
                spin.setRange(-100.0, 100.0)
                spin.setDecimals(2)
                spin.setValue(value * factor)
            distribution = QComboBox()
            distribution.addItem(self.tr("triangular"), "triangular")
            distribution.addItem(self.tr("uniform"), "uniform")
            distribution.setCurrentIndex(max(distribution.findData(item.distribution), 0))
            grid.addWidget(QLabel(assumption_label(name)), row, 0)
            grid.addWidget(low, row, 1)
            grid.addWidget(high, row, 2)
            units = {"points": self.tr("points"), "%": "%", "bounds": self.tr("of the 95 % bounds")}
            grid.addWidget(QLabel(units[unit]), row, 3)
            grid.addWidget(distribution, row, 4)
            self.rows[name] = (low, high, distribution)
        self.draws, self.seed = QSpinBox(), QSpinBox()
        self.draws.setRange(100, 1_000_000)
        self.draws.setValue(stored.draws if stored else 10_000)
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(stored.seed if stored else 1)
        grid.addWidget(QLabel(self.tr("Draws")), len(ASSUMPTIONS) + 1, 0)
        grid.addWidget(self.draws, len(ASSUMPTIONS) + 1, 1)
        grid.addWidget(QLabel(self.tr("Seed (same seed, same bands)")), len(ASSUMPTIONS) + 2, 0)
        grid.addWidget(self.seed, len(ASSUMPTIONS) + 2, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Set a range to 0 .. 0 to keep an assumption fixed.")))
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def uncertainty(self) -> Uncertainty:
        ranges = []
        for name, (low, high, distribution) in self.rows.items():
            factor = DISPLAY[name][1]
            ranges.append(
                Range(name, low.value() / factor, high.value() / factor, distribution.currentData())
            )
        return Uncertainty(tuple(ranges), self.draws.value(), self.seed.value())

    def save(self) -> None:
        command = set_uncertainty(self.uncertainty())
        try:
            self.document.apply(command, self.tr("Edit uncertainty ranges"))
        except InputError as error:
            QLabel(localized(error.message, self.document.project), self).show()
            return
        self.accept()
