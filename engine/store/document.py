"""A project file's tables read back as a JSON document (the current format version)."""

from __future__ import annotations

import sqlite3
from operator import itemgetter
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.edits.commands import FIELDS, key_of
from engine.format import strict_json
from engine.format.keys import FORMAT, FORMAT_VERSION
from engine.store.sizes import check_read_sizes, too_big

# Each kind of member lives in the table of its name (engine.store.schema.TABLE_OF).
TABLE_OF = {
    kind: kind
    for kind in ("population_row", "scenario", "package", "matrix_row", "financing_source")
}


def read_document(connection: sqlite3.Connection, *, matrix: bool = True) -> dict[str, Any]:
    """The project file's content as a JSON document of the current format version
    (``matrix=False``: without the matrix rows, which :func:`stored_rows` reads as text)."""
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
    document["scenarios"] = _bodies(connection, "scenario")
    document["packages"] = _bodies(connection, "package")
    document["matrix"] = _bodies(connection, "matrix_row") if matrix else []
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
    return [decode_body(kind, key, body) for _, key, body in stored_rows(connection, kind)]


def stored_rows(connection: sqlite3.Connection, kind: str) -> list[tuple[int, str, str]]:
    """Each member's position, key and stored JSON text, in the project's order."""
    table = TABLE_OF[kind]
    # Sorted here rather than by SQLite: no index on position, and sorting 50,000 rows in
    # a temporary B-tree takes longer than reading them in storage order and sorting ints.
    try:
        rows = connection.execute(f"SELECT position, key, body FROM {table}").fetchall()
    except sqlite3.DataError:  # a cell over SQLite's hard limit: which one, and how big
        too_big(connection, table)
        raise
    check_read_sizes(connection, table, rows)
    rows.sort(key=itemgetter(0))
    return rows


def decode_body(kind: str, key: str, body: Any) -> Any:
    """A stored member's JSON, decoded strictly and checked against its key."""
    place = f"table {TABLE_OF[kind]}, entry {key!r}"
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
    return item


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
