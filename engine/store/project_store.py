"""A project open from its ``.abnd`` file: every edit committed before it is acknowledged.

``ProjectStore.apply(command)`` validates the command against the project,
writes it in one SQLite transaction (rollback journal, ``synchronous=FULL``)
together with its entry in the project's history (``engine.store.journal``),
and only then updates the in-memory project and returns the inverse command.
If anything fails, file and memory both stay as they were.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits import apply as entities
from engine.edits.changes import changes_of
from engine.edits.commands import (
    COLLECTIONS,
    FIELD,
    Batch,
    Command,
    Delete,
    Move,
    Put,
    Replace,
)
from engine.edits.flat import Flat, flatten
from engine.format import validate as v
from engine.format.read import check_references, project_from_dict
from engine.format.write import project_to_dict
from engine.runtime import atomic, collection
from engine.store import journal, sidecars
from engine.store import versions as saved_versions
from engine.store.lock import WriterLock
from engine.store.opening import (
    ProjectLockedError,
    ProjectReadOnlyError,
    connect_checked,
    writer_lock,
)
from engine.store.safety import check_header
from engine.store.schema import ORIGIN, SCHEMA_VERSION, TABLE_OF
from engine.store.snapshots import now_iso, unpack
from engine.store.statements import (
    Write,
    field_write,
    insert,
    population_writes,
    replace_writes,
    update,
)
from engine.store.versions import Version
from engine.store.whole_file import migrate, write_new_file


class ProjectStore:
    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        project: Project,
        read_only: bool,
        lock: WriterLock | None,
    ) -> None:
        self.path = path
        self.connection = connection
        self.project = project
        self.read_only = read_only
        self._lock = lock
        self.author = ""  # who makes the edits (recorded in the history)
        self.last_entry: journal.Entry | None = None  # the history entry of the last edit
        # What the window says on opening (why read-only, what was repaired), if anything.
        self.notices: list[InputError] = []
        self.rows_checked = True  # every matrix row decoded and checked (see ``open``)

    @property
    def notice(self) -> str:
        """The notices in English, one line each joined by a space ("" when none)."""
        return " ".join(notice.one_line() for notice in self.notices)

    # ------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, rows_later: bool = False
    ) -> ProjectStore:
        """Open a project file safely; errors name the file and what is wrong.

        ``rows_later``: the matrix rows are read as text and decoded when first needed;
        :meth:`check_rows` checks them all (every edit does it first), so a damaged row is
        refused then, with the line an open would have said.
        """
        target = Path(path)
        try:
            store = cls._open(target, read_only, rows_later)
        except InputError as error:
            raise error.in_file(str(target)) from None
        store.rows_checked = not rows_later
        return store

    @classmethod
    def _open(cls, path: Path, read_only: bool, rows_later: bool) -> ProjectStore:
        if not path.is_file():  # a folder, a pipe, a device: never opened (a pipe would block)
            raise InputError(
                "",
                messages.translate(
                    "Engine", "does not exist or is not a file", "project_store.does_exist_file"
                ).format(),
            )
        sidecars.refuse_wal(path)  # before SQLite opens anything: nothing changes
        journal = sidecars.journal_of(path)
        if read_only:
            older = check_header(path) < SCHEMA_VERSION
            if journal is None and not older:
                return cls(path, *connect_checked(path, True, rows_later), True, None)
            # Read from a private copy, recovered and brought up to date there: the
            # file itself is never changed by reading it.
            with sidecars.private_copy(path, journal) as copy:
                if older:
                    migrate(copy, check_header(copy))
                connection, project = connect_checked(copy, True, rows_later)
                memory = sqlite3.connect(":memory:", isolation_level=None)
                try:
                    connection.backup(memory)
                finally:
                    connection.close()
            store = cls(path, memory, project, True, None)
            if journal is not None:
                reason = messages.translate(
                    "Engine",
                    "{problem}: it is shown as it was before that save; open it for editing "
                    "to repair the file itself",
                    "store.shown_before_unfinished_save",
                ).format(problem=sidecars.UNFINISHED)
            else:
                reason = messages.translate(
                    "Engine",
                    "is an older project file: it is shown brought up to date; open it for "
                    "editing to update the file itself",
                    "store.older_shown_updated",
                ).format()
            store.notices.append(InputError("", reason, str(path)))
            return store
        lock = writer_lock(path)
        try:
            if journal is not None:
                sidecars.recover(path)
            connection, project = connect_checked(path, False, rows_later)
        except BaseException:
            lock.release()
            raise
        return cls(path, connection, project, False, lock)

    @classmethod
    def create(cls, path: str | Path, project: Project) -> ProjectStore:
        """Write a new project file (atomically: all of it or nothing) and open it."""
        target = Path(path)
        if target.exists():
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "already exists; choose another name",
                    "project_store.already_exists_choose_another",
                ).format(),
                str(target),
            )
        write_new_file(target, project)
        return cls.open(target)

    def close(self) -> None:
        self.connection.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def check_rows(self) -> None:
        """Decode and check every matrix row of a project opened with its rows later:
        the :class:`InputError` an open would have raised, naming the file and the row."""
        if self.rows_checked:
            return
        try:
            with collection.paused():
                check_references(self.project)  # reads every row, and checks its links
        except InputError as error:
            raise error.in_file(str(self.path)) from None
        self.rows_checked = True

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------ editing

    def apply(
        self,
        command: Command,
        *,
        label: str = "",
        comment: str = "",
        undoes: str | None = None,
        redoes: str | None = None,
    ) -> Command:
        """Validate, commit and acknowledge one edit, recorded in the history with
        ``label`` and ``comment`` (``undoes``/``redoes``: the entry it takes back or
        makes again); returns its inverse. An edit that changes nothing is not recorded."""
        self.refuse_read_only()
        self.check_rows()  # no edit is saved into a project with a damaged row
        v.text(self.author, "author", max_length=journal.MAX_TEXT)
        v.text(comment, "comment", max_length=journal.MAX_TEXT)
        project, inverse, writes = plan(self.project, command)
        changes = changes_of(self.project, project, command)
        entry = (
            journal.Entry(
                id=journal.new_id(),
                time=now_iso(),
                author=self.author,
                label=label,
                comment=comment,
                changes=tuple(changes),
                undoes=undoes,
                redoes=redoes,
            )
            if changes
            else None
        )
        self.transaction(writes, None if entry is None else lambda c: journal.insert(c, entry))
        self.project = project
        self.last_entry = entry
        return inverse

    def transaction(
        self, writes: list[Write], more: Callable[[sqlite3.Connection], object] | None = None
    ) -> None:
        """``writes`` (and ``more``) in one transaction: all saved, or nothing and one line."""
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            for sql, parameters in writes:
                connection.execute(sql, parameters)
            if more is not None:
                more(connection)
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "could not be saved ({error}); nothing was changed",
                    "project_store.could_saved_error_nothing",
                ).format(error=error),
                str(self.path),
            ) from None
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def refuse_read_only(self) -> None:
        if self.read_only:
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "is open read-only; edits are not saved",
                    "project_store.open_read_only_edits",
                ).format(),
                str(self.path),
            )

    # ------------------------------------------------------------ history and versions

    def identity(self) -> str:
        """The project's identity, shared by every copy of it."""
        try:
            row = self.connection.execute(
                "SELECT body FROM project_meta WHERE key = 'identity'"
            ).fetchone()
            identity = json.loads(row[0])["project_id"] if row else None
        except (ValueError, TypeError, KeyError, sqlite3.DatabaseError):
            identity = None
        if not isinstance(identity, str):
            raise InputError(
                "table project_meta",
                messages.translate(
                    "Engine",
                    "is damaged: the project's identity is missing",
                    "project_store.identity_missing",
                ).format(),
                str(self.path),
            )
        return identity

    def history(self) -> list[journal.Entry]:
        """Every entry of the project's history, oldest first."""
        try:
            return journal.read(self.connection)
        except InputError as error:
            raise error.in_file(str(self.path)) from None

    def origin(self) -> Flat:
        """The project as its history began, as flat fields."""
        row = self.connection.execute(
            "SELECT body FROM snapshot WHERE key = ?", (ORIGIN,)
        ).fetchone()
        try:
            if row is None:
                raise InputError(
                    "table snapshot",
                    messages.translate(
                        "Engine",
                        "is damaged: the start of the project's history is missing",
                        "project_store.origin_missing",
                    ).format(),
                )
            return flatten(project_to_dict(project_from_dict(unpack(row[0], "table snapshot"))))
        except InputError as error:
            raise error.in_file(str(self.path)) from None

    def set_comment(self, entry_id: str, comment: str) -> None:
        """Say why an edit was made ("per MoF letter of 3 May"), after the fact."""
        self.refuse_read_only()
        text = v.text(comment.strip(), "comment", max_length=journal.MAX_TEXT)
        self.transaction([], lambda c: journal.set_comment(c, entry_id, text))

    def save_version(self, name: str) -> Version:
        """Keep the project as it is now under ``name``."""
        self.refuse_read_only()
        saved: list[Version] = []
        document = project_to_dict(self.project)
        self.transaction(
            [],
            lambda c: saved.append(saved_versions.save(c, name, self.author, document, now_iso())),
        )
        return saved[0]

    def versions(self) -> list[Version]:
        try:
            return saved_versions.listing(self.connection)
        except InputError as error:
            raise error.in_file(str(self.path)) from None

    def version_project(self, reference: str) -> tuple[Version, Project]:
        """A saved version (by number, name or key) and the project it holds."""
        try:
            version = saved_versions.find(saved_versions.listing(self.connection), reference)
            document = saved_versions.document(self.connection, version.key)
            return version, project_from_dict(document)
        except InputError as error:
            raise error.in_file(str(self.path)) from None

    def save_as(self, path: str | Path) -> None:
        """Copy the project to another file (SQLite backup API), atomically."""
        with atomic.replacing(path) as temporary:
            destination = sqlite3.connect(temporary)
            try:
                with destination:
                    self.connection.backup(destination)
            finally:
                destination.close()


