"""The results tab: charts of each scenario and package, the results table, warnings, exports."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from gui.common.chart_output import copy_to_clipboard, png_bytes, print_widget, svg_bytes
from gui.common.charts import (
    BarChart,
    Series,
    TimeChart,
    colour_for,
    scenario_series,
)
from gui.common.flow_layout import FlowLayout, labelled
from gui.common.messages import error_line, line, localized, target
from gui.common.numbers import format_number
from gui.common.printing import CHART_RESOURCE, model_table
from gui.common.pyramid import PyramidPlot
from gui.common.tsv import to_tsv
from gui.common.when_shown import WhenShown
from gui.common.widgets import compact_combo
from gui.common.years import fit_year_range
from gui.document.project_document import ProjectDocument
from gui.document.tasks import Outcome
from gui.results.financing_view import FinancingPanel
from gui.results.table import ResultsProxy, ResultsTableModel
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
    go_to = Signal(str)  # the field a warning is about, shown by the window
    what_if_requested = Signal()  # What if...: the window opens a what-if run
    uncertainty_ready = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._reload_when_shown = WhenShown(self, self._reload)
        self._pending: str | None = None  # a run asked for while another stops
        years = document.project.years
        self.view = compact_combo(12)
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
        self.package = compact_combo(12)
        self.measure = compact_combo(8)
        self.view.setToolTip(self.tr("What the chart shows"))
        self.package.setToolTip(self.tr("The package the chart and the table follow"))
        self.measure.setToolTip(self.tr("The unit: % of GDP, money, people..."))
        self.year = QSpinBox()
        self.year.setToolTip(self.tr("The year of a one-year chart (packages in a year, pyramid)"))
        self.year.setRange(years.base, years.end)
        self.year.setValue(years.end)
        for combo in (self.view, self.package, self.measure):
            combo.currentIndexChanged.connect(self.redraw)
        self.package.currentIndexChanged.connect(self._filter_table)
        self.year.valueChanged.connect(self.redraw)
        self.time_chart = TimeChart()
        self.bar_chart = BarChart()
        self.pyramid = PyramidPlot()
        self.tornado = TornadoChart()
        self.fan = FanChart()
        self.financing = FinancingPanel()
        self.empty = QLabel()  # what to do when a view has nothing to show yet
        self.empty.setObjectName("empty-state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.charts = QStackedWidget()
        for chart in (
            self.time_chart,
            self.bar_chart,
            self.pyramid,
            self.tornado,
            self.fan,
            self.financing,
            self.empty,
        ):
            self.charts.addWidget(chart)
        self.runner = Runner(document)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._uncertainty_done)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.runner.cancel)
        self.cancel.hide()
        self.ranges = QPushButton(self.tr("Ranges..."))
        self.ranges.clicked.connect(lambda: RangesDialog(self.document, self).open())

        self.table_model = ResultsTableModel(document, follow=False)  # reloaded when shown
        self.table_proxy = ResultsProxy()
        self.table_proxy.setSourceModel(self.table_model)
        self.table = QTableView()
        self.table.setModel(self.table_proxy)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measured on the rows on screen, not 1,000
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(90)
        self.warnings.setToolTip(self.tr("Double-click a line to go to the data concerned."))
        self.warnings.itemActivated.connect(
            lambda item: self.go_to.emit(str(item.data(Qt.ItemDataRole.UserRole) or ""))
        )

        controls_box = QWidget()  # wraps to a second row when the window is narrow
        controls = FlowLayout(controls_box)
        for label, widget in (
            (self.tr("Show:"), self.view),
            (self.tr("Package:"), self.package),
            (self.tr("Measure:"), self.measure),
            (self.tr("Year:"), self.year),
        ):
            controls.addWidget(labelled(label, widget))
        controls.addWidget(self.ranges)
        what_if = QPushButton(self.tr("What if..."))
        what_if.setToolTip(
            self.tr("Try other benefit levels and packages on a copy; keep them or not at the end")
        )
        what_if.clicked.connect(self.what_if_requested)
        controls.addWidget(what_if)
        chart_button = QPushButton(self.tr("Chart"))
        chart_menu = QMenu(chart_button)
        for text, slot in (
            (self.tr("Save as PNG..."), lambda: self._ask_chart("png")),
            (self.tr("Save as SVG..."), lambda: self._ask_chart("svg")),
            (self.tr("Copy (picture and vectors)"), self.copy_chart),
            (self.tr("Print..."), self.print_chart),
        ):
            chart_menu.addAction(text).triggered.connect(slot)
        chart_button.setMenu(chart_menu)
        controls.addWidget(chart_button)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_bar = QHBoxLayout()
        heading = QLabel(self.tr("<b>Results table</b> (click a heading to sort)"))
        heading.setWordWrap(True)
        table_bar.addWidget(heading, 1)
        self.only_package = QCheckBox(self.tr("Only the chosen package"))
        self.only_package.setToolTip(
            self.tr("Show the chosen package and its scenarios, not every result")
        )
        self.only_package.toggled.connect(self._filter_table)
        table_bar.addWidget(self.only_package)
        export = QPushButton(self.tr("Export..."))
        export.setToolTip(self.tr("Write the results table to an Excel or CSV file"))
        export.clicked.connect(self._ask_table)
        table_bar.addWidget(export)
        table_layout.addLayout(table_bar)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(QLabel(self.tr("<b>Warnings</b>")))
        table_layout.addWidget(self.warnings)
        chart_box = QWidget()  # a run's progress shows above the chart, never widening the window
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        run_bar = QHBoxLayout()
        run_bar.addWidget(self.progress, 1)
        run_bar.addWidget(self.cancel)
        chart_layout.addLayout(run_bar)
        chart_layout.addWidget(self.charts, 1)
        split = QSplitter()
        split.addWidget(chart_box)
        split.addWidget(table_box)
        split.setChildrenCollapsible(False)
        self.charts.setMinimumWidth(300)
        table_box.setMinimumWidth(260)
        split.setSizes([820, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(controls_box)
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
        self._reload_when_shown()

    def _reload(self) -> None:
        self.table_model.reload()
        self.warnings.clear()
        document = self.document
        project = document.project
        shown: list[tuple[str, str]] = []
        if document.error is not None:
            shown.append((line(document.error, project), target(document.error)))
        if document.results is not None:
            for warning in document.results.warnings:
                shown.append((line(warning, project), target(warning)))
            failed = {**document.results.errors, **document.results.financing_errors}
            for key, error in failed.items():
                text = self.tr("{name} has no result: {reason}").format(
                    name=self._name_of(key), reason=localized(error.message, project)
                )
                shown.append((text, target(error)))
        for text, path in shown:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(text)
            self.warnings.addItem(item)
        self.redraw()

    def _name_of(self, key: str) -> str:
        """A scenario's or a package's name (results are keyed by id)."""
        project = self.document.project
        names = {s.id: s.name for s in project.scenarios} | {p.id: p.name for p in project.packages}
        names |= {f.id: f.name for f in project.financing_sources}
        return names.get(key, key)

    def redraw(self) -> None:
        results = self.document.results
        if results is None:
            return
        fit_year_range(self.year, results)
        view = self.view.currentData()
        if (guidance := self.empty_state(str(view))) is not None:
            self.empty.setText(guidance)
            self.charts.setCurrentWidget(self.empty)
            return
        self.package.setEnabled(view in PACKAGE_VIEWS)
        self.year.setEnabled(view in ("bars", "pyramid", "sensitivity", "gap_sensitivity"))
        self.measure.setEnabled(view not in ("pyramid", "financing", *RUNS))
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

    def empty_state(self, view: str) -> str | None:
        """What to do first when ``view`` has nothing to show (None: it has)."""
        project = self.document.project
        if not project.scenarios and view != "pyramid":
            return self.tr(
                "<b>No scenario yet.</b> Add one in the Scenarios tab (Add...): a benefit or a "
                "service, who receives it and how much; its cost appears here at once."
            )
        if not project.packages and view in (*PACKAGE_VIEWS, "packages", "bars"):
            return self.tr(
                "<b>No package yet.</b> A package is a set of scenarios costed together against "
                "its fiscal space: make one in Scenarios > Packages (New package), then tick "
                "its scenarios."
            )
        return None

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
            self.message.emit(error_line(outcome.error, self.document.project))
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
            atomic.write_bytes(path, svg_bytes(widget))
        else:
            path = path.with_suffix(".png")
            atomic.write_bytes(path, png_bytes(widget))
        return path

    def copy_chart(self) -> None:
        copy_to_clipboard(self.current_plot_widget())
        self.message.emit(self.tr("The chart is on the clipboard: paste it into a slide."))

    def print_chart(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            print_widget(self.current_plot_widget(), printer)

    def printable_html(self) -> str:
        """File > Print: the chart, then the table (the chosen package's rows when filtered)."""
        rows = [
            self.table_proxy.mapToSource(self.table_proxy.index(r, 0)).row()
            for r in range(self.table_proxy.rowCount())
        ]
        title = html.escape(self.document.project.name)
        table = html.escape(self.tr("Results table"))
        return (
            f"<h2>{title}</h2><p><img src='{CHART_RESOURCE}' width='640'></p>"
            f"<h3>{table}</h3>" + model_table(self.table_model, rows)
        )

    def printable_chart(self) -> QWidget:
        return self.current_plot_widget()

    def _filter_table(self) -> None:
        package_id = self.package.currentData()
        if not self.only_package.isChecked() or package_id is None:
            self.table_proxy.show_ids(None)
            return
        members = self.document.project.package(str(package_id)).scenarios
        self.table_proxy.show_ids({str(package_id), *members})

    def _ask_chart(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), f"chart.{kind}", f"*.{kind}"
        )
        if path:
            try:
                saved = self.export_chart(Path(path))
            except InputError as error:
                self.message.emit(error_line(error, self.document.project))
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
            package = self.package.currentData() if self.only_package.isChecked() else None
            write_results(self.document.results, path, package)
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
