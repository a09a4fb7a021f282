"""Files SQLite keeps beside a project (issue 15): a foreign write-ahead log is refused
without changing a byte; a hot journal from a crash is recovered for editing and read
from a private copy when read-only."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.store.files import read_project
from engine.store.project_store import ProjectStore
from engine.store.schema import SCHEMA_VERSION
from tests.cli_run import run_cli
from tests.conftest import DATA, REPO

FIXTURE = DATA / f"schema-v{SCHEMA_VERSION}.abnd"
NAME = read_project(FIXTURE).name

WAL_CHILD = """
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode = WAL")
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("CREATE TRIGGER evil AFTER UPDATE ON project_field BEGIN DELETE FROM scenario; END")
c.execute("PRAGMA user_version = 7")
c.execute("UPDATE project_field SET body = '\\"from the wal\\"' WHERE key = 'name'")
os._exit(0)  # no checkpoint: the changes stay in the -wal file
"""

CRASH_CHILD = """
import json, os, signal, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA journal_mode = DELETE")
c.execute("PRAGMA cache_size = 10")
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE project_field SET body = '\\"crashed mid-save\\"' WHERE key = 'name'")
for i in range(3000):
    body = json.dumps({"id": f"x{i}", "guarantee": "health", "notes": "n" * 900})
    row = (f"x{i}", 9 + i, body)
    c.execute("INSERT INTO matrix_row (key, position, body) VALUES (?, ?, ?)", row)
os.kill(os.getpid(), signal.SIGKILL)  # mid-transaction: pages spilled, journal hot
"""


def run_child(script: str, path: Path) -> None:
    subprocess.run([sys.executable, "-c", script, str(path)], cwd=REPO, check=False)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def foreign_wal(tmp_path: Path) -> Path:
    """Our untouched project, with a -wal and -shm from a changed copy of it beside it."""
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(FIXTURE, other / "x.abnd")
    run_child(WAL_CHILD, other / "x.abnd")
    project = tmp_path / "project.abnd"
    shutil.copy(FIXTURE, project)
    for suffix in ("-wal", "-shm"):
        shutil.copy(other / f"x.abnd{suffix}", tmp_path / f"project.abnd{suffix}")
    shutil.rmtree(other)
    return project


def wal_mode_file(tmp_path: Path) -> Path:
    """A project switched to WAL mode, its log left beside it."""
    project = tmp_path / "project.abnd"
    shutil.copy(FIXTURE, project)
    run_child(WAL_CHILD, project)
    assert Path(f"{project}-wal").exists()
    return project


@pytest.mark.parametrize("make", [foreign_wal, wal_mode_file], ids=["foreign-wal", "wal-mode"])
def test_a_write_ahead_log_is_refused_and_no_byte_changes(tmp_path, make) -> None:
    project = make(tmp_path)
    before = snapshot(tmp_path)
    outcome = run_cli("compute", str(project))
    assert outcome.code == 2 and len(outcome.err_lines) == 1, outcome
    assert outcome.err_lines[0].startswith(f"{project}: ") and "-wal" in outcome.err
    for read_only in (True, False):
        with pytest.raises(InputError, match="write-ahead log"):
            ProjectStore.open(project, read_only=read_only)
    outcome = run_cli("import", str(project), str(DATA / "schema-v1.json"))
    assert outcome.code == 2 and len(outcome.err_lines) == 1, outcome
    assert snapshot(tmp_path) == before


def test_a_wal_mode_header_without_its_log_is_refused_unchanged(tmp_path) -> None:
    project = wal_mode_file(tmp_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{project}{suffix}").unlink()
    before = snapshot(tmp_path)
    outcome = run_cli("compute", str(project))
    assert outcome.code == 2 and len(outcome.err_lines) == 1, outcome
    assert "write-ahead" in outcome.err
    assert snapshot(tmp_path) == before


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    project = tmp_path / "project.abnd"
    shutil.copy(FIXTURE, project)
    run_child(CRASH_CHILD, project)
    journal = Path(f"{project}-journal")
    assert journal.stat().st_size > 0
    assert project.read_bytes() != FIXTURE.read_bytes()  # pages were written mid-save
    return project


def test_a_hot_journal_is_read_from_a_private_copy_when_read_only(crashed, tmp_path) -> None:
    before = snapshot(tmp_path)
    outcome = run_cli("compute", str(crashed))
    assert outcome.code == 0, outcome.err
    assert outcome.err == ""
    out = tmp_path / "copy.json"
    outcome = run_cli("convert", str(crashed), str(out))
    assert outcome.code == 0, outcome.err
    assert read_project(out).name == NAME  # as before the unfinished save
    out.unlink()
    with ProjectStore.open(crashed, read_only=True) as store:
        assert store.project.name == NAME
        assert "unfinished" in store.notice and "\n" not in store.notice
    assert snapshot(tmp_path) == before  # not a byte of the user's files changed
    assert not list(Path("/tmp").glob("abnd-readonly-*"))  # the private copy is gone


def test_a_hot_journal_is_recovered_when_opened_for_editing(crashed) -> None:
    with ProjectStore.open(crashed) as store:
        assert store.project.name == NAME
        assert len(store.project.matrix) == len(read_project(FIXTURE).matrix)
    assert not Path(f"{crashed}-journal").exists()
    outcome = run_cli("compute", str(crashed))
    assert outcome.code == 0, outcome.err
