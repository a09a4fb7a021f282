"""Workshop mode (View > Workshop mode, F11): one package's chart, full screen, in large type,
with toggles for its scenarios and its financing sources, and sliders for the assumptions the
facilitator pins. The chart shows the cost by scheme against the fiscal space, or (Financing)
the sources stacked against the cost, with the gap or surplus of each year.

Every toggle and slider is an ordinary edit: saved at once, undoable (Ctrl+Z
works here too), and every other view follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QMouseEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.edits.builders import set_package_member, set_package_source
from engine.edits.commands import Put
from engine.edits.levers import Lever, lever_value, levers_of, set_lever
from engine.report.figures import financing_series, package_envelope
from engine.runtime.line_breaks import breakable
from gui.common.charts import (
    FinancingChart,
    TimeChart,
    colour_for,
    scenario_series,
    series_from,
)
from gui.common.messages import localized
from gui.common.numbers import Quantity, format_number
from gui.document.project_document import ProjectDocument
from gui.document.what_if import WhatIf

FONT_POINTS = 18
SETTLE_MS = 250  # a slider edit is saved once the hand stops


# Whole sentences per anchor, so that each language can write "of the poverty line" its way.
ANCHOR_SENTENCES = {
    "poverty_line": QT_TRANSLATE_NOOP(
        "Workshop", "{percent} of the poverty line = {amount} {currency} a month in {year}"
    ),
    "minimum_wage": QT_TRANSLATE_NOOP(
        "Workshop", "{percent} of the minimum wage = {amount} {currency} a month in {year}"
    ),
    "average_wage": QT_TRANSLATE_NOOP(
        "Workshop", "{percent} of the average wage = {amount} {currency} a month in {year}"
    ),
    "gdp_per_capita": QT_TRANSLATE_NOOP(
        "Workshop", "{percent} of GDP per person = {amount} {currency} a month in {year}"
    ),
}


def lever_label(lever: Lever) -> str:
    return {
        "benefit": QCoreApplication.translate("Workshop", "benefit"),
        "take_up": QCoreApplication.translate("Workshop", "take-up reached"),
        "admin_rate": QCoreApplication.translate("Workshop", "administration"),
        "annual_cost_per_person": QCoreApplication.translate("Workshop", "cost per person"),
    }[lever.name]


class LeverSlider(QWidget):
    """A labelled slider for one lever; ``moved`` once the value settles. The value reads in
    words under the slider, wrapped, never clipped ("20 % of the poverty line = 164,687 LAK
    a month in 2030")."""

    moved = Signal(object, float)

    def __init__(
        self,
        lever: Lever,
        name: str,
        describe: Callable[[Lever, float], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lever = lever
        self.describe = describe
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, round((lever.high - lever.low) / lever.step))
        self.slider.setObjectName(lever.key)
        self.value_label = QLabel()
        self.value_label.setWordWrap(True)
        self.value_label.setObjectName("lever-value")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.flush)
        self.slider.valueChanged.connect(self._changed)
        self.title = QLabel(
            QCoreApplication.translate("Workshop", "{name}: {lever}").format(
                name=breakable(name), lever=lever_label(lever)
            )
        )
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.slider)
        layout.addWidget(self.value_label)

    def value(self) -> float:
        return self.lever.low + self.slider.value() * self.lever.step

    def show_value(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round((value - self.lever.low) / self.lever.step))
        self.slider.blockSignals(False)
        self._label(value)

    def _label(self, value: float) -> None:
        self.value_label.setText(self.describe(self.lever, value))

    def _changed(self) -> None:
        self._label(self.value())
        self.timer.start()

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        self.moved.emit(self.lever, self.value())


class ClickableLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class ToggleRow(QWidget):
    """A scenario's toggle: a box in its colour and its name, wrapped (a click on the name
    toggles too)."""

    def __init__(self, scenario_id: str, name: str, colour: str) -> None:
        super().__init__()
        self.check = QCheckBox()
        self.check.setObjectName(scenario_id)
        self.check.setAccessibleName(name)
        self.check.setToolTip(name)
        self.check.setStyleSheet(
            f"QCheckBox::indicator {{ width: 22px; height: 22px; border: 4px solid {colour}; }}"
            f"QCheckBox::indicator:checked {{ background: {colour}; }}"
        )
        self.label = ClickableLabel(breakable(name))
        self.label.setWordWrap(True)
        self.label.clicked.connect(self.check.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)


