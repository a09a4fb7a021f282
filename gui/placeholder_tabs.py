"""Tabs whose full editors come later: each says what will come, and shows what it can now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.document import ProjectDocument
from gui.labels import format_percent, guarantee_label


class ComingTab(QWidget):
    """A plain statement of what this tab will hold."""

    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(what)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class ScenarioListTab(QWidget):
    """The scenarios and their cost, until the scenario editor lands; the matrix links here."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The scenario editor (a form per scenario, packages, the cost formula explained) "
                "comes in the next release. Here are the project's scenarios and their cost."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.list.currentItemChanged.connect(self._show_detail)
        document.results_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        end = self.document.project.years.end
        for scenario in self.document.project.scenarios:
            cost = self.document.scenario_pct_gdp(scenario.id, end)
            text = self.tr("{name} ({guarantee}): {cost} of GDP in {year}").format(
                name=scenario.name,
                guarantee=guarantee_label(scenario.guarantee),
                cost=format_percent(cost, 3),
                year=end,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            self.list.addItem(item)
        if current:
            self.show_scenario(current)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_scenario(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == scenario_id:
                self.list.setCurrentItem(item)
                return

    def _show_detail(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is None:
            self.detail.clear()
            return
        scenario = self.document.project.scenario(scenario_id)
        self.detail.setText(
            self.tr("Kind: {kind}. Status: {status}.\nSource: {source}").format(
                kind=scenario.kind, status=scenario.status, source=scenario.source or "—"
            )
        )
