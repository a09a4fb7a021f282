"""The main window's menu actions that ask the user something or show a page.

Each action that picks a file is split in two: the part that asks (a file
dialog) and the part that does the work on a path, which tests call directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from engine import __version__
from engine.analysis.missing_data import missing_data
from engine.countries.bundled import DEFAULT_BASE, DEFAULT_END, available_countries, country_project
from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP, translating
from engine.edits.apply import apply
from engine.edits.builders import starter_scenario
from engine.format.json_file import save_project
from engine.importing import import_batch, read_import
from engine.importing.between import Between, years_between
from engine.importing.template import write_template
from engine.outputs.results_files import write_results
from engine.outputs.workbook.book import write_workbook
from engine.runtime import atomic
from engine.runtime.resources import resource_path
from engine.store.files import write_project
from gui.common.messages import error_line, localized
from gui.common.numbers import language
from gui.document.tasks import Outcome, Report
from gui.report.translation import catalogue_translator
from gui.shell import paths
from gui.shell.window_base import ProjectWindow as MainWindow

if TYPE_CHECKING:
    from gui.report.dialog import ExportReportDialog


def notify(window: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A window-modal message that does not block the event loop."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.open()
    return box


# ------------------------------------------------------------------ File


STARTER_LABELS = {
    "child_benefit": QT_TRANSLATE_NOOP("Dialogs", "Child benefit, ages 0-5"),
    "social_pension": QT_TRANSLATE_NOOP("Dialogs", "Social pension, 65 and over"),
    "disability_benefit": QT_TRANSLATE_NOOP("Dialogs", "Disability benefit"),
    "maternity_benefit": QT_TRANSLATE_NOOP("Dialogs", "Maternity benefit"),
    "health_care": QT_TRANSLATE_NOOP("Dialogs", "Health care for the uncovered"),
}


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "New project from country data"))
        form = QFormLayout(self)
        self.country = QComboBox()
        for iso3, name in available_countries():
            self.country.addItem(f"{name} ({iso3})", iso3)
        self.country.setCurrentIndex(max(self.country.findData("LAO"), 0))
        self.base = QSpinBox()
        self.base.setRange(2010, 2059)  # the bundled data run 2010-2060
        self.base.setValue(DEFAULT_BASE)
        self.end = QSpinBox()
        self.end.setRange(2011, 2060)
        self.end.setValue(DEFAULT_END)
        self.starters = QListWidget()
        self.starters.setToolTip(
            QCoreApplication.translate(
                "Dialogs",
                "Scenarios to start with; their benefits start from an anchor the country "
                "data have, and Country data lists what else they need",
            )
        )
        for key, label in STARTER_LABELS.items():
            item = QListWidgetItem(QCoreApplication.translate("Dialogs", label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.starters.addItem(item)
        form.addRow(QCoreApplication.translate("Dialogs", "Country"), self.country)
        form.addRow(QCoreApplication.translate("Dialogs", "Base year"), self.base)
        form.addRow(QCoreApplication.translate("Dialogs", "End year"), self.end)
        form.addRow(QCoreApplication.translate("Dialogs", "Start with"), self.starters)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_starters(self) -> tuple[str, ...]:
        items = (self.starters.item(i) for i in range(self.starters.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )


def new_project(window: MainWindow) -> None:
    dialog = NewProjectDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    iso3 = str(dialog.country.currentData())
    suggested = str(paths.projects_dir() / f"{iso3.lower()}-{dialog.base.value()}.abnd")
    target, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Dialogs", "Save the new project as"),
        suggested,
        QCoreApplication.translate("Dialogs", "ABND project (*.abnd)"),
    )
    if target:
        starters = dialog.chosen_starters()
        create_from_country(
            window, iso3, dialog.base.value(), dialog.end.value(), Path(target), starters
        )


def create_from_country(
    window: MainWindow,
    iso3: str,
    base: int,
    end: int,
    target: Path,
    starters: tuple[str, ...] = (),
) -> bool:
    """Write and open a project from the bundled data of ``iso3``, with the ``starters``
    scenarios; when the data lack something they need, Country data shows the checklist."""
    if target.suffix.lower() != ".abnd":
        target = target.with_suffix(".abnd")
    try:
        if target.exists():
            raise InputError(
                "",
                QCoreApplication.translate("Dialogs", "already exists; choose another name"),
                str(target),
            )
        project = country_project(iso3, base, end)
        for starter in starters:
            name = QCoreApplication.translate("Dialogs", STARTER_LABELS[starter])
            project, _inverse = apply(project, starter_scenario(project, starter, name))
        write_project(project, target)
    except InputError as error:
        notify(
            window,
            QCoreApplication.translate("Dialogs", "Cannot create the project"),
            error_line(error),
            warning=True,
        )
        return False
    if not window.open_project(target):
        return False
    document = window.document
    if document is not None and document.results is not None:
        lacking = missing_data(document.project, document.results)
        if lacking:
            window.show_country_checklist(len(lacking))
    return True


def open_project(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Dialogs", "Open a project"),
        str(paths.projects_dir()),
        QCoreApplication.translate("Dialogs", "ABND projects (*.abnd *.json);;All files (*)"),
    )
    if path:
        window.open_project(path)


def save_as(window: MainWindow) -> None:
    if window.document is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Dialogs", "Save a copy and continue in it"),
        str(window.document.path),
        "*.abnd",
    )
    if path:
        save_copy(window, Path(path))


def save_copy(window: MainWindow, target: Path) -> bool:
    """Copy the project to ``target`` and continue working in the copy."""
    assert window.document is not None
    if target.suffix.lower() != ".abnd":
        target = target.with_suffix(".abnd")
    try:
        window.document.save_as(target)
    except (InputError, OSError) as error:
        notify(
            window,
            QCoreApplication.translate("Dialogs", "Cannot save the copy"),
            _one_line(error, target),
            warning=True,
        )
        return False
    return window.open_project(target)


def _one_line(error: InputError | OSError, path: Path) -> str:
    if isinstance(error, InputError):
        return error_line(error if error.source else error.in_file(str(path)))
    return f"{path}: {error.strerror or error}"


def import_data(window: MainWindow) -> None:
    document = window.document
    folder = paths.default_folder(
        window.settings.folder("import"), document.path if document else None
    )
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Dialogs", "Import national data"),
        str(folder),
        QCoreApplication.translate("Dialogs", "Data files (*.csv *.xlsx)"),
    )
    if path:
        window.settings.set_folder("import", Path(path).parent)
        import_file(window, Path(path))


def import_file(window: MainWindow, path: Path) -> list[str]:
    """Import as one undoable edit; say what changed, or why nothing did."""
    document = window.document
    assert document is not None
    try:
        imported = read_import(path, document.project.country.iso3)
        between: Between = "interpolate"
        gaps = years_between(document.project, imported.population or [])
        if gaps:
            choice = ask_between(window, gaps)
            if choice is None:
                return []
            between = choice
        batch, changes = import_batch(document.project, imported, path.name, between)
        document.apply(
            batch, QCoreApplication.translate("Dialogs", "Import {file}").format(file=path.name)
        )
    except InputError as error:
        shown = error if error.source else error.in_file(str(path))
        notify(
            window,
            QCoreApplication.translate("Dialogs", "Nothing was imported"),
            error_line(shown, document.project),
            warning=True,
        )
        return []
    shown_changes = [localized(change, document.project) for change in changes]
    notify(
        window,
        QCoreApplication.translate("Dialogs", "Imported"),
        QCoreApplication.translate("Dialogs", "What changed:")
        + "\n• "
        + "\n• ".join(shown_changes),
    )
    return shown_changes


def ask_between(window: MainWindow, gaps: list[int]) -> Between | None:
    """The file leaves project years between its own: interpolate them (the default), keep
    them, or import nothing."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Years between the imported years"))
    box.setText(
        QCoreApplication.translate(
            "Dialogs",
            "The file gives population for some years only. The project has {count} year(s) "
            "between them ({years}) from its own data: keeping them would mix two sources.",
        ).format(count=len(gaps), years=", ".join(str(y) for y in gaps))
    )
    interpolate = box.addButton(
        QCoreApplication.translate("Dialogs", "Interpolate between the imported years"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Dialogs", "Keep the project's years"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(interpolate)
    box.exec()
    clicked = box.clickedButton()
    if clicked is interpolate:
        return "interpolate"
    if clicked is keep:
        return "keep"
    return None


def save_template(window: MainWindow) -> None:
    """File > Save the import template...: the empty workbook a ministry fills in."""
    folder = paths.default_folder(
        window.settings.folder("import"), window.document.path if window.document else None
    )
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Dialogs", "Save the import template"),
        str(folder / "abnd-import-template.xlsx"),
        QCoreApplication.translate("Dialogs", "Excel workbook (*.xlsx)"),
    )
    if path:
        window.settings.set_folder("import", Path(path).parent)
        template_to(window, Path(path))


def template_to(window: MainWindow, path: Path) -> bool:
    path = path.with_suffix(".xlsx")
    try:
        with atomic.replacing(path) as temporary:
            write_template(temporary)
    except (InputError, OSError) as error:
        notify(
            window,
            QCoreApplication.translate("Dialogs", "Cannot save the template"),
            _one_line(error, path),
            warning=True,
        )
        return False
    window.show_message(
        QCoreApplication.translate("Dialogs", "Template saved to {path}").format(path=path)
    )
    return True


EXPORT_FILTERS = {
    "report.pdf": QT_TRANSLATE_NOOP("Dialogs", "ABND report (*.pdf)"),
    "report.docx": QT_TRANSLATE_NOOP("Dialogs", "ABND report, editable in Word (*.docx)"),
    "report.odt": QT_TRANSLATE_NOOP("Dialogs", "ABND report, editable (*.odt)"),
    "workbook.xlsx": QT_TRANSLATE_NOOP("Dialogs", "RAP workbook with live formulas (*.xlsx)"),
    "results.xlsx": QT_TRANSLATE_NOOP("Dialogs", "Results table (*.xlsx)"),
    "results.csv": QT_TRANSLATE_NOOP("Dialogs", "Results table (*.csv)"),
    "results.json": QT_TRANSLATE_NOOP("Dialogs", "Results (*.json)"),
    "project.json": QT_TRANSLATE_NOOP("Dialogs", "Project exchange file (*.json)"),
}


EXPORT_MENU = (  # File > Export: one entry per kind, each its own dialog (the report has its own)
    ("workbook.xlsx", QT_TRANSLATE_NOOP("Dialogs", "RAP &workbook with live formulas...")),
    ("results.xlsx", QT_TRANSLATE_NOOP("Dialogs", "Results table (&Excel)...")),
    ("results.csv", QT_TRANSLATE_NOOP("Dialogs", "Results table (&CSV)...")),
    ("results.json", QT_TRANSLATE_NOOP("Dialogs", "Results (&JSON)...")),
    ("project.json", QT_TRANSLATE_NOOP("Dialogs", "Project exchange file (JSO&N)...")),
)


def export(window: MainWindow, kind: str) -> None:
    """Ask where to write one kind of export: in the folder last used, named after the
    project (lao-pdr-sample-workbook.xlsx), with only that kind's filter."""
    document = window.document
    if document is None:
        return
    stem, suffix = kind.split(".")
    folder = paths.default_folder(window.settings.folder("export"), document.path)
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Dialogs", "Export"),
        str(folder / f"{document.path.stem}-{stem}.{suffix}"),
        QCoreApplication.translate("Dialogs", EXPORT_FILTERS[kind]),
    )
    if path:
        window.settings.set_folder("export", Path(path).parent)
        export_to(window, Path(path), kind)


