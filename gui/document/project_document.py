"""The open project: its file, its undo stack and its latest results.

Every edit goes through :meth:`ProjectDocument.apply`: the engine validates it
and commits it to the ``.abnd`` file before anything else happens, so an edit
the user sees is an edit on disk. Undo and redo apply the stored inverse (or
the edit again) through the same path, and move the stack only once saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.commands import Command
from engine.edits.flat import Path as FieldPath
from engine.edits.merge import Choice, Side
from engine.edits.typed_text import cleaned
from engine.format.validate import clean_text
from engine.method.compute import Results, compute
from engine.method.incremental import Recompute
from engine.store.files import is_project_file, read_project, write_project
from engine.store.journal import Entry
from engine.store.merging import MergePlan, apply_merge, plan_merge
from engine.store.project_store import ProjectLockedError, ProjectStore
from engine.store.versions import Version
from gui.document.tasks import Outcome, TaskRunner
from gui.document.undo import EditEntry


class ProjectDocument(QObject):
    """A project open for editing. ``changed`` fires after every edit, undo and redo.

    ``results`` is always one whole :class:`Results` for one state of the
    project, so every view that reads it shows the same numbers.
    ``refused`` carries what could not be done and why (an InputError) when an undo or
    redo could not be saved; the window words it in the user's language.
    Every edit, undo, redo and merge is recorded in the project's history under
    ``author``; ``history_changed`` fires when the history changes without the
    project (a comment added, a version saved).
    """

    changed = Signal()
    history_changed = Signal()
    results_changed = Signal()
    busy_changed = Signal(bool)
    refused = Signal(str, object)

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)  # moved only by undo() and redo() below
        self.tasks = TaskRunner(self)
        self.results: Results | None = None
        self.error: InputError | None = None  # why there are no results at all, if so
        self.busy = False
        self._generation = 0
        self._country_key = self._key()
        # What the last compute on this (GUI) thread found: an edit to one scenario
        # recomputes that scenario and the packages holding it, to the same bits.
        self._incremental = Recompute()
        self._take(0, _compute(self.project, self._incremental))  # the first paint shows the costs

    # ------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: str | Path,
        working_dir: Path,
        parent: QObject | None = None,
        *,
        reuse_copy: bool = False,
        read_only: bool | None = None,
        rows_later: bool = False,
    ) -> ProjectDocument:
        """Open an ``.abnd`` file, or a working copy (in ``working_dir``) of a JSON file.

        A project that cannot be opened for editing (another ABND Studio has it, its
        folder is read-only, no lock can be taken) opens read-only, and ``notice``
        says why in one sentence. ``read_only``: True opens read-only; False refuses
        (raises ProjectLockedError) rather than fall back, so the window can ask first.
        ``rows_later``: the matrix rows are decoded as they are shown and all checked
        by :meth:`check_rows` (which the window runs right after its first paint).
        """
        target = working_file(Path(path), working_dir, reuse_copy)
        if read_only:
            return cls(ProjectStore.open(target, read_only=True, rows_later=rows_later), parent)
        try:
            store = ProjectStore.open(target, rows_later=rows_later)
        except ProjectLockedError as refused:
            if read_only is False:
                raise
            store = ProjectStore.open(target, read_only=True, rows_later=rows_later)
            store.notices.insert(0, refused)
        return cls(store, parent)

    def check_rows(self) -> InputError | None:
        """Decode and check every matrix row of a project opened with its rows later
        (about 20 us a row): None, or the line that refuses the project."""
        try:
            self.store.check_rows()
        except InputError as error:
            return error
        return None

    @property
    def notice(self) -> str:
        """Why the project is open read-only, or what was repaired, in English ("" if nothing);
        the window shows :attr:`notices` in the user's language."""
        return self.store.notice

    @property
    def notices(self) -> tuple[InputError, ...]:
        return tuple(self.store.notices)

    @property
    def path(self) -> Path:
        return Path(self.store.path)

    @property
    def project(self) -> Project:
        return self.store.project

    def close(self) -> None:
        self.store.close()

    @property
    def author(self) -> str:
        """Who is editing: recorded with every edit in the project's history."""
        return self.store.author

    @author.setter
    def author(self, name: str) -> None:
        self.store.author = clean_text(name)

    # ------------------------------------------------------------ editing

    def apply(self, command: Command, label: str, comment: str = "") -> None:
        """Validate and save ``command`` (its text cleaned of what no document can hold, as
        typed or pasted); an :class:`InputError` leaves everything as it was."""
        inverse = self.store.apply(cleaned(command), label=label, comment=clean_text(comment))
        entry = self.store.last_entry
        self.undo_stack.push(EditEntry(label, inverse, entry.id if entry else None))
        self._after_edit()

    def undo(self) -> bool:
        """Apply the last edit's inverse; the stack moves only once that is saved."""
        index = self.undo_stack.index()
        if index == 0:
            return False
        entry = self.undo_stack.command(index - 1)
        assert isinstance(entry, EditEntry)
        label = QCoreApplication.translate("ProjectDocument", "Undo: {label}").format(
            label=entry.text()
        )
        try:
            entry.forward = self.store.apply(entry.inverse, label=label, undoes=entry.entry_id)
        except InputError as error:
            self._refuse(
                QCoreApplication.translate("ProjectDocument", 'Could not undo "{label}"').format(
                    label=entry.text()
                ),
                error,
            )
            return False
        self.undo_stack.undo()
        self._after_edit()
        return True

    def redo(self) -> bool:
        """Apply the next undone edit again; the stack moves only once that is saved."""
        index = self.undo_stack.index()
        if index == self.undo_stack.count():
            return False
        entry = self.undo_stack.command(index)
        assert isinstance(entry, EditEntry) and entry.forward is not None
        label = QCoreApplication.translate("ProjectDocument", "Redo: {label}").format(
            label=entry.text()
        )
        try:
            entry.inverse = self.store.apply(entry.forward, label=label, redoes=entry.entry_id)
        except InputError as error:
            self._refuse(
                QCoreApplication.translate("ProjectDocument", 'Could not redo "{label}"').format(
                    label=entry.text()
                ),
                error,
            )
            return False
        self.undo_stack.redo()
        self._after_edit()
        return True

    def _refuse(self, what: str, error: InputError) -> None:
        self.refused.emit(what, error)

    def _after_edit(self) -> None:
        """Views of the project update first, then views of results, from one new Results.

        When the results come at once (no country-data change) they are in place
        before anything repaints, so no view ever pairs the new project with old numbers.
        """
        self.recompute(announce_change=True)

    def save_as(self, path: str | Path) -> None:
        self.store.save_as(path)

    # ------------------------------------------------------------ history, versions, merge

    def history(self) -> list[Entry]:
        return self.store.history()

    def set_comment(self, entry_id: str, comment: str) -> None:
        """Say why an edit was made, after the fact (not an undoable edit)."""
        self.store.set_comment(entry_id, clean_text(comment))
        self.history_changed.emit()

    def save_version(self, name: str) -> Version:
        version = self.store.save_version(clean_text(name))
        self.history_changed.emit()
        return version

    def plan_merge(self, other: str | Path) -> MergePlan:
        """What merging the copy ``other`` would do; nothing is written yet."""
        return plan_merge(self.store, other)

    def merge(self, plan: MergePlan, choices: dict[FieldPath, Choice] | Side, label: str) -> bool:
        """Write the merge as one undoable edit; False when there was nothing to merge."""
        inverse = apply_merge(self.store, plan, choices, label=label)
        if inverse is None:
            return False
        entry = self.store.last_entry
        self.undo_stack.push(EditEntry(label, inverse, entry.id if entry else None))
        self._after_edit()
        return True

    # ------------------------------------------------------------ results

    def recompute(self, announce_change: bool = False) -> None:
        """Recompute the results: at once when only scenarios, packages or the matrix
        changed (the country data are prepared and cached: well under a frame),
        in the background when country data changed. Stale results are dropped."""
        self._generation += 1
        generation, project = self._generation, self.project
        key = self._key()
        if key == self._country_key:
            self.results, self.error = _split(_compute(project, self._incremental))
            if announce_change:
                self.changed.emit()
            self.results_changed.emit()
            return
        self._country_key = key
        if announce_change:
            self.changed.emit()
        self._set_busy(True)
        self.tasks.run(  # new country data: everything is recomputed (never with the
            lambda _report: _compute(project),  # GUI thread's memo, which is not shared)
            lambda outcome: self._computed(generation, outcome),
        )

    def _computed(self, generation: int, outcome: Outcome[Results | InputError]) -> None:
        """A background recompute is back: busy ends whatever happened in it."""
        if generation != self._generation:
            return  # a later edit is being computed: never show these older numbers
        self._set_busy(False)
        if outcome.value is not None:
            self._take(generation, outcome.value)
        else:  # an unexpected error: the crash dialog follows; the old numbers stay
            self.results_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _key(self) -> tuple[object, ...]:
        """What the prepared country data depend on (the engine caches them by these)."""
        project = self.project
        return (project.population, project.economy, project.labour, project.years)

    def _take(self, generation: int, outcome: Results | InputError) -> None:
        if generation != self._generation:
            return
        self.results, self.error = _split(outcome)
        self.results_changed.emit()

    def wait_for_results(self) -> None:
        """Block until the latest results are in (tests, smoke, scripts)."""
        self.tasks.wait()

    def scenario_pct_gdp(self, scenario_id: str, year: int) -> float | None:
        """A scenario's cost in % of GDP in ``year``, or None when it has no result."""
        results = self.results
        if results is None or scenario_id not in results.scenarios:
            return None
        index = year - int(results.years[0])
        if not 0 <= index < len(results.years):
            return None
        return float(results.scenarios[scenario_id].columns["pct_gdp"][index])


def _compute(project: Project, incremental: Recompute | None = None) -> Results | InputError:
    """Results, or the error that stops every result (country data that cannot be prepared)."""
    try:
        if incremental is not None:
            return incremental.compute(project)
        return compute(project, strict=False)
    except InputError as error:
        return error


def _split(outcome: Results | InputError) -> tuple[Results | None, InputError | None]:
    return (None, outcome) if isinstance(outcome, InputError) else (outcome, None)


def working_file(path: Path, working_dir: Path, reuse_copy: bool = False) -> Path:
    """The ``.abnd`` file to edit for ``path``: itself, or a copy of a JSON project.

    A JSON exchange file (the bundled sample, a file from a colleague) is never
    edited in place: it is converted into ``working_dir``. ``reuse_copy`` (the
    bundled sample) reopens an earlier copy, with the user's edits.
    """
    if path.suffix.lower() == ".abnd" or (path.is_file() and is_project_file(path)):
        return path
    target = working_dir / f"{path.stem}.abnd"
    if reuse_copy and target.exists():
        return target
    number = 2
    while target.exists():
        target = working_dir / f"{path.stem}-{number}.abnd"
        number += 1
    write_project(read_project(path), target)
    return target
