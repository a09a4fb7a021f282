"""The main window: tabs over one open project, menus, drag and drop, recent files."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from engine.domain.errors import InputError
from gui.common.numbers import language
from gui.country.tab import CountryTab
from gui.document.project_document import ProjectDocument
from gui.history.panel import HistoryPanel
from gui.matrix.tab import MatrixTab
from gui.results.tab import ResultsTab
from gui.scenarios.tab import ScenariosTab
from gui.shell import dialogs, group_work, paths
from gui.shell.language import LANGUAGES, install_language
from gui.shell.settings import Settings
from gui.shell.window_base import ProjectWindow
from gui.workshop.view import WorkshopView, default_pins

PROJECT_SUFFIXES = (".abnd", ".json")


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
        try:
            document = ProjectDocument.open(
                path, paths.projects_dir(), self, reuse_copy=reuse_copy, read_only=read_only
            )
        except InputError as error:
            dialogs.notify(self, self.tr("Cannot open the project"), error.one_line(), warning=True)
            return False
        if self.document is not None:
            self.document.close()
        self.document = document
        document.author = group_work.author_name(self)
        if self.remember:
            self.settings.add_recent(document.path)
        self._fill_tabs()
        self._connect_undo()
        self._update_title()
        self._fill_recent_menu()
        if document.notice:
            dialogs.notify(self, self.tr("Opened read-only"), document.notice, warning=True)
        return True

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
        self.scenarios_tab = ScenariosTab(self.document)
        self.scenarios_tab.message.connect(self.show_message)
        self.matrix_tab.open_scenario.connect(self.show_scenario)
        self.tabs.addTab(self.matrix_tab, self.tr("Assessment matrix"))
        self.country_tab = CountryTab(self.document)
        self.country_tab.message.connect(self.show_message)
        self.tabs.addTab(self.country_tab, self.tr("Country data"))
        self.tabs.addTab(self.scenarios_tab, self.tr("Scenarios"))
        self.results_tab = ResultsTab(self.document)
        self.results_tab.message.connect(self.show_message)
        self.tabs.addTab(self.results_tab, self.tr("Results"))
        self.tabs.setCurrentIndex(current)
        for tab in (self.matrix_tab, self.country_tab, self.scenarios_tab):
            tab.show_history.connect(self.show_field_history)
        old = self.history_dock.widget()
        self.history = HistoryPanel(self.document)
        self.history.message.connect(self.show_message)
        self.history_dock.setWidget(self.history)
        if old is not None:
            old.deleteLater()
        self.document.changed.connect(self._update_title)
        self.document.busy_changed.connect(self._show_busy)

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Recalculating..."))
        elif self.document is not None and self.document.error is not None:
            self.statusBar().showMessage(self.document.error.one_line())
        elif self.statusBar().currentMessage() == self.tr("Recalculating..."):
            self.statusBar().clearMessage()

    def open_workshop(self) -> WorkshopView | None:
        """Full screen, large type: the chosen package's chart with toggles and sliders."""
        if self.document is None:
            return None
        if self.workshop is not None:
            self.workshop.close()
            return None
        package_id = self.results_tab.package.currentData()
        pins = self.settings.workshop_pins(self.document.path)
        if pins is None:
            pins = default_pins(self.document, package_id)
        self.workshop = WorkshopView(self.document, pins, package_id)
        self.workshop.closed.connect(self._workshop_closed)
        self.workshop.showFullScreen()
        return self.workshop

    def _workshop_closed(self) -> None:
        if self.document is not None and self.workshop is not None:
            self.settings.set_workshop_pins(self.document.path, self.workshop.pins)
        self.workshop = None

    def show_scenario(self, scenario_id: str) -> None:
        self.tabs.setCurrentWidget(self.scenarios_tab)
        self.scenarios_tab.show_scenario(scenario_id)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

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
        self._action(file_menu, self.tr("&Export..."), lambda: dialogs.export(self), "Ctrl+E")
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
        if self.workshop is not None:  # reopen it in the new language
            self.workshop.close()
            self.open_workshop()

    def _connect_undo(self) -> None:
        """Undo and Redo follow the document's stack; the document applies each step."""
        assert self.document is not None
        document = self.document
        stack = document.undo_stack
        stack.canUndoChanged.connect(self._update_undo_actions)
        stack.canRedoChanged.connect(self._update_undo_actions)
        stack.indexChanged.connect(self._update_undo_actions)
        document.refused.connect(
            lambda text: dialogs.notify(self, self.tr("Nothing was changed"), text, warning=True)
        )
        self._update_undo_actions()

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
        if self.workshop is not None:
            self.workshop.close()
        for viewer in list(self.viewers):
            viewer.close()
        if self.remember:
            self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        if self.document is not None:
            self.document.close()  # every edit is already on disk: nothing to ask
            self.document = None  # nothing may rebuild views over a closed file
        event.accept()
