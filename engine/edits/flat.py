"""A project document as flat fields: the unit of history, merge and compare.

A *field path* is a tuple of strings naming one value of the JSON document:

- ``("name",)``; ``("country", "iso3")``; ``("years", "base")``;
  ``("population", "unit" | "births" | "births_estimate")``;
- ``("population", "rows", "2025|female|3")``: one population row's body;
- ``("economy" | "labour" | "sources" | "uncertainty", KEY)``: one key of that section;
- ``("scenarios" | "packages" | "matrix" | "financing_sources", ID, KEY)``: one key of
  an entity's body;
- ``("matrix", ID, "comments", COMMENT_ID)``: one consultation comment's body.

An entity exists when its ``id`` field does. The order of the scenarios, packages,
matrix rows and population rows is kept apart, in :attr:`Flat.orders`, and an order
change is written as a change of the path ``(COLLECTION,)``.

Paths are written for people with dots, and a segment that holds a dot or a bracket
in brackets: ``scenarios.child-benefit.admin_rate``, ``sources.[economy.cpi_inflation]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.edits.commands import key_of
from engine.format.keys import FORMAT, FORMAT_VERSION

Path = tuple[str, ...]
ENTITY_COLLECTIONS = ("scenarios", "packages", "matrix", "financing_sources")
SECTIONS = ("economy", "labour", "sources", "uncertainty")  # dicts flattened key by key
POPULATION_FIELDS = ("unit", "births", "births_estimate")
ROWS = "population"  # the orders key of the population rows
# Kinds of the edit commands -> the collection their members live in.
COLLECTION_OF_KIND = {
    "scenario": "scenarios",
    "package": "packages",
    "matrix_row": "matrix",
    "financing_source": "financing_sources",
}
KIND_OF_COLLECTION = {collection: kind for kind, collection in COLLECTION_OF_KIND.items()}


@dataclass
class Flat:
    """Every value of a project by its path, and the order of each collection."""

    fields: dict[Path, Any] = field(default_factory=dict)
    orders: dict[str, list[str]] = field(default_factory=dict)


def flatten(document: dict[str, Any]) -> Flat:
    """The flat fields of a JSON project document (any version the reader accepts)."""
    flat = Flat()
    fields = flat.fields
    fields[("name",)] = document["name"]
    for section in ("country", "years"):
        for key, value in document[section].items():
            fields[(section, key)] = value
    population = document["population"]
    for key in POPULATION_FIELDS:
        if key in population:
            fields[("population", key)] = population[key]
    rows: list[str] = []
    for body in population["rows"]:
        key = key_of("population_row", body)
        fields[("population", "rows", key)] = body
        rows.append(key)
    flat.orders[ROWS] = rows
    for section in SECTIONS:
        for key, value in (document.get(section) or {}).items():
            fields[(section, key)] = value
    for collection in ENTITY_COLLECTIONS:
        ids: list[str] = []
        for body in document.get(collection, []):
            entity_id = str(body["id"])
            fields.update(entity_fields(collection, entity_id, body))
            ids.append(entity_id)
        flat.orders[collection] = ids
    return flat


def entity_fields(collection: str, entity_id: str, body: dict[str, Any]) -> dict[Path, Any]:
    """The flat fields of one scenario, package or matrix row (comments one by one)."""
    result: dict[Path, Any] = {}
    for key, value in body.items():
        if collection == "matrix" and key == "comments":
            for comment in value:
                result[(collection, entity_id, "comments", str(comment["id"]))] = comment
        else:
            result[(collection, entity_id, key)] = value
    return result


def unflatten(flat: Flat) -> dict[str, Any]:
    """The JSON document of flat fields (the current format version)."""
    fields = flat.fields
    document: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    document["name"] = fields.get(("name",), "")
    sections: dict[str, dict[str, Any]] = {}
    rows: dict[str, Any] = {}
    entities: dict[str, dict[str, dict[str, Any]]] = {c: {} for c in ENTITY_COLLECTIONS}
    for path, value in fields.items():
        head = path[0]
        if head == "population" and len(path) == 3:
            rows[path[2]] = value
        elif head in ENTITY_COLLECTIONS and len(path) >= 3:
            body = entities[head].setdefault(path[1], {})
            if len(path) == 4:
                body.setdefault("comments", []).append(value)
            else:
                body[path[2]] = value
        elif len(path) == 2:
            sections.setdefault(head, {})[path[1]] = value
    document["country"] = sections.get("country", {})
    document["years"] = sections.get("years", {})
    population = dict(sections.get("population", {}))
    population["rows"] = [rows[key] for key in _ordered(flat.orders.get(ROWS, []), rows)]
    document["population"] = {"unit": population.pop("unit", None), **population}
    document["economy"] = sections.get("economy", {})
    if "labour" in sections:
        document["labour"] = sections["labour"]
    for collection in ENTITY_COLLECTIONS:
        bodies = entities[collection]
        listed = [
            bodies[entity_id]
            for entity_id in _ordered(flat.orders.get(collection, []), bodies)
            if "id" in bodies[entity_id]
        ]
        if listed or collection != "financing_sources":  # written only when there are some
            document[collection] = listed
    for section in ("sources", "uncertainty"):
        if section in sections:
            document[section] = sections[section]
    return document


def _ordered(order: list[str], present: dict[str, Any]) -> list[str]:
    """``order`` restricted to what is present, then anything present it does not name."""
    listed = [key for key in order if key in present]
    seen = set(listed)
    return listed + [key for key in present if key not in seen]


# ------------------------------------------------------------------ paths as text

_PLAIN_SEGMENT = re.compile(r"[^.\[\]\s]+")


def path_text(path: Path) -> str:
    """``scenarios.child-benefit.admin_rate``; a segment with a dot in brackets."""
    return ".".join(
        segment if _PLAIN_SEGMENT.fullmatch(segment) else f"[{segment}]" for segment in path
    )


def parse_path(text: str) -> Path:
    """The segments of a path written with dots (and brackets around a segment with dots)."""
    segments: list[str] = []
    i, length = 0, len(text)
    while i < length:
        if text[i] == "[":
            end = text.find("]", i + 1)
            if end < 0:
                raise _bad_path(text)
            segments.append(text[i + 1 : end])
            i = end + 1
        else:
            end = text.find(".", i)
            end = length if end < 0 else end
            segments.append(text[i:end])
            i = end
        if i < length:
            if text[i] != ".":
                raise _bad_path(text)
            i += 1
            if i == length:
                raise _bad_path(text)
    if not segments or any(not s or "[" in s or "]" in s for s in segments):
        raise _bad_path(text)
    return tuple(segments)


def _bad_path(text: str) -> InputError:
    return InputError(
        "",
        messages.translate(
            "Engine",
            '"{text}" is not a path: write its parts with dots, e.g. '
            "scenarios.child-benefit.admin_rate",
            "flat.not_a_path",
        ).format(text=text),
    )
