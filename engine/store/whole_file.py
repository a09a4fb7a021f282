"""Whole project files: write a new one, read one as a JSON document, migrate an old one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.commands import key_of
from engine.format.write import project_to_dict
from engine.runtime import atomic
from engine.store.document import read_document
from engine.store.safety import check_integrity, check_schema, harden, refuse_code
from engine.store.schema import (
    MIGRATIONS,
    OLDER_TABLES,
    SCHEMA_VERSION,
    TABLE_OF,
    create_schema,
    write_identity,
)
from engine.store.statements import document_collections, document_fields, field_write, insert

__all__ = ["migrate", "read_document", "write_new_file"]


def write_new_file(target: Path, project: Project, now: str | None = None) -> None:
    """Create a complete project file beside ``target``, then move it into place: its
    identity and its origin (the start of its history) come from its content."""
    document = project_to_dict(project)
    with atomic.replacing(target) as temporary:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("BEGIN")
            create_schema(connection)
            for key, body in document_fields(document).items():
                if body is not None:
                    connection.execute(*field_write(key, body))
            for kind, items in document_collections(document).items():
                for position, body in enumerate(items):
                    connection.execute(*insert(TABLE_OF[kind], key_of(kind, body), position, body))
            write_identity(connection, document, now)
            connection.execute("COMMIT")
        finally:
            connection.close()


def migrate(path: Path, version: int, target: int = SCHEMA_VERSION) -> Path:
    """Back the file up beside itself, then run each migration step in its own transaction.

    The file is checked first (SQLite's quick check; no trigger or view may run), and a
    step that meets damage rolls back and says so in one line: the backup keeps the
    original either way."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    with path.open("rb") as source:  # the backup is whole or absent, like every file we write
        atomic.write_with(backup, lambda target: shutil.copyfileobj(source, target))
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # Nothing runs on a file before it is known to be ours and whole: no trigger or
        # view, no foreign table, no damaged page (a step left unfinished rolls back).
        harden(connection)
        refuse_code(connection)
        check_schema(connection, required=OLDER_TABLES)
        check_integrity(connection)
        for step in range(version, target):
            connection.execute("BEGIN IMMEDIATE")
            MIGRATIONS[step](connection)
            connection.execute(f"PRAGMA user_version = {step + 1}")
            connection.execute("COMMIT")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        with contextlib.suppress(sqlite3.Error):  # a file this damaged may refuse that too
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is damaged: it could not be brought up to date ({error})",
                "whole_file.migration_damaged",
            ).format(error=error),
        ) from None
    finally:
        connection.close()
    return backup
