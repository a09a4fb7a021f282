"""Safe open: a file's header is read before SQLite parses anything, the connection is
hardened, and the schema must be exactly ours; each refusal is one sentence."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.store import safety
from engine.store.safety import (
    MAX_FILE_BYTES,
    MAX_TEXT_BYTES,
    NewerFileError,
    check_header,
    check_integrity,
    check_schema,
    check_sizes,
    harden,
)
from engine.store.schema import SCHEMA_VERSION
from tests.conftest import DATA


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "project.abnd"
    shutil.copy(DATA / f"schema-v{SCHEMA_VERSION}.abnd", path)
    return path


@pytest.fixture
def connection(project) -> Iterator[sqlite3.Connection]:
    opened = sqlite3.connect(project, isolation_level=None)
    yield opened
    opened.close()


def refused(call, *args) -> str:
    with pytest.raises(InputError) as raised:
        call(*args)
    return raised.value.message


def set_header_int(path: Path, offset: int, value: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + 4] = struct.pack(">I", value)
    path.write_bytes(bytes(data))


def test_our_file_passes_every_check_and_reports_its_version(project, connection) -> None:
    assert check_header(project) == SCHEMA_VERSION
    harden(connection)
    check_schema(connection)
    check_integrity(connection)
    check_sizes(connection)


def test_a_short_or_foreign_file_is_refused_from_its_header(tmp_path) -> None:
    short = tmp_path / "short.abnd"
    short.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    assert refused(check_header, short) == (
        "is not an ABND Studio project (it is not an SQLite database)"
    )
    assert refused(check_header, tmp_path).startswith("cannot be read (")
    assert refused(check_header, tmp_path / "missing.abnd").startswith("cannot be read (")


def test_version_zero_is_damaged_and_a_newer_version_says_to_update(project) -> None:
    set_header_int(project, 60, 0)
    assert refused(check_header, project) == "is damaged (it has no project file version)"
    newer = SCHEMA_VERSION + 1
    set_header_int(project, 60, newer)
    with pytest.raises(NewerFileError) as raised:
        check_header(project)
    assert raised.value.message == (
        f"was made by a newer version of ABND Studio (project file version {newer}; this "
        f"version reads up to {SCHEMA_VERSION}); update ABND Studio to open it"
    )


def test_a_file_longer_than_2_gb_is_refused_before_reading_it(project) -> None:
    with project.open("r+b") as handle:
        handle.truncate(MAX_FILE_BYTES + 4096)  # sparse: no 2 GB written
    assert refused(check_header, project) == "is 2.1 GB; the limit for a project is 2 GB"


def test_hardening_turns_off_what_a_file_could_use_to_run_code(connection) -> None:
    harden(connection)
    assert connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert connection.execute("PRAGMA cell_size_check").fetchone()[0] == 1
    assert connection.execute("PRAGMA mmap_size").fetchone()[0] == 0
    assert connection.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 0
    with pytest.raises(sqlite3.OperationalError):
        connection.execute("ATTACH DATABASE ':memory:' AS other")


def test_an_altered_or_incomplete_schema_is_refused(connection) -> None:
    connection.execute("CREATE INDEX by_position ON scenario (position)")
    message = refused(check_schema, connection)
    assert 'did not create (index "by_position"); it was not opened' in message
    connection.execute("DROP INDEX by_position")
    connection.execute("ALTER TABLE scenario ADD COLUMN extra TEXT")
    assert refused(check_schema, connection) == (
        'is altered: table "scenario" is not as ABND Studio made it'
    )


def test_a_missing_table_is_named(tmp_path) -> None:
    connection = sqlite3.connect(tmp_path / "p.abnd")
    try:
        for name, statement in safety.TABLES.items():
            if name != "package":
                connection.execute(statement)
        assert refused(check_schema, connection) == 'is damaged: table "package" is missing'
    finally:
        connection.close()


def test_a_cell_over_the_size_limit_is_named_before_it_is_read(connection) -> None:
    connection.execute(
        "UPDATE scenario SET body = ? WHERE rowid = (SELECT min(rowid) FROM scenario)",
        ("x" * (MAX_TEXT_BYTES + 1),),
    )
    (key,) = connection.execute(
        "SELECT key FROM scenario WHERE rowid = (SELECT min(rowid) FROM scenario)"
    ).fetchone()
    with pytest.raises(InputError) as raised:
        check_sizes(connection)
    assert raised.value.path == f"table scenario, entry {key!r}"
    assert raised.value.message == "holds 17 MB of text; the limit is 16 MB a cell"


def test_a_history_entry_over_the_size_limit_is_named_by_its_number(connection) -> None:
    connection.execute("UPDATE journal SET author = ? WHERE seq = 2", ("x" * (MAX_TEXT_BYTES + 1),))
    with pytest.raises(InputError) as raised:
        check_sizes(connection)
    assert raised.value.path == "table journal, entry 2"


def test_after_the_size_check_sqlite_refuses_larger_values_itself(connection) -> None:
    check_sizes(connection)
    assert connection.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == 2 * MAX_TEXT_BYTES
    with pytest.raises(sqlite3.DataError):
        connection.execute("SELECT ?", ("x" * (2 * MAX_TEXT_BYTES + 1),))


def test_integrity_damage_is_reported_in_sqlites_words(project) -> None:
    data = bytearray(project.read_bytes())
    (page_size,) = struct.unpack(">H", data[16:18])
    for offset in range(page_size, page_size + 12):  # the b-tree header of page 2
        data[offset] ^= 0xFF
    project.write_bytes(bytes(data))
    connection = sqlite3.connect(project)
    try:
        assert refused(check_integrity, connection).startswith("is damaged (")
    finally:
        connection.close()


def test_an_added_index_is_named_in_good_english(connection) -> None:
    connection.execute("CREATE INDEX extra ON scenario (position)")
    with pytest.raises(InputError) as refused:
        check_schema(connection)
    assert refused.value.message.startswith(
        'holds something ABND Studio did not create (index "extra")'
    )