# ------------------------------------------------------------ planning edits


def plan(project: Project, command: Command) -> tuple[Project, Command, list[Write]]:
    """The project after ``command``, its inverse, and the SQL that stores it."""
    if isinstance(command, Replace):
        replaced, replace_inverse = entities.replace(project, command)
        stored = replace_inverse.document
        return replaced, replace_inverse, replace_writes(stored, project_to_dict(replaced))
    if isinstance(command, Batch):
        inverses: list[Command] = []
        writes: list[Write] = []
        for part in command.commands:
            project, inverse, part_writes = plan(project, part)
            inverses.append(inverse)
            writes += part_writes
        return project, Batch(tuple(reversed(inverses))), writes
    if isinstance(command, Put):
        if command.kind == FIELD:
            changed, inverse = entities.put(project, command)
            if command.key == "population_rows":
                return changed, inverse, population_writes(command.body)
            return changed, inverse, [field_write(command.key, command.body)]
        changed, put_inverse = entities.put(project, command)
        table = TABLE_OF[command.kind]
        if isinstance(put_inverse, Put):  # it replaced a member (a new one's inverse is Delete)
            return changed, put_inverse, [update(table, command.key, command.body)]
        position = entities.position_of(changed, command.kind, command.key)
        return (
            changed,
            put_inverse,
            [
                (f"UPDATE {table} SET position = position + 1 WHERE position >= ?", (position,)),
                insert(table, command.key, position, command.body),
            ],
        )
    if isinstance(command, Delete):
        if command.kind == FIELD:
            changed, field_inverse = entities.delete(project, command)
            return changed, field_inverse, [field_write(command.key, None)]
        position = entities.position_of(project, command.kind, command.key)
        changed, delete_inverse = entities.delete(project, command)
        table = TABLE_OF[command.kind]
        return (
            changed,
            delete_inverse,
            [
                (f"DELETE FROM {table} WHERE key = ?", (command.key,)),
                (f"UPDATE {table} SET position = position - 1 WHERE position > ?", (position,)),
            ],
        )
    old = entities.position_of(project, command.kind, command.key)
    changed, move_inverse = entities.move(project, command)
    table, new = TABLE_OF[command.kind], command.position
    shift = (
        (
            f"UPDATE {table} SET position = position - 1 WHERE position > ? AND position <= ?",
            (old, new),
        )
        if old < new
        else (
            f"UPDATE {table} SET position = position + 1 WHERE position >= ? AND position < ?",
            (new, old),
        )
    )
    return (
        changed,
        move_inverse,
        [
            shift,
            (f"UPDATE {table} SET position = ? WHERE key = ?", (new, command.key)),
        ],
    )


__all__ = [
    "COLLECTIONS",
    "Move",
    "ProjectLockedError",
    "ProjectReadOnlyError",
    "ProjectStore",
]
