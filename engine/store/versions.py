"""Named versions inside a project file: "Validated at the national workshop, 12 September".

Saving a version keeps a snapshot of the whole project (compressed) under a
name, with its time and author. Any version can be read back as a project:
opened read-only, compared with now, exported. A version is referred to by its
number (1, 2, ... in the order they were saved), its name, or its key.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.format import strict_json
from engine.format import validate as v
from engine.store.snapshots import pack, unpack

MAX_NAME = 500


@dataclass(frozen=True)
class Version:
    key: str
    number: int
    name: str
    time: str
    author: str


def save(
    connection: sqlite3.Connection, name: str, author: str, document: dict[str, Any], now: str
) -> Version:
    """Keep ``document`` as a version named ``name`` (inside the caller's transaction)."""
    name = v.text(name.strip(), "name", max_length=MAX_NAME, non_empty=True)
    taken = {key for (key,) in connection.execute("SELECT key FROM version")}
    key = secrets.token_hex(6)
    while key in taken:
        key = secrets.token_hex(6)
    (position,) = connection.execute("SELECT COUNT(*) FROM version").fetchone()
    body = {"name": name, "time": now, "author": author}
    connection.execute(
        "INSERT INTO version (key, position, body) VALUES (?, ?, ?)",
        (key, position, json.dumps(body, ensure_ascii=False)),
    )
    connection.execute("INSERT INTO snapshot (key, body) VALUES (?, ?)", (key, pack(document)))
    return Version(key, position + 1, name, now, author)


def listing(connection: sqlite3.Connection) -> list[Version]:
    """Every version, in the order they were saved."""
    versions = []
    rows = connection.execute("SELECT key, body FROM version ORDER BY position").fetchall()
    for number, (key, body) in enumerate(rows, start=1):
        place = f"table version, entry {key!r}"
        try:
            data = strict_json.loads(body) if isinstance(body, str) else None
        except InputError:
            data = None
        if not isinstance(data, dict) or not all(
            isinstance(data.get(k), str) for k in ("name", "time", "author")
        ):
            raise InputError(
                place,
                messages.translate(
                    "Engine", "is damaged: it is not a saved version", "versions.damaged"
                ).format(),
            )
        versions.append(Version(str(key), number, data["name"], data["time"], data["author"]))
    return versions


def find(versions: list[Version], reference: str) -> Version:
    """The version ``reference`` names: its number, its key, or its name."""
    for version in versions:
        if reference in (str(version.number), version.key, version.name):
            return version
    shown = ", ".join(f"{v.number} ({v.name})" for v in versions[:10]) or "none yet"
    raise InputError(
        "",
        messages.translate(
            "Engine",
            'has no version "{reference}" (its versions: {shown})',
            "versions.no_such_version",
        ).format(reference=reference, shown=shown),
    )


def document(connection: sqlite3.Connection, key: str) -> dict[str, Any]:
    row = connection.execute("SELECT body FROM snapshot WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise InputError(
            f"table snapshot, entry {key!r}",
            messages.translate(
                "Engine", "is missing: the version cannot be read", "versions.snapshot_missing"
            ).format(),
        )
    return unpack(row[0], f"table snapshot, entry {key!r}")


def copy_missing(source: sqlite3.Connection, target: sqlite3.Connection) -> int:
    """The versions of ``source`` that ``target`` lacks, added after its own (a merge)."""
    have = {key for (key,) in target.execute("SELECT key FROM version")}
    (position,) = target.execute("SELECT COUNT(*) FROM version").fetchone()
    added = 0
    for key, body in source.execute("SELECT key, body FROM version ORDER BY position"):
        if key in have:
            continue
        snapshot = source.execute("SELECT body FROM snapshot WHERE key = ?", (key,)).fetchone()
        if snapshot is None:
            continue
        target.execute(
            "INSERT INTO version (key, position, body) VALUES (?, ?, ?)",
            (key, position + added, body),
        )
        target.execute(
            "INSERT OR REPLACE INTO snapshot (key, body) VALUES (?, ?)", (key, snapshot[0])
        )
        added += 1
    return added
