"""The window's group-work actions: your name, merging another copy, versions, compare,
and a version opened read-only in a window of its own.

As in ``dialogs``, each action that picks a file is split in two: the part that
asks, and the part that works on a path (which tests call directly).
"""

from __future__ import annotations

import getpass
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from engine.domain.errors import InputError
from engine.store.files import write_project
from gui.history.compare import CompareView
from gui.history.merge_dialog import MergeDialog
from gui.history.versions import VersionsDialog
from gui.shell import dialogs
from gui.shell.window_base import ProjectWindow as MainWindow


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def author_name(window: MainWindow) -> str:
    """The name recorded with every edit: the one given once, else the login name."""
    return window.settings.author or login_name()


def ask_author(window: MainWindow) -> QInputDialog:
    """Asked once (at the first start) and kept in the settings; Edit > Your name... again."""
    dialog = QInputDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("GroupWork", "Your name"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "GroupWork",
            "Your name, as the project's history will show it with each of your edits\n"
            "(when several people work on copies of one project):",
        )
    )
    dialog.setTextValue(author_name(window))
    dialog.textValueSelected.connect(lambda name: set_author(window, name))
    dialog.rejected.connect(lambda: set_author(window, author_name(window)))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def set_author(window: MainWindow, name: str) -> None:
    window.settings.author = " ".join(name.split())[:200] or login_name()
    if window.document is not None:
        window.document.author = author_name(window)


# ------------------------------------------------------------------ merge


def merge_from(window: MainWindow) -> None:
    if window.document is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("GroupWork", "Merge changes from another copy"),
        str(window.document.path.parent),
        QCoreApplication.translate("GroupWork", "ABND project (*.abnd)"),
    )
    if path:
        merge_file(window, Path(path))


def merge_file(window: MainWindow, path: Path) -> MergeDialog | None:
    """Plan the merge; say why not, or that there is nothing to merge, or ask."""
    document = window.document
    assert document is not None
    title = QCoreApplication.translate("GroupWork", "Merge changes from another copy")
    try:
        plan = document.plan_merge(path)
    except InputError as error:
        dialogs.notify(window, title, error.one_line(), warning=True)
        return None
    if plan.nothing_to_do:
        dialogs.notify(
            window,
            title,
            QCoreApplication.translate(
                "GroupWork", "Nothing to merge: this project already holds everything in {file}."
            ).format(file=path.name),
        )
        return None
    dialog = MergeDialog(document, plan, window)
    dialog.accepted.connect(lambda: finish_merge(window, dialog))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def finish_merge(window: MainWindow, dialog: MergeDialog) -> bool:
    document = window.document
    assert document is not None
    name = dialog.plan.source.name
    label = QCoreApplication.translate("GroupWork", "Merge changes from {file}").format(file=name)
    try:
        merged = document.merge(dialog.plan, dialog.choices(), label)
    except (InputError, ValueError) as error:
        text = error.one_line() if isinstance(error, InputError) else str(error)
        dialogs.notify(window, label, text, warning=True)
        return False
    if merged:
        window.show_message(
            QCoreApplication.translate(
                "GroupWork", "Merged {file}: Edit > Undo takes the whole merge back."
            ).format(file=name)
        )
    return merged


# ------------------------------------------------------------------ versions and compare


def save_version(window: MainWindow) -> QInputDialog | None:
    if window.document is None:
        return None
    return versions(window).ask_name()


def versions(window: MainWindow) -> VersionsDialog:
    assert window.document is not None
    dialog = VersionsDialog(window.document, window)
    dialog.open_version.connect(lambda key: open_version(window, key))
    dialog.compare_version.connect(lambda key: compare(window, key))
    dialog.report_version.connect(lambda key: report_version(window, key))
    dialog.open()
    return dialog


def compare(window: MainWindow, version_key: str | None = None) -> CompareView | None:
    if window.document is None:
        return None
    view = CompareView(window.document, window)
    if version_key is not None:
        view.choose("a", "version", version_key)
        view.choose("b", "now")
    view.open()
    return view


def open_version(window: MainWindow, key: str) -> MainWindow | None:
    """The version in a window of its own, read-only, from a private copy that goes with it."""
    document = window.document
    assert document is not None
    try:
        version, project = document.store.version_project(key)
        folder = Path(tempfile.mkdtemp(prefix="abnd-version-"))
        target = folder / f"{document.path.stem} - version {version.number}.abnd"
        write_project(project, target)
    except InputError as error:
        dialogs.notify(
            window,
            QCoreApplication.translate("GroupWork", "Cannot open the version"),
            error.one_line(),
            warning=True,
        )
        return None
    viewer = window.new_viewer()
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.viewers.append(viewer)

    def gone() -> None:  # the window is deleted once closed: its private copy goes too
        shutil.rmtree(folder, ignore_errors=True)
        if viewer in window.viewers:
            window.viewers.remove(viewer)

    viewer.destroyed.connect(gone)
    viewer.open_project(target, read_only=True)
    viewer.title_note = QCoreApplication.translate(
        "GroupWork", 'version {number} "{name}", {when}'
    ).format(number=version.number, name=version.name, when=version.time[:10])
    viewer.update_title()
    viewer.resize(window.size())
    viewer.show()
    return viewer


def report_version(window: MainWindow, key: str) -> None:
    document = window.document
    assert document is not None
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("GroupWork", "Export the version's report"),
        str(document.path.with_suffix(".pdf")),
        QCoreApplication.translate(
            "GroupWork",
            "ABND report (*.pdf);;ABND report, editable in Word (*.docx);;"
            "ABND report, editable (*.odt)",
        ),
    )
    if path:
        write_version_report(window, key, Path(path))


def write_version_report(window: MainWindow, key: str, path: Path) -> bool:
    from engine.report.options import ReportOptions
    from gui.common.numbers import language
    from gui.report.write import write_report

    document = window.document
    assert document is not None
    if path.suffix.lower() not in (".pdf", ".docx", ".odt"):
        path = path.with_suffix(".pdf")
    try:
        _, project = document.store.version_project(key)
        write_report(project, path, ReportOptions(language=language()))
    except (InputError, OSError) as error:
        text = error.one_line() if isinstance(error, InputError) else f"{path}: {error}"
        dialogs.notify(
            window, QCoreApplication.translate("GroupWork", "Cannot export"), text, warning=True
        )
        return False
    window.show_message(
        QCoreApplication.translate("GroupWork", "Exported to {path}").format(path=path)
    )
    return True
