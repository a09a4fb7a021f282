"""The history inside a project file: every edit, who made it, when, and what it changed.

Each saved edit adds one entry to the ``journal`` table in the same transaction
as the edit itself: a stable random id, the time (UTC), the author, a label, an
optional comment, and its changes (path, value before, value after). An undo or
a redo is an entry of its own naming the entry it undoes or redoes. A merge adds
the other copy's entries it did not know (``via`` names the merge that brought
them, their ids, authors and times kept) and then its own entry.

The journal, replayed over the origin (the project as its history began), gives
the project again; the entries two copies share, replayed the same way, give
their common base for a three-way merge. A merge that was undone (and not redone)
counts as not having happened: it and what it brought are left out.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.edits.changes import ABSENT, Change
from engine.edits.flat import ENTITY_COLLECTIONS, Flat, Path
from engine.format import strict_json

MAX_TEXT = 10_000  # a label or a comment


@dataclass(frozen=True)
class Entry:
    """One entry of the journal. ``merge`` holds, for a merge, where it came from and the
    value it settled for every field either side had changed (``settled``)."""

    id: str
    time: str
    author: str
    label: str = ""
    comment: str = ""
    changes: tuple[Change, ...] = ()
    undoes: str | None = None
    redoes: str | None = None
    via: str | None = None
    merge: dict[str, Any] | None = None
    settled: tuple[Change, ...] = ()
    seq: int = 0

    @property
    def is_merge(self) -> bool:
        return self.merge is not None

    def body(self) -> str:
        data: dict[str, Any] = {"label": self.label}
        if self.comment:
            data["comment"] = self.comment
        data["changes"] = [c.to_json() for c in self.changes]
        for key in ("undoes", "redoes", "via"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.merge is not None:
            data["merge"] = {**self.merge, "settled": [c.to_json() for c in self.settled]}
        return json.dumps(data, ensure_ascii=False, allow_nan=False)

    def touches(self, path: Path) -> bool:
        """Whether this entry changed ``path`` or anything under it."""
        return any(c.path[: len(path)] == path for c in self.changes)


def new_id() -> str:
    return uuid.uuid4().hex


def insert(connection: sqlite3.Connection, entry: Entry) -> None:
    """Add ``entry`` at the end of the journal (inside the caller's transaction)."""
    connection.execute(
        "INSERT INTO journal (id, time, author, body) VALUES (?, ?, ?, ?)",
        (entry.id, entry.time, entry.author, entry.body()),
    )


def set_comment(connection: sqlite3.Connection, entry_id: str, comment: str) -> bool:
    """Give the entry ``entry_id`` a comment (empty removes it); False if there is none."""
    rows = connection.execute("SELECT seq, body FROM journal WHERE id = ?", (entry_id,)).fetchall()
    for seq, body in rows:
        data = _loads(body, seq)
        if comment:
            data["comment"] = comment
        else:
            data.pop("comment", None)
        connection.execute(
            "UPDATE journal SET body = ? WHERE seq = ?",
            (json.dumps(data, ensure_ascii=False, allow_nan=False), seq),
        )
    return bool(rows)


def read(connection: sqlite3.Connection) -> list[Entry]:
    """Every entry, in the order they were added; a damaged one is refused naming it."""
    entries = []
    for seq, entry_id, time, author, body in connection.execute(
        "SELECT seq, id, time, author, body FROM journal ORDER BY seq"
    ):
        entries.append(_entry(seq, entry_id, time, author, body))
    return entries


def _entry(seq: int, entry_id: Any, time: Any, author: Any, body: Any) -> Entry:
    place = f"table journal, entry {seq}"
    data = _loads(body, seq)
    try:
        if not all(isinstance(x, str) for x in (entry_id, time, author)):
            raise TypeError
        merge = data.get("merge")
        changes = _changes(data.get("changes", []))
        settled = _changes(merge.get("settled", [])) if isinstance(merge, dict) else ()
        texts = [data.get(key, "") for key in ("label", "comment")]
        links = [data.get(key) for key in ("undoes", "redoes", "via")]
        if not all(isinstance(t, str) and len(t) <= MAX_TEXT for t in texts):
            raise TypeError
        if not all(link is None or isinstance(link, str) for link in links):
            raise TypeError
        if merge is not None and not isinstance(merge, dict):
            raise TypeError
    except (TypeError, KeyError, AttributeError):
        raise InputError(
            place,
            messages.translate(
                "Engine", "is damaged: it is not a journal entry", "journal.damaged_entry"
            ).format(),
        ) from None
    return Entry(
        id=entry_id,
        time=time,
        author=author,
        label=texts[0],
        comment=texts[1],
        changes=changes,
        undoes=links[0],
        redoes=links[1],
        via=links[2],
        merge=None if merge is None else {k: v for k, v in merge.items() if k != "settled"},
        settled=settled,
        seq=seq,
    )


def _changes(items: Any) -> tuple[Change, ...]:
    """Changes as stored: each a path (a non-empty list of texts) and its values."""
    if not isinstance(items, list):
        raise TypeError
    for item in items:
        path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path, list) or not path or not all(isinstance(p, str) for p in path):
            raise TypeError
    return tuple(Change.from_json(item) for item in items)


