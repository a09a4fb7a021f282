"""The files SQLite keeps beside a project, seen before SQLite opens anything.

- ``-wal`` / ``-shm``: ABND Studio never uses write-ahead logging, so either one
  beside a project is foreign. It is refused before any connection exists:
  SQLite would otherwise read pages from it (a changed schema version, a
  trigger) and checkpoint it into the project when the connection closes.
- ``-journal``: a rollback journal left by a program that stopped mid-save. SQLite
  restores the file from it on the next open that may write. Opened for editing,
  that recovery runs first and every check then sees the file as SQLite will read
  it. Opened read-only, the project and its journal are copied into a private
  temporary folder, recovered and read there, and the copy is deleted: the
  user's files are not touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.store.safety import harden

WAL_SUFFIXES = ("-wal", "-shm")
UNFINISHED = messages.translate(
    "Engine",
    "was left unfinished by a program that stopped while saving it (a crash, a pulled "
    "USB stick or an empty battery)",
    "sidecars.unfinished",
).format()


def sqlite_path(path: Path) -> Path:
    """The name SQLite opens (and puts its sidecars beside)."""
    return path.resolve()


def refuse_wal(path: Path) -> None:
    """Refuse a project with a write-ahead log beside it, changing nothing."""
    for base in {path, sqlite_path(path)}:
        for suffix in WAL_SUFFIXES:
            sidecar = Path(f"{base}{suffix}")
            if os.path.lexists(sidecar):
                raise InputError(
                    "",
                    messages.translate(
                        "Engine",
                        'has a "{name}" file beside it (a write-ahead log, which ABND Studio '
                        "never makes): it was not opened and nothing was changed; remove that "
                        "file only if you know where it came from",
                        "sidecars.has_name_file_beside",
                    ).format(name=sidecar.name),
                )


def journal_of(path: Path) -> Path | None:
    """The rollback journal beside the project, if one holds anything."""
    journal = Path(f"{sqlite_path(path)}-journal")
    try:
        return journal if journal.stat().st_size > 0 else None
    except OSError:
        return None


def recover(path: Path) -> None:
    """Let SQLite roll back an unfinished save (the caller holds the writer lock)."""
    connection = sqlite3.connect(f"{sqlite_path(path).as_uri()}?mode=rw", uri=True)
    try:
        harden(connection)
        connection.execute("PRAGMA schema_version").fetchone()  # reading restores the file
    except sqlite3.DatabaseError as error:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "{problem}, and could not be repaired ({reason})",
                "sidecars.unfinished_could_repaired_error",
            ).format(problem=UNFINISHED, reason=error),
        ) from None
    finally:
        connection.close()


@contextlib.contextmanager
def private_copy(path: Path, journal: Path | None) -> Iterator[Path]:
    """The project (and its journal, if any) copied into a private folder, recovered there."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="abnd-readonly-"))
    except OSError as error:
        raise _copy_failed(error) from None
    try:
        copy = folder / "project.abnd"
        try:
            shutil.copyfile(path, copy)
            if journal is not None:
                shutil.copyfile(journal, Path(f"{copy}-journal"))
        except OSError as error:
            raise _copy_failed(error) from None
        if journal is not None:
            recover(copy)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_failed(error: OSError) -> InputError:
    return InputError(
        "",
        messages.translate(
            "Engine",
            "{problem}; open it for editing once to repair it (a private copy to "
            "read it from could not be made: {reason})",
            "sidecars.unfinished_open_editing_once",
        ).format(problem=UNFINISHED, reason=error.strerror or error),
    )
