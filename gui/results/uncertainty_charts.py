"""Charts of how sure the costs are: a tornado (one bar per assumption) and a fan (bands)."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.analysis.uncertainty import SOURCE_PREFIX, Bar
from gui.common.charts import PALETTE, NumberAxis, YearAxis, format_value, legend_below
from gui.common.labels import assumption_label

LOW_COLOUR, HIGH_COLOUR = PALETTE[0], PALETTE[1]  # blue: the low value, orange: the high value
BAND_COLOUR = PALETTE[0]


def bar_label(bar: Bar) -> str:
    """An assumption in the user's words; a financing source by the name the user gave it."""
    if bar.assumption.startswith(SOURCE_PREFIX):
        return bar.label
    return assumption_label(bar.assumption)


class CaptionedPlot(QWidget):
    """A plot with a caption under it that says what the picture shows, in numbers."""

    def __init__(self, axes: dict[str, pg.AxisItem], grid: tuple[bool, bool]) -> None:
        super().__init__()
        self.plot = pg.PlotWidget(background="w", axisItems=axes)
        self.plot.showGrid(x=grid[0], y=grid[1], alpha=0.25)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)


class TornadoChart(CaptionedPlot):
    """Horizontal bars from the central value to each assumption's low and high output."""

    def __init__(self) -> None:
        self.axis = pg.AxisItem("left")
        super().__init__({"left": self.axis, "bottom": NumberAxis("bottom", 3)}, (True, False))
        self.bars: list[Bar] = []
        self.central = 0.0

    def show_bars(self, central: float, bars: list[Bar], unit: str, title: str) -> None:
        self.bars, self.central = bars, central
        plot = self.plot.getPlotItem()
        plot.clear()
        y = np.arange(len(bars))[::-1].astype(float)  # the largest swing on top
        for values, colour in (
            ([b.low for b in bars], LOW_COLOUR),
            ([b.high for b in bars], HIGH_COLOUR),
        ):
            ends = np.asarray(values, dtype=float)
            left, right = np.minimum(ends, central), np.maximum(ends, central)
            plot.addItem(
                pg.BarGraphItem(x0=left, x1=right, y=y, height=0.6, brush=colour, pen=None)
            )
        plot.addItem(pg.InfiniteLine(pos=central, angle=90, pen=pg.mkPen("#222222", width=2)))
        self.axis.setTicks([[(float(y[i]), bar_label(bar)) for i, bar in enumerate(bars)]])
        plot.setTitle(title, color="#222222", size="12pt")
        plot.setLabel("bottom", unit)
        lines = [
            f"<b>{html.escape(bar_label(bar))}</b>: "
            f"{format_value(bar.low, unit)} … {format_value(bar.high, unit)}"
            for bar in bars
        ]
        self.caption.setText(
            QCoreApplication.translate(
                "UncertaintyCharts",
                "Central: {value}. Blue: the assumption at its low value; "
                "orange: at its high value.",
            ).format(value=format_value(central, unit))
            + "<br>"
            + " · ".join(lines)
        )


class FanChart(CaptionedPlot):
    """The central path with the 25-75 and 5-95 percentile bands around it."""

    def __init__(self) -> None:
        super().__init__(
            {"bottom": YearAxis("bottom"), "left": NumberAxis("left", 2)}, (False, True)
        )
        self.levels: dict[int, NDArray[np.float64]] = {}
        self.central: NDArray[np.float64] = np.zeros(0)
        self.legend: pg.LegendItem | None = None

    def show_bands(
        self,
        years: NDArray[np.int64],
        central: NDArray[np.float64],
        levels: dict[int, NDArray[np.float64]],
        unit: str,
        title: str,
    ) -> None:
        self.levels, self.central = levels, central
        plot = self.plot.getPlotItem()
        plot.clear()
        self.legend = legend_below(plot, self.legend, 2)
        x = years.astype(float)
        for (low, high), alpha in (((5, 95), "40"), ((25, 75), "80")):
            bottom = pg.PlotDataItem(x, levels[low], pen=pg.mkPen(BAND_COLOUR + alpha))
            top = pg.PlotDataItem(x, levels[high], pen=pg.mkPen(BAND_COLOUR + alpha))
            plot.addItem(pg.FillBetweenItem(bottom, top, brush=pg.mkBrush(BAND_COLOUR + alpha)))
        for line in (
            pg.PlotDataItem(
                x,
                levels[50],
                pen=pg.mkPen(BAND_COLOUR, width=2),
                name=QCoreApplication.translate("UncertaintyCharts", "median of the draws"),
            ),
            pg.PlotDataItem(
                x,
                central,
                pen=pg.mkPen("#222222", width=2, style=Qt.PenStyle.DashLine),
                name=QCoreApplication.translate("UncertaintyCharts", "central"),
            ),
        ):
            plot.addItem(line)
            self.legend.addItem(line, line.name())
        plot.setTitle(title, color="#222222", size="12pt")
        plot.setLabel("left", unit)
        last = len(x) - 1
        self.caption.setText(
            QCoreApplication.translate(
                "UncertaintyCharts",
                "In {year}: 90 % of the draws between {p5} and {p95}; "
                "half between {p25} and {p75}.",
            ).format(
                year=int(years[last]),
                p5=format_value(float(levels[5][last]), unit),
                p95=format_value(float(levels[95][last]), unit),
                p25=format_value(float(levels[25][last]), unit),
                p75=format_value(float(levels[75][last]), unit),
            )
        )