def export_to(window: MainWindow, path: Path, kind: str) -> bool:
    """Write one export; all but the report (its charts are widgets) in the background.

    Returns False when the export was refused at once; otherwise the status bar
    (or a message, on failure) says how it ended.
    """
    document = window.document
    window.check_rows()  # an export never writes a project with an unchecked row
    if document is not window.document:
        return False  # refused: the window said why
    assert document is not None and document.results is not None
    suffix = "." + kind.split(".")[1]
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    if kind.startswith("report."):
        from engine.report.options import ReportOptions
        from gui.report.write import write_report

        try:
            options = ReportOptions(language=language())
            write_report(document.project, path, options, document.results)
        except (InputError, OSError) as error:
            notify(
                window,
                QCoreApplication.translate("Dialogs", "Cannot export"),
                _one_line(error, path),
                warning=True,
            )
            return False
        window.show_message(
            QCoreApplication.translate("Dialogs", "Exported to {path}").format(path=path)
        )
        return True
    project, results = document.project, document.results
    workbook_language = language()  # the window's
    # The catalogue as written, in this thread only: the cells hold the same text as the
    # command line's workbook (the window's Lao has break marks between words).
    workbook_words = catalogue_translator(workbook_language)

    def work(_report: Report) -> None:
        try:
            if kind == "project.json":
                save_project(project, path)
            elif kind == "workbook.xlsx":
                with translating(workbook_words):
                    write_workbook(project, path, workbook_language)
            else:
                write_results(results, str(path), None)
        except OSError as error:
            reason = error.strerror or str(error)
            raise InputError(
                "",
                QCoreApplication.translate("Dialogs", "could not be written ({reason})").format(
                    reason=reason
                ),
                str(path),
            ) from None

    def done(outcome: Outcome[None]) -> None:
        if isinstance(outcome.error, InputError):
            notify(
                window,
                QCoreApplication.translate("Dialogs", "Cannot export"),
                error_line(outcome.error),
                warning=True,
            )
        elif outcome.ok:
            window.show_message(
                QCoreApplication.translate("Dialogs", "Exported to {path}").format(path=path)
            )

    window.show_message(
        QCoreApplication.translate("Dialogs", "Exporting to {path}...").format(path=path)
    )
    document.tasks.run(work, done)
    return True


