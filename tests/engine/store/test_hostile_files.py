"""Files from others: each refused with exit 2 and one line, and nothing in them runs."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from engine.store.schema import SCHEMA_VERSION
from main import main
from tests.conftest import DATA

FIXTURE = DATA / f"schema-v{SCHEMA_VERSION}.abnd"


def copy_of(tmp_path: Path) -> Path:
    path = tmp_path / "project.abnd"
    shutil.copy(FIXTURE, path)
    return path


def text_renamed(path: Path) -> None:
    path.write_text("Minutes of the workshop, not a project.\n" * 20, encoding="utf-8")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flipped_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    (page_size,) = struct.unpack(">H", data[16:18])
    for offset in range(page_size, page_size + 12):  # the b-tree header of page 2
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def other_application(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (x TEXT)")
    connection.execute("PRAGMA application_id = 1234")
    connection.commit()
    connection.close()


def with_sql(statement: str) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        connection = sqlite3.connect(path)
        connection.execute(statement)
        connection.commit()
        connection.close()

    return change


def future_version(path: Path) -> None:
    with_sql("PRAGMA user_version = 7")(path)


def huge_text(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE matrix_row SET body = ? WHERE key = 'm1'",
        ('{"id": "m1", "guarantee": "children", "notes": "' + "x" * (50 * 1024 * 1024) + '"}',),
    )
    connection.commit()
    connection.close()


MARKER = "/tmp/abnd-hostile-marker"

CASES = [
    (
        "text file renamed .abnd",
        text_renamed,
        "is not an ABND Studio project (it is not an SQLite database)",
    ),
    ("truncated project", truncated, "is truncated or damaged"),
    ("bytes flipped in a page", flipped_page, "is damaged"),
    ("another application's SQLite file", other_application, "from another application"),
    (
        "added trigger",
        with_sql(
            "CREATE TRIGGER evil AFTER UPDATE ON project_field BEGIN DELETE FROM scenario; END"
        ),
        'holds something ABND Studio did not create (trigger "evil")',
    ),
    (
        "added view",
        with_sql("CREATE VIEW evil AS SELECT * FROM scenario"),
        'holds something ABND Studio did not create (view "evil")',
    ),
    ("extra table", with_sql("CREATE TABLE extra (x)"), 'did not create (table "extra")'),
    (
        "future schema version",
        future_version,
        "was made by a newer version of ABND Studio "
        f"(project file version 7; this version reads up to {SCHEMA_VERSION})",
    ),
    ("50 MB text cell", huge_text, "holds 52 MB of text; the limit is 16 MB a cell"),
]


@pytest.mark.parametrize("name, damage, expected", CASES, ids=[c[0] for c in CASES])
def test_hostile_file_is_refused_with_one_line(tmp_path, capsys, name, damage, expected) -> None:
    path = copy_of(tmp_path)
    damage(path)
    before = path.read_bytes()
    assert main(["compute", str(path)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}: "), lines
    assert expected in lines[0]
    assert path.read_bytes() == before  # refused without writing anything
    assert main(["convert", str(path), str(tmp_path / "out.json")]) == 2
    assert not (tmp_path / "out.json").exists()


def test_a_trigger_never_fires_even_when_opened_for_writing(tmp_path, capsys) -> None:
    path = copy_of(tmp_path)
    with_sql("CREATE TRIGGER evil AFTER UPDATE ON project_field BEGIN DELETE FROM scenario; END")(
        path
    )
    from engine.domain.errors import InputError
    from engine.store.project_store import ProjectStore

    with pytest.raises(InputError, match="trigger"):
        ProjectStore.open(path)
    count = sqlite3.connect(path).execute("SELECT count(*) FROM scenario").fetchone()[0]
    assert count == 4  # the fixture's four scenarios, none deleted


def deep_body(path: Path) -> None:
    with_sql(
        "UPDATE matrix_row SET body = '"
        + '{"id": "m1", "guarantee": "children", "notes": '
        + "[" * 100_000
        + "]" * 100_000
        + "}' WHERE key = 'm1'"
    )(path)


def duplicate_keys(path: Path) -> None:
    with_sql(
        "UPDATE matrix_row SET body = "
        + """'{"id": "m1", "guarantee": "children", "guarantee": "health"}' WHERE key = 'm1'"""
    )(path)


@pytest.mark.parametrize(
    "damage, expected",
    [
        (deep_body, "nested more than 32 deep"),
        (duplicate_keys, 'the key "guarantee" appears twice'),
    ],
    ids=["nested-1e5-deep", "duplicate-keys"],
)
def test_a_hostile_stored_body_is_one_line_from_cli_and_window(tmp_path, damage, expected) -> None:
    """Issue 15: RecursionError (exit 1, no window) and silently accepted duplicate keys."""
    from tests.cli_run import run_cli

    path = copy_of(tmp_path)
    damage(path)
    before = path.read_bytes()
    outcome = run_cli("compute", str(path))
    assert outcome.code == 2 and len(outcome.err_lines) == 1, outcome
    assert "table matrix_row, entry 'm1'" in outcome.err and expected in outcome.err
    smoke = run_cli("--smoke", str(path))  # the window starts and says why
    assert "Traceback" not in smoke.err and "RecursionError" not in smoke.err, smoke
    # The window paints first, then its check of every matrix row refuses the file.
    assert smoke.code == 2 and "entry 'm1'" in smoke.err and expected in smoke.err, smoke
    assert path.read_bytes() == before


@pytest.mark.parametrize("read_only", [True, False])
def test_an_older_file_with_a_trigger_is_refused_before_it_is_migrated(tmp_path, read_only) -> None:
    """Nothing in an older file runs while it is brought up to date: the migration step
    writes to its tables, so a trigger there is refused first."""
    from engine.domain.errors import InputError
    from engine.store.project_store import ProjectStore

    path = tmp_path / "old.abnd"
    shutil.copy(DATA / "schema-v2.abnd", path)
    with_sql("CREATE TRIGGER evil AFTER UPDATE ON package BEGIN DELETE FROM scenario; END")(path)
    with pytest.raises(InputError, match='trigger "evil"'):
        ProjectStore.open(path, read_only=read_only)
    count = sqlite3.connect(path).execute("SELECT count(*) FROM scenario").fetchone()[0]
    assert count == 3  # the version-2 fixture's three scenarios, none deleted


def test_a_file_claiming_an_older_version_that_cannot_migrate_is_one_line(tmp_path, capsys) -> None:
    """A version-3 file whose header says version 2: its financing table is already there."""
    path = copy_of(tmp_path)
    data = bytearray(path.read_bytes())
    data[60:64] = struct.pack(">I", 2)  # user_version
    path.write_bytes(bytes(data))
    assert main(["compute", str(path)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        f"{path}: is damaged: it could not be brought up to date (table financing_source "
        "already exists)"
    ]
