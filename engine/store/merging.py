"""Merging another copy of a project into this one (File > Merge changes..., ``merge``).

Copies of one project share its identity and their history: the entries both
copies hold, replayed over the origin, give their common base, so the merge is
three-way (:mod:`engine.edits.merge`). :func:`plan_merge` reads the other copy
and finds what merges by itself and what conflicts, with who changed each side
last and when; :func:`apply_merge` writes the result in ONE transaction: the
merged project, the other copy's history entries this one lacked (with their
authors and times), the merge's own entry, and the other copy's saved versions.
A crash leaves the file as it was or fully merged, and the merge is one edit
(its inverse puts the project back as it was).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.edits.changes import ABSENT, Change, diff, project_flat
from engine.edits.commands import Command, Replace
from engine.edits.field_names import describe as describe_path
from engine.edits.flat import ENTITY_COLLECTIONS, Flat, path_text, unflatten
from engine.edits.flat import Path as FieldPath
from engine.edits.merge import Choice, Conflict, MergeOutcome, Side, Typed, three_way
from engine.store import journal
from engine.store.files import is_project_file
from engine.store.journal import Entry, History
from engine.store.project_store import ProjectStore, plan
from engine.store.snapshots import now_iso


@dataclass(frozen=True)
class Stamp:
    """Who last changed a field on one side, and when (UTC, ISO)."""

    author: str
    time: str


@dataclass(frozen=True)
class SideConflict:
    conflict: Conflict
    mine_by: Stamp | None
    theirs_by: Stamp | None


@dataclass(frozen=True)
class MergePlan:
    source: Path
    outcome: MergeOutcome
    conflicts: tuple[SideConflict, ...]
    carried: tuple[Entry, ...]  # the other copy's entries this one lacks, in its order
    versions: tuple[tuple[str, str, bytes], ...]  # the other copy's versions this one lacks

    @property
    def taken(self) -> int:
        """How many fields take the other copy's value."""
        return len(self.outcome.taken)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.carried or self.outcome.taken or self.conflicts or self.versions)


def plan_merge(store: ProjectStore, other: str | Path) -> MergePlan:
    """What merging the copy ``other`` into ``store`` would do (nothing is written)."""
    source = Path(other)
    if not is_project_file(source):
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is not an ABND Studio project file (.abnd): only copies of a project file "
                "can be merged",
                "merging.not_a_project_file",
            ).format(),
            str(source),
        )
    with ProjectStore.open(source, read_only=True) as theirs:
        if theirs.identity() != store.identity():
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "is not a copy of {mine}: they are two different projects, which cannot be "
                    "merged (copies of one project share its history)",
                    "merging.unrelated",
                ).format(mine=store.path.name),
                str(source),
            )
        theirs_history = History.of(theirs.history())
        theirs_flat = project_flat(theirs.project)
        versions = _missing_versions(theirs.connection, store.connection)
    mine_history = History.of(store.history())
    common = mine_history.known & theirs_history.known
    base = journal.replay(store.origin(), mine_history.entries, only=common)
    outcome = three_way(base, project_flat(store.project), theirs_flat)
    mine_own = [e for e in mine_history.entries if e.id not in common]
    theirs_own = [e for e in theirs_history.entries if e.id not in common]
    conflicts = tuple(
        SideConflict(c, _last_change(mine_own, c.path), _last_change(theirs_own, c.path))
        for c in outcome.conflicts
    )
    carried = tuple(e for e in theirs_history.entries if e.id not in mine_history.known)
    return MergePlan(source, outcome, conflicts, carried, versions)


def _last_change(entries: list[Entry], path: FieldPath) -> Stamp | None:
    for entry in reversed(entries):
        if entry.touches(path):
            return Stamp(entry.author, entry.time)
    return None


def _missing_versions(
    source: sqlite3.Connection, target: sqlite3.Connection
) -> tuple[tuple[str, str, bytes], ...]:
    have = {key for (key,) in target.execute("SELECT key FROM version")}
    found = []
    for key, body in source.execute("SELECT key, body FROM version ORDER BY position"):
        if key in have:
            continue
        row = source.execute("SELECT body FROM snapshot WHERE key = ?", (key,)).fetchone()
        if row is not None and isinstance(row[0], bytes):
            found.append((str(key), str(body), row[0]))
    return tuple(found)


def merged_project_document(
    merge: MergePlan, choices: Mapping[FieldPath, Choice] | Side
) -> tuple[Flat, dict[str, Any]]:
    flat = merge.outcome.resolve(choices)
    return flat, unflatten(flat)


