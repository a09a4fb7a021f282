"""Opening a project file: a checked connection with its project, and the writer lock."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.store.opening import ProjectLockedError, connect_checked, writer_lock
from engine.store.schema import SCHEMA_VERSION
from engine.store.stored_matrix import StoredMatrix
from tests.conftest import DATA


def copy_of(tmp_path: Path, version: int = SCHEMA_VERSION) -> Path:
    path = tmp_path / "project.abnd"
    shutil.copy(DATA / f"schema-v{version}.abnd", path)
    return path


def test_a_read_only_connection_holds_the_files_project_and_writes_nothing(tmp_path) -> None:
    path = copy_of(tmp_path)
    connection, project = connect_checked(path, read_only=True)
    try:
        order = connection.execute("SELECT key FROM scenario ORDER BY position").fetchall()
        assert [s.id for s in project.scenarios] == [key for (key,) in order]
        assert len(order) == 4
        assert isinstance(project.matrix, tuple) and project.matrix[0].id == "m1"
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute("DELETE FROM scenario")
    finally:
        connection.close()


def test_rows_later_keeps_the_matrix_as_stored_text(tmp_path) -> None:
    connection, project = connect_checked(copy_of(tmp_path), read_only=True, rows_later=True)
    connection.close()
    assert isinstance(project.matrix, StoredMatrix) and not project.matrix.all_read
    assert project.matrix.id_at(0) == "m1" and project.matrix[0].status == "validated"


def test_an_older_file_is_brought_up_to_date_only_when_opened_for_editing(tmp_path) -> None:
    path = copy_of(tmp_path, 2)
    with pytest.raises(InputError, match="is an older project file; open it for editing"):
        connect_checked(path, read_only=True)
    connection, project = connect_checked(path, read_only=False)
    connection.close()
    assert project.scenarios and (tmp_path / "project.abnd.v2.bak").is_file()


def test_one_writer_at_a_time(tmp_path) -> None:
    path = copy_of(tmp_path)
    lock = writer_lock(path)
    try:
        with pytest.raises(ProjectLockedError, match="is open in another ABND Studio"):
            writer_lock(path)
    finally:
        lock.release()
    writer_lock(path).release()  # free again once released
