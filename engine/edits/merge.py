"""Three-way merge of two copies of a project, field by field, from their common base.

Each flat field (:mod:`engine.edits.flat`) is merged on its own: changed on one
side only, that side's value is taken; changed on both sides to the same value,
that value; changed on both sides differently, a :class:`Conflict`. A scenario,
package or matrix row deleted on one side and edited on the other (any of its
fields, a comment) is one conflict for the whole entity. Collection orders merge
without conflicts: the common members keep the order of the side that moved them
(mine when both did), and each side's new members follow the member they follow
there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from engine.edits.changes import ABSENT
from engine.edits.flat import ENTITY_COLLECTIONS, ROWS, Flat, Path

Side = Literal["mine", "theirs"]


@dataclass(frozen=True)
class Conflict:
    """A field changed differently on both sides, or (``path`` of two segments) an entity
    deleted on one side and edited on the other: then the values are the entity's
    fields on each side (``ABSENT`` where it is deleted)."""

    path: Path
    base: Any
    mine: Any
    theirs: Any

    @property
    def is_entity(self) -> bool:
        return len(self.path) == 2 and self.path[0] in ENTITY_COLLECTIONS

    @property
    def deleted_on(self) -> Side | None:
        if not self.is_entity:
            return None
        return "mine" if self.mine is ABSENT else "theirs"


@dataclass(frozen=True)
class Typed:
    """A value typed by the person resolving a conflict (a JSON value)."""

    value: Any


Choice = Literal["mine", "theirs"] | Typed


@dataclass(frozen=True)
class MergeOutcome:
    base: Flat
    mine: Flat
    theirs: Flat
    merged: dict[Path, Any]  # every field decided without a conflict
    conflicts: tuple[Conflict, ...]
    taken: tuple[Path, ...]  # fields where theirs' value was taken (theirs changed them)
    touched: tuple[Path, ...]  # fields changed on either side since the base

    def resolve(self, choices: Mapping[Path, Choice] | Side) -> Flat:
        """The merged project, each conflict resolved by ``choices`` (or all one way)."""
        fields = dict(self.merged)
        for conflict in self.conflicts:
            choice = choices if isinstance(choices, str) else choices[conflict.path]
            if conflict.is_entity:
                side = self.mine if choice == "mine" else self.theirs
                prefix = conflict.path
                fields.update(
                    {p: v for p, v in side.fields.items() if p[:2] == prefix and len(p) > 2}
                )
                continue
            value = (
                choice.value
                if isinstance(choice, Typed)
                else conflict.mine
                if choice == "mine"
                else conflict.theirs
            )
            if value is not ABSENT:
                fields[conflict.path] = value
        ordered = _in_order(fields, self.mine, self.theirs)
        orders = {
            collection: merge_order(
                self.base.orders.get(collection, []),
                self.mine.orders.get(collection, []),
                self.theirs.orders.get(collection, []),
                {p[1] for p in ordered if p[0] == collection and len(p) == 3 and p[2] == "id"},
            )
            for collection in ENTITY_COLLECTIONS
        }
        mine_rows = self.mine.orders.get(ROWS, [])
        orders[ROWS] = merge_order(
            mine_rows,
            mine_rows,
            self.theirs.orders.get(ROWS, []),
            {p[2] for p in ordered if p[0] == "population" and len(p) == 3},
        )
        return Flat(ordered, orders)


def three_way(base: Flat, mine: Flat, theirs: Flat) -> MergeOutcome:
    """Merge ``theirs`` into ``mine`` from their common ``base``."""
    b, m, t = base.fields, mine.fields, theirs.fields
    merged: dict[Path, Any] = {}
    conflicts: list[Conflict] = []  # in the order of the fields (an entity where it starts)
    taken: list[Path] = []
    touched: list[Path] = []
    entity_conflicts = _entity_conflicts(base, mine, theirs)
    for path in _all_paths(b, m, t):
        if path[:2] in entity_conflicts:
            found = entity_conflicts[path[:2]]
            if found not in conflicts:
                conflicts.append(found)
            continue
        old, ours, other = b.get(path, ABSENT), m.get(path, ABSENT), t.get(path, ABSENT)
        if ours != old or other != old:
            touched.append(path)
        if ours == other or other == old:
            value = ours
        elif ours == old:
            value = other
            taken.append(path)
        else:
            conflicts.append(Conflict(path, old, ours, other))
            continue
        if value is not ABSENT:
            merged[path] = value
    return MergeOutcome(base, mine, theirs, merged, tuple(conflicts), tuple(taken), tuple(touched))


def _all_paths(*sides: dict[Path, Any]) -> list[Path]:
    """Every path of any side, mine's order first (so comments keep mine's order)."""
    seen: dict[Path, None] = {}
    for side in (sides[1], sides[2], sides[0]):
        for path in side:
            seen.setdefault(path, None)
    return list(seen)


def _entity_fields(flat: Flat, prefix: Path) -> dict[Path, Any]:
    return {p: v for p, v in flat.fields.items() if p[:2] == prefix and len(p) > 2}


def _entity_conflicts(base: Flat, mine: Flat, theirs: Flat) -> dict[Path, Conflict]:
    """Entities of the base deleted on one side and changed on the other."""
    found: dict[Path, Conflict] = {}
    for path in base.fields:
        if len(path) != 3 or path[0] not in ENTITY_COLLECTIONS or path[2] != "id":
            continue
        prefix = path[:2]
        in_mine, in_theirs = path in mine.fields, path in theirs.fields
        if in_mine == in_theirs:
            continue
        old = _entity_fields(base, prefix)
        kept = _entity_fields(mine if in_mine else theirs, prefix)
        if kept != old:
            found[prefix] = Conflict(
                prefix,
                old,
                kept if in_mine else ABSENT,
                kept if in_theirs else ABSENT,
            )
    return found


def _in_order(fields: dict[Path, Any], mine: Flat, theirs: Flat) -> dict[Path, Any]:
    """The merged fields in mine's order, then theirs' (comments keep their order)."""
    ordered: dict[Path, Any] = {}
    for side in (mine.fields, theirs.fields):
        for path in side:
            if path in fields and path not in ordered:
                ordered[path] = fields[path]
    for path, value in fields.items():
        ordered.setdefault(path, value)
    return ordered


def merge_order(base: list[str], mine: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """The merged order of a collection holding ``keep``.

    The members all three hold keep theirs' relative order if only theirs moved them,
    else mine's; then each side's other members (mine's first) go after the member they
    follow on that side, past the other side's additions there."""
    mine_set, theirs_set = set(mine), set(theirs)
    common_set = {k for k in base if k in mine_set and k in theirs_set and k in keep}
    in_base = [k for k in base if k in common_set]
    in_mine = [k for k in mine if k in common_set]
    in_theirs = [k for k in theirs if k in common_set]
    result = list(in_theirs if in_mine == in_base else in_mine)
    placed = set(result)
    for side, side_set in ((mine, mine_set), (theirs, theirs_set)):
        for i, key in enumerate(side):
            if key in placed or key not in keep:
                continue
            j = i - 1
            while j >= 0 and side[j] not in placed:
                j -= 1
            position = 0 if j < 0 else result.index(side[j]) + 1
            while position < len(result) and result[position] not in side_set:
                position += 1
            result.insert(position, key)
            placed.add(key)
    for key in sorted(keep - placed):  # kept but in neither order (cannot happen in a file)
        result.append(key)
    return result
