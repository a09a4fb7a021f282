"""Safe open: refuse any file that is not one of ours, damaged, too new, or altered.

Checks run from the cheapest to the costliest, and the first ones read the
file's 100-byte header directly, so a foreign or truncated file is refused
before SQLite parses anything in it. Once open, ``trusted_schema`` is off and
the schema must be exactly ours: no trigger, view or extra table can run.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from engine.domain.errors import InputError
from engine.store.schema import APPLICATION_ID, AUTO_INDEXES, SCHEMA_VERSION, TABLES

HEADER = b"SQLite format 3\x00"
MAX_TEXT_BYTES = 16 * 1024 * 1024  # per cell: far above any real note, far below a bomb
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024


class NewerFileError(InputError):
    """The file was made by a newer ABND Studio (its schema version is above ours)."""


def check_header(path: Path) -> int:
    """Read the header; return the schema version. Refuse foreign or truncated files."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise InputError("", f"cannot be read ({error.strerror or error})") from None
    if size > MAX_FILE_BYTES:
        raise InputError("", f"is {size / 1e9:.1f} GB; the limit for a project is 2 GB")
    if len(header) < 100 or not header.startswith(HEADER):
        raise InputError("", "is not an ABND Studio project (it is not an SQLite database)")
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise InputError(
            "", "is an SQLite database from another application, not an ABND Studio project"
        )
    if header[18] == 2 or header[19] == 2:  # the file format says "WAL mode"
        raise InputError(
            "",
            "uses a write-ahead log (WAL mode), which ABND Studio project files never do; "
            "it was not opened and nothing was changed",
        )
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (pages,) = struct.unpack(">I", header[28:32])
    if page_size < 512 or size % page_size or size < pages * page_size:
        raise InputError("", "is truncated or damaged (it is shorter than its own header says)")
    (version,) = struct.unpack(">I", header[60:64])
    if version > SCHEMA_VERSION:
        raise NewerFileError(
            "",
            f"was made by a newer version of ABND Studio (project file version {version}; "
            f"this version reads up to {SCHEMA_VERSION}); update ABND Studio to open it",
        )
    if version < 1:
        raise InputError("", "is damaged (it has no project file version)")
    return int(version)


def harden(connection: sqlite3.Connection) -> None:
    """Settings that keep anything stored in a file from running code or eating memory."""
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA mmap_size = 0")
    setconfig = getattr(connection, "setconfig", None)
    if setconfig is not None:  # Python 3.12+: SQLite's defensive mode, no triggers or views
        for option, value in (
            ("DEFENSIVE", True),
            ("ENABLE_TRIGGER", False),
            ("ENABLE_VIEW", False),
        ):
            setconfig(getattr(sqlite3, f"SQLITE_DBCONFIG_{option}"), value)
    connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)


def check_schema(connection: sqlite3.Connection) -> None:
    """The schema must be exactly the one this version creates (tables and their indexes)."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    found_tables = set()
    for kind, name, table, sql in rows:
        if kind == "table" and name in TABLES:
            if " ".join(str(sql).split()) != TABLES[name]:
                raise InputError("", f'is altered: table "{name}" is not as ABND Studio made it')
            found_tables.add(name)
        elif kind == "index" and AUTO_INDEXES.get(name) == table and sql is None:
            continue
        else:
            raise InputError(
                "",
                f'holds {"an" if kind[0] in "aeiou" else "a"} {kind} "{name}" that ABND Studio '
                "did not create; it was not opened",
            )
    missing = set(TABLES) - found_tables
    if missing:
        raise InputError("", f'is damaged: table "{sorted(missing)[0]}" is missing')


def check_integrity(connection: sqlite3.Connection) -> None:
    try:
        result = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise InputError("", f"is damaged ({error})") from None
    if result != "ok":
        said = " ".join(str(result).split())
        raise InputError("", f"is damaged (SQLite's check says: {said})")


def check_sizes(connection: sqlite3.Connection) -> None:
    """Refuse cells over the size limit before reading them."""
    columns = {name: ("body",) for name in TABLES} | {
        "population_row": ("sex", "age_group", "value")
    }
    for table, names in columns.items():
        for column in names:
            row = connection.execute(
                f"SELECT key, length({column}) FROM {table} WHERE length({column}) > ? LIMIT 1",
                (MAX_TEXT_BYTES,),
            ).fetchone()
            if row:
                raise InputError(
                    f"table {table}, entry {row[0]!r}",
                    f"holds {row[1] / 1e6:.0f} MB of text; the limit is "
                    f"{MAX_TEXT_BYTES // (1024 * 1024)} MB a cell",
                )
    # From now on SQLite itself refuses anything larger.
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT_BYTES * 2)
