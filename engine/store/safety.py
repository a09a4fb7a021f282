"""Safe open: refuse any file that is not one of ours, damaged, too new, or altered.

Checks run from the cheapest to the costliest, and the first ones read the
file's 100-byte header directly, so a foreign or truncated file is refused
before SQLite parses anything in it. Once open, ``trusted_schema`` is off and
the schema must be exactly ours: no trigger, view or extra table can run.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Collection
from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.store.schema import APPLICATION_ID, AUTO_INDEXES, SCHEMA_VERSION, TABLES
from engine.store.sizes import MAX_TEXT_BYTES, MEASURED_AS_READ, refuse_oversized

HEADER = b"SQLite format 3\x00"
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
        raise InputError(
            "",
            messages.translate(
                "Engine", "cannot be read ({reason})", "safety.cannot_read_value"
            ).format(reason=error.strerror or error),
        ) from None
    if size > MAX_FILE_BYTES:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is {size:.1f} GB; the limit for a project is 2 GB",
                "safety.size_f_gb_limit",
            ).format(size=size / 1e9),
        )
    if len(header) < 100 or not header.startswith(HEADER):
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is not an ABND Studio project (it is not an SQLite database)",
                "safety.abnd_studio_project_sqlite",
            ).format(),
        )
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is an SQLite database from another application, not an ABND Studio project",
                "safety.sqlite_database_from_another",
            ).format(),
        )
    if header[18] == 2 or header[19] == 2:  # the file format says "WAL mode"
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "uses a write-ahead log (WAL mode), which ABND Studio project files "
                "never do; it was not opened and nothing was changed",
                "safety.uses_write_ahead_log",
            ).format(),
        )
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (pages,) = struct.unpack(">I", header[28:32])
    if page_size < 512 or size % page_size or size < pages * page_size:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is truncated or damaged (it is shorter than its own header says)",
                "safety.truncated_damaged_shorter_than",
            ).format(),
        )
    (version,) = struct.unpack(">I", header[60:64])
    if version > SCHEMA_VERSION:
        raise NewerFileError(
            "",
            messages.translate(
                "Engine",
                "was made by a newer version of ABND Studio (project file version "
                "{version}; this version reads up to {readable}); update ABND "
                "Studio to open it",
                "safety.was_made_newer_version",
            ).format(version=version, readable=SCHEMA_VERSION),
        )
    if version < 1:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is damaged (it has no project file version)",
                "safety.damaged_has_no_project",
            ).format(),
        )
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


def refuse_code(connection: sqlite3.Connection) -> None:
    """No trigger or view may run while an older file is migrated (before its schema can be
    compared with ours): refuse the file, naming the first one."""
    found = connection.execute(
        "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view') LIMIT 1"
    ).fetchone()
    if found is not None:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                'holds something ABND Studio did not create ({kind} "{name}"); it was not opened',
                "safety.foreign_schema_object",
            ).format(kind=found[0], name=found[1]),
        )


def check_schema(connection: sqlite3.Connection, required: Collection[str] | None = None) -> None:
    """The schema must be exactly the one this version creates (tables and their indexes);
    ``required``: the tables that must be there (an older file, before it is migrated,
    holds only some of them, each as this version makes it)."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    found_tables = set()
    for kind, name, table, sql in rows:
        if kind == "table" and name in TABLES:
            if " ".join(str(sql).split()) != TABLES[name]:
                raise InputError(
                    "",
                    messages.translate(
                        "Engine",
                        'is altered: table "{name}" is not as ABND Studio made it',
                        "safety.altered_table_name_abnd",
                    ).format(name=name),
                )
            found_tables.add(name)
        elif kind == "index" and AUTO_INDEXES.get(name) == table and sql is None:
            continue
        else:
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    'holds something ABND Studio did not create ({kind} "{name}"); it was not '
                    "opened",
                    "safety.foreign_schema_object",
                ).format(kind=kind, name=name),
            )
    missing = set(TABLES if required is None else required) - found_tables
    if missing:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                'is damaged: table "{missing}" is missing',
                "safety.damaged_table_missing_missing",
            ).format(missing=sorted(missing)[0]),
        )


def check_integrity(connection: sqlite3.Connection) -> None:
    try:
        result = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise InputError(
            "",
            messages.translate("Engine", "is damaged ({error})", "safety.damaged_error").format(
                error=error
            ),
        ) from None
    if result != "ok":
        said = " ".join(str(result).split())
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is damaged (SQLite's check says: {said})",
                "safety.damaged_sqlite_s_check",
            ).format(said=said),
        )


def check_sizes(connection: sqlite3.Connection) -> None:
    """Refuse cells over the size limit before reading them.

    The matrix rows' bodies, by far the most cells, are measured as they are read
    (:func:`check_read_sizes`): SQLite refuses any over the hard limit set here
    before it reaches memory, and the reader refuses those over the limit, in the
    same words. Scanning them here too would cost a tenth of opening 50,000 rows.
    """
    columns = {name: ("body",) for name in TABLES if name != MEASURED_AS_READ} | {
        "population_row": ("sex", "age_group", "value"),
        "journal": ("id", "time", "author", "body"),
    }
    for table, names in columns.items():
        for column in names:
            refuse_oversized(connection, table, column)
    # From now on SQLite itself refuses anything larger.
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT_BYTES * 2)