def _loads(body: Any, seq: int) -> dict[str, Any]:
    place = f"table journal, entry {seq}"
    try:
        data = strict_json.loads(body) if isinstance(body, str) else None
    except InputError as error:
        raise InputError(
            place,
            messages.translate("Engine", "is damaged ({message})", "journal.damaged").format(
                message=error.message
            ),
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            place,
            messages.translate(
                "Engine", "is damaged: it is not a journal entry", "journal.damaged_entry"
            ).format(),
        )
    return data


# ------------------------------------------------------------------ what counts


@dataclass(frozen=True)
class History:
    """A journal read for merging: the entries that count, and their ids."""

    entries: tuple[Entry, ...]
    known: frozenset[str] = field(default_factory=frozenset)

    @staticmethod
    def of(entries: Iterable[Entry]) -> History:
        counted = tuple(effective(list(entries)))
        return History(counted, frozenset(e.id for e in counted))


def effective(entries: list[Entry]) -> list[Entry]:
    """The entries that count: without merges undone (and not redone), nor what they
    brought, nor what those brought in turn."""
    merges = {e.id for e in entries if e.is_merge}
    undone: dict[str, bool] = {}
    for entry in entries:
        if entry.undoes in merges:
            undone[entry.undoes] = True
        elif entry.redoes in merges:
            undone[entry.redoes] = False
    dropped = {merge for merge, is_undone in undone.items() if is_undone}
    if not dropped:
        return entries
    grew = True
    while grew:  # merges a dropped merge brought are dropped too, and so on down
        grew = False
        for entry in entries:
            if entry.is_merge and entry.via in dropped and entry.id not in dropped:
                dropped.add(entry.id)
                grew = True
    return [e for e in entries if not (e.is_merge and e.id in dropped) and e.via not in dropped]


def replay(origin: Flat, entries: Iterable[Entry], only: frozenset[str] | None = None) -> Flat:
    """``origin`` with the entries' changes applied in order (each id once; ``only``:
    just those ids)."""
    flat = Flat(dict(origin.fields), {k: list(v) for k, v in origin.orders.items()})
    done: set[str] = set()
    for entry in entries:
        if entry.id in done or (only is not None and entry.id not in only):
            continue
        done.add(entry.id)
        for change in (*entry.changes, *entry.settled):
            _apply(flat, change)
    return flat


def _apply(flat: Flat, change: Change) -> None:
    path = change.path
    if len(path) == 1 and path[0] in ENTITY_COLLECTIONS:
        if isinstance(change.after, list):
            flat.orders[path[0]] = [str(k) for k in change.after]
        return
    if change.after is ABSENT:
        flat.fields.pop(path, None)
    else:
        flat.fields[path] = change.after
