"""The results tab: charts of each scenario and package, the results table, warnings, exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.method.compute import Results
from engine.outputs.results_files import write_results
from engine.report.figures import package_envelope
from engine.runtime import atomic
from gui.common.charts import (
    BarChart,
    Series,
    TimeChart,
    colour_for,
    scenario_series,
)
from gui.common.numbers import format_number
from gui.common.pyramid import PyramidPlot
from gui.common.tsv import to_tsv
from gui.common.years import fit_year_range
from gui.document.project_document import ProjectDocument
from gui.document.tasks import Outcome
from gui.results.financing_view import FinancingPanel
from gui.results.table import SORT_ROLE, ResultsTableModel
from gui.results.uncertainty_charts import FanChart, TornadoChart
from gui.results.uncertainty_panel import RangesDialog, Runner

MEASURES = ("pct_gdp", "total_cost", "total_cost_constant", "pct_gov_expenditure", "beneficiaries")
VIEWS = (
    "package",
    "financing",
    "scenarios",
    "packages",
    "bars",
    "pyramid",
    "sensitivity",
    "bands",
    "gap_sensitivity",
    "gap_bands",
)
PACKAGE_VIEWS = ("package", "financing", "sensitivity", "bands", "gap_sensitivity", "gap_bands")
RUNS = ("sensitivity", "bands", "gap_sensitivity", "gap_bands")  # computed off the GUI thread


class ResultsTab(QWidget):
    message = Signal(str)
    uncertainty_ready = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._pending: str | None = None  # a run asked for while another stops
        years = document.project.years
        self.view = QComboBox()
        for key, label in zip(
            VIEWS,
            (
                self.tr("A package, stacked"),
                self.tr("Financing of a package"),
                self.tr("Scenarios compared"),
                self.tr("Packages compared"),
                self.tr("Packages in one year"),
                self.tr("Population pyramid"),
                self.tr("Sensitivity of a package (tornado)"),
                self.tr("Uncertainty bands of a package"),
                self.tr("What moves a package's financing gap (tornado)"),
                self.tr("Uncertainty bands of a package's financing gap"),
            ),
            strict=True,
        ):
            self.view.addItem(label, key)
        self.package = QComboBox()
        self.measure = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(years.base, years.end)
        self.year.setValue(years.end)
        for combo in (self.view, self.package, self.measure):
            combo.currentIndexChanged.connect(self.redraw)
            # long names (Lao, packages) shorten with an ellipsis rather than widen the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.year.valueChanged.connect(self.redraw)
        self.time_chart = TimeChart()
        self.bar_chart = BarChart()
        self.pyramid = PyramidPlot()
        self.tornado = TornadoChart()
        self.fan = FanChart()
        self.financing = FinancingPanel()
        self.charts = QStackedWidget()
        for chart in (
            self.time_chart,
            self.bar_chart,
            self.pyramid,
            self.tornado,
            self.fan,
            self.financing,
        ):
            self.charts.addWidget(chart)
        self.runner = Runner(document)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._uncertainty_done)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.runner.cancel)
        self.cancel.hide()
        self.ranges = QPushButton(self.tr("Ranges..."))
        self.ranges.clicked.connect(lambda: RangesDialog(self.document, self).open())

        self.table_model = ResultsTableModel(document)
        self.table_proxy = QSortFilterProxyModel()
        self.table_proxy.setSourceModel(self.table_model)
        self.table_proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.table_proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(90)

        controls = QHBoxLayout()
        self.labels: dict[str, QLabel] = {}
        for key, label, widget in (
            ("view", self.tr("Show:"), self.view),
            ("package", self.tr("Package:"), self.package),
            ("measure", self.tr("Measure:"), self.measure),
            ("year", self.tr("Year:"), self.year),
        ):
            self.labels[key] = QLabel(label)
            controls.addWidget(self.labels[key])
            controls.addWidget(widget)
        for extra in (self.ranges, self.progress, self.cancel):
            controls.addWidget(extra)
        controls.addStretch(1)
        # one button and its menu, so the controls fit a 1024-pixel screen
        chart_button = QPushButton(self.tr("Chart"))
        chart_menu = QMenu(chart_button)
        for text, slot in (
            (self.tr("Save PNG..."), lambda: self._ask_chart("png")),
            (self.tr("Save SVG..."), lambda: self._ask_chart("svg")),
            (self.tr("Copy chart"), self.copy_chart),
        ):
            chart_menu.addAction(text).triggered.connect(slot)
        chart_button.setMenu(chart_menu)
        controls.addWidget(chart_button)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_bar = QHBoxLayout()
        table_bar.addWidget(QLabel(self.tr("<b>Results table</b> (click a heading to sort)")))
        table_bar.addStretch(1)
        export = QPushButton(self.tr("Export table..."))
        export.clicked.connect(self._ask_table)
        table_bar.addWidget(export)
        table_layout.addLayout(table_bar)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(QLabel(self.tr("<b>Warnings</b>")))
        table_layout.addWidget(self.warnings)
        split = QSplitter()
        split.addWidget(self.charts)
        split.addWidget(table_box)
        split.setSizes([820, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(split, 1)
        document.results_changed.connect(self.reload)
        document.changed.connect(self._fill_choices)
        self._fill_choices()
        self.reload()

    # ------------------------------------------------------------ choices

    def _fill_choices(self) -> None:
        project = self.document.project
        chosen_package, chosen_measure = self.package.currentData(), self.measure.currentData()
        for combo in (self.package, self.measure):
            combo.blockSignals(True)
            combo.clear()
        for package in project.packages:
            self.package.addItem(package.name, package.id)
        units = self.units()
        for key in MEASURES:
            self.measure.addItem(units[key], key)
        for combo, chosen in ((self.package, chosen_package), (self.measure, chosen_measure)):
            index = combo.findData(chosen)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def units(self) -> dict[str, str]:
        project = self.document.project
        currency = project.country.currency
        return {
            "pct_gdp": self.tr("% of GDP"),
            "total_cost": self.tr("{currency}, nominal").format(currency=currency),
            "total_cost_constant": self.tr("{currency} at {year} prices").format(
                currency=currency, year=project.years.base
            ),
            "pct_gov_expenditure": self.tr("% of government expenditure"),
            "beneficiaries": self.tr("persons"),
        }

    # ------------------------------------------------------------ drawing

    def reload(self) -> None:
        """New results: redraw now if the tab shows, else when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.warnings.clear()
        document = self.document
        if document.error is not None:
            self.warnings.addItem(document.error.one_line())
        if document.results is not None:
            for warning in document.results.warnings:
                self.warnings.addItem(warning.one_line())
            for key, error in document.results.errors.items():
                self.warnings.addItem(
                    self.tr("{id} has no result: {reason}").format(id=key, reason=error.message)
                )
            for key, error in document.results.financing_errors.items():
                self.warnings.addItem(
                    self.tr("{id} has no result: {reason}").format(id=key, reason=error.message)
                )
        self.redraw()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if getattr(self, "_stale", False):
            self.reload()

    def redraw(self) -> None:
        results = self.document.results
        if results is None:
            return
        fit_year_range(self.year, results)
        view = self.view.currentData()
        self.package.setEnabled(view in PACKAGE_VIEWS)
        self.year.setEnabled(view in ("bars", "pyramid", "sensitivity", "gap_sensitivity"))
        self.measure.setEnabled(view not in ("pyramid", "financing"))
        for widget in (self.measure, self.labels["measure"]):  # room for a run's progress
            widget.setVisible(view not in RUNS)
        self.ranges.setVisible(view in ("bands", "gap_bands"))
        if view in RUNS:
            tornado = view in ("sensitivity", "gap_sensitivity")
            self.charts.setCurrentWidget(self.tornado if tornado else self.fan)
            self.run_uncertainty(str(view))
        elif view == "financing":
            self.charts.setCurrentWidget(self.financing)
            package_id = self.package.currentData()
            self.financing.show_package(
                self.document.project,
                results,
                None if package_id is None else str(package_id),
                self.units()["pct_gdp"],
            )
        elif view == "pyramid":
            self.charts.setCurrentWidget(self.pyramid)
            t = self.year.value() - int(results.calendar_years[0])  # population: calendar
            persons = results.context.persons[t]
            self.pyramid.show_year(self.year.value(), persons[:, 0], persons[:, 1])
        elif view == "bars":
            self.charts.setCurrentWidget(self.bar_chart)
            self._draw_bars(results)
        else:
            self.charts.setCurrentWidget(self.time_chart)
            self._draw_time(results, view)

    def run_uncertainty(self, kind: str) -> None:
        """Tornado or bands of the chosen package, computed off the GUI thread."""
        package_id = self.package.currentData()
        if package_id is None:
            return
        if self.runner.running:
            self.runner.cancel()
            self._pending = kind
            return
        self.progress.setValue(0)
        self.progress.setVisible(kind in ("bands", "gap_bands"))
        self.cancel.setVisible(kind in ("bands", "gap_bands"))
        self.runner.start(kind, str(package_id), self.year.value())

    def _progress(self, value: int) -> None:
        self.progress.setValue(value)

    def _uncertainty_done(self, kind: str, outcome: Outcome[Any]) -> None:
        """Whatever happened in the run, the progress bar and Cancel go away."""
        self.progress.hide()
        self.cancel.hide()
        pending = self._pending
        if pending is not None:
            self._pending = None
            self.run_uncertainty(pending)
            return
        if outcome.cancelled:
            self.message.emit(self.tr("Stopped: the chart shows the last complete run."))
            return
        if isinstance(outcome.error, InputError):
            self.message.emit(outcome.error.message)
            return
        if outcome.error is not None:  # the crash dialog says what happened
            return
        result: Any = outcome.value
        unit = self.units()["pct_gdp"]
        name = self.package.currentText()
        if kind in ("sensitivity", "gap_sensitivity"):
            central, bars = result
            title = (
                self.tr("{name}: what moves the cost in {year}").format(
                    name=name, year=self.year.value()
                )
                if kind == "sensitivity"  # the package is named beside: a title that fits
                else self.tr("What moves the financing gap in {year}").format(
                    year=self.year.value()
                )
            )
            self.tornado.show_bars(central, bars, unit, title)
        else:
            levels, central, draws = result
            draws_text = format_number(draws, 0)
            title = (
                self.tr("{name}: uncertainty bands ({draws} draws)").format(
                    name=name, draws=draws_text
                )
                if kind == "bands"
                else self.tr("Financing gap: bands of {draws} draws").format(draws=draws_text)
            )
            years = self.document.results.years if self.document.results is not None else None
            if years is not None:
                self.fan.show_bands(years, central, levels, unit, title)
        self.uncertainty_ready.emit(kind)

    def measure_key(self) -> str:
        return str(self.measure.currentData() or "pct_gdp")

    def _draw_time(self, results: Results, view: str) -> None:
        measure, unit = self.measure_key(), self.units()[self.measure_key()]
        project = self.document.project
        envelope = None
        if view == "packages" and measure != "beneficiaries":
            series = [
                Series(
                    p.id,
                    p.name,
                    colour_for(len(project.scenarios) + i),
                    results.packages[p.id][measure],
                )
                for i, p in enumerate(project.packages)
                if p.id in results.packages
            ]
            title = self.tr("Packages compared")
            stacked = False
        else:
            members = [s.id for s in project.scenarios]
            title = self.tr("Scenarios compared")
            stacked = False
            package_id = self.package.currentData()
            if view == "package" and package_id in results.packages:
                package = project.package(str(package_id))
                members = list(package.scenarios)
                title = package.name
                stacked = measure != "beneficiaries"  # people overlap: never add beneficiaries
                if measure == "pct_gdp":
                    envelope = package_envelope(package, results)
            series = scenario_series(project, results, members, measure)
        self.time_chart.show_series(
            results.years, series, stacked=stacked, unit=unit, title=title, envelope=envelope
        )

    def _draw_bars(self, results: Results) -> None:
        measure = self.measure_key()
        if measure == "beneficiaries":
            measure = "pct_gdp"
        t = self.year.value() - int(results.years[0])
        labels, values, envelopes = [], [], []
        for package in self.document.project.packages:
            if package.id not in results.packages:
                continue
            table = results.packages[package.id]
            labels.append(package.name)
            values.append(float(table[measure][t]))
            envelope = float(table["fiscal_space_pct_gdp"][t])
            envelopes.append(envelope if measure == "pct_gdp" and envelope == envelope else None)
        self.bar_chart.show_bars(
            labels,
            values,
            envelopes,
            unit=self.units()[measure],
            title=self.tr("Packages in {year}").format(year=self.year.value()),
        )

    # ------------------------------------------------------------ exports

    def current_plot_widget(self) -> QWidget:
        chart = self.charts.currentWidget()
        if isinstance(chart, FinancingPanel):
            chart = chart.chart
        if isinstance(chart, TimeChart | BarChart):
            plot: QWidget = chart.plot
            return plot
        assert chart is not None
        return chart

    def export_chart(self, path: Path) -> Path:
        """The chart on screen to a PNG or SVG file (by the name's extension)."""
        widget = self.current_plot_widget()
        if path.suffix.lower() == ".svg":
            write_svg(widget, path)
        else:
            path = path.with_suffix(".png")
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            widget.grab().save(buffer, "PNG")
            atomic.write_bytes(path, bytes(buffer.data().data()))
        return path

    def copy_chart(self) -> None:
        QGuiApplication.clipboard().setImage(self.current_plot_widget().grab().toImage())
        self.message.emit(self.tr("The chart is on the clipboard: paste it into a slide."))

    def _ask_chart(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), f"chart.{kind}", f"*.{kind}"
        )
        if path:
            try:
                saved = self.export_chart(Path(path))
            except InputError as error:
                self.message.emit(error.one_line())
                return
            self.message.emit(self.tr("Chart saved to {path}").format(path=saved))

    def _ask_table(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the results table"),
            "results.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path and self.document.results is not None:
            write_results(self.document.results, path)
            self.message.emit(self.tr("Results written to {path}").format(path=path))

    def copy(self) -> None:
        """Edit > Copy: the selected table cells, tab-separated, exact numbers."""
        indexes = [
            self.table_proxy.mapToSource(i) for i in self.table.selectionModel().selectedIndexes()
        ]
        if not indexes:
            self.copy_chart()
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        block = [[self.table_model.headerData(c, Qt.Orientation.Horizontal) for c in columns]]
        block += [[self.table_model.exact_text(r, c) for c in columns] for r in rows]
        QGuiApplication.clipboard().setText(to_tsv(block))


def write_svg(widget: QWidget, path: Path) -> None:
    """The widget drawn as vectors into an SVG file (pyqtgraph's own SVG exporter cannot read
    the path syntax of this Qt version, so Qt's SVG generator draws the view directly)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(widget.rect())
    generator.setTitle(widget.window().windowTitle())
    painter = QPainter(generator)
    try:
        widget.render(painter)  # type: ignore[call-overload]  # QGraphicsView.render(painter)
    finally:
        painter.end()
    atomic.write_bytes(path, bytes(buffer.data().data()))
