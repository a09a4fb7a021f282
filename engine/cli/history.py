"""Group work on the command line: ``merge``, ``history``, ``get``, ``set``, ``diff``,
``versions`` and ``save-version`` (docs/cli.md).

Commands that change a project record who made the change: ``--author``, else
the ``ABND_AUTHOR`` environment variable, else the login name.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from engine.analysis.compare import POPULATION_ROWS, compare
from engine.cli.commands import author_of
from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.apply import apply
from engine.edits.changes import ABSENT, Change, detailed
from engine.edits.field_names import describe
from engine.edits.flat import Path as FieldPath
from engine.edits.flat import path_text
from engine.edits.paths import get_value, resolve, set_command
from engine.format import strict_json
from engine.format.json_file import save_project
from engine.runtime import atomic
from engine.store.files import is_project_file, read_project
from engine.store.journal import Entry
from engine.store.merging import apply_merge, conflict_line, plan_merge, short
from engine.store.project_store import ProjectStore

EXIT_OK, EXIT_CONFLICTS = 0, 3
SHOWN_CHANGES = 8  # an entry's changes listed one by one; past this, population cells counted


# ------------------------------------------------------------------ get and set


def run_get(args: argparse.Namespace) -> int:
    project = read_project(args.project)
    try:
        value = get_value(project, args.path)
    except InputError as error:
        raise error.in_file(args.project) from None
    print(
        json.dumps(value, ensure_ascii=False, indent=2 if isinstance(value, dict | list) else None)
    )
    return EXIT_OK


def run_set(args: argparse.Namespace) -> int:
    value = _json_value(args.value)
    path = Path(args.project)
    if not is_project_file(path) and path.suffix.lower() == ".json":
        project = read_project(path)
        edited, _ = apply(project, _command(project, args.path, value, args.project))
        save_project(edited, path)
        print(f"{args.path} set in {args.project}")
        return EXIT_OK
    with ProjectStore.open(path) as store:
        store.author = author_of(args)
        command = _command(store.project, args.path, value, args.project)
        try:
            store.apply(command, label=f"set {args.path}", comment=args.comment or "")
        except InputError as error:
            raise (error if error.source else error.in_file(args.project)) from None
        changed = store.last_entry is not None
    print(f"{args.path} set in {args.project}" if changed else f"{args.path} was already that")
    return EXIT_OK


def _command(project: Project, text: str, value: Any, source: str) -> Any:
    try:
        return set_command(project, text, value)
    except InputError as error:
        raise error.in_file(source) from None


def _json_value(text: str) -> Any:
    try:
        return strict_json.loads(text)
    except InputError:
        raise InputError(
            "VALUE",
            messages.translate(
                "Engine",
                "{text} is not a JSON value (a number, true, false, null, or text in double "
                "quotes, e.g. '\"A child benefit\"')",
                "history.not_json_value",
            ).format(text=text if len(text) <= 60 else text[:57] + "..."),
        ) from None


# ------------------------------------------------------------------ history


def run_history(args: argparse.Namespace) -> int:
    since = _date(args.since) if args.since else None
    with ProjectStore.open(Path(args.project), read_only=True) as store:
        project = store.project
        wanted = _field(project, args.field, args.project) if args.field else None
        entries = store.history()
    merges = {e.id: e for e in entries if e.is_merge}
    shown = 0
    for entry in entries:
        if since is not None and entry.time[:10] < since:
            continue
        changes = [c for c in entry.changes if wanted is None or c.path[: len(wanted)] == wanted]
        if wanted is not None and not changes:
            continue
        shown += 1
        print(_heading(entry, merges))
        for line in _change_lines(changes, project):
            print(f"    {line}")
    if not shown:
        print("no recorded edits" + (" match" if since or wanted else ""))
    return EXIT_OK


def _heading(entry: Entry, merges: dict[str, Entry]) -> str:
    when = entry.time.replace("T", " ").rstrip("Z")[:16] + " UTC"
    parts = [when, entry.author or "(unknown)", entry.label or "edit"]
    line = "  ".join(parts)
    if entry.via is not None and entry.via in merges:
        line += f"  [from {merges[entry.via].merge.get('from', 'another copy')}]"  # type: ignore[union-attr]
    if entry.comment:
        line += f"  ({entry.comment})"
    return line


def _change_lines(changes: list[Change], project: Project) -> list[str]:
    cells = [c for c in changes if c.path[:2] == POPULATION_ROWS]
    others = [
        part
        for c in changes
        if c.path[:2] != POPULATION_ROWS and not c.is_order
        for part in detailed(c)
    ]
    lines = [
        f"{path_text(c.path)} ({describe(c.path, project, _comment_body(c))}): "
        f"{short(c.before)} -> {short(c.after)}"
        for c in others
    ]
    if len(cells) > SHOWN_CHANGES or (cells and len(lines) > SHOWN_CHANGES):
        lines.append(f"population.rows: {len(cells):,} population cells changed")
    else:
        lines += [
            f"{path_text(c.path)} ({describe(c.path)}): {short(c.before)} -> {short(c.after)}"
            for cell in cells
            for c in detailed(cell)
        ]
    moved = [c for c in changes if c.is_order]
    if moved and not others:
        lines += [describe(c.path) for c in moved]
    return lines


def _comment_body(change: Change) -> Any:
    return change.after if change.after is not ABSENT else change.before


def _field(project: Project, text: str, source: str) -> FieldPath:
    try:
        return resolve(project, text)
    except InputError as error:
        raise error.in_file(source) from None


def _date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(
            "--since",
            messages.translate(
                "Engine",
                '"{text}" is not a date written YYYY-MM-DD (e.g. 2025-05-03)',
                "history.since_not_a_date",
            ).format(text=text),
        ) from None


# ------------------------------------------------------------------ merge


def run_merge(args: argparse.Namespace) -> int:
    mine, theirs = Path(args.mine), Path(args.theirs)
    if args.out:
        out = Path(args.out)
        if out.exists():
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "already exists; choose another name",
                    "history.out_exists",
                ).format(),
                str(out),
            )
        with ProjectStore.open(mine, read_only=True) as reading:
            found = plan_merge(reading, theirs)
            if _conflicts_stop(found, args):
                return EXIT_CONFLICTS
            with atomic.replacing(out) as temporary:
                _copy(reading.connection, Path(temporary))
                return _merge_into(Path(temporary), found, args, shown=out)
    with ProjectStore.open(mine) as store:
        found = plan_merge(store, theirs)
        if _conflicts_stop(found, args):
            return EXIT_CONFLICTS
        return _write_merge(store, found, args, shown=mine)


def _conflicts_stop(found: Any, args: argparse.Namespace) -> bool:
    """Conflicts without ``--take``: each on one line (stdout), and nothing written."""
    if not found.conflicts or args.take:
        return False
    print(f"{len(found.conflicts)} conflict(s); nothing was merged (use --take mine|theirs):")
    for item in found.conflicts:
        print(conflict_line(item))
    return True


def _copy(connection: sqlite3.Connection, target: Path) -> None:
    destination = sqlite3.connect(target)
    try:
        with destination:
            connection.backup(destination)
    finally:
        destination.close()


def _merge_into(path: Path, found: Any, args: argparse.Namespace, shown: Path) -> int:
    with ProjectStore.open(path) as store:
        return _write_merge(store, found, args, shown)


def _write_merge(store: ProjectStore, found: Any, args: argparse.Namespace, shown: Path) -> int:
    store.author = author_of(args)
    if found.nothing_to_do:
        print(f"nothing to merge: {shown} already holds everything in {args.theirs}")
        return EXIT_OK
    apply_merge(store, found, args.take or "mine", comment=args.comment or "")
    print(
        f"merged {args.theirs} into {shown}: {found.taken} field(s) from theirs, "
        f"{len(found.carried)} edit(s) of their history, {len(found.conflicts)} conflict(s) "
        f"resolved as {args.take or 'mine'}"
    )
    return EXIT_OK


# ------------------------------------------------------------------ versions


def run_versions(args: argparse.Namespace) -> int:
    with ProjectStore.open(Path(args.project), read_only=True) as store:
        versions = store.versions()
    for version in versions:
        when = version.time.replace("T", " ").rstrip("Z")[:16] + " UTC"
        print(f"{version.number:>3}  {when}  {version.author or '(unknown)'}  {version.name}")
    if not versions:
        print("no saved versions")
    return EXIT_OK


def run_save_version(args: argparse.Namespace) -> int:
    with ProjectStore.open(Path(args.project)) as store:
        store.author = author_of(args)
        try:
            version = store.save_version(args.name)
        except InputError as error:
            raise (error if error.source else error.in_file(args.project)) from None
    print(f'version {version.number} "{version.name}" saved in {args.project}')
    return EXIT_OK


# ------------------------------------------------------------------ diff


def run_diff(args: argparse.Namespace) -> int:
    a, b = read_project(args.a), read_project(args.b)
    comparison = compare(a, b, args.year or None, args.measure)
    print(f"A: {args.a}")
    print(f"B: {args.b}")
    print(f"assumptions that differ: {len(comparison.differences)}")
    for item in comparison.differences:
        if item.path == POPULATION_ROWS:
            print(f"  population.rows: {item.count:,} population cells differ")
            continue
        words = describe(item.path, b if item.b is not ABSENT else a, _either(item.a, item.b))
        print(f"  {path_text(item.path)} ({words}): A {short(item.a)} | B {short(item.b)}")
    unit = "% of GDP" if comparison.measure == "pct_gdp" else a.country.currency
    print(f"cost ({unit}) in {', '.join(map(str, comparison.years))}: A | B | B - A")
    for row in comparison.costs:
        cells = []
        for first, second in zip(row.a, row.b, strict=True):
            change = "" if first is None or second is None else f" | {second - first:+,.4f}"
            cells.append(f"{_number(first)} | {_number(second)}{change}")
        print(f"  {row.scope} {row.id}: " + "; ".join(cells))
    return EXIT_OK


def _either(a: Any, b: Any) -> Any:
    return b if b is not ABSENT else a


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:,.4f}"
