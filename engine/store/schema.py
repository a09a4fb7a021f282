"""The project file's SQLite schema, its version, and step-by-step migrations."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from engine.domain.errors import InputError
from engine.format import strict_json
from engine.format.upgrade import envelopes_to_sources
from engine.store.document import TABLE_OF as DOCUMENT_TABLES
from engine.store.document import read_document
from engine.store.snapshots import identity_of, now_iso, pack

APPLICATION_ID = 0x41424E44  # "ABND": marks the file as an ABND Studio project
SCHEMA_VERSION = 3

# Each statement is compared word for word with what a file holds (safe open).
TABLES: dict[str, str] = {
    "project_field": (
        "CREATE TABLE project_field (key TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT"
    ),
    "population_row": (
        "CREATE TABLE population_row (key TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "year INTEGER NOT NULL, sex TEXT NOT NULL, age INTEGER, age_group TEXT, "
        "value ANY NOT NULL) STRICT"
    ),
    "scenario": (
        "CREATE TABLE scenario (key TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "body TEXT NOT NULL) STRICT"
    ),
    "package": (
        "CREATE TABLE package (key TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "body TEXT NOT NULL) STRICT"
    ),
    "matrix_row": (
        "CREATE TABLE matrix_row (key TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "body TEXT NOT NULL) STRICT"
    ),
    "financing_source": (
        "CREATE TABLE financing_source (key TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "body TEXT NOT NULL) STRICT"
    ),
}
# Version 3: the project's identity, its history (the journal of every edit), its origin
# and saved versions (compressed snapshots), and the versions' names.
HISTORY_TABLES: dict[str, str] = {
    "project_meta": ("CREATE TABLE project_meta (key TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT"),
    "journal": (
        "CREATE TABLE journal (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, time TEXT NOT NULL, "
        "author TEXT NOT NULL, body TEXT NOT NULL) STRICT"
    ),
    "snapshot": "CREATE TABLE snapshot (key TEXT PRIMARY KEY, body BLOB NOT NULL) STRICT",
    "version": (
        "CREATE TABLE version (key TEXT PRIMARY KEY, position INTEGER NOT NULL, "
        "body TEXT NOT NULL) STRICT"
    ),
}
TABLES.update(HISTORY_TABLES)
# SQLite's own indexes for the TEXT primary keys: expected, and nothing else.
AUTO_INDEXES = {
    f"sqlite_autoindex_{table}_1": table
    for table, statement in TABLES.items()
    if "key TEXT PRIMARY KEY" in statement
}
ORIGIN = "origin"  # the snapshot a project's history starts from
# kind of entity -> table (population rows have typed columns, the rest JSON bodies)
TABLE_OF = DOCUMENT_TABLES

# The tables of a version-1 or version-2 file (checked before it is migrated).
OLDER_TABLES = ("project_field", "population_row", "scenario", "package", "matrix_row")

Migration = Callable[[sqlite3.Connection], None]


def _version_1_to_2(connection: sqlite3.Connection) -> None:
    """Version 2 holds format version 2 (tiers, covered_by, start_month, fiscal years,
    births estimates). A version-1 body is a valid version-2 body with one exception:
    without births, version 1 meant "the population aged 0", which version 2 says with
    ``births_estimate`` (its default is a better estimate). Tables are unchanged."""
    connection.execute(
        "INSERT INTO project_field (key, body) SELECT 'births_estimate', '\"aged_0\"' "
        "WHERE NOT EXISTS (SELECT 1 FROM project_field WHERE key IN ('births', 'births_estimate'))"
    )


def _version_2_to_3(connection: sqlite3.Connection) -> None:
    """Version 3 holds format version 3 and the history.

    Financing sources get their own table, and a package's ``financing`` (the ids of its
    sources) replaces its envelope: each package's envelope becomes one source
    (``engine.format.upgrade``, the same step a version-2 JSON file goes through), with
    the envelope's source note. Then the history: the project's identity, the journal of
    edits, its origin and saved versions. The migrated content becomes the origin, and
    its identity a digest of it, so copies of one version-2 file updated separately
    still know each other (and can be merged)."""
    _envelopes_to_sources(connection)
    for statement in HISTORY_TABLES.values():
        connection.execute(statement)
    write_identity(connection, read_document(connection), now_iso())


def _envelopes_to_sources(connection: sqlite3.Connection) -> None:
    connection.execute(TABLES["financing_source"])
    rows = connection.execute("SELECT key, body FROM package ORDER BY position").fetchall()
    note_row = connection.execute("SELECT body FROM project_field WHERE key = 'sources'").fetchone()
    bodies = [_loads(body) for _, body in rows]
    notes = None if note_row is None else _loads(note_row[0])
    packages, moved, financing = envelopes_to_sources(bodies, notes)
    for (key, _), before, after in zip(rows, bodies, packages, strict=True):
        if after is not before:
            connection.execute("UPDATE package SET body = ? WHERE key = ?", (_dumps(after), key))
    for position, source in enumerate(financing):
        connection.execute(
            "INSERT INTO financing_source (key, position, body) VALUES (?, ?, ?)",
            (source["id"], position, _dumps(source)),
        )
    if note_row is not None and moved != notes:
        if moved is None:
            connection.execute("DELETE FROM project_field WHERE key = 'sources'")
        else:
            connection.execute(
                "UPDATE project_field SET body = ? WHERE key = 'sources'", (_dumps(moved),)
            )


def _loads(body: object) -> object:
    """A stored body for the migration; anything unreadable is left for safe open to name."""
    try:
        return strict_json.loads(body) if isinstance(body, str) else body
    except InputError:
        return body


def _dumps(body: object) -> str:
    return json.dumps(body, ensure_ascii=False, allow_nan=False)


# MIGRATIONS[n] turns a version-n file into version n + 1 (run inside one transaction).
MIGRATIONS: dict[int, Migration] = {1: _version_1_to_2, 2: _version_2_to_3}


def create_schema(connection: sqlite3.Connection) -> None:
    for statement in TABLES.values():
        connection.execute(statement)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def write_identity(
    connection: sqlite3.Connection, document: dict[str, Any], now: str | None
) -> None:
    """The project's identity (a digest of ``document``) and ``document`` as its origin."""
    identity = {"project_id": identity_of(document), "created": now or now_iso()}
    connection.execute(
        "INSERT INTO project_meta (key, body) VALUES ('identity', ?)",
        (json.dumps(identity),),
    )
    connection.execute("INSERT INTO snapshot (key, body) VALUES (?, ?)", (ORIGIN, pack(document)))
