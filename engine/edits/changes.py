"""What an edit changed, field by field: the values before and after each path.

The project file's history records these for every edit (its journal), a merge
compares them, and the history and compare views show them in words. A value
that is not there (a new scenario's fields before it existed, an optional field
removed) is :data:`ABSENT`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from engine.domain.model import Project
from engine.edits.apply import WRITERS, field_body, member_key, members
from engine.edits.commands import (
    FIELD,
    Batch,
    Command,
    Delete,
    Move,
    Put,
    Replace,
    population_key,
)
from engine.edits.flat import (
    COLLECTION_OF_KIND,
    ENTITY_COLLECTIONS,
    SECTIONS,
    Flat,
    Path,
    entity_fields,
    flatten,
)
from engine.format.write import project_to_dict


class _Absent:
    """No value at this path (before it was made, or after it was removed)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __reduce__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class Change:
    """One path's value before and after (``ABSENT`` where there was or is none).

    A path of one segment naming a collection (``("matrix",)``) is an order change:
    its values are the lists of ids."""

    path: Path
    before: Any = ABSENT
    after: Any = ABSENT

    @property
    def is_order(self) -> bool:
        return len(self.path) == 1 and self.path[0] in ENTITY_COLLECTIONS

    def to_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {"path": list(self.path)}
        if self.before is not ABSENT:
            item["before"] = self.before
        if self.after is not ABSENT:
            item["after"] = self.after
        return item

    @staticmethod
    def from_json(item: dict[str, Any]) -> Change:
        return Change(
            tuple(str(s) for s in item["path"]),
            item.get("before", ABSENT),
            item.get("after", ABSENT),
        )


def diff_fields(before: dict[Path, Any], after: dict[Path, Any]) -> list[Change]:
    """Every path whose value differs, in the order the paths come (before's first)."""
    changes = [
        Change(path, value, after.get(path, ABSENT))
        for path, value in before.items()
        if after.get(path, ABSENT) != value
    ]
    changes += [Change(path, ABSENT, value) for path, value in after.items() if path not in before]
    return changes


def diff(before: Flat, after: Flat) -> list[Change]:
    """Every field and every collection order that differs between two flat projects."""
    changes = diff_fields(before.fields, after.fields)
    for collection in ENTITY_COLLECTIONS:
        old, new = before.orders.get(collection, []), after.orders.get(collection, [])
        if old != new:
            changes.append(Change((collection,), old, new))
    return changes


def project_flat(project: Project) -> Flat:
    return flatten(project_to_dict(project))


# ------------------------------------------------------------------ one edit's changes


def changes_of(before: Project, after: Project, command: Command) -> list[Change]:
    """What ``command`` changed from ``before`` to ``after``, looking only where it acted
    (a whole flatten only for a :class:`Replace`)."""
    if isinstance(command, Replace):
        return diff(project_flat(before), project_flat(after))
    parts = list(_touched(command))
    old: dict[Path, Any] = {}
    new: dict[Path, Any] = {}
    orders: list[str] = []
    for kind, key in parts:
        if kind == "order":
            orders.append(key)
            continue
        old.update(_part_fields(before, kind, key))
        new.update(_part_fields(after, kind, key))
    changes = diff_fields(old, new)
    for collection in dict.fromkeys(orders):
        kind = next(k for k, c in COLLECTION_OF_KIND.items() if c == collection)
        old_order = [member_key(kind, m) for m in members(before, kind)]
        new_order = [member_key(kind, m) for m in members(after, kind)]
        if old_order != new_order:
            changes.append(Change((collection,), old_order, new_order))
    return changes


def _touched(command: Command) -> Iterable[tuple[str, str]]:
    """(kind, key) of every part a command acts on, and ("order", collection) where it may
    insert, remove or move a member."""
    if isinstance(command, Batch):
        for part in command.commands:
            yield from _touched(part)
        return
    assert not isinstance(command, Replace)
    yield command.kind, command.key
    if command.kind in COLLECTION_OF_KIND and isinstance(command, Put | Delete | Move):
        yield "order", COLLECTION_OF_KIND[command.kind]


def _part_fields(project: Project, kind: str, key: str) -> dict[Path, Any]:
    """The flat fields of one entity or one single field of a project."""
    if kind == FIELD:
        return _field_paths(key, field_body(project, key))
    if kind == "population_row":
        for row in project.population.rows:
            if member_key(kind, row) == key:
                return {("population", "rows", key): WRITERS[kind](row)}
        return {}
    collection = COLLECTION_OF_KIND[kind]
    for member in members(project, kind):
        if member.id == key:
            return entity_fields(collection, key, WRITERS[kind](member))
    return {}


def _field_paths(key: str, body: Any) -> dict[Path, Any]:
    if body is None:
        return {}
    if key == "name":
        return {("name",): body}
    if key in ("country", "years", *SECTIONS):
        return {(key, name): value for name, value in body.items()}
    if key == "population_unit":
        return {("population", "unit"): body}
    if key in ("births", "births_estimate"):
        return {("population", key): body}
    assert key == "population_rows"
    return {("population", "rows", population_key(row)): row for row in body}


def detailed(change: Change) -> list[Change]:
    """A change from one object to another as the changes of its keys, down to the values
    that differ (a benefit's percent, a series' year), for showing; a comment stays whole."""
    before, after = change.before, change.after
    if (
        not isinstance(before, dict)
        or not isinstance(after, dict)
        or change.path[2:3] == ("comments",)
    ):
        return [change]
    found: list[Change] = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key, ABSENT), after.get(key, ABSENT)
        if old != new:
            found += detailed(Change((*change.path, str(key)), old, new))
    return found


def merge_changes(changes: Iterable[Change]) -> list[Change]:
    """Consecutive changes of one path as one (first before, last after); no-ops dropped."""
    merged: dict[Path, Change] = {}
    for change in changes:
        earlier = merged.get(change.path)
        before = change.before if earlier is None else earlier.before
        merged[change.path] = Change(change.path, before, change.after)
    return [c for c in merged.values() if c.before != c.after]
