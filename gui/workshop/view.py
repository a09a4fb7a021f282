"""Workshop mode (View > Workshop mode, F11): one package's chart, full screen, in large type,
with toggles for its scenarios and its financing sources, and sliders for the assumptions the
facilitator pins. The chart shows the cost by scheme against the fiscal space, or (Financing)
the sources stacked against the cost, with the gap or surplus of each year.

Every toggle and slider is an ordinary edit: saved at once, undoable (Ctrl+Z
works here too), and every other view follows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.edits.builders import set_package_member, set_package_source
from engine.edits.commands import Put
from engine.edits.levers import Lever, lever_value, levers_of, set_lever
from engine.report.figures import financing_series, package_envelope
from gui.common.charts import FinancingChart, TimeChart, colour_for, scenario_series, series_from
from gui.common.numbers import format_number
from gui.document.project_document import ProjectDocument

FONT_POINTS = 18
SETTLE_MS = 250  # a slider edit is saved once the hand stops


def lever_label(lever: Lever) -> str:
    return {
        "benefit": QCoreApplication.translate("Workshop", "benefit"),
        "take_up": QCoreApplication.translate("Workshop", "take-up reached"),
        "admin_rate": QCoreApplication.translate("Workshop", "administration"),
        "annual_cost_per_person": QCoreApplication.translate("Workshop", "cost per person"),
    }[lever.name]


def lever_unit(lever: Lever, currency: str) -> str:
    return {
        "percent_of_anchor": QCoreApplication.translate("Workshop", "% of the anchor"),
        "money_month": currency,
        "money_year": currency,
        "percent": "%",
    }[lever.unit]


class LeverSlider(QWidget):
    """A labelled slider for one lever; ``moved`` once the value settles."""

    moved = Signal(object, float)

    def __init__(
        self, lever: Lever, name: str, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lever = lever
        self.unit = lever_unit(lever, currency)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((lever.high - lever.low) / lever.step))
        self.slider.setObjectName(lever.key)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(150)
        self.value_label.setWordWrap(True)  # "20 % of the anchor" in 18 points: two lines
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.flush)
        self.slider.valueChanged.connect(self._changed)
        title = QLabel(f"{name}: {lever_label(lever)}")
        title.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(title)
        layout.addLayout(row)

    def value(self) -> float:
        return self.lever.low + self.slider.value() * self.lever.step

    def show_value(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round((value - self.lever.low) / self.lever.step))
        self.slider.blockSignals(False)
        self._label(value)

    def _label(self, value: float) -> None:
        decimals = 0 if self.lever.step >= 1 or self.lever.unit != "percent" else 1
        self.value_label.setText(f"{format_number(value, decimals)} {self.unit}")

    def _changed(self) -> None:
        self._label(self.value())
        self.timer.start()

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        self.moved.emit(self.lever, self.value())


class ToggleLabel(QLabel):
    """A toggle's name: wraps between words (long Lao names), and a click toggles it."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self.check = check
        self.setWordWrap(True)

    def mousePressEvent(self, event: Any) -> None:
        self.check.toggle()
        super().mousePressEvent(event)


def toggle_row(text: str, colour: str, name: str) -> tuple[QWidget, QCheckBox]:
    """A large check box in the colour of its layer in the chart, and its name beside it."""
    check = QCheckBox()
    check.setObjectName(name)
    check.setAccessibleName(text)
    check.setStyleSheet(
        f"QCheckBox::indicator {{ width: 22px; height: 22px; border: 4px solid {colour}; }}"
        f"QCheckBox::indicator:checked {{ background: {colour}; }}"
    )
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 2, 0, 2)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(ToggleLabel(text, check), 1)
    return row, check


