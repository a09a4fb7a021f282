"""Cost charts (pyqtgraph): series over the years, stacked or as lines, and packages compared.

Colours come from the Okabe-Ito palette (distinguishable with every common
colour-vision deficiency) and follow a scenario's position in the project, so
a scenario keeps its colour in every chart. Clicking a legend entry hides or
shows its series; in a stack the total follows. A read-out under the chart
gives the exact values of the year under the mouse.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.domain.model import Project
from engine.method.compute import Results
from engine.report import figures
from engine.report.document import FigureSeries
from gui.common.numbers import Quantity, format_number

# Okabe-Ito, with its pale yellow (#F0E442, invisible on a washed-out projector and in
# greyscale) replaced by Tol's wine.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255", "#000000")
LEGEND_ROW = 4  # PlotItem's layout: title 0, top axis 1, view 2, bottom axis 3
ENVELOPE_COLOUR = "#B00020"
SURPLUS_COLOUR = "#00704A"
ENVELOPE_KEY = "__envelope__"
REFERENCE_COLOUR = "#444444"
REFERENCE_KEY = "__saved__"
LINE_KEYS = (ENVELOPE_KEY, REFERENCE_KEY)  # lines drawn over a stack, never toggled


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    colour: str
    values: NDArray[np.float64]


def series_from(figure_series: Iterable[FigureSeries]) -> list[Series]:
    """The engine's chart series, each in its scenario's colour."""
    return [
        Series(s.key, s.label, colour_for(s.colour_index), np.asarray(s.values, dtype=float))
        for s in figure_series
    ]


def scenario_series(
    project: Project, results: Results, members: Collection[str], measure: str
) -> list[Series]:
    """The costed scenarios among ``members``, in project order, each in its own colour."""
    return series_from(figures.scenario_series(project, results, members, measure))


class NumberAxis(pg.AxisItem):  # type: ignore[misc]
    """Tick labels with thousands separators; few decimals for percentages."""

    def __init__(self, orientation: str, decimals: int = 0) -> None:
        super().__init__(orientation)
        self.decimals = decimals
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        decimals = self.decimals if spacing < 1 else 0
        return [format_number(v, decimals) for v in values]


class YearAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]


def legend_below(
    plot: pg.PlotItem, old: pg.LegendItem | None, entries: int, text_size: str = "10pt"
) -> pg.LegendItem:
    """A legend in its own row under the plot, never over the data (``old`` is removed);
    clicking an entry hides or shows its series. Two columns when there are many entries."""
    if old is not None:
        plot.layout.removeItem(old)
        if old.scene() is not None:
            old.scene().removeItem(old)
    legend = pg.LegendItem(
        labelTextSize=text_size,
        labelTextColor="#222222",
        colCount=2 if entries > 3 else 1,
        frame=False,
    )
    plot.layout.addItem(legend, LEGEND_ROW, 1)
    plot.layout.setRowStretchFactor(LEGEND_ROW, 0)
    return legend


def format_value(value: float, unit: str) -> str:
    if value != value:
        return "—"
    if "%" in unit:
        return format_number(value, 3, Quantity.PERCENT)
    return f"{format_number(value, 0)} {unit}".strip()


class TimeChart(QWidget):
    """Series over the projection years: a stack (a package) or lines (a comparison)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(
            background="w",
            axisItems={"bottom": YearAxis("bottom"), "left": NumberAxis("left", 2)},
        )
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setObjectName("readout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        self.years = np.zeros(0)
        self.series: list[Series] = []
        self.hidden: set[str] = set()
        self.stacked = False
        self.unit = ""
        self.envelope: NDArray[np.float64] | None = None
        self.envelope_label: str | None = None  # None: "Fiscal space"
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._lower: dict[str, pg.PlotDataItem] = {}  # the edge below each stacked layer
        self._drawn_shape: tuple[object, ...] = ()
        self.legend: pg.LegendItem | None = None
        self.legend_shown = True  # workshop mode: its toggles are the legend
        self.compact_readout = False  # workshop mode: the year's total, fiscal space, saved
        self.reference: NDArray[np.float64] | None = None  # the saved total, during a what-if
        self.text_size = "10pt"  # legend and axis titles; workshop mode makes them larger
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

    def show_series(
        self,
        years: NDArray[np.int64],
        series: list[Series],
        *,
        stacked: bool,
        unit: str,
        title: str,
        envelope: NDArray[np.float64] | None = None,
        reference: NDArray[np.float64] | None = None,
        envelope_label: str | None = None,
    ) -> None:
        """``envelope``: a dashed line over the series (the fiscal space of a package, or the
        cost its financing sources are set against), named ``envelope_label``;
        ``reference``: a total to draw as a thin line ("as saved", during a what-if)."""
        self.years = years.astype(float)
        self.series, self.stacked, self.unit, self.envelope = series, stacked, unit, envelope
        self.reference = reference
        self.envelope_label = envelope_label
        self.hidden &= {s.key for s in series}
        self.title = title
        self._render()

    def _shape(self) -> tuple[object, ...]:
        """What the chart's items depend on besides their data: while it stays the same, a
        new result moves the items' data (``setData``) instead of rebuilding them."""
        return (
            tuple((s.key, s.label, s.colour) for s in self.series),
            self.stacked,
            self.envelope is not None,
            self.reference is not None,
            self.envelope_label,
            self.legend_shown,
            self.title,
            self.unit,
            self.text_size,
            frozenset(self.hidden),
        )

    def _render(self) -> None:
        shape = self._shape()
        if self.curves and shape == self._drawn_shape:
            self._move_data()
            return
        self._drawn_shape = shape
        plot = self.plot.getPlotItem()
        self._disconnect_curves()
        plot.clear()
        legend = self._legend_below(plot)
        plot.setTitle(self.title, color="#222222", size="12pt")
        style = {"font-size": self.text_size, "color": "#222222"}
        plot.setLabel("left", self.unit, **style)
        plot.setLabel("bottom", QCoreApplication.translate("Charts", "Year"), **style)
        self.curves = {}
        below = np.zeros(len(self.years))
        for item in self.series:
            visible = item.key not in self.hidden
            values = np.nan_to_num(item.values) if self.stacked else item.values
            top = below + (values if visible else 0.0)
            y = top if self.stacked else values
            pen = pg.mkPen(item.colour, width=2.5)
            curve = pg.PlotDataItem(self.years, y, pen=pen, name=item.label)
            if self.stacked:
                brush = pg.mkBrush(item.colour + "b0")
                lower = self._lower[item.key] = pg.PlotDataItem(self.years, below)
                fill = pg.FillBetweenItem(curve, lower, brush=brush)
                fill.setVisible(visible)
                plot.addItem(fill)
            plot.addItem(curve)
            curve.setVisible(visible)
            curve.visibleChanged.connect(lambda key=item.key: self._toggled(key))
            self.curves[item.key] = curve
            below = top
        if self.envelope is not None:
            envelope = pg.PlotDataItem(
                self.years,
                self.envelope,
                pen=pg.mkPen(ENVELOPE_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                name=self.envelope_label or QCoreApplication.translate("Charts", "Fiscal space"),
            )
            plot.addItem(envelope)
            self.curves[ENVELOPE_KEY] = envelope
        if self.reference is not None:
            saved = pg.PlotDataItem(
                self.years,
                self.reference,
                pen=pg.mkPen(REFERENCE_COLOUR, width=1.5),
                name=QCoreApplication.translate("Charts", "As saved"),
            )
            plot.addItem(saved)
            self.curves[REFERENCE_KEY] = saved
        if self.legend_shown:
            for curve in self.curves.values():
                legend.addItem(curve, curve.name())
        plot.enableAutoRange()
        self.show_readout(int(self.years[-1]) if len(self.years) else 0)

    def _move_data(self) -> None:
        """The same items, new values: each curve (and the edge below each layer) moved."""
        below = np.zeros(len(self.years))
        for item in self.series:
            visible = item.key not in self.hidden
            values = np.nan_to_num(item.values) if self.stacked else item.values
            top = below + (values if visible else 0.0)
            self.curves[item.key].setData(self.years, top if self.stacked else values)
            if self.stacked:
                self._lower[item.key].setData(self.years, below)
            below = top
        if self.envelope is not None:
            self.curves[ENVELOPE_KEY].setData(self.years, self.envelope)
        if self.reference is not None:
            self.curves[REFERENCE_KEY].setData(self.years, self.reference)
        self.plot.getPlotItem().enableAutoRange()
        self.show_readout(int(self.years[-1]) if len(self.years) else 0)

    def _legend_below(self, plot: pg.PlotItem) -> pg.LegendItem:
        entries = len(self.series) + (self.envelope is not None) + (self.reference is not None)
        self.legend = legend_below(plot, self.legend, entries, self.text_size)
        return self.legend

    def _disconnect_curves(self) -> None:
        """Old curves must not report their removal (or the chart's) as a legend click."""
        for key, curve in self.curves.items():
            if key not in LINE_KEYS:  # lines over the stack have no toggle connected
                curve.visibleChanged.disconnect()
        self.curves = {}
        self._lower = {}

    def _toggled(self, key: str) -> None:
        curve = self.curves.get(key)
        if curve is None:
            return
        hidden = not curve.isVisible()
        if hidden == (key in self.hidden):
            return
        self.hidden.symmetric_difference_update({key})
        if self.stacked:  # the total must follow: redraw once the click is handled
            QTimer.singleShot(0, self, self._render)  # dropped if the chart is gone

    def set_hidden(self, key: str, hidden: bool) -> None:
        """What clicking a legend entry does."""
        self.curves[key].setVisible(not hidden)

    def visible_values(self, key: str) -> NDArray[np.float64]:
        """A series' own values as plotted (a stack's layer minus the one below)."""
        keys = [s.key for s in self.series]
        y: NDArray[np.float64] = np.asarray(self.curves[key].yData, dtype=float)
        if not self.stacked:
            return y
        index = keys.index(key)
        below = (
            np.asarray(self.curves[keys[index - 1]].yData, dtype=float)
            if index
            else np.zeros(len(y))
        )
        return y - below

    def stacked_total(self) -> NDArray[np.float64]:
        total: NDArray[np.float64] = np.asarray(self.curves[self.series[-1].key].yData, dtype=float)
        return total

    # ------------------------------------------------------------ read-out

    def _mouse_moved(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(position) or not len(self.years):
            return
        year = round(view.mapSceneToView(position).x())
        if self.years[0] <= year <= self.years[-1]:
            self.show_readout(year)

    def readout_text(self, year: int) -> str:
        t = int(year - self.years[0])
        parts = [f"<b>{year}</b>"]
        total = 0.0
        for item in self.series:
            if item.key in self.hidden:
                continue
            value = float(item.values[t])
            total += 0.0 if value != value else value
            if self.compact_readout:
                continue
            colour = item.colour
            parts.append(
                f"<span style='color:{colour}'>■</span> {item.label}: "
                f"{format_value(value, self.unit)}"
            )
        if self.stacked:
            parts.append(
                QCoreApplication.translate("Charts", "<b>total</b>: {value}").format(
                    value=format_value(total, self.unit)
                )
            )
        if self.envelope is not None:
            shown = format_value(float(self.envelope[t]), self.unit)
            parts.append(
                QCoreApplication.translate("Charts", "fiscal space: {value}").format(value=shown)
                if self.envelope_label is None
                else QCoreApplication.translate("Charts", "{label}: {value}").format(
                    label=self.envelope_label, value=shown
                )
            )
        if self.reference is not None:
            parts.append(
                QCoreApplication.translate("Charts", "as saved: {value}").format(
                    value=format_value(float(self.reference[t]), self.unit)
                )
            )
        return " &nbsp; ".join(parts)

    def show_readout(self, year: int) -> None:
        if len(self.years):
            self.readout.setText(self.readout_text(year))


class FinancingChart(TimeChart):
    """A package's financing sources stacked against its cost (the dashed line); the read-out
    gives the year's sources, their total, the cost, and the gap or the surplus."""

    def show_financing(
        self,
        years: NDArray[np.int64],
        sources: list[Series],
        cost: NDArray[np.float64],
        *,
        unit: str,
        title: str,
    ) -> None:
        label = QCoreApplication.translate("Charts", "Cost of the package")
        self.show_series(
            years,
            sources,
            stacked=True,
            unit=unit,
            title=title,
            envelope=cost,
            envelope_label=label,
        )

    def readout_text(self, year: int) -> str:
        t = int(year - self.years[0])
        parts = [f"<b>{year}</b>"]
        total = 0.0
        for item in self.series:
            if item.key in self.hidden:
                continue
            value = float(item.values[t])
            total += 0.0 if value != value else value
            parts.append(
                f"<span style='color:{item.colour}'>■</span> {item.label}: "
                f"{format_value(value, self.unit)}"
            )
        parts.append(
            QCoreApplication.translate("Charts", "<b>financing</b>: {value}").format(
                value=format_value(total, self.unit)
            )
        )
        if self.envelope is not None:
            cost = float(self.envelope[t])
            parts.append(
                QCoreApplication.translate("Charts", "cost: {value}").format(
                    value=format_value(cost, self.unit)
                )
            )
            gap = cost - total
            if gap > 0:
                text = QCoreApplication.translate("Charts", "<b>gap</b>: {value}")
                colour = ENVELOPE_COLOUR
            else:
                text = QCoreApplication.translate("Charts", "<b>surplus</b>: {value}")
                colour = SURPLUS_COLOUR
            shown = format_value(abs(gap), self.unit)
            parts.append(f"<span style='color:{colour}'>{text.format(value=shown)}</span>")
        return " &nbsp; ".join(parts)


class BarChart(QWidget):
    """One value per package in a chosen year, with each package's fiscal space marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = pg.AxisItem("bottom")
        self.plot = pg.PlotWidget(
            background="w", axisItems={"bottom": self.axis, "left": NumberAxis("left", 2)}
        )
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.values: NDArray[np.float64] = np.zeros(0)

    def show_bars(
        self,
        labels: list[str],
        values: list[float],
        envelopes: list[float | None],
        *,
        unit: str,
        title: str,
    ) -> None:
        plot = self.plot.getPlotItem()
        plot.clear()
        self.values = np.asarray(values, dtype=float)
        x = np.arange(len(values), dtype=float)
        brushes = [colour_for(i + 3) for i in range(len(values))]
        plot.addItem(
            pg.BarGraphItem(x=x, height=np.nan_to_num(self.values), width=0.6, brushes=brushes)
        )
        for i, envelope in enumerate(envelopes):
            if envelope is not None:
                line = pg.PlotDataItem(
                    [i - 0.4, i + 0.4],
                    [envelope, envelope],
                    pen=pg.mkPen(ENVELOPE_COLOUR, width=3, style=Qt.PenStyle.DashLine),
                )
                plot.addItem(line)
        for i, value in enumerate(values):
            text = pg.TextItem(format_value(value, unit), color="#222222", anchor=(0.5, 1.0))
            text.setPos(i, 0 if value != value else value)
            plot.addItem(text)
        self.axis.setTicks([[(i, label) for i, label in enumerate(labels)]])
        plot.setTitle(title, color="#222222", size="12pt")
        plot.setLabel("left", unit)
        plot.setXRange(-0.6, max(len(values), 1) - 0.4, padding=0)
        plot.enableAutoRange(axis="y")
