"""The SQL that stores one edit: rows of the project file's tables from format v1 bodies."""

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