def apply_merge(
    store: ProjectStore,
    merge: MergePlan,
    choices: Mapping[FieldPath, Choice] | Side = "mine",
    *,
    label: str = "",
    comment: str = "",
) -> Command | None:
    """Write the merge (one transaction); returns its inverse, or None when there was
    nothing to merge (then nothing is written)."""
    store.refuse_read_only()
    store.check_rows()  # like every edit: never into a project with a damaged row
    if merge.nothing_to_do:
        return None
    flat, document = merged_project_document(merge, choices)
    try:
        project, inverse, writes = plan(store.project, Replace(document))
    except InputError as error:
        raise InputError(
            error.path,
            messages.translate(
                "Engine",
                "the merged project would not be valid ({message}); nothing was merged: "
                "resolve the conflicts another way, or change one copy first",
                "merging.invalid_result",
            ).format(message=error.message),
            str(store.path),
        ) from None
    changes = diff(project_flat(store.project), project_flat(project))
    entry = Entry(
        id=journal.new_id(),
        time=now_iso(),
        author=store.author,
        label=label or f"Merge changes from {merge.source.name}",
        comment=comment,
        changes=tuple(changes),
        merge={
            "from": merge.source.name,
            "taken": merge.taken,
            "conflicts": [
                {"path": list(c.conflict.path), "choice": _choice_name(choices, c.conflict)}
                for c in merge.conflicts
            ],
        },
        settled=_settled(merge.outcome, flat),
    )

    def record(connection: sqlite3.Connection) -> None:
        for carried in merge.carried:
            journal.insert(connection, _carried(carried, entry.id))
        journal.insert(connection, entry)
        _add_versions(connection, merge.versions)

    store.transaction(writes, record)
    store.project = project
    store.last_entry = entry
    return inverse


def _choice_name(choices: Mapping[FieldPath, Choice] | Side, conflict: Conflict) -> str:
    choice = choices if isinstance(choices, str) else choices[conflict.path]
    return "typed" if isinstance(choice, Typed) else str(choice)


def _carried(entry: Entry, merge_id: str) -> Entry:
    """The other copy's entry as this copy keeps it: brought by this merge (unless an
    earlier merge there had brought it, which then stays its way in)."""
    if entry.via is not None:
        return entry
    return Entry(
        id=entry.id,
        time=entry.time,
        author=entry.author,
        label=entry.label,
        comment=entry.comment,
        changes=entry.changes,
        undoes=entry.undoes,
        redoes=entry.redoes,
        via=merge_id,
        merge=entry.merge,
        settled=entry.settled,
    )


def _settled(outcome: MergeOutcome, merged: Flat) -> tuple[Change, ...]:
    """The merged value of every field either side changed, and every order: replaying the
    history then gives this merge's result whatever the entries it brought said."""
    paths: dict[FieldPath, None] = dict.fromkeys(outcome.touched)
    for conflict in outcome.conflicts:
        if conflict.is_entity:
            for side in (outcome.base, outcome.mine, outcome.theirs):
                for path in side.fields:
                    if path[:2] == conflict.path and len(path) > 2:
                        paths[path] = None
        else:
            paths[conflict.path] = None
    settled = [Change(p, ABSENT, merged.fields.get(p, ABSENT)) for p in paths]
    settled += [Change((c,), ABSENT, merged.orders.get(c, [])) for c in ENTITY_COLLECTIONS]
    return tuple(settled)


def _add_versions(
    connection: sqlite3.Connection, found: tuple[tuple[str, str, bytes], ...]
) -> None:
    (position,) = connection.execute("SELECT COUNT(*) FROM version").fetchone()
    for offset, (key, body, blob) in enumerate(found):
        connection.execute(
            "INSERT INTO version (key, position, body) VALUES (?, ?, ?)",
            (key, position + offset, body),
        )
        connection.execute("INSERT OR REPLACE INTO snapshot (key, body) VALUES (?, ?)", (key, blob))


def conflict_line(item: SideConflict, describe: Callable[[FieldPath], str] | None = None) -> str:
    """One conflict on one line: the field (path and words), base, mine, theirs, who, when."""
    conflict = item.conflict
    words = (describe or describe_path)(conflict.path)
    if conflict.is_entity:
        sides = f"deleted in {conflict.deleted_on}, edited in the other"
        return f"{path_text(conflict.path)} ({words}): {sides}"
    return (
        f"{path_text(conflict.path)} ({words}): base {short(conflict.base)}"
        f" | mine {short(conflict.mine)}{_by(item.mine_by)}"
        f" | theirs {short(conflict.theirs)}{_by(item.theirs_by)}"
    )


def _by(stamp: Stamp | None) -> str:
    if stamp is None:
        return ""
    when = stamp.time.replace("T", " ").rstrip("Z")[:16]
    return f" ({stamp.author or 'unknown'}, {when} UTC)"


def short(value: Any, limit: int = 60) -> str:
    """A value as JSON on one line, cut to ``limit`` characters; absent says so."""
    if value is ABSENT:
        return "(none)"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."
