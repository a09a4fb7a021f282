"""The size limit of a project file's cells: text over it is refused, naming the cell,
before it is read into memory (a file from a USB stick may hold a 1 GB "note")."""

from __future__ import annotations

import sqlite3
from operator import itemgetter
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError

MAX_TEXT_BYTES = 16 * 1024 * 1024  # per cell: far above any real note, far below a bomb
MEASURED_AS_READ = "matrix_row"  # its bodies are measured as they are read (check_read_sizes)


def check_read_sizes(connection: sqlite3.Connection, table: str, keyed: list[Any]) -> None:
    """Bodies just read (``keyed``: rows of (position, key, body)) over the size limit are
    refused as :func:`check_sizes` refuses the others (a cell SQLite would not hand
    over raises ``sqlite3.DataError`` in the read, and is named by ``too_big``)."""
    if keyed and max(map(len, map(itemgetter(2), keyed))) > MAX_TEXT_BYTES:
        refuse_oversized(connection, table, "body")


def too_big(connection: sqlite3.Connection, table: str) -> None:
    """SQLite refused to read a cell of ``table`` (over the hard limit): name it."""
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2**31 - 1)  # length() reads the cell
    try:
        refuse_oversized(connection, table, "body")
    finally:
        connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT_BYTES * 2)


def refuse_oversized(connection: sqlite3.Connection, table: str, column: str) -> None:
    key = "seq" if table == "journal" else "key"
    row = connection.execute(
        f"SELECT {key}, length({column}) FROM {table} WHERE length({column}) > ? LIMIT 1",
        (MAX_TEXT_BYTES,),
    ).fetchone()
    if row:
        raise InputError(
            f"table {table}, entry {row[0]!r}",
            messages.translate(
                "Engine",
                "holds {size:.0f} MB of text; the limit is {limit} MB a cell",
                "safety.holds_row_f_mb",
            ).format(size=row[1] / 1e6, limit=MAX_TEXT_BYTES // (1024 * 1024)),
        )
