"""The open project: its file, its undo stack and its latest results.

Every edit goes through :meth:`ProjectDocument.apply`: the engine validates it
and commits it to the ``.abnd`` file before anything else happens, so an edit
the user sees is an edit on disk. The undo stack holds the engine's inverse
commands, so undo is itself a committed edit and survives anything the views do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.commands import Command
from engine.method.compute import Results, compute
from engine.store.files import is_project_file, read_project, write_project
from engine.store.project_store import ProjectStore
from gui.shell import paths


class EngineUndoCommand(QUndoCommand):
    """One engine edit on the undo stack; it is already applied when pushed."""

    def __init__(self, document: ProjectDocument, inverse: Command, label: str) -> None:
        super().__init__(label)
        self._document = document
        self._inverse = inverse
        self._forward: Command | None = None
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:  # QUndoStack.push calls redo; the edit is already on disk
            self._first_redo = False
            return
        assert self._forward is not None
        self._inverse = self._document._execute(self._forward)

    def undo(self) -> None:
        self._forward = self._document._execute(self._inverse)


class _Relay(QObject):
    """Carries a worker thread's results to the GUI thread (a queued signal)."""

    done = Signal(int, object)


class ProjectDocument(QObject):
    """A project open for editing. ``changed`` fires after every edit, undo and redo.

    ``results`` is always one whole :class:`Results` for one state of the
    project, so every view that reads it shows the same numbers.
    """

    changed = Signal()
    results_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.results: Results | None = None
        self._generation = 0
        self._country_key: tuple[object, ...] | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._take_results)
        self.error: InputError | None = None  # why there are no results at all, if so
        self._country_key = self._key()
        self._take_results(0, _compute(self.project))  # the first paint shows the costs

    # ------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, path: str | Path, parent: QObject | None = None, *, reuse_copy: bool = False
    ) -> ProjectDocument:
        """Open an ``.abnd`` file, or a working copy of a JSON exchange file."""
        return cls(ProjectStore.open(working_file(Path(path), reuse_copy)), parent)

    @property
    def path(self) -> Path:
        return Path(self.store.path)

    @property
    def project(self) -> Project:
        return self.store.project

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------ editing

    def apply(self, command: Command, label: str) -> None:
        """Validate and save ``command``; an :class:`InputError` leaves everything as it was."""
        inverse = self.store.apply(command)
        self.undo_stack.push(EngineUndoCommand(self, inverse, label))
        self._after_edit()

    def _execute(self, command: Command) -> Command:
        inverse = self.store.apply(command)
        self._after_edit()
        return inverse

    def _after_edit(self) -> None:
        """Views of the project update first, then views of results, from one new Results.

        When the results come at once (no country-data change) they are in place
        before anything repaints, so no view ever pairs the new project with old numbers.
        """
        self.recompute(announce_change=True)

    def save_as(self, path: str | Path) -> None:
        self.store.save_as(path)

    # ------------------------------------------------------------ results

    def recompute(self, announce_change: bool = False) -> None:
        """Recompute the results: at once when only scenarios, packages or the matrix
        changed (the country data are prepared and cached: well under a frame),
        on a worker thread when country data changed. Stale results are dropped."""
        self._generation += 1
        generation, project = self._generation, self.project
        key = self._key()
        if key == self._country_key:
            outcome = _compute(project)
            self.results, self.error = _split(outcome)
            if announce_change:
                self.changed.emit()
            self.results_changed.emit()
            return
        self._country_key = key
        if announce_change:
            self.changed.emit()
        self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(
            lambda: self._relay.done.emit(generation, _compute(project))
        )

    def _key(self) -> tuple[object, ...]:
        """What the prepared country data depend on (the engine caches them by these)."""
        project = self.project
        return (project.population, project.economy, project.labour, project.years)

    def _take_results(self, generation: int, outcome: Results | InputError) -> None:
        if generation != self._generation:
            return  # a later edit is being computed: never show these older numbers
        self.results, self.error = _split(outcome)
        self.busy_changed.emit(False)
        self.results_changed.emit()

    def wait_for_results(self) -> None:
        """Block until the latest results are in (tests, smoke, scripts)."""
        from PySide6.QtCore import QCoreApplication

        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents()

    def scenario_pct_gdp(self, scenario_id: str, year: int) -> float | None:
        """A scenario's cost in % of GDP in ``year``, or None when it has no result."""
        results = self.results
        if results is None or scenario_id not in results.scenarios:
            return None
        index = year - int(results.years[0])
        if not 0 <= index < len(results.years):
            return None
        return float(results.scenarios[scenario_id].columns["pct_gdp"][index])


def _compute(project: Project) -> Results | InputError:
    """Results, or the error that stops every result (country data that cannot be prepared)."""
    try:
        return compute(project, strict=False)
    except InputError as error:
        return error


def _split(outcome: Results | InputError) -> tuple[Results | None, InputError | None]:
    return (None, outcome) if isinstance(outcome, InputError) else (outcome, None)


def working_file(path: Path, reuse_copy: bool = False) -> Path:
    """The ``.abnd`` file to edit for ``path``: itself, or a copy of a JSON project.

    A JSON exchange file (the bundled sample, a file from a colleague) is never
    edited in place: it is converted into the projects folder. ``reuse_copy``
    (the bundled sample) reopens an earlier copy, with the user's edits.
    """
    if path.suffix.lower() == ".abnd" or (path.is_file() and is_project_file(path)):
        return path
    target = paths.projects_dir() / f"{path.stem}.abnd"
    if reuse_copy and target.exists():
        return target
    number = 2
    while target.exists():
        target = paths.projects_dir() / f"{path.stem}-{number}.abnd"
        number += 1
    write_project(read_project(path), target)
    return target
