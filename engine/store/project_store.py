"""A project open from its ``.abnd`` file: every edit committed before it is acknowledged.

``ProjectStore.apply(command)`` validates the command against the project,
writes it in one SQLite transaction (rollback journal, ``synchronous=FULL``),
and only then updates the in-memory project and returns the inverse command.
If anything fails, file and memory both stay as they were.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits import apply as entities
from engine.edits.commands import (
    COLLECTIONS,
    FIELD,
    FIELDS,
    Batch,
    Command,
    Delete,
    Move,
    Put,
    key_of,
)
from engine.format.keys import FORMAT, FORMAT_VERSION
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.store.lock import WriterLock
from engine.store.safety import check_header, check_integrity, check_schema, check_sizes, harden
from engine.store.schema import MIGRATIONS, SCHEMA_VERSION, TABLE_OF, create_schema

POPULATION_COLUMNS = ("year", "sex", "age", "age_group", "value")
Write = tuple[str, tuple[Any, ...]]


class ProjectLockedError(InputError):
    """Another running ABND Studio has this project open for writing."""

    def __init__(self, holder: str) -> None:
        super().__init__(
            "",
            "is open in another ABND Studio"
            + (f" (process {holder})" if holder else "")
            + "; it can be opened read-only",
        )
        self.holder = holder


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

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> ProjectStore:
        """Open a project file safely; errors name the file and what is wrong."""
        target = Path(path)
        try:
            return cls._open(target, read_only)
        except InputError as error:
            raise error.in_file(str(target)) from None

    @classmethod
    def _open(cls, path: Path, read_only: bool) -> ProjectStore:
        version = check_header(path)
        lock = None
        if not read_only:
            lock = WriterLock(path)
            if not lock.acquire():
                raise ProjectLockedError(lock.holder())
        try:
            if version < SCHEMA_VERSION:
                if read_only:
                    raise InputError(
                        "", "is an older project file; open it for editing to update it"
                    )
                migrate(path, version)
            mode = "ro" if read_only else "rw"
            uri = f"{path.resolve().as_uri()}?mode={mode}"
            connection = sqlite3.connect(uri, uri=True, isolation_level=None)
            try:
                harden(connection)
                check_schema(connection)
                check_integrity(connection)
                check_sizes(connection)
                project = project_from_dict(read_document(connection))
                if not read_only:
                    connection.execute("PRAGMA journal_mode = DELETE")
                    connection.execute("PRAGMA synchronous = FULL")
            except sqlite3.DatabaseError as error:
                connection.close()
                raise InputError("", f"is damaged ({error})") from None
            except BaseException:
                connection.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(path, connection, project, read_only, lock)

    @classmethod
    def create(cls, path: str | Path, project: Project) -> ProjectStore:
        """Write a new project file (atomically: all of it or nothing) and open it."""
        target = Path(path)
        if target.exists():
            raise InputError("", "already exists; choose another name", str(target))
        write_new_file(target, project)
        return cls.open(target)

    def close(self) -> None:
        self.connection.close()
        if self._lock:
            self._lock.release()
            self._lock = None

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

    def apply(self, command: Command) -> Command:
        """Validate, commit and acknowledge one edit; returns its inverse."""
        if self.read_only:
            raise InputError("", "is open read-only; edits are not saved", str(self.path))
        project, inverse, writes = plan(self.project, command)
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            for sql, parameters in writes:
                connection.execute(sql, parameters)
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise InputError(
                "", f"could not be saved ({error}); nothing was changed", str(self.path)
            ) from None
        self.project = project
        return inverse

    def save_as(self, path: str | Path) -> None:
        """Copy the project to another file (SQLite backup API), atomically."""
        target = Path(path)
        temporary = _temporary_beside(target)
        try:
            destination = sqlite3.connect(temporary)
            with destination:
                self.connection.backup(destination)
            destination.close()
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)


# ------------------------------------------------------------ planning edits


def plan(project: Project, command: Command) -> tuple[Project, Command, list[Write]]:
    """The project after ``command``, its inverse, and the SQL that stores it."""
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
                return changed, inverse, _population_writes(command.body)
            return changed, inverse, [_field_write(command.key, command.body)]
        changed, put_inverse = entities.put(project, command)
        table = TABLE_OF[command.kind]
        if isinstance(put_inverse, Put):  # it replaced a member (a new one's inverse is Delete)
            return changed, put_inverse, [_update(table, command.key, command.body)]
        position = entities.position_of(changed, command.kind, command.key)
        return (
            changed,
            put_inverse,
            [
                (f"UPDATE {table} SET position = position + 1 WHERE position >= ?", (position,)),
                _insert(table, command.key, position, command.body),
            ],
        )
    if isinstance(command, Delete):
        if command.kind == FIELD:
            changed, field_inverse = entities.delete(project, command)
            return changed, field_inverse, [_field_write(command.key, None)]
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


def _population_writes(rows: list[dict[str, Any]]) -> list[Write]:
    """Replace every population row (positions follow the list)."""
    writes: list[Write] = [("DELETE FROM population_row", ())]
    for position, body in enumerate(rows):
        writes.append(_insert("population_row", key_of("population_row", body), position, body))
    return writes


def _field_write(key: str, body: Any) -> Write:
    if body is None:
        return ("DELETE FROM project_field WHERE key = ?", (key,))
    return ("INSERT OR REPLACE INTO project_field (key, body) VALUES (?, ?)", (key, _dumps(body)))


def _dumps(body: Any) -> str:
    return json.dumps(body, ensure_ascii=False, allow_nan=False)


def _row_values(body: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(body.get(column) for column in POPULATION_COLUMNS)


def _insert(table: str, key: str, position: int, body: Any) -> Write:
    if table == "population_row":
        return (
            "INSERT INTO population_row (key, position, year, sex, age, age_group, value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, position, *_row_values(body)),
        )
    return (
        f"INSERT INTO {table} (key, position, body) VALUES (?, ?, ?)",
        (key, position, _dumps(body)),
    )


def _update(table: str, key: str, body: Any) -> Write:
    if table == "population_row":
        return (
            "UPDATE population_row SET year = ?, sex = ?, age = ?, age_group = ?, value = ? "
            "WHERE key = ?",
            (*_row_values(body), key),
        )
    return (f"UPDATE {table} SET body = ? WHERE key = ?", (_dumps(body), key))


# ------------------------------------------------------------ whole files


def write_new_file(target: Path, project: Project) -> None:
    """Create a complete project file beside ``target``, then move it into place."""
    document = project_to_dict(project)
    temporary = _temporary_beside(target)
    try:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.execute("BEGIN")
            create_schema(connection)
            connection.executemany(*_all_writes(document))
            for kind, items in _collections(document).items():
                for position, body in enumerate(items):
                    connection.execute(*_insert(TABLE_OF[kind], key_of(kind, body), position, body))
            connection.execute("COMMIT")
        finally:
            connection.close()
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _all_writes(document: dict[str, Any]) -> tuple[str, list[tuple[str, str]]]:
    population = document["population"]
    fields = {
        "name": document["name"],
        "country": document["country"],
        "years": document["years"],
        "population_unit": population["unit"],
        "births": population.get("births"),
        "births_estimate": population.get("births_estimate"),
        "economy": document["economy"],
        "labour": document.get("labour"),
        "sources": document.get("sources"),
        "uncertainty": document.get("uncertainty"),
    }
    rows = [(key, _dumps(body)) for key, body in fields.items() if body is not None]
    return "INSERT INTO project_field (key, body) VALUES (?, ?)", rows


def _collections(document: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        "population_row": document["population"]["rows"],
        "scenario": document["scenarios"],
        "package": document["packages"],
        "matrix_row": document["matrix"],
    }


def read_document(connection: sqlite3.Connection) -> dict[str, Any]:
    """The project file's content as a JSON document of the current format version."""
    fields: dict[str, Any] = {}
    for key, body in connection.execute("SELECT key, body FROM project_field"):
        if key not in FIELDS:
            raise InputError(f"table project_field, entry {key!r}", "is not a project field")
        fields[key] = _loads(body, f"table project_field, entry {key!r}")
    for key in ("name", "country", "years", "population_unit", "economy"):
        if key not in fields:
            raise InputError("", f"is damaged: the project's {key} is missing")
    population: dict[str, Any] = {
        "unit": fields["population_unit"],
        "rows": _population_rows(connection),
    }
    for key in ("births", "births_estimate"):
        if key in fields:
            population[key] = fields[key]
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": fields["name"],
        "country": fields["country"],
        "years": fields["years"],
        "population": population,
        "economy": fields["economy"],
    }
    if "labour" in fields:
        document["labour"] = fields["labour"]
    for kind, json_key in (
        ("scenario", "scenarios"),
        ("package", "packages"),
        ("matrix_row", "matrix"),
    ):
        document[json_key] = _bodies(connection, kind)
    if "sources" in fields:
        document["sources"] = fields["sources"]
    if "uncertainty" in fields:
        document["uncertainty"] = fields["uncertainty"]
    return document


