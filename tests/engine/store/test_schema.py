"""The project file's schema: what create_schema makes is exactly what safe open accepts,
marked as ours with its version, and every older version has its migration step."""

from __future__ import annotations

import json
import shutil
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
from tests.conftest import DATA


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
    assert set(TABLE_OF) == {
        "population_row",
        "scenario",
        "package",
        "matrix_row",
        "financing_source",
    }
    assert all(version in MIGRATIONS for version in range(1, SCHEMA_VERSION))


def test_the_step_from_version_2_moves_each_envelope_into_a_financing_source(tmp_path) -> None:
    """MIGRATIONS[2] on the version-2 fixture itself: the new table, one source holding the
    envelope, the package financed by it, nothing else touched."""
    path = tmp_path / "v2.abnd"
    shutil.copy(DATA / "schema-v2.abnd", path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        before = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY key").fetchall()
            for table in ("project_field", "population_row", "scenario", "matrix_row")
        }
        MIGRATIONS[2](connection)
        sources = connection.execute("SELECT key, position, body FROM financing_source").fetchall()
        package = connection.execute("SELECT body FROM package WHERE key = 'all'").fetchone()[0]
        after = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY key").fetchall()
            for table in before
        }
    finally:
        connection.close()
    assert [(key, position, json.loads(body)) for key, position, body in sources] == [
        (
            "envelope-all",
            0,
            {
                "id": "envelope-all",
                "name": "Fiscal space envelope: All schemes",
                "kind": "other",
                "unit": "pct_gdp",
                "amount": 1.0,
            },
        )
    ]
    assert json.loads(package) == {
        "id": "all",
        "name": "All schemes",
        "scenarios": ["civil-pension", "old-age-allowance", "child-benefit"],
        "financing": ["envelope-all"],
    }
    assert after == before


def test_the_step_from_version_2_moves_an_envelopes_source_note_and_keeps_the_others(
    tmp_path,
) -> None:
    path = tmp_path / "v2.abnd"
    shutil.copy(DATA / "envelopes-v2.abnd", path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        MIGRATIONS[2](connection)
        notes = connection.execute("SELECT body FROM project_field WHERE key = 'sources'")
        bodies = connection.execute("SELECT body FROM financing_source ORDER BY position")
        assert json.loads(notes.fetchone()[0]) == {"packages.none": "no envelope yet"}
        assert [json.loads(b).get("source") for (b,) in bodies] == ["Budget circular 2024", None]
    finally:
        connection.close()
