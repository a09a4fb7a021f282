"""The scenarios tab: scenarios by guarantee, the form of the chosen one, its cost explained,
the packages editor and the financing sources."""

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
from gui.common.field_names import item_path
from gui.common.labels import format_percent, guarantee_label
from gui.common.messages import error_line, link_to, linked_path, localized, target, with_link
from gui.common.numbers import format_number
from gui.common.scenario_fields import kind_label
from gui.common.when_shown import WhenShown
from gui.common.widgets import LayoutBarrier
from gui.common.years import fit_year_range
from gui.document.project_document import ProjectDocument
from gui.scenarios.explanation import ExplanationView, Shown
from gui.scenarios.financing_editor import FinancingEditor
from gui.scenarios.form import ScenarioForm
from gui.scenarios.packages_editor import PackagesEditor

ID_ROLE = Qt.ItemDataRole.UserRole


class ScenariosTab(QWidget):
    message = Signal(str)
    deleted = Signal(str)  # what was deleted, said with an Undo button
    go_to = Signal(str)  # a field path outside this tab (country data)
    show_history = Signal(str)  # a field's path: its own history

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._results_when_shown = WhenShown(self, self._refresh_results)
        self.tree = QTreeWidget()
        self.tree.setWordWrap(True)  # long (Lao) names wrap between words
        self.tree.setHeaderLabels([self.tr("Scenario"), self.tr("Status")])
        self.tree.setColumnWidth(0, 260)
        self.tree.currentItemChanged.connect(self._chosen)
        self.form = ScenarioForm(document)
        self.form.refused.connect(self.message)
        self.form.renamed.connect(self.show_scenario)
        self.form.show_history.connect(self.show_history)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("scenario-summary")
        self.summary.linkActivated.connect(self._follow)
        self.explain_year = QSpinBox()
        self.explain_year.setToolTip(self.tr("The year whose cost is explained below"))
        years = document.project.years
        self.explain_year.setRange(years.base, years.end)
        self.explain_year.setValue(min(years.end, years.base + 5))
        self.explain_year.valueChanged.connect(self.refresh_results)
        self.explanation = ExplanationView()
        self.packages = PackagesEditor(document)
        self.packages.message.connect(self.message)
        self.packages.deleted.connect(self.deleted)
        self.financing = FinancingEditor(document)
        self.financing.message.connect(self.message)

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
        top_layout.addWidget(LayoutBarrier(self.summary))  # a new sum relays out no more
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
        financing = QScrollArea()  # a small screen scrolls the form rather than squeeze it
        financing.setWidget(self.financing)
        financing.setWidgetResizable(True)
        self.pages.addTab(financing, self.tr("Financing"))
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

    def _follow(self, href: str) -> None:
        path = linked_path(href)
        if path is not None and not self.show_field(path):
            self.go_to.emit(path)

    def printable_html(self) -> str:
        """File > Print: the scenario shown, its cost and how it is computed."""
        scenario_id = self.current_id()
        if scenario_id is None:
            nothing = self.tr("Choose a scenario to print.")
            return f"<p>{html.escape(nothing)}</p>"
        name = html.escape(self.document.project.scenario(scenario_id).name)
        year = self.explain_year.value()
        return f"<h2>{name}</h2><p>{self.summary_text(scenario_id)}</p>" + self.explanation_html(
            scenario_id, year
        )

    def show_field(self, path: str) -> bool:
        """Show and focus a scenario's, a package's or a financing source's field; False for
        any other path."""
        place = item_path(path)
        if place is None:
            return False
        project = self.document.project
        if place.collection == "financing_sources":
            if place.position < len(project.financing_sources):
                self.pages.setCurrentIndex(self.pages.count() - 1)  # the Financing page
                self.financing.show_source(
                    project.financing_sources[place.position].id, place.field
                )
            return True
        if place.collection not in ("scenarios", "packages"):
            return False
        if place.collection == "packages":
            if place.position < len(project.packages):
                self.pages.setCurrentWidget(self.packages)
                self.packages.show_package(project.packages[place.position].id, place.field)
            return True
        if place.position < len(project.scenarios):
            self.show_scenario(project.scenarios[place.position].id)
            if place.field:
                self.form.focus_field(place.field)
        return True

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
        """New results: the summary and the explanation now if the tab shows, else when it
        is next shown."""
        self._results_when_shown()

    def _refresh_results(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            self.summary.clear()
            self.explanation.show_text("")
            return
        if self.document.results is not None:
            fit_year_range(self.explain_year, self.document.results)
        self.summary.setText(self.summary_text(scenario_id))
        found = self.explained(scenario_id, self.explain_year.value())
        if isinstance(found, Shown):
            self.explanation.show_explanation(found)
        else:
            self.explanation.show_text(found)

    def summary_text(self, scenario_id: str) -> str:
        document = self.document
        results = document.results
        if results is None:
            if document.error is None:
                return self.tr("No results: {reason}").format(reason=self.tr("computing..."))
            return self.tr("No results: {reason}").format(
                reason=with_link(document.error, document.project)
            )
        if scenario_id in results.errors:
            error = results.errors[scenario_id]
            return self.tr("This scenario cannot be costed yet: {reason}").format(
                reason=html.escape(localized(error.message, document.project))
                + " "
                + link_to(target(error), document.project)
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

    def explained(self, scenario_id: str, year: int) -> Shown | str:
        """The terms of the scenario's cost in ``year``, or why there are none ("" when there
        are no results)."""
        results = self.document.results
        if results is None or scenario_id not in results.terms:
            return ""
        try:
            return Shown.of(explain(self.document.project, results, scenario_id, year))
        except InputError as error:
            return localized(error.message, self.document.project)

    def explanation_html(self, scenario_id: str, year: int) -> str:
        found = self.explained(scenario_id, year)
        return found.html() if isinstance(found, Shown) else html.escape(found)

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
            self.message.emit(error_line(error, self.document.project))
            return
        self.show_scenario(command.key)

    def delete(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            return
        name = self.document.project.scenario(scenario_id).name
        try:
            self.document.apply(
                delete_scenario(self.document.project, scenario_id),
                self.tr("Delete {name}").format(name=name),
            )
            self.deleted.emit(self.tr('Scenario "{name}" deleted.').format(name=name))
        except InputError as error:
            self.message.emit(
                self.tr("Cannot delete {id}: {reason}").format(
                    id=scenario_id, reason=localized(error.message, self.document.project)
                )
            )
