"""Edits as command objects (no Qt): each applies to a project and has an inverse.

A project is made of *entities*: ordered collections (population rows,
scenarios, packages, matrix rows, financing sources), each member with a stable key, and single
fields (name, country, years, economy, ...). Every edit is one of three
primitives, or a batch of them applied atomically:

- ``Put``: insert or replace one entity (its JSON body, as in the JSON format);
- ``Delete``: remove one member of a collection (or an optional field);
- ``Move``: move one member of a collection to another position;
- ``Replace``: the whole content at once (a merge of another copy, a version restored),
  validated as a whole document.

``ProjectStore.apply`` validates a command, commits it to the project file in
its own transaction, and returns the inverse command, which undo applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

COLLECTIONS: dict[str, str] = {
    # kind -> the JSON path of the list it lives in
    "population_row": "population.rows",
    "scenario": "scenarios",
    "package": "packages",
    "matrix_row": "matrix",
    "financing_source": "financing_sources",
}
FIELDS: tuple[str, ...] = (
    "name",
    "country",
    "years",
    "population_unit",
    "population_rows",  # every population row at once (an import): one write, one undo
    "births",
    "births_estimate",
    "economy",
    "labour",
    "sources",
    "uncertainty",
)
OPTIONAL_FIELDS: tuple[str, ...] = ("births", "births_estimate", "labour", "sources", "uncertainty")
FIELD = "field"  # the kind of single project fields


@dataclass(frozen=True)
class Put:
    """Set entity ``key`` of ``kind`` to ``body``; a new member goes at ``position`` (or last)."""

    kind: str
    key: str
    body: Any
    position: int | None = None


@dataclass(frozen=True)
class Delete:
    kind: str
    key: str


@dataclass(frozen=True)
class Move:
    kind: str
    key: str
    position: int


@dataclass(frozen=True)
class Batch:
    """Several commands applied as one: all or nothing, undone as one."""

    commands: tuple[Command, ...]


@dataclass(frozen=True, eq=False)
class Replace:
    """The whole project replaced by ``document`` (a JSON document, validated whole)."""

    document: dict[str, Any]


Command = Put | Delete | Move | Batch | Replace


def population_key(body: dict[str, Any]) -> str:
    """The stable key of a population row: year, sex and age or age group."""
    age = body.get("age", body.get("age_group"))
    return f"{body.get('year')}|{body.get('sex')}|{age}"


def key_of(kind: str, body: Any) -> str:
    """The key an entity's body gives itself."""
    if kind == "population_row":
        return population_key(body)
    if isinstance(body, dict) and isinstance(body.get("id"), str):
        return str(body["id"])
    return ""
