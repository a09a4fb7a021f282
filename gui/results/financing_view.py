"""The Financing view of the results tab: a package's cost against its financing sources year
by year (stacked), the gap or surplus under the mouse, the first year each package becomes
affordable, and the table of sources with their notes."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.domain.model import Project
from engine.method.compute import Results
from engine.method.financing import affordable_from
from engine.report.figures import financing_series
from engine.report.financing import describe_amount
from gui.common.charts import FinancingChart, series_from
from gui.common.labels import financing_kind_label, format_percent
from gui.common.numbers import format_number


class FinancingPanel(QWidget):
    """Chart, affordability per package, and the sources table, one above the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = FinancingChart()
        self.affordable = QLabel()
        self.affordable.setWordWrap(True)
        self.affordable.setObjectName("affordable")
        self.sources = QTableWidget()
        self.sources.setObjectName("sources")
        self.sources.setWordWrap(False)  # one line a source; the whole note in its tooltip
        self.sources.verticalHeader().hide()
        self.sources.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        headings = (
            self.tr("Source"),
            self.tr("Option"),
            self.tr("Amount"),
            self.tr("Where it comes from"),
            self.tr("Feasibility"),
            self.tr("Finances"),
        )
        self.sources.setColumnCount(len(headings))
        self.sources.setHorizontalHeaderLabels(headings)
        header = self.sources.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 150, 220, 220, 220)):
            self.sources.setColumnWidth(column, width)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.affordable)
        below_layout.addWidget(QLabel(self.tr("<b>Financing sources</b>")))
        below_layout.addWidget(self.sources, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(below)
        split.setSizes([420, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def show_package(
        self, project: Project, results: Results, package_id: str | None, unit: str
    ) -> None:
        if package_id is not None and package_id in results.packages:
            package = project.package(package_id)
            series = series_from(financing_series(project, results, package.financing))
            cost = results.packages[package_id]["pct_gdp"]
            title = self.tr("{name}: cost against its financing").format(name=package.name)
            self.chart.show_financing(results.years, series, cost, unit=unit, title=title)
        elif package_id is not None:  # no results: an empty chart that says why
            name = project.package(package_id).name
            self.chart.show_series(results.years, [], stacked=True, unit=unit, title=name)
            error = results.errors.get(package_id)
            self.chart.readout.setText("" if error is None else error.message)
        self.affordable.setText(affordable_text(project, results))
        self._fill_sources(project, results)

    def _fill_sources(self, project: Project, results: Results) -> None:
        table = self.sources
        table.setRowCount(len(project.financing_sources))
        for row, source in enumerate(project.financing_sources):
            amount = describe_amount(source, project, lambda v, d: format_number(v, d))
            if source.id in results.financing_errors:
                amount += " — " + results.financing_errors[source.id].message
            users = ", ".join(p.name for p in project.packages if source.id in p.financing)
            cells = (
                source.name,
                financing_kind_label(source.kind),
                amount,
                source.source or "",
                source.feasibility or "",
                users,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnToContents(0)


def affordable_text(project: Project, results: Results) -> str:
    """One line per package: the first year it becomes affordable, or its gap in the end year."""
    end = int(results.years[-1])
    lines = []
    for package in project.packages:
        name = f"<b>{html.escape(package.name)}</b>"
        if package.id not in results.packages:
            text = QCoreApplication.translate("FinancingPanel", "{name}: no results")
            lines.append(text.format(name=name))
            continue
        if not package.financing:
            text = QCoreApplication.translate("FinancingPanel", "{name}: no financing source")
            lines.append(text.format(name=name))
            continue
        gap = results.packages[package.id]["financing_gap_pct_gdp"]
        first = affordable_from(results.years, gap)
        if first is None:
            text = QCoreApplication.translate(
                "FinancingPanel", "{name}: not affordable by {year} (gap {gap} of GDP)"
            )
            gap_text = format_percent(float(gap[-1]), 3)
            lines.append(text.format(name=name, year=end, gap=gap_text))
        elif first == int(results.years[0]):
            text = QCoreApplication.translate("FinancingPanel", "{name}: affordable every year")
            lines.append(text.format(name=name))
        else:
            text = QCoreApplication.translate(
                "FinancingPanel", "{name}: affordable from {year} (then every year)"
            )
            lines.append(text.format(name=name, year=first))
    return "<br>".join(lines)