def export_report(window: MainWindow) -> ExportReportDialog | None:
    """File > Export report...: parts, language, status, paper and format, with a preview."""
    if window.document is None or window.document.results is None:
        return None
    from gui.report.dialog import ExportReportDialog

    dialog = ExportReportDialog(window.document, language(), window)

    def done() -> None:
        if dialog.written is not None:
            window.show_message(
                QCoreApplication.translate("Dialogs", "Exported to {path}").format(
                    path=dialog.written
                )
            )

    dialog.accepted.connect(done)
    dialog.open()
    return dialog


# ------------------------------------------------------------------ View and Help


def zoom(window: MainWindow, factor: float) -> None:
    """Scale the text; 0 returns to the normal size. Kept in the settings."""
    scale = 1.0 if factor == 0 else min(3.0, max(0.6, window.settings.font_scale * factor))
    window.settings.font_scale = scale
    apply_font_scale(scale)


def apply_font_scale(scale: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.property("base_point_size") or app.font().pointSizeF()
    app.setProperty("base_point_size", base)
    font = app.font()
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)


def text_dialog(window: QWidget, title: str, markdown: str) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(False)
    browser.setMarkdown(markdown)
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(820, 640)
    dialog.open()
    return dialog


def user_guide_path(code: str) -> Path:
    """The user guide in the language ``code`` (English when it has no translation yet)."""
    path = resource_path("help", f"user-guide.{code}.md")
    return path if path.is_file() else resource_path("help", "user-guide.en.md")


def user_guide(window: QWidget) -> QDialog:
    guide = user_guide_path(language()).read_text(encoding="utf-8")
    return text_dialog(
        window, QCoreApplication.translate("Dialogs", "ABND Studio user guide"), guide
    )


def about(window: QWidget) -> QDialog:
    licences = resource_path("help", "about.md").read_text(encoding="utf-8")
    heading = QCoreApplication.translate("Dialogs", "# ABND Studio {version}").format(
        version=__version__
    )
    return text_dialog(
        window,
        QCoreApplication.translate("Dialogs", "About ABND Studio"),
        heading + "\n\n" + licences,
    )
