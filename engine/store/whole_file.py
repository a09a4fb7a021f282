"""Whole project files: write a new one, read one as a JSON document, migrate an old one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.commands import FIELDS, key_of
from engine.format import strict_json
from engine.format.keys import FORMAT, FORMAT_VERSION
from engine.format.write import project_to_dict
from engine.runtime import atomic
from engine.store.safety import check_integrity, harden, refuse_code
from engine.store.schema import MIGRATIONS, SCHEMA_VERSION, TABLE_OF, create_schema
from engine.store.statements import dumps, insert


def write_new_file(target: Path, project: Project) -> None:
    """Create a complete project file beside ``target``, then move it into place."""
    document = project_to_dict(project)
    with atomic.replacing(target) as temporary:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("BEGIN")
            create_schema(connection)
            connection.executemany(*_all_writes(document))
            for kind, items in _collections(document).items():
                for position, body in enumerate(items):
                    connection.execute(*insert(TABLE_OF[kind], key_of(kind, body), position, body))
            connection.execute("COMMIT")
        finally:
            connection.close()


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
    rows = [(key, dumps(body)) for key, body in fields.items() if body is not None]
    return "INSERT INTO project_field (key, body) VALUES (?, ?)", rows


def _collections(document: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        "population_row": document["population"]["rows"],
        "scenario": document["scenarios"],
        "package": document["packages"],
        "matrix_row": document["matrix"],
        "financing_source": document.get("financing_sources", []),
    }


def read_document(connection: sqlite3.Connection) -> dict[str, Any]:
    """The project file's content as a JSON document of the current format version."""
    fields: dict[str, Any] = {}
    for key, body in connection.execute("SELECT key, body FROM project_field"):
        if key not in FIELDS:
            raise InputError(
                f"table project_field, entry {key!r}",
                messages.translate(
                    "Engine", "is not a project field", "whole_file.project_field"
                ).format(),
            )
        fields[key] = _loads(body, f"table project_field, entry {key!r}")
    for key in ("name", "country", "years", "population_unit", "economy"):
        if key not in fields:
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "is damaged: the project's {key} is missing",
                    "whole_file.damaged_project_s_key",
                ).format(key=key),
            )
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
    financing = _bodies(connection, "financing_source")
    if financing:
        document["financing_sources"] = financing
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
                f"table population_row, entry {key!r}",
                messages.translate(
                    "Engine",
                    "is damaged: its key does not match it",
                    "whole_file.damaged_its_key_does",
                ).format(),
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
            raise InputError(
                place,
                messages.translate(
                    "Engine",
                    "is damaged: its key does not match its content",
                    "whole_file.damaged_its_key_does_2",
                ).format(),
            )
        bodies.append(item)
    return bodies


def _loads(text: Any, place: str) -> Any:
    """A stored body, decoded as strictly as a JSON file (duplicate keys, depth, constants)."""
    if not isinstance(text, str):
        raise InputError(
            place,
            messages.translate(
                "Engine", "is damaged: it is not text", "whole_file.damaged_text"
            ).format(),
        )
    try:
        return strict_json.loads(text)
    except InputError as error:
        raise InputError(
            place,
            messages.translate(
                "Engine", "is damaged ({message})", "whole_file.damaged_message"
            ).format(message=error.message),
        ) from None


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
        harden(connection)
        check_integrity(connection)
        refuse_code(connection)
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
