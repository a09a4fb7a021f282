"""File > Export report...: the report's parts, language, status, version, paper and format,
with a preview of its pages as they will print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine.domain.errors import InputError
from engine.domain.i18n import translate
from engine.report.options import DEFAULT_PARTS, PAPERS, PARTS, STATUSES, ReportOptions
from gui.document.project_document import ProjectDocument
from gui.report.render import PrintedReport
from gui.report.translation import report_language
from gui.report.write import report_document, write_report

LANGUAGE_NAMES = {"en": "English", "lo": "ພາສາລາວ", "fr": "Français"}
PREVIEW_WIDTH = 520


class ExportReportDialog(QDialog):
    """Options on the left, the pages on the right; Export... asks where to write."""

    def __init__(self, document: ProjectDocument, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Export the ABND report"))
        self.printed: PrintedReport | None = None
        self.page = 0
        self.written: Path | None = None

        self.format = QComboBox()
        for suffix, label in (
            (".pdf", self.tr("PDF, to print and send")),
            (".docx", self.tr("Word (.docx), to edit")),
            (".odt", self.tr("OpenDocument (.odt), to edit")),
        ):
            self.format.addItem(label, suffix)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.paper = QComboBox()
        for paper, label in zip(PAPERS, (self.tr("A4"), self.tr("Letter")), strict=True):
            self.paper.addItem(label, paper)
        self.status = QComboBox()
        for key, label in STATUSES.items():
            self.status.addItem(translate("Report", label), key)
        self.version = QLineEdit("1")
        self.parts: dict[str, QCheckBox] = {}
        parts_box = QGroupBox(self.tr("Parts"))
        parts_layout = QVBoxLayout(parts_box)
        for key, label in PARTS.items():
            box = QCheckBox(translate("Report", label))
            box.setChecked(key in DEFAULT_PARTS)
            box.toggled.connect(self.schedule)
            parts_layout.addWidget(box)
            self.parts[key] = box

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Status on the cover"), self.status)
        form.addRow(self.tr("Version"), self.version)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(parts_box)
        left.addStretch(1)

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumWidth(PREVIEW_WIDTH)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.previous = QPushButton(self.tr("< Previous page"))
        self.next = QPushButton(self.tr("Next page >"))
        self.page_label = QLabel()
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous)
        navigation.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        navigation.addWidget(self.next)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(navigation)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.ask_and_export)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)
        for combo in (self.language, self.paper, self.status):
            combo.currentIndexChanged.connect(self.schedule)
        self.version.textChanged.connect(self.schedule)
        self.resize(1000, 760)
        self.schedule()

    def options(self) -> ReportOptions:
        parts = tuple(key for key, box in self.parts.items() if box.isChecked())
        return ReportOptions(
            language=str(self.language.currentData()),
            parts=parts,
            status=str(self.status.currentData()),
            version=self.version.text().strip() or "1",
            paper=str(self.paper.currentData()),
        )

    def schedule(self) -> None:
        self.timer.start()

    def refresh(self) -> None:
        """Lay the report out again with the options chosen, and show the same page."""
        options = self.options()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with report_language(options.language):
                report = report_document(self.document.project, options, self.document.results)
            self.printed = PrintedReport(report, options.paper)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_page(min(self.page, self.printed.page_count() - 1))

    def show_page(self, index: int) -> None:
        if self.printed is None:
            return
        count = self.printed.page_count()
        self.page = max(0, min(index, count - 1))
        image = self.printed.page_image(self.page, PREVIEW_WIDTH)
        self.image.setPixmap(QPixmap.fromImage(image))
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=count)
        )
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < count - 1)

    def ask_and_export(self) -> None:
        suffix = str(self.format.currentData())
        suggested = str(self.document.path.with_suffix(suffix))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report as"), suggested, f"*{suffix}"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the report with the options chosen; the dialog closes when it is written."""
        suffix = str(self.format.currentData())
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        options = self.options()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with report_language(options.language):
                write_report(self.document.project, path, options, self.document.results)
        except (InputError, OSError) as error:
            reason = error.one_line() if isinstance(error, InputError) else str(error)
            QMessageBox.warning(self, self.tr("Cannot export"), reason)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.written = path
        self.accept()
        return True
