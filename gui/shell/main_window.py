"""The main window: tabs over one open project, menus, drag and drop, recent files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from engine.domain.errors import InputError
from engine.runtime.resources import SAMPLE_PROJECT, resource_path
from engine.store.project_store import ProjectLockedError
from gui.common.messages import error_line, localized
from gui.common.numbers import language
from gui.common.printing import print_html
from gui.country.tab import CountryTab
from gui.document.project_document import ProjectDocument
from gui.document.what_if import WhatIf
from gui.history.panel import HistoryPanel
from gui.matrix.tab import MatrixTab
from gui.results.tab import ResultsTab
from gui.scenarios.tab import ScenariosTab
from gui.shell import dialogs, group_work, paths
from gui.shell.language import LANGUAGES, install_language
from gui.shell.message_bar import MessageBar
from gui.shell.settings import Settings
from gui.shell.window_base import ProjectWindow
from gui.workshop.view import WorkshopView, default_pins

PROJECT_SUFFIXES = (".abnd", ".json")


# What a person does (keys, shortcuts, clicks, drops) waits for a project's rows check.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Drop,
    }
)


@dataclass(frozen=True)
class _RowsToCheck:
    """A project opened with its matrix rows later, and where to go if one is damaged."""

    document: ProjectDocument
    previous: Path | None  # the project open before, if its rows were checked
    sample: bool  # opened from the bundled sample
    reused: bool  # its working copy reused (else a fresh copy)


class MainWindow(ProjectWindow):
    """``remember``: False for a window showing a saved version (no recent files, no
    geometry kept)."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, remember: bool = True
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.remember = remember
        self.document: ProjectDocument | None = None
        self.workshop: WorkshopView | None = None
        self._rows_to_check: _RowsToCheck | None = None
        self.viewers: list[ProjectWindow] = []
        self.title_note = ""
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("history")
        self.history_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)
        self._showing_problem = False  # the message bar shows why the project cannot be costed
        self.messages = MessageBar()
        self.messages.go_to.connect(self.go_to)
        self.messages.undo.connect(self.undo)
        self.statusBar().addWidget(self.messages, 1)
        self._retranslating = False
        self._shown_language = language()
        self._build_menus()
        self._update_title()
        if settings.geometry is not None and remember:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1400, 860)

    # ------------------------------------------------------------ project

    def open_project(
        self, path: str | Path, *, reuse_copy: bool = False, read_only: bool = False
    ) -> bool:
        """Open a project; on a bad file, say why and keep the current one."""
        if self.workshop is not None and not self.workshop.close():
            return False  # a what-if on the current project: kept open when asked to stay
        try:
            try:
                document = ProjectDocument.open(
                    path,
                    paths.projects_dir(),
                    self,
                    reuse_copy=reuse_copy,
                    read_only=read_only,
                    rows_later=True,
                )
            except ProjectLockedError as locked:
                if not self._ask_read_only(locked):
                    return False
                document = ProjectDocument.open(
                    path,
                    paths.projects_dir(),
                    self,
                    reuse_copy=reuse_copy,
                    read_only=True,
                    rows_later=True,
                )
        except InputError as error:
            dialogs.notify(
                self, self.tr("Cannot open the project"), error_line(error), warning=True
            )
            return False
        before = self.document
        if before is not None:
            before.close()
        self.document = document
        # The window paints first, then checks the matrix rows (a second for 50,000):
        # a damaged one brings back the project open before, if it was checked, or the
        # sample (a fresh copy when the refused file was the sample's working copy).
        self._rows_to_check = _RowsToCheck(
            document,
            before.path if before is not None and before.store.rows_checked else None,
            Path(path).resolve() == resource_path(*SAMPLE_PROJECT).resolve(),
            reuse_copy,
        )
        app = QApplication.instance()
        if app is not None and self.isVisible():  # hidden, nothing can click it before it
            app.installEventFilter(self)  # shows (and the filter would slow every event)
        self.update()
        document.author = group_work.author_name(self)
        if self.remember:
            self.settings.add_recent(document.path)
        self._fill_tabs()
        self._connect_undo()
        self._update_title()
        self._fill_recent_menu()
        if document.notices:
            text = " ".join(error_line(notice) for notice in document.notices)
            dialogs.notify(self, self.tr("Opened read-only"), text, warning=True)
        return True

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and self._rows_to_check is not None:
            self.check_rows()  # this paint is on screen: now the rows
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Until the rows are checked, input waits for the check (which runs first), so
        no action ever reads an unchecked row; input aimed at a refused project is dropped."""
        pending = self._rows_to_check
        if pending is None or event.type() not in _INPUT:
            return False
        if pending.document is not self.document:  # this window moved on, or closed
            self.check_rows()  # forgets it
            return False
        self.check_rows()
        refused = self.document is not pending.document
        return refused and isinstance(watched, QWidget) and watched.window() is self

    def check_rows(self) -> None:
        """Check the matrix rows of the project just opened, if not yet done: right after
        the first paint, or before the first input, whichever comes first. Nothing reads
        a damaged row before, but that paint, which shows it empty."""
        pending, self._rows_to_check = self._rows_to_check, None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if pending is None or pending.document is not self.document:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            error = pending.document.check_rows()
        finally:
            QApplication.restoreOverrideCursor()
        if error is None:
            return
        dialogs.notify(self, self.tr("Cannot open the project"), error_line(error), warning=True)
        if pending.previous is not None and self.open_project(pending.previous):
            return
        if not (pending.sample and not pending.reused):  # a fresh sample copy is never damaged
            self.open_project(resource_path(*SAMPLE_PROJECT), reuse_copy=not pending.sample)

    def _ask_read_only(self, locked: InputError) -> bool:
        """The project cannot be edited here now: open it read-only, or not at all?"""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The project cannot be edited here"))
        box.setText(error_line(locked))
        box.setInformativeText(
            self.tr("Open it read-only to look at it, print it and export it; nothing can change.")
        )
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    def _fill_tabs(self) -> None:
        assert self.document is not None
        current = max(self.tabs.currentIndex(), 0)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.matrix_tab = MatrixTab(self.document)
        self.matrix_tab.message.connect(self.show_message)
        self._showing_problem = False
        self.scenarios_tab = ScenariosTab(self.document)
        self.scenarios_tab.message.connect(self.show_message)
        self.scenarios_tab.deleted.connect(self.messages.show_undoable)
        self.matrix_tab.deleted.connect(self.messages.show_undoable)
        self.matrix_tab.open_scenario.connect(self.show_scenario)
        self.tabs.addTab(self.matrix_tab, self.tr("Assessment matrix"))
        self.country_tab = CountryTab(self.document)
        self.country_tab.message.connect(self.show_message)
        self.tabs.addTab(self.country_tab, self.tr("Country data"))
        self.tabs.addTab(self.scenarios_tab, self.tr("Scenarios"))
        self.results_tab = ResultsTab(self.document)
        self.results_tab.message.connect(self.show_message)
        self.results_tab.what_if_requested.connect(lambda: self.open_what_if(False))
        for tab in (self.country_tab, self.scenarios_tab, self.results_tab):
            tab.go_to.connect(self.go_to)
        self.tabs.addTab(self.results_tab, self.tr("Results"))
        self.tabs.setCurrentIndex(current)
        for editing_tab in (self.matrix_tab, self.country_tab, self.scenarios_tab):
            editing_tab.show_history.connect(self.show_field_history)
        old = self.history_dock.widget()
        self.history = HistoryPanel(self.document)
        self.history.message.connect(self.show_message)
        self.history_dock.setWidget(self.history)
        if old is not None:
            old.deleteLater()
        self.document.changed.connect(self._update_title)
        self.document.busy_changed.connect(self._show_busy)
        self.document.results_changed.connect(self._show_error)

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.messages.show_text(self.tr("Recalculating..."), 0)
        elif self.messages.text() == self.tr("Recalculating..."):
            self.messages.clear()

    def _show_error(self) -> None:
        """New results: why the project cannot be costed stays in view until it can."""
        document = self.document
        if document is not None and document.error is not None:
            self.messages.show_problem(document.error, document.project)
        elif self._showing_problem:
            self.messages.clear()
        self._showing_problem = document is not None and document.error is not None

    def open_workshop(self) -> WorkshopView | None:
        """Full screen, large type: the chosen package's chart with toggles and sliders, on a
        what-if copy of the project (F11 again leaves)."""
        return self.open_what_if(full_screen=True)

    def open_what_if(
        self, full_screen: bool = False, what_if: WhatIf | None = None
    ) -> WorkshopView | None:
        """A what-if run on a scratch copy: in workshop mode (full screen) or in a window
        (Results > What if...). Leaving asks to keep the changes or discard them."""
        if self.document is None:
            return None
        if self.workshop is not None:
            self.workshop.close()
            return None
        package_id = self.results_tab.package.currentData()
        pins = self.settings.workshop_pins(self.document.path)
        if pins is None:
            pins = default_pins(self.document, package_id)
        run = what_if or WhatIf(self.document, paths.what_if_dir())
        self.workshop = WorkshopView(run, pins, package_id, full_screen=full_screen)
        self.workshop.closed.connect(self._workshop_closed)
        if full_screen:
            self.workshop.showFullScreen()
        else:
            self.workshop.resize(min(self.width(), 1100), min(self.height(), 720))
            self.workshop.show()
        return self.workshop

    def _workshop_closed(self) -> None:
        if self.document is not None and self.workshop is not None:
            self.settings.set_workshop_pins(self.document.path, self.workshop.pins)
        self.workshop = None

    def show_scenario(self, scenario_id: str) -> None:
        self.tabs.setCurrentWidget(self.scenarios_tab)
        self.scenarios_tab.show_scenario(scenario_id)

    def show_message(self, text: str) -> None:
        self.messages.show_text(text)

    def show_country_checklist(self, count: int) -> None:
        """A new project whose data lack what its scenarios need: show the checklist."""
        self.tabs.setCurrentWidget(self.country_tab)
        self.country_tab.refresh()
        text = self.tr("The country data lack {count} item(s) the scenarios need: see the checks")
        self.messages.show_text(text.format(count=count), 0)

    def print_current(self) -> None:
        """File > Print: what the current tab shows (its tables, and its chart)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the current tab to ``printer``; False when it has nothing to print."""
        tab = self.tabs.currentWidget()
        printable = getattr(tab, "printable_html", None)
        if printable is None:
            return False
        chart = getattr(tab, "printable_chart", lambda: None)()
        print_html(printable(), printer, chart)
        return True

    def go_to(self, path: str) -> None:
        """Show the field at ``path`` (a message's link): in the tab that edits it."""
        if not path or self.document is None:
            return
        if self.country_tab.show_field(path):
            self.tabs.setCurrentWidget(self.country_tab)
            self.country_tab.show_field(path)  # focus once the tab is shown
        elif self.scenarios_tab.show_field(path):
            self.tabs.setCurrentWidget(self.scenarios_tab)
            self.scenarios_tab.show_field(path)
        elif self.matrix_tab.show_field(path):
            self.tabs.setCurrentWidget(self.matrix_tab)
            self.matrix_tab.show_field(path)

    def show_history(self) -> None:
        """View > History: the panel of every recorded edit (again: hide it)."""
        if self.history_dock.isVisible():
            self.history_dock.hide()
            return
        self.history_dock.show()
        self._size_history()

    def _size_history(self) -> None:
        """A shown dock takes a good part of the height (once the layout has it)."""

        def size() -> None:
            height = max(200, int(self.height() * 0.45))
            self.resizeDocks([self.history_dock], [height], Qt.Orientation.Vertical)

        QTimer.singleShot(0, size)

    def show_field_history(self, path: str) -> None:
        """One field's own history, from the field's context menu."""
        if self.document is None:
            return
        self.history.show_field(path)
        if not self.history_dock.isVisible():
            self.history_dock.show()
            self._size_history()
        self.history_dock.raise_()

    def update_title(self) -> None:
        self._update_title()

    def new_viewer(self) -> MainWindow:
        return MainWindow(self.settings, remember=False)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(self.tr("ABND Studio"))
            return
        if self.title_note:
            title = self.tr("{name}, {version} (read-only) — ABND Studio").format(
                name=self.document.project.name, version=self.title_note
            )
        elif self.document.store.read_only:
            title = self.tr("{name} (read-only) — ABND Studio").format(
                name=self.document.project.name
            )
        else:
            title = self.tr("{name} — ABND Studio").format(name=self.document.project.name)
        self.setWindowTitle(title)
        self.setWindowFilePath(str(self.document.path))

    # ------------------------------------------------------------ menus

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("&New from country..."),
            lambda: dialogs.new_project(self),
            QKeySequence.StandardKey.New,
        )
        self._action(
            file_menu,
            self.tr("&Open..."),
            lambda: dialogs.open_project(self),
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._action(
            file_menu,
            self.tr("Save &As..."),
            lambda: dialogs.save_as(self),
            QKeySequence.StandardKey.SaveAs,
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Merge changes from another copy..."),
            lambda: group_work.merge_from(self),
            "Ctrl+M",
        )
        self._action(
            file_menu, self.tr("Save a &version..."), lambda: group_work.save_version(self)
        )
        self._action(file_menu, self.tr("&Versions..."), lambda: group_work.versions(self))
        self._action(file_menu, self.tr("&Compare..."), lambda: group_work.compare(self))
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Import data..."), lambda: dialogs.import_data(self), "Ctrl+I"
        )
        self._action(
            file_menu,
            self.tr("Save the import &template..."),
            lambda: dialogs.save_template(self),
        )
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self._action(
            export_menu,
            self.tr("&Report (PDF, Word or ODT)..."),
            lambda: dialogs.export_report(self),
            "Ctrl+E",
        )
        for kind, label in dialogs.EXPORT_MENU:
            self._action(
                export_menu,
                QCoreApplication.translate("Dialogs", label),
                partial(dialogs.export, self, kind),
            )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Print..."), self.print_current, QKeySequence.StandardKey.Print
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.edit_menu, self.tr("Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.edit_menu, self.tr("Redo"), self.redo, QKeySequence.StandardKey.Redo
        )
        self.edit_menu.addSeparator()
        for text, name, keys in (
            (self.tr("Cu&t"), "cut", QKeySequence.StandardKey.Cut),
            (self.tr("&Copy"), "copy", QKeySequence.StandardKey.Copy),
            (self.tr("&Paste"), "paste", QKeySequence.StandardKey.Paste),
            (self.tr("&Delete"), "delete", QKeySequence.StandardKey.Delete),
        ):
            self._action(self.edit_menu, text, partial(self._to_current_tab, name), keys)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Your &name..."), lambda: group_work.ask_author(self))

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(
            view_menu,
            self.tr("&Larger text"),
            lambda: dialogs.zoom(self, 1.1),
            QKeySequence.StandardKey.ZoomIn,
        )
        self._action(
            view_menu,
            self.tr("&Smaller text"),
            lambda: dialogs.zoom(self, 1 / 1.1),
            QKeySequence.StandardKey.ZoomOut,
        )
        self._action(
            view_menu, self.tr("&Normal text size"), lambda: dialogs.zoom(self, 0), "Ctrl+0"
        )
        language_menu = view_menu.addMenu(self.tr("La&nguage"))
        languages = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self._action(language_menu, name, partial(self.set_language, code))
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.setObjectName(f"language-{code}")
            languages.addAction(action)
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Workshop mode"), self.open_workshop, "F11")
        self._action(view_menu, self.tr("&History"), self.show_history, "Ctrl+H")
        view_menu.addSeparator()
        for i, name in enumerate(
            (
                self.tr("Assessment matrix"),
                self.tr("Country data"),
                self.tr("Scenarios"),
                self.tr("Results"),
            )
        ):
            self._action(view_menu, name, partial(self.tabs.setCurrentIndex, i), f"Ctrl+{i + 1}")

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&User guide"),
            lambda: dialogs.user_guide(self),
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, self.tr("&About ABND Studio"), lambda: dialogs.about(self))
        self._fill_recent_menu()

    # ------------------------------------------------------------ language

    def set_language(self, code: str) -> None:
        """View > Language: kept in the settings and applied at once."""
        self.settings.language = install_language(code)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Qt says the language changed (several times as catalogues come and go): rebuild
        once, unless the window already shows that language."""
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self._retranslate_if_needed)
        super().changeEvent(event)

    def _retranslate_if_needed(self) -> None:
        self._retranslating = False
        if language() != self._shown_language:
            self.retranslate()

    def retranslate(self) -> None:
        """Every menu, tab and title again in the language now installed."""
        self._shown_language = language()
        self.menuBar().clear()
        self._build_menus()
        if self.document is not None:
            self._fill_tabs()
            self._connect_undo()
        self._update_title()
        if self.workshop is not None:  # reopen it in the new language, same run
            view = self.workshop
            view.leave_run_open()
            self.open_what_if(view.full_screen, view.what_if)

    def _connect_undo(self) -> None:
        """Undo and Redo follow the document's stack; the document applies each step."""
        assert self.document is not None
        document = self.document
        stack = document.undo_stack
        stack.canUndoChanged.connect(self._update_undo_actions)
        stack.canRedoChanged.connect(self._update_undo_actions)
        stack.indexChanged.connect(self._update_undo_actions)
        document.refused.connect(self._refused)
        self._update_undo_actions()

    def _refused(self, what: str, error: InputError) -> None:
        reason = localized(error.message, self.document.project if self.document else None)
        text = QCoreApplication.translate(
            "ProjectDocument", "{what}: {reason}. The project is as it was."
        ).format(what=what, reason=reason.rstrip("."))
        dialogs.notify(self, self.tr("Nothing was changed"), text, warning=True)

    def _update_undo_actions(self) -> None:
        stack = None if self.document is None else self.document.undo_stack
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_text = stack.undoText() if stack is not None and can_undo else ""
        redo_text = stack.redoText() if stack is not None and can_redo else ""
        self.undo_action.setText(
            self.tr("Undo {action}").format(action=undo_text) if undo_text else self.tr("Undo")
        )
        self.redo_action.setText(
            self.tr("Redo {action}").format(action=redo_text) if redo_text else self.tr("Redo")
        )

    def undo(self) -> None:
        if self.document is not None:
            self.document.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.redo()

    def _to_current_tab(self, name: str) -> None:
        """Edit menu: a text field in focus handles it; otherwise the current tab does."""
        widget = self.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            if name == "delete":
                widget.del_() if isinstance(
                    widget, QLineEdit
                ) else widget.textCursor().removeSelectedText()
            else:
                getattr(widget, name)()
            return
        handler = getattr(self.tabs.currentWidget(), name, None)
        if callable(handler):
            handler()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for path in recent:
            self._action(self.recent_menu, path, partial(self.open_project, path))
        self.recent_menu.setEnabled(bool(recent))

    # ------------------------------------------------------------ window events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_project(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_project(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_project(path)

    @staticmethod
    def _dropped_project(event: QDragEnterEvent | QDropEvent) -> str | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PROJECT_SUFFIXES):
                return str(url.toLocalFile())
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workshop is not None and not self.workshop.close():
            event.ignore()  # "Cancel" when asked to keep or discard a what-if: stay
            return
        for viewer in list(self.viewers):
            viewer.close()
        if self.remember:
            self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        if self.document is not None:
            self.document.close()  # every edit is already on disk: nothing to ask
            self.document = None  # nothing may rebuild views over a closed file
        self.check_rows()  # nothing left to check: the input filter goes
        event.accept()
