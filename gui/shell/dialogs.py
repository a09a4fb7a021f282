"""The main window's menu actions that ask the user something or show a page.

Each action that picks a file is split in two: the part that asks (a file
dialog) and the part that does the work on a path, which tests call directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from engine import __version__
from engine.countries.bundled import DEFAULT_BASE, DEFAULT_END, available_countries, country_project
from engine.domain.errors import InputError
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.format.json_file import save_project
from engine.importing import import_batch, read_import
from engine.outputs.results_files import write_results
from engine.outputs.workbook.book import write_workbook
from engine.runtime.resources import resource_path
from engine.store.files import write_project
from gui.common.numbers import language
from gui.document.tasks import Outcome, Report
from gui.shell import paths
from gui.shell.window_base import ProjectWindow as MainWindow


def notify(window: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A window-modal message that does not block the event loop."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.open()
    return box


# ------------------------------------------------------------------ File


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
        form.addRow(QCoreApplication.translate("Dialogs", "Country"), self.country)
        form.addRow(QCoreApplication.translate("Dialogs", "Base year"), self.base)
        form.addRow(QCoreApplication.translate("Dialogs", "End year"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


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
        create_from_country(window, iso3, dialog.base.value(), dialog.end.value(), Path(target))


def create_from_country(window: MainWindow, iso3: str, base: int, end: int, target: Path) -> bool:
    if target.suffix.lower() != ".abnd":
        target = target.with_suffix(".abnd")
    try:
        if target.exists():
            raise InputError(
                "",
                QCoreApplication.translate("Dialogs", "already exists; choose another name"),
                str(target),
            )
        write_project(country_project(iso3, base, end), target)
    except InputError as error:
        notify(
            window,
            QCoreApplication.translate("Dialogs", "Cannot create the project"),
            error.one_line(),
            warning=True,
        )
        return False
    return window.open_project(target)


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
        return (
            error.one_line()
            if error.source or str(path) in error.message
            else (error.in_file(str(path)).one_line())
        )
    return f"{path}: {error.strerror or error}"


def import_data(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Dialogs", "Import national data"),
        "",
        QCoreApplication.translate("Dialogs", "Data files (*.csv *.xlsx)"),
    )
    if path:
        import_file(window, Path(path))


def import_file(window: MainWindow, path: Path) -> list[str]:
    """Import as one undoable edit; say what changed, or why nothing did."""
    document = window.document
    assert document is not None
    try:
        imported = read_import(path, document.project.country.iso3)
        batch, changes = import_batch(document.project, imported, path.name)
        document.apply(
            batch, QCoreApplication.translate("Dialogs", "Import {file}").format(file=path.name)
        )
    except InputError as error:
        shown = error if error.source else error.in_file(str(path))
        notify(
            window,
            QCoreApplication.translate("Dialogs", "Nothing was imported"),
            shown.one_line(),
            warning=True,
        )
        return []
    notify(
        window,
        QCoreApplication.translate("Dialogs", "Imported"),
        QCoreApplication.translate("Dialogs", "What changed:") + "\n• " + "\n• ".join(changes),
    )
    return changes


EXPORT_FILTERS = {
    "report.pdf": QT_TRANSLATE_NOOP("Dialogs", "ABND report (*.pdf)"),
    "report.odt": QT_TRANSLATE_NOOP("Dialogs", "ABND report, editable (*.odt)"),
    "comments.pdf": QT_TRANSLATE_NOOP(
        "Dialogs", "ABND report with the consultation's comments (*.pdf)"
    ),
    "workbook.xlsx": QT_TRANSLATE_NOOP("Dialogs", "RAP workbook with live formulas (*.xlsx)"),
    "results.xlsx": QT_TRANSLATE_NOOP("Dialogs", "Results table (*.xlsx)"),
    "results.csv": QT_TRANSLATE_NOOP("Dialogs", "Results table (*.csv)"),
    "results.json": QT_TRANSLATE_NOOP("Dialogs", "Results (*.json)"),
    "project.json": QT_TRANSLATE_NOOP("Dialogs", "Project exchange file (*.json)"),
}


def export(window: MainWindow) -> None:
    if window.document is None:
        return
    filters = {
        QCoreApplication.translate("Dialogs", text): kind for kind, text in EXPORT_FILTERS.items()
    }
    path, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Dialogs", "Export"),
        str(window.document.path.with_suffix("")),
        ";;".join(filters),
    )
    if path:
        export_to(window, Path(path), filters.get(chosen, "results.xlsx"))


def export_to(window: MainWindow, path: Path, kind: str) -> bool:
    """Write one export; all but the report (its charts are widgets) in the background.

    Returns False when the export was refused at once; otherwise the status bar
    (or a message, on failure) says how it ended.
    """
    document = window.document
    assert document is not None and document.results is not None
    suffix = "." + kind.split(".")[1]
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    if kind.startswith(("report.", "comments.")):
        from gui.report.render import write_report

        try:
            write_report(document.project, path, comments=kind.startswith("comments."))
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

    def work(_report: Report) -> None:
        try:
            if kind == "project.json":
                save_project(project, path)
            elif kind == "workbook.xlsx":
                write_workbook(project, path)
            else:
                write_results(results, str(path), None)
        except OSError as error:
            reason = error.strerror or str(error)
            raise InputError("", f"could not be written ({reason})", str(path)) from None

    def done(outcome: Outcome[None]) -> None:
        if isinstance(outcome.error, InputError):
            notify(
                window,
                QCoreApplication.translate("Dialogs", "Cannot export"),
                outcome.error.one_line(),
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
