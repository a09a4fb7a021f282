"""The scenarios tab: scenarios by guarantee, the form of the chosen one, its cost explained,
and the packages editor."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.model import GUARANTEES, KINDS
from engine.edits.builders import delete_scenario, duplicate_scenario, new_scenario
from engine.edits.commands import Put
from engine.method.explain import explain
from engine.runtime.line_breaks import breakable
from gui.common.labels import format_percent, guarantee_label
from gui.common.numbers import explain_number, format_number
from gui.common.years import fit_year_range
from gui.document.project_document import ProjectDocument
from gui.scenarios.fields import kind_label
from gui.scenarios.form import ScenarioForm
from gui.scenarios.packages_editor import PackagesEditor

ID_ROLE = Qt.ItemDataRole.UserRole


class ScenariosTab(QWidget):
    message = Signal(str)
    show_history = Signal(str)  # a field's path: its own history

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.tree = QTreeWidget()
        self.tree.setWordWrap(True)  # long (Lao) names wrap between words
        self.tree.setHeaderLabels([self.tr("Scenario"), self.tr("Status")])
        self.tree.setColumnWidth(0, 260)
        self.tree.currentItemChanged.connect(self._chosen)
        self.form = ScenarioForm(document)
        self.form.refused.connect(self.message)
        self.form.show_history.connect(self.show_history)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("scenario-summary")
        self.explain_year = QSpinBox()
        years = document.project.years
        self.explain_year.setRange(years.base, years.end)
        self.explain_year.setValue(min(years.end, years.base + 5))
        self.explain_year.valueChanged.connect(self.refresh_results)
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("explanation")
        self.packages = PackagesEditor(document)
        self.packages.message.connect(self.message)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add..."))
        add_menu = QMenu(add)
        for kind in KINDS:
            action = add_menu.addAction(kind_label(kind))
            action.triggered.connect(partial(self.add_scenario, kind))
        add.setMenu(add_menu)
        for button, slot in (
            (add, None),
            (QPushButton(self.tr("Duplicate")), self.duplicate),
            (QPushButton(self.tr("Delete")), self.delete),
        ):
            if slot is not None:
                button.clicked.connect(slot)
            buttons.addWidget(button)
        left_layout.addLayout(buttons)

        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        explain_box = QWidget()
        explain_layout = QVBoxLayout(explain_box)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("<b>How the cost is computed</b>, in")))
        year_row.addWidget(self.explain_year)
        year_row.addStretch(1)
        explain_layout.addLayout(year_row)
        explain_layout.addWidget(self.explanation)
        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(scroll, 1)
        right.addWidget(top)
        right.addWidget(explain_box)
        right.setSizes([520, 300])

        scenario_page = QSplitter()
        scenario_page.addWidget(left)
        scenario_page.addWidget(right)
        scenario_page.setSizes([320, 900])
        self.pages = QTabWidget()
        self.pages.addTab(scenario_page, self.tr("Scenarios"))
        self.pages.addTab(self.packages, self.tr("Packages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        document.changed.connect(self.refresh_tree)
        document.results_changed.connect(self.refresh_results)
        self.refresh_tree()

    # ------------------------------------------------------------ the tree

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        value = None if item is None else item.data(0, ID_ROLE)
        return None if value is None else str(value)

    def refresh_tree(self) -> None:
        chosen = self.current_id()
        listed = [(s.id, s.name, s.guarantee, s.status) for s in self.document.project.scenarios]
        if listed == getattr(self, "_listed", None):
            return  # the form refreshes itself; the tree is unchanged
        self._listed = listed
        self.tree.blockSignals(True)
        self.tree.clear()
        groups = {}
        for guarantee in GUARANTEES:
            group = QTreeWidgetItem([guarantee_label(guarantee)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            groups[guarantee] = group
        for scenario in self.document.project.scenarios:
            status = self.tr("existing") if scenario.status == "existing" else self.tr("proposed")
            item = QTreeWidgetItem([breakable(scenario.name), status])
            item.setData(0, ID_ROLE, scenario.id)
            groups[scenario.guarantee].addChild(item)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.show_scenario(chosen or self._first_id())

    def _first_id(self) -> str | None:
        scenarios = self.document.project.scenarios
        return scenarios[0].id if scenarios else None

    def show_scenario(self, scenario_id: str | None) -> None:
        self.pages.setCurrentIndex(0)
        for item in self._scenario_items():
            if item.data(0, ID_ROLE) == scenario_id:
                self.tree.setCurrentItem(item)
                self._chosen()
                return
        self.tree.clearSelection()
        self.tree.setCurrentIndex(QModelIndex())
        self._chosen()

    def _scenario_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                items += [c for j in range(group.childCount()) if (c := group.child(j)) is not None]
        return items

    def _chosen(self) -> None:
        self.form.show_scenario(self.current_id())
        self.refresh_results()

    # ------------------------------------------------------------ results

    def refresh_results(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            self.summary.clear()
            self.explanation.clear()
            return
        if self.document.results is not None:
            fit_year_range(self.explain_year, self.document.results)
        self.summary.setText(self.summary_text(scenario_id))
        self.explanation.setHtml(self.explanation_html(scenario_id, self.explain_year.value()))

    def summary_text(self, scenario_id: str) -> str:
        document = self.document
        results = document.results
        if results is None:
            return self.tr("No results: {reason}").format(
                reason=document.error.one_line() if document.error else self.tr("computing...")
            )
        if scenario_id in results.errors:
            return self.tr("This scenario cannot be costed yet: {reason}").format(
                reason=results.errors[scenario_id].message
            )
        if scenario_id not in results.scenarios:
            return self.tr("Computing...")
        year = self.explain_year.value()
        t = year - int(results.years[0])
        columns = results.scenarios[scenario_id].columns
        return self.tr(
            "<b>{year}</b>: {cost} {currency}, <b>{pct}</b> of GDP, {gexp} of government "
            "expenditure; {people} beneficiaries."
        ).format(
            year=year,
            cost=format_number(float(columns["total_cost"][t]), 0),
            currency=results.currency,
            pct=format_percent(float(columns["pct_gdp"][t]), 3),
            gexp=format_percent(float(columns["pct_gov_expenditure"][t]), 2),
            people=format_number(float(columns["beneficiaries"][t]), 0),
        )

    def explanation_html(self, scenario_id: str, year: int) -> str:
        results = self.document.results
        if results is None or scenario_id not in results.terms:
            return ""
        try:
            found = explain(self.document.project, results, scenario_id, year)
        except InputError as error:
            return html.escape(error.message)
        rows = "".join(
            f"<tr><td><b>{html.escape(t.symbol)}</b></td><td align='right'>"
            f"{explain_number(t.value)}</td><td>{html.escape(t.unit)}</td>"
            f"<td>{html.escape(t.label)}</td></tr>"
            for t in found.terms
        )
        formula = "<br>".join(html.escape(line) for line in found.formula)
        return f"<p>{formula}</p><table cellspacing='6'>{rows}</table>"

    # ------------------------------------------------------------ add, duplicate, delete

    def add_scenario(self, kind: str) -> None:
        name = self.tr("New {kind}").format(kind=kind_label(kind).lower())
        self._put(new_scenario(self.document.project, kind, name), self.tr("Add scenario"))

    def duplicate(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            return
        project = self.document.project
        name = self.tr("{name} (copy)").format(name=project.scenario(scenario_id).name)
        self._put(duplicate_scenario(project, scenario_id, name), self.tr("Duplicate scenario"))

    def _put(self, command: Put, label: str) -> None:
        try:
            self.document.apply(command, label)
        except InputError as error:
            self.message.emit(error.message)
            return
        self.show_scenario(command.key)

    def delete(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            return
        try:
            self.document.apply(
                delete_scenario(self.document.project, scenario_id), self.tr("Delete scenario")
            )
        except InputError as error:
            self.message.emit(
                self.tr("Cannot delete {id}: {reason}").format(id=scenario_id, reason=error.message)
            )
