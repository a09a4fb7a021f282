"""Opening a project file: the one-writer lock, and a connection whose file passed every
safe-open check, with the project it holds (docs/project-file.md, "Safe open")."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.format.read import project_from_dict
from engine.runtime import collection
from engine.store import sidecars
from engine.store.document import stored_rows
from engine.store.lock import LockUnavailable, WriterLock
from engine.store.safety import check_header, check_integrity, check_schema, check_sizes, harden
from engine.store.schema import SCHEMA_VERSION
from engine.store.stored_matrix import StoredMatrix
from engine.store.whole_file import migrate, read_document


class ProjectLockedError(InputError):
    """The project cannot be opened for editing now; it can be opened read-only."""

    def __init__(self, holder: str = "", message: str = "") -> None:
        super().__init__(
            "",
            message
            or "is open in another ABND Studio"
            + (f" (process {holder})" if holder else "")
            + "; it can be opened read-only",
        )
        self.holder = holder


class ProjectReadOnlyError(ProjectLockedError):
    """No lock can be taken here (a read-only folder or drive, an odd path)."""

    def __init__(self, reason: str) -> None:
        super().__init__("", f"{reason}, so it can only be opened read-only")


def writer_lock(path: Path) -> WriterLock:
    """The one-writer lock, or why the project can only be read here."""
    folder = sidecars.sqlite_path(path).parent
    if not (os.access(folder, os.W_OK) and os.access(path, os.W_OK)):
        raise ProjectReadOnlyError(
            "cannot be written here (the file, its folder or its drive is read-only or "
            "write-protected)"
        )
    lock = WriterLock(path)
    try:
        acquired = lock.acquire()
    except LockUnavailable as error:
        raise ProjectReadOnlyError(
            f"cannot be locked for editing here ({error.strerror or error})"
        ) from None
    if not acquired:
        raise ProjectLockedError()
    return lock


def connect_checked(
    path: Path, read_only: bool, rows_later: bool = False
) -> tuple[sqlite3.Connection, Project]:
    """Header, schema, integrity, sizes, content: a checked connection and its project
    (``rows_later``: the matrix rows as text, see ``ProjectStore.open``)."""
    version = check_header(path)
    if version < SCHEMA_VERSION:
        if read_only:
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "is an older project file; open it for editing to update it",
                    "project_store.older_project_file_open",
                ).format(),
            )
        migrate(path, version, SCHEMA_VERSION)
    mode = "ro" if read_only else "rw"
    uri = f"{sidecars.sqlite_path(path).as_uri()}?mode={mode}"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise InputError(
            "",
            messages.translate(
                "Engine", "cannot be opened ({error})", "project_store.cannot_opened_error"
            ).format(error=error),
        ) from None
    try:
        harden(connection)
        check_schema(connection)
        check_integrity(connection)
        check_sizes(connection)
        with collection.paused():  # many rows, no cycles: engine/runtime/collection.py
            project = project_from_dict(read_document(connection, matrix=not rows_later))
            if rows_later:
                stored = StoredMatrix(stored_rows(connection, "matrix_row"))
                project = dataclasses.replace(project, matrix=stored)
        if not read_only:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as error:
        connection.close()
        if "readonly database" in str(error):  # a save left unfinished meanwhile
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "{problem}; open it for editing to repair it",
                    "project_store.unfinished_open_editing_repair",
                ).format(problem=sidecars.UNFINISHED),
            ) from None
        raise InputError(
            "",
            messages.translate(
                "Engine", "is damaged ({error})", "project_store.damaged_error"
            ).format(error=error),
        ) from None
    except UnicodeDecodeError:
        connection.close()
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is damaged: it holds text that is not valid UTF-8",
                "project_store.damaged_holds_text_valid",
            ).format(),
        ) from None
    except BaseException:
        connection.close()
        raise
    return connection, project
