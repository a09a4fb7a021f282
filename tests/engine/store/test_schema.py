"""The project file's schema: what create_schema makes is exactly what safe open accepts,
marked as ours with its version, and every older version has its migration step."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from engine.store.safety import check_schema
from engine.store.schema import (
    APPLICATION_ID,
    AUTO_INDEXES,
    MIGRATIONS,
    SCHEMA_VERSION,
    TABLE_OF,
    TABLES,
    create_schema,
)


@pytest.fixture
def connection() -> Iterator[sqlite3.Connection]:
    opened = sqlite3.connect(":memory:")
    yield opened
    opened.close()


def test_the_application_id_spells_abnd() -> None:
    assert APPLICATION_ID.to_bytes(4, "big") == b"ABND"


def test_a_new_schema_is_marked_as_ours_with_its_version(connection) -> None:
    create_schema(connection)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_new_schema_holds_exactly_the_tables_and_their_key_indexes(connection) -> None:
    create_schema(connection)
    rows = connection.execute("SELECT type, name, tbl_name FROM sqlite_schema").fetchall()
    assert sorted((kind, name) for kind, name, _ in rows) == sorted(
        [("table", name) for name in TABLES] + [("index", name) for name in AUTO_INDEXES]
    )
    assert {name: table for kind, name, table in rows if kind == "index"} == AUTO_INDEXES
    check_schema(connection)  # what we create, we open


def test_tables_are_strict_and_keyed(connection) -> None:
    create_schema(connection)
    with pytest.raises(sqlite3.Error):  # STRICT: text where an integer belongs is refused
        connection.execute("INSERT INTO scenario (key, position, body) VALUES ('a', 'first', '{}')")
    connection.execute("INSERT INTO scenario (key, position, body) VALUES ('a', 0, '{}')")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO scenario (key, position, body) VALUES ('a', 1, '{}')")


def test_every_entity_kind_has_its_table_and_every_old_version_a_migration() -> None:
    assert set(TABLE_OF.values()) <= set(TABLES)
    assert set(TABLE_OF) == {"population_row", "scenario", "package", "matrix_row"}
    assert all(version in MIGRATIONS for version in range(1, SCHEMA_VERSION))
