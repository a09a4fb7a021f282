"""The packages editor: which scenarios a package holds, and the financing sources chosen for
it (its fiscal space is their sum; the sources themselves are edited on the Financing page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.edits.builders import delete_package, new_package, set_package_field
from engine.format.write import package_to_dict
from gui.common.labels import format_percent
from gui.common.messages import error_line, localized
from gui.common.when_shown import WhenShown
from gui.common.widgets import compact_combo, fill_checklist
from gui.document.project_document import ProjectDocument


class PackagesEditor(QWidget):
    message = Signal(str)
    deleted = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._reload_when_shown = WhenShown(self, self._reload)
        self.chooser = compact_combo(16)
        self.chooser.setToolTip(self.tr("The package to edit: a set of scenarios costed together"))
        self.chooser.currentIndexChanged.connect(self.refresh)
        self.name = QLineEdit()
        self.name.setToolTip(self.tr("The package's name in charts, tables and the report"))
        self.name.editingFinished.connect(lambda: self._commit("name"))
        self.members = QListWidget()
        self.members.itemChanged.connect(lambda _item: self._commit("scenarios"))
        self.financing = QListWidget()
        self.financing.setObjectName("financing")
        self.financing.itemChanged.connect(lambda _item: self._commit("financing"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        add = QPushButton(self.tr("New package"))
        add.clicked.connect(self.add_package)
        remove = QPushButton(self.tr("Delete package"))
        remove.clicked.connect(self.delete_package)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Package:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(add)
        top.addWidget(remove)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Scenarios in it"), self.members)
        form.addRow(self.tr("Financed by"), self.financing)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        document.changed.connect(self.reload)
        document.results_changed.connect(self._results_changed)
        self._reload()

    def current_id(self) -> str | None:
        value = self.chooser.currentData()
        return None if value is None else str(value)

    def show_package(self, package_id: str, field: str | None = None) -> None:
        """Choose a package and put the cursor in one of its fields."""
        self._reload_when_shown.catch_up()  # a package added while the page was hidden is listed
        index = self.chooser.findData(package_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
        editor = {"name": self.name, "financing": self.financing}.get(field or "", self.members)
        editor.setFocus()

    def reload(self) -> None:
        """The project changed: the packages and the chosen one again, now if the page
        shows, else when it is next shown (a hidden page costs an edit nothing)."""
        self._reload_when_shown()

    def _results_changed(self) -> None:
        if not self._reload_when_shown.deferred():
            self._show_status()

    def _reload(self) -> None:
        chosen = self.current_id()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for package in self.document.project.packages:
            self.chooser.addItem(package.name, package.id)
        index = self.chooser.findData(chosen)
        self.chooser.setCurrentIndex(index if index >= 0 else 0)
        self.chooser.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        package_id = self.current_id()
        if package_id is None:
            self.name.clear()
            for picker in (self.members, self.financing):
                fill_checklist(picker, [], ())
        else:
            project = self.document.project
            package = project.package(package_id)
            self.name.setText(package.name)
            fill_checklist(
                self.members, [(s.id, s.name) for s in project.scenarios], package.scenarios
            )
            fill_checklist(
                self.financing,
                [(s.id, s.name) for s in project.financing_sources],
                package.financing,
            )
        self._show_status()

    def _show_status(self) -> None:
        package_id = self.current_id()
        results = self.document.results
        if package_id is None or results is None:
            self.status.clear()
            return
        if package_id in results.errors:
            self.status.setText(
                localized(results.errors[package_id].message, self.document.project)
            )
            return
        columns = results.packages[package_id].columns
        end = int(results.years[-1])
        gap = float(columns["financing_gap_pct_gdp"][-1])
        text = self.tr("In {year} the package costs {pct} of GDP.").format(
            year=end, pct=format_percent(float(columns["pct_gdp"][-1]), 3)
        )
        if gap == gap:  # financed by at least one source
            financing = format_percent(float(columns["financing_pct_gdp"][-1]), 3)
            sentence = (
                self.tr("Its sources give {financing}: a gap of {gap} of GDP.")
                if gap > 0
                else self.tr("Its sources give {financing}: a surplus of {gap} of GDP.")
            )
            text += " " + sentence.format(financing=financing, gap=format_percent(abs(gap), 3))
        self.status.setText(text)

    def _commit(self, key: str) -> None:
        package_id = self.current_id()
        if package_id is None:
            return
        project = self.document.project
        current = package_to_dict(project.package(package_id)).get(key)
        try:
            value: Any
            if key == "name":
                value = self.name.text().strip()
            else:
                picker = self.members if key == "scenarios" else self.financing
                value = [
                    str(picker.item(i).data(Qt.ItemDataRole.UserRole))
                    for i in range(picker.count())
                    if picker.item(i).checkState() == Qt.CheckState.Checked
                ]
                if key == "financing" and not value:
                    value = None  # no source: the field is left out
            if value == current:
                self.refresh()  # shown again in the one format
                return
            command = set_package_field(project, package_id, key, value)
            self.document.apply(command, self.tr("Edit package"))
        except (ValueError, InputError) as error:
            text = (
                localized(error.message, project) if isinstance(error, InputError) else str(error)
            )
            self.error.setText(text)
            self.message.emit(text)
            self.refresh()
            return
        self.error.clear()

    def add_package(self) -> None:
        command = new_package(self.document.project, self.tr("New package"))
        try:
            self.document.apply(command, self.tr("New package"))
        except InputError as error:
            self.message.emit(error_line(error, self.document.project))
            return
        self.chooser.setCurrentIndex(self.chooser.findData(command.key))

    def delete_package(self) -> None:
        package_id = self.current_id()
        if package_id is not None:
            name = self.document.project.package(package_id).name
            self.document.apply(
                delete_package(package_id), self.tr("Delete {name}").format(name=name)
            )
            self.deleted.emit(self.tr('Package "{name}" deleted.').format(name=name))
