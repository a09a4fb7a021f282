"""The project's fiscal year: the month it starts, an edit like any other (one command)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from engine.domain.errors import InputError
from engine.domain.months import month_name
from engine.edits.builders import set_fiscal_year_start_month
from gui.common.messages import error_line
from gui.document.project_document import ProjectDocument


def month_names() -> list[str]:
    """The month a fiscal year can start in; January is the calendar year."""
    first = QCoreApplication.translate("FiscalYearPicker", "January (the calendar year)")
    return [first, *(month_name(month) for month in range(2, 13))]


class FiscalYearPicker(QWidget):
    """The month the fiscal year starts, and what it means for the results."""

    message = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.month = QComboBox()
        self.month.setToolTip(
            self.tr(
                "The month the government's budget year starts; results are given by fiscal "
                "year, named by the year it ends"
            )
        )
        self.month.setObjectName("fiscal_year_start_month")
        for month, name in enumerate(month_names(), start=1):
            self.month.addItem(name, month)
        self.month.activated.connect(lambda _index: self.commit())
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month)
        layout.addWidget(self.note)

    def refresh(self) -> None:
        project = self.document.project
        years = project.years
        self.month.setCurrentIndex(max(self.month.findData(years.fiscal_month), 0))
        source = dict(project.sources).get("years.fiscal_year_start_month", "")
        if years.fiscal_month > 1:
            text = self.tr(
                "Results per fiscal year, each named by the calendar year in which it ends: "
                "{first} to {end}. {source}"
            ).format(first=years.base + 1, end=years.end, source=source)
        else:
            text = self.tr("Results per calendar year. {source}").format(source=source)
        self.note.setText(text)

    def commit(self) -> None:
        month = int(self.month.currentData())
        if month == self.document.project.years.fiscal_month:
            return
        try:
            self.document.apply(
                set_fiscal_year_start_month(self.document.project, month),
                self.tr("Set the fiscal year"),
            )
        except InputError as error:
            self.message.emit(error_line(error, self.document.project))
        self.refresh()