def _population_rows(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = []
    query = "SELECT key, year, sex, age, age_group, value FROM population_row ORDER BY position"
    for key, year, sex, age, group, value in connection.execute(query):
        body: dict[str, Any] = {"year": year, "sex": sex}
        if age is not None:
            body["age"] = age
        else:
            body["age_group"] = group
        body["value"] = value
        if key_of("population_row", body) != key:
            raise InputError(
                f"table population_row, entry {key!r}", "is damaged: its key does not match it"
            )
        rows.append(body)
    return rows


def _bodies(connection: sqlite3.Connection, kind: str) -> list[Any]:
    table = TABLE_OF[kind]
    bodies = []
    for key, body in connection.execute(f"SELECT key, body FROM {table} ORDER BY position"):
        place = f"table {table}, entry {key!r}"
        item = _loads(body, place)
        if key_of(kind, item) != key:
            raise InputError(place, "is damaged: its key does not match its content")
        bodies.append(item)
    return bodies


def _loads(text: str, place: str) -> Any:
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, TypeError):
        raise InputError(place, "is damaged: it is not valid JSON") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def migrate(path: Path, version: int) -> Path:
    """Back the file up beside itself, then run each migration step in its own transaction."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    shutil.copy2(path, backup)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for step in range(version, SCHEMA_VERSION):
            connection.execute("BEGIN IMMEDIATE")
            MIGRATIONS[step](connection)
            connection.execute(f"PRAGMA user_version = {step + 1}")
            connection.execute("COMMIT")
    finally:
        connection.close()
    return backup


def _temporary_beside(target: Path) -> Path:
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or "."
    )
    os.close(handle)
    Path(name).unlink()
    return Path(name)


__all__ = ["COLLECTIONS", "Move", "ProjectLockedError", "ProjectStore"]