class WorkshopView(QWidget):
    """The full-screen view for a room."""

    closed = Signal()

    def __init__(self, document: ProjectDocument, pins: list[str], package_id: str | None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.document = document
        self.pins = list(pins)
        self.setWindowTitle(self.tr("ABND Studio — workshop"))
        font = QFont(self.font())
        font.setPointSize(FONT_POINTS)
        self.setFont(font)
        self.package = QComboBox()
        for package in document.project.packages:
            self.package.addItem(package.name, package.id)
        self.package.setCurrentIndex(max(self.package.findData(package_id), 0))
        self.package.currentIndexChanged.connect(self.rebuild)
        self.package.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.package.setMinimumContentsLength(10)  # a long name shortens; the window fits
        self.chart = TimeChart()
        self.financing_chart = FinancingChart()
        for chart in (self.chart, self.financing_chart):
            for axis in ("left", "bottom"):
                chart.plot.getPlotItem().getAxis(axis).setStyle(tickFont=QFont(font.family(), 14))
            chart.plot.getPlotItem().getAxis("left").setWidth(110)  # large ticks beside the title
            chart.text_size = "16pt"
        self.charts = QStackedWidget()
        self.charts.addWidget(self.chart)
        self.charts.addWidget(self.financing_chart)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Cost by scheme"), "cost")
        self.mode.addItem(self.tr("Financing"), "financing")
        self.mode.currentIndexChanged.connect(self.redraw)
        self.mode.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode.setMinimumContentsLength(8)
        self.toggles = QWidget()
        self.toggles_layout = QVBoxLayout(self.toggles)
        self.sliders_box = QWidget()
        self.sliders_layout = QVBoxLayout(self.sliders_box)
        self.sliders: dict[str, LeverSlider] = {}
        pin = QPushButton(self.tr("Pin an assumption..."))
        self.pin_menu = QMenu(pin)
        pin.setMenu(self.pin_menu)
        leave = QPushButton(self.tr("Leave workshop mode (Esc)"))
        leave.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Package:")))
        top.addWidget(self.package, 1)
        top.addWidget(self.mode)
        top.addWidget(pin)
        top.addWidget(leave)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.toggles)
        panel_layout.addWidget(self.sliders_box)
        panel_layout.addStretch(1)
        scroll = QScrollArea()  # many pins: scroll rather than squeeze the labels
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(500)
        body = QHBoxLayout()
        body.addWidget(self.charts, 1)
        body.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        for keys in ("Esc", "F11"):
            QShortcut(QKeySequence(keys), self, self.close)
        QShortcut(QKeySequence.StandardKey.Undo, self, document.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, document.redo)
        document.results_changed.connect(self.redraw)
        document.changed.connect(self.refresh_controls)
        self.rebuild()

    def package_id(self) -> str | None:
        value = self.package.currentData()
        return None if value is None else str(value)

    # ------------------------------------------------------------ controls

    def rebuild(self) -> None:
        for layout in (self.toggles_layout, self.sliders_layout):
            while layout.count():
                item = layout.takeAt(0)
                widget = None if item is None else item.widget()
                if widget is not None:
                    widget.deleteLater()
        self.sliders = {}
        self.checks: dict[str, QCheckBox] = {}
        project = self.document.project
        self.toggles_layout.addWidget(QLabel(self.tr("<b>In the package</b>")))
        for i, scenario in enumerate(project.scenarios):
            row, check = toggle_row(scenario.name, colour_for(i), scenario.id)
            check.toggled.connect(lambda on, sid=scenario.id: self.toggle(sid, on))
            self.toggles_layout.addWidget(row)
            self.checks[scenario.id] = check
        self.source_checks: dict[str, QCheckBox] = {}
        if project.financing_sources:
            self.toggles_layout.addWidget(QLabel(self.tr("<b>Financed by</b>")))
        for i, source in enumerate(project.financing_sources):
            row, check = toggle_row(source.name, colour_for(i), f"source-{source.id}")
            check.toggled.connect(lambda on, key=source.id: self.toggle_source(key, on))
            self.toggles_layout.addWidget(row)
            self.source_checks[source.id] = check
        self.pin_menu.clear()
        self.sliders_layout.addWidget(QLabel(self.tr("<b>Assumptions</b>")))
        currency = project.country.currency
        for scenario in project.scenarios:
            for lever in levers_of(scenario):
                action = self.pin_menu.addAction(f"{scenario.name}: {lever_label(lever)}")
                action.setCheckable(True)
                action.setChecked(lever.key in self.pins)
                action.toggled.connect(lambda on, key=lever.key: self.set_pinned(key, on))
                if lever.key in self.pins:
                    slider = LeverSlider(lever, scenario.name, currency)
                    slider.moved.connect(self.move_lever)
                    self.sliders_layout.addWidget(slider)
                    self.sliders[lever.key] = slider
        self.refresh_controls()
        self.redraw()

    def set_pinned(self, key: str, on: bool) -> None:
        if on and key not in self.pins:
            self.pins.append(key)
        elif not on and key in self.pins:
            self.pins.remove(key)
        QTimer.singleShot(0, self.rebuild)  # not while the menu's signal is running

    def refresh_controls(self) -> None:
        project = self.document.project
        package_id = self.package_id()
        package = project.package(package_id) if package_id else None
        members = set(package.scenarios) if package else set()
        chosen = set(package.financing) if package else set()
        for key, check in (*self.checks.items(), *self.source_checks.items()):
            check.blockSignals(True)
            check.setChecked(key in members or key in chosen)
            check.blockSignals(False)
        for slider in self.sliders.values():
            scenario = next(
                (s for s in project.scenarios if s.id == slider.lever.scenario_id), None
            )
            if scenario is not None:
                slider.show_value(lever_value(scenario, slider.lever))

    # ------------------------------------------------------------ edits

    def toggle(self, scenario_id: str, on: bool) -> None:
        package_id = self.package_id()
        if package_id is None:
            return
        command = set_package_member(self.document.project, package_id, scenario_id, on)
        self._apply(command, self.tr("Toggle {id}").format(id=scenario_id))

    def toggle_source(self, source_id: str, on: bool) -> None:
        """A financing source chosen for the package or not: an ordinary, undoable edit."""
        package_id = self.package_id()
        if package_id is None:
            return
        command = set_package_source(self.document.project, package_id, source_id, on)
        self._apply(command, self.tr("Toggle {id}").format(id=source_id))

    def move_lever(self, lever: Lever, value: float) -> None:
        scenario = self.document.project.scenario(lever.scenario_id)
        if abs(lever_value(scenario, lever) - value) < 1e-12:
            return
        self._apply(
            set_lever(self.document.project, lever, value),
            self.tr("Set {lever} of {name}").format(lever=lever_label(lever), name=scenario.name),
        )

    def _apply(self, command: Put, label: str) -> None:
        try:
            self.document.apply(command, label)
        except InputError as error:
            chart = self.charts.currentWidget()
            assert isinstance(chart, TimeChart)
            chart.readout.setText(error.message)
            self.refresh_controls()

    # ------------------------------------------------------------ chart

    def redraw(self) -> None:
        results = self.document.results
        package_id = self.package_id()
        if results is None or package_id is None or package_id not in results.packages:
            return
        project = self.document.project
        package = project.package(package_id)
        if self.mode.currentData() == "financing":
            self.charts.setCurrentWidget(self.financing_chart)
            self.financing_chart.show_financing(
                results.years,
                series_from(financing_series(project, results, package.financing)),
                results.packages[package_id]["pct_gdp"],
                unit=self.tr("% of GDP"),
                title=package.name,  # the mode beside says "Financing": a title that fits
            )
            chart: TimeChart = self.financing_chart
        else:
            self.charts.setCurrentWidget(self.chart)
            self.chart.show_series(
                results.years,
                scenario_series(project, results, package.scenarios, "pct_gdp"),
                stacked=True,
                unit=self.tr("% of GDP"),
                title=self.tr("{name}: cost in % of GDP").format(name=package.name),
                envelope=package_envelope(package, results),
            )
            chart = self.chart
        chart.plot.getPlotItem().setTitle(chart.title, size="22pt", color="#222222")

    def closeEvent(self, event: Any) -> None:
        self.closed.emit()
        super().closeEvent(event)


def default_pins(document: ProjectDocument, package_id: str | None) -> list[str]:
    """Until the facilitator chooses: the first lever (the benefit level, or the cost per
    person for health) of each scenario in the package."""
    if package_id is None:
        return []
    project = document.project
    pins = []
    for scenario_id in project.package(package_id).scenarios:
        levers = levers_of(project.scenario(scenario_id))
        pins.append(levers[0].key)
    return pins
