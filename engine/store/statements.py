"""The SQL that stores one edit: rows of the project file's tables from format bodies."""

from __future__ import annotations

import json
from typing import Any

from engine.edits.commands import key_of

POPULATION_COLUMNS = ("year", "sex", "age", "age_group", "value")
Write = tuple[str, tuple[Any, ...]]


def population_writes(rows: list[dict[str, Any]]) -> list[Write]:
    """Replace every population row (positions follow the list)."""
    writes: list[Write] = [("DELETE FROM population_row", ())]
    for position, body in enumerate(rows):
        writes.append(insert("population_row", key_of("population_row", body), position, body))
    return writes


def field_write(key: str, body: Any) -> Write:
    if body is None:
        return ("DELETE FROM project_field WHERE key = ?", (key,))
    return ("INSERT OR REPLACE INTO project_field (key, body) VALUES (?, ?)", (key, dumps(body)))


def dumps(body: Any) -> str:
    return json.dumps(body, ensure_ascii=False, allow_nan=False)


def row_values(body: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(body.get(column) for column in POPULATION_COLUMNS)


def insert(table: str, key: str, position: int, body: Any) -> Write:
    if table == "population_row":
        return (
            "INSERT INTO population_row (key, position, year, sex, age, age_group, value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, position, *row_values(body)),
        )
    return (
        f"INSERT INTO {table} (key, position, body) VALUES (?, ?, ?)",
        (key, position, dumps(body)),
    )


def update(table: str, key: str, body: Any) -> Write:
    if table == "population_row":
        return (
            "UPDATE population_row SET year = ?, sex = ?, age = ?, age_group = ?, value = ? "
            "WHERE key = ?",
            (*row_values(body), key),
        )
    return (f"UPDATE {table} SET body = ? WHERE key = ?", (dumps(body), key))


def document_fields(document: dict[str, Any]) -> dict[str, Any]:
    """The ``project_field`` rows of a JSON document (None: the row is absent)."""
    population = document["population"]
    return {
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


def document_collections(document: dict[str, Any]) -> dict[str, list[Any]]:
    """Each kind of member of a JSON document, in order (a kind's table has its name)."""
    return {
        "population_row": document["population"]["rows"],
        "scenario": document["scenarios"],
        "package": document["packages"],
        "matrix_row": document["matrix"],
        "financing_source": document.get("financing_sources", []),
    }


def replace_writes(old: dict[str, Any], new: dict[str, Any]) -> list[Write]:
    """The SQL turning the stored document ``old`` into ``new``, touching only what differs."""
    writes: list[Write] = []
    old_fields = document_fields(old)
    for key, body in document_fields(new).items():
        if body != old_fields[key]:
            writes.append(field_write(key, body))
    old_items = document_collections(old)
    for kind, items in document_collections(new).items():
        table = kind  # each kind's table has its name
        before = {key_of(kind, body): (i, body) for i, body in enumerate(old_items[kind])}
        after = {key_of(kind, body) for body in items}
        writes += [
            (f"DELETE FROM {table} WHERE key = ?", (key,)) for key in before if key not in after
        ]
        for position, body in enumerate(items):
            key = key_of(kind, body)
            if key not in before:
                writes.append(insert(table, key, position, body))
                continue
            old_position, old_body = before[key]
            if old_body != body:
                writes.append(update(table, key, body))
            if old_position != position:
                writes.append((f"UPDATE {table} SET position = ? WHERE key = ?", (position, key)))
    return writes
