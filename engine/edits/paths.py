"""Reading and setting one value of a project by its path (the ``get`` and ``set`` commands).

A path names a value by ids, with dots: ``economy.poverty_line_monthly``,
``scenarios.child-benefit.admin_rate``, ``scenarios.child-benefit.benefit.percent``,
``matrix.m3.recommendation``, ``packages.high.scenarios``, ``population.rows.2025|female|3``,
``sources.[economy.cpi_inflation]`` (a segment holding a dot in brackets; an id with
dots may also be written plainly). Setting a value is an ordinary edit command,
validated and saved by the store like any other; ``null`` removes an optional field,
or a whole scenario, package, matrix row or population row.
"""

from __future__ import annotations

import copy
import difflib
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.apply import field_body
from engine.edits.builders import delete_scenario
from engine.edits.commands import FIELD, Command, Delete, Put, population_key
from engine.edits.flat import (
    ENTITY_COLLECTIONS,
    KIND_OF_COLLECTION,
    SECTIONS,
    Path,
    parse_path,
    path_text,
)
from engine.format.write import project_to_dict

TOP = ("name", "country", "years", "population", *SECTIONS, *ENTITY_COLLECTIONS)
# The single fields of the edit commands, by the path that names them.
FIELD_OF = {
    ("name",): "name",
    ("country",): "country",
    ("years",): "years",
    ("economy",): "economy",
    ("labour",): "labour",
    ("sources",): "sources",
    ("uncertainty",): "uncertainty",
    ("population", "unit"): "population_unit",
    ("population", "births"): "births",
    ("population", "births_estimate"): "births_estimate",
}


def resolve(project: Project, text: str) -> Path:
    """The path's segments with ids resolved (an id holding dots joined back into one)."""
    segments = parse_path(text)
    head = segments[0]
    if head not in TOP:
        raise _not_found(text, head, TOP)
    if head in ENTITY_COLLECTIONS and len(segments) > 1:
        ids = [str(body["id"]) for body in project_to_dict(project)[head]]
        for length in range(len(segments) - 1, 0, -1):  # the longest id that exists
            candidate = ".".join(segments[1 : 1 + length])
            if candidate in ids:
                return (head, candidate, *segments[1 + length :])
    return segments


def get_value(project: Project, text: str) -> Any:
    """The JSON value at ``text``; an unknown path raises InputError naming it."""
    path = resolve(project, text)
    value: Any = _document(project)
    for depth, segment in enumerate(path):
        value = _child(value, segment, text, path[: depth + 1])
    return value


def set_command(project: Project, text: str, value: Any) -> Command:
    """The edit that sets the value at ``text`` (``None`` removes it)."""
    path = resolve(project, text)
    document = _document(project)
    for length in (2, 1):  # a single field of the commands, or a key of one
        key = FIELD_OF.get(path[:length]) if len(path) >= length else None
        if key is None:
            continue
        if len(path) == length:
            return Put(FIELD, key, value)
        body = copy.deepcopy(field_body(project, key)) or {}
        if not isinstance(body, dict):
            raise _not_found(text, path[length], ())
        return Put(FIELD, key, _set_in(body, path[length:], value, text, path[:length]))
    head = path[0]
    if head == "population":
        return _set_population(project, path, value, text)
    if len(path) == 1:
        raise InputError(
            text,
            messages.translate(
                "Engine",
                "names a whole list; set one entry by its id (e.g. {example})",
                "paths.whole_list",
            ).format(example=f"{head}.ID"),
        )
    kind = KIND_OF_COLLECTION[head]
    entity_id = path[1]
    bodies: dict[str, Any] = document[head]
    if len(path) == 2:
        if value is None:
            if entity_id not in bodies:
                raise _not_found(text, entity_id, bodies)
            if head == "scenarios":
                return delete_scenario(project, entity_id)
            return Delete(kind, entity_id)
        return Put(kind, entity_id, value)
    if entity_id not in bodies:
        raise _not_found(text, entity_id, bodies)
    body = copy.deepcopy(bodies[entity_id])
    return Put(kind, entity_id, _set_in(body, path[2:], value, text, path[:2]))


def _set_population(project: Project, path: Path, value: Any, text: str) -> Command:
    if len(path) < 3 or path[1] != "rows":
        raise _not_found(text, path[1] if len(path) > 1 else "", ("unit", "births", "rows"))
    rows: dict[str, Any] = _document(project)["population"]["rows"]
    key = path[2]
    if len(path) == 3:
        if value is None:
            if key not in rows:
                raise _not_found(text, key, ())
            return Delete("population_row", key)
        return Put("population_row", key, value)
    if key not in rows:
        raise _not_found(text, key, ())
    return Put("population_row", key, _set_in(dict(rows[key]), path[3:], value, text, path[:3]))


def _set_in(body: dict[str, Any], rest: Path, value: Any, text: str, done: Path) -> dict[str, Any]:
    """``body`` with the value at ``rest`` set (None removes a key); parents must exist,
    except the last."""
    target: Any = body
    for depth, segment in enumerate(rest[:-1]):
        target = _child(target, segment, text, (*done, *rest[: depth + 1]))
    last = rest[-1]
    if isinstance(target, list):
        index = _index(target, last, text, (*done, *rest))
        if value is None:
            target.pop(index)
        else:
            target[index] = value
    elif isinstance(target, dict):
        if value is None:
            target.pop(last, None)
        else:
            target[last] = value
    else:
        raise _not_found(text, last, ())
    return body


def _document(project: Project) -> dict[str, Any]:
    """The project as JSON, with lists of entities keyed by id (rows by their key)."""
    document = project_to_dict(project)
    for key in ("format", "format_version"):
        document.pop(key)
    for collection in ENTITY_COLLECTIONS:
        document[collection] = {str(body["id"]): body for body in document.get(collection, [])}
    population = document["population"]
    population["rows"] = {population_key(row): row for row in population["rows"]}
    return document


def _child(value: Any, segment: str, text: str, where: Path) -> Any:
    if isinstance(value, dict):
        if segment in value:
            return value[segment]
        raise _not_found(text, segment, value)
    if isinstance(value, list):
        return value[_index(value, segment, text, where)]
    raise _not_found(text, segment, ())


def _index(items: list[Any], segment: str, text: str, where: Path) -> int:
    if segment.isdigit() and int(segment) < len(items):
        return int(segment)
    raise InputError(
        text,
        messages.translate(
            "Engine",
            "{part} is not a position in this list (0 to {last})",
            "paths.not_a_position",
        ).format(part=path_text(where), last=len(items) - 1),
    )


def _not_found(text: str, segment: str, choices: Any) -> InputError:
    names = [str(c) for c in choices]
    close = difflib.get_close_matches(segment, names, n=1)
    if close:
        return InputError(
            text,
            messages.translate(
                "Engine",
                'has no "{segment}" (did you mean "{close}"?)',
                "paths.no_such_part_did_you_mean",
            ).format(segment=segment, close=close[0]),
        )
    shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
    return InputError(
        text,
        messages.translate(
            "Engine",
            'has no "{segment}" (there is: {shown})',
            "paths.no_such_part",
        ).format(segment=segment, shown=shown or "nothing"),
    )