class WorkshopView(QWidget):
    """What-if for a room: one package's chart in large type, toggles and sliders, all on a
    scratch copy of the project (``WhatIf``); the saved path stays as a thin line. Leaving
    asks whether to keep the changes (one undo step) or discard them."""

    closed = Signal()

    def __init__(
        self, what_if: WhatIf, pins: list[str], package_id: str | None, *, full_screen: bool = True
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.what_if = what_if
        self.document = what_if.scratch
        self.origin = what_if.origin
        self.pins = list(pins)
        self.full_screen = full_screen
        self._keep_run = False
        self.setWindowTitle(
            self.tr("ABND Studio — workshop") if full_screen else self.tr("ABND Studio — what if")
        )
        if full_screen:
            font = QFont(self.font())
            font.setPointSize(FONT_POINTS)
            self.setFont(font)
        self.package = QComboBox()
        self.package.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.package.setMinimumContentsLength(12)
        for package in self.document.project.packages:
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
            chart.legend_shown = False  # the toggles are the legend, in the same colours
            chart.compact_readout = True
            if full_screen:
                tick_font = QFont(self.font().family(), 14)
                for axis in ("left", "bottom"):
                    chart.plot.getPlotItem().getAxis(axis).setTickFont(tick_font)
                chart.text_size = "16pt"
        self.charts = QStackedWidget()
        self.charts.addWidget(self.chart)
        self.charts.addWidget(self.financing_chart)
        self.mode = QComboBox()
        self.mode.setToolTip(self.tr("The chart: the cost by scheme, or the financing sources"))
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
        self.checks: dict[str, QCheckBox] = {}
        pin = QPushButton(self.tr("Pin an assumption..."))
        self.pin_menu = QMenu(pin)
        pin.setMenu(self.pin_menu)
        leave = QPushButton(
            self.tr("Leave workshop mode (Esc)") if full_screen else self.tr("Close (Esc)")
        )
        leave.clicked.connect(self.close)
        banner = QLabel(self.tr("What if: nothing here changes the project until you keep it."))
        banner.setObjectName("what-if-banner")
        banner.setWordWrap(True)
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
        scroll.setMinimumWidth(280)
        body = QSplitter()
        body.addWidget(self.charts)
        body.addWidget(scroll)
        body.setChildrenCollapsible(False)
        self.body = body
        self._split_once = False
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(banner)
        layout.addWidget(body, 1)
        for keys in ("Esc", "F11"):
            QShortcut(QKeySequence(keys), self, self.close)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.document.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.document.redo)
        self.document.results_changed.connect(self.redraw)
        self.origin.results_changed.connect(self.redraw)
        self.document.changed.connect(self.refresh_controls)
        self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._split_once or not self.isVisible():  # 60:40 until the hand moves it
            width = self.body.width()
            self.body.setSizes([width * 3 // 5, width - width * 3 // 5])
            self._split_once = self.isVisible()

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
        self.checks = {}
        project = self.document.project
        self.toggles_layout.addWidget(heading(self.tr("<b>In the package</b>")))
        for i, scenario in enumerate(project.scenarios):
            row = ToggleRow(scenario.id, scenario.name, colour_for(i))
            row.check.toggled.connect(lambda on, sid=scenario.id: self.toggle(sid, on))
            self.toggles_layout.addWidget(row)
            self.checks[scenario.id] = row.check
        self.source_checks: dict[str, QCheckBox] = {}
        if project.financing_sources:
            self.toggles_layout.addWidget(heading(self.tr("<b>Financed by</b>")))
        for i, source in enumerate(project.financing_sources):
            source_row = ToggleRow(f"source-{source.id}", source.name, colour_for(i))
            source_row.check.toggled.connect(lambda on, key=source.id: self.toggle_source(key, on))
            self.toggles_layout.addWidget(source_row)
            self.source_checks[source.id] = source_row.check
        self.pin_menu.clear()
        self.sliders_layout.addWidget(heading(self.tr("<b>Assumptions</b>")))
        for scenario in project.scenarios:
            for lever in levers_of(scenario):
                action = self.pin_menu.addAction(
                    QCoreApplication.translate("Workshop", "{name}: {lever}").format(
                        name=scenario.name, lever=lever_label(lever)
                    )
                )
                action.setCheckable(True)
                action.setChecked(lever.key in self.pins)
                action.toggled.connect(lambda on, key=lever.key: self.set_pinned(key, on))
                if lever.key in self.pins:
                    slider = LeverSlider(lever, scenario.name, self.describe)
                    slider.moved.connect(self.move_lever)
                    self.sliders_layout.addWidget(slider)
                    self.sliders[lever.key] = slider
        self.refresh_controls()
        self.redraw()

    def describe(self, lever: Lever, value: float) -> str:
        """A lever's value in words, with its anchor named and valued when it has one."""
        project = self.document.project
        currency = project.country.currency
        if lever.unit == "money_month":
            return self.tr("{amount} {currency} a month").format(
                amount=format_number(value, 0), currency=currency
            )
        if lever.unit == "money_year":
            return self.tr("{amount} {currency} a year").format(
                amount=format_number(value, 0), currency=currency
            )
        if lever.unit == "percent":
            return format_number(value, 0 if lever.step >= 1 else 1, Quantity.PERCENT)
        scenario = project.scenario(lever.scenario_id)
        anchor = scenario.benefit.anchor if scenario.benefit is not None else None
        results, year = self.document.results, self.anchor_year()
        paths = None if results is None else results.context.economy.anchors.get(anchor or "")
        percent = format_number(value, 0, Quantity.PERCENT)
        if paths is None or results is None or anchor not in ANCHOR_SENTENCES:
            return self.tr("{percent} of the anchor").format(percent=percent)
        t = year - int(results.calendar_years[0])
        return QCoreApplication.translate("Workshop", ANCHOR_SENTENCES[anchor]).format(
            percent=percent,
            amount=format_number(value / 100 * float(paths[t]), 0),
            currency=currency,
            year=year,
        )

    def anchor_year(self) -> int:
        """The year a slider values its anchor in: five years on, as the scenario tab."""
        years = self.document.project.years
        return min(years.end, years.base + 5)

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
        project = self.document.project
        command = set_package_member(project, package_id, scenario_id, on)
        self._apply(
            command,
            self.tr("Toggle {name}").format(name=project.scenario(scenario_id).name),
        )

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
            chart.readout.setText(localized(error.message, self.document.project))
            self.refresh_controls()

    # ------------------------------------------------------------ chart

    def redraw(self) -> None:
        results = self.document.results
        package_id = self.package_id()
        if package_id is None:  # nothing to show a room yet: say what to do
            self.chart.title = self.tr("No package yet")
            self.chart.readout.setText(
                self.tr(
                    "Make a package in Scenarios > Packages (a set of scenarios costed "
                    "together), then come back to workshop mode."
                )
            )
            return
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
            saved = self.origin.results
            reference = None
            if saved is not None and package_id in saved.packages:
                reference = saved.packages[package_id]["pct_gdp"]
            self.charts.setCurrentWidget(self.chart)
            self.chart.show_series(
                results.years,
                scenario_series(project, results, package.scenarios, "pct_gdp"),
                stacked=True,
                unit=self.tr("% of GDP"),
                title=self.tr("{name}: cost in % of GDP").format(name=package.name),
                envelope=package_envelope(package, results),
                reference=reference,
            )
            chart = self.chart
        if self.full_screen:
            chart.plot.getPlotItem().setTitle(chart.title, size="22pt", color="#222222")

    # ------------------------------------------------------------ leaving

    def keep(self) -> None:
        """Keep the run's changes in the project as one undo step, and leave."""
        self.what_if.keep(self.tr("Workshop changes"))
        self.close()

    def discard(self) -> None:
        """Leave the project as it was, and leave."""
        self.what_if.discard()
        self.close()

    def leave_run_open(self) -> None:
        """Close this view without ending the run (a new view of it follows: the language
        changed)."""
        self._keep_run = True
        self.close()

    def closeEvent(self, event: Any) -> None:
        if not self.what_if.finished and not self._keep_run:
            if not self.what_if.changed():
                self.what_if.discard()
            else:
                choice = self._ask_keep()
                if choice is None:
                    event.ignore()
                    return
                if choice:
                    self.what_if.keep(self.tr("Workshop changes"))
                else:
                    self.what_if.discard()
        self.closed.emit()
        super().closeEvent(event)

    def _ask_keep(self) -> bool | None:
        """Keep (True), discard (False) or stay (None)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave the what-if"))
        box.setText(self.tr("Keep the changes made here in the project?"))
        box.setInformativeText(
            self.tr(
                "Keep: they become one edit of the project, which Undo takes back. "
                "Discard: the project stays exactly as it was saved."
            )
        )
        keep = box.addButton(self.tr("Keep these changes"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return True
        if clicked is discard:
            return False
        return None


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


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
