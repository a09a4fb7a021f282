"""The population pyramid for one year (pyqtgraph): men to the left, women to the right."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication

from gui.common.numbers import format_number

# Okabe-Ito colours: distinguishable with every common form of colour blindness.
MEN_COLOUR = "#0072B2"
WOMEN_COLOUR = "#E69F00"


class AbsoluteAxis(pg.AxisItem):  # type: ignore[misc]
    """Persons on both sides of zero read as positive numbers, with thousands separators."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_number(abs(v), 0) for v in values]


class PyramidPlot(pg.PlotWidget):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(background="w", axisItems={"bottom": AbsoluteAxis("bottom")})
        self.setMinimumWidth(320)
        plot = self.getPlotItem()
        plot.setLabel("left", QCoreApplication.translate("Pyramid", "Age"))
        plot.setLabel(
            "bottom", QCoreApplication.translate("Pyramid", "Persons (men left, women right)")
        )
        plot.showGrid(x=True, y=False, alpha=0.2)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.legend = plot.addLegend(offset=(10, 10))
        self.men = pg.BarGraphItem(
            x0=[],
            x1=[],
            y=[],
            height=0.9,
            brush=MEN_COLOUR,
            pen=None,
            name=QCoreApplication.translate("Pyramid", "Men"),
        )
        self.women = pg.BarGraphItem(
            x0=[],
            x1=[],
            y=[],
            height=0.9,
            brush=WOMEN_COLOUR,
            pen=None,
            name=QCoreApplication.translate("Pyramid", "Women"),
        )
        plot.addItem(self.men)
        plot.addItem(self.women)
        self.title = ""

    def show_year(self, year: int, women: NDArray[np.float64], men: NDArray[np.float64]) -> None:
        """``women[age]``, ``men[age]`` for ages 0-100 (NaN where unknown: drawn as 0)."""
        ages = np.arange(len(women))
        women = np.nan_to_num(women)
        men = np.nan_to_num(men)
        self.women.setOpts(x0=np.zeros(len(ages)), x1=women, y=ages)
        self.men.setOpts(x0=-men, x1=np.zeros(len(ages)), y=ages)
        self.title = QCoreApplication.translate(
            "Pyramid", "Population by age and sex, {year}"
        ).format(year=year)
        self.getPlotItem().setTitle(self.title)
        widest = float(max(women.max(initial=0), men.max(initial=0))) * 1.05 or 1.0
        self.getPlotItem().setXRange(-widest, widest, padding=0)
        self.getPlotItem().setYRange(-1, len(ages), padding=0)

    def plotted(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """(women, men) as drawn, for tests."""
        return (
            np.asarray(self.women.opts["x1"], dtype=float),
            -np.asarray(self.men.opts["x0"], dtype=float),
        )
