"""Saved versions: named, listed in order, read back exactly, found by number, name or key."""

from __future__ import annotations

import sqlite3

import pytest

from engine.domain.errors import InputError
from engine.edits.builders import set_matrix_cells
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.store.files import read_project, split_version
from engine.store.project_store import ProjectStore
from tests.engine.store.test_merging import small_document


def test_versions_keep_the_project_as_it_was(tmp_path) -> None:
    path = tmp_path / "p.abnd"
    ProjectStore.create(path, project_from_dict(small_document())).close()
    with ProjectStore.open(path) as store:
        store.author = "Noy"
        first = project_to_dict(store.project)
        saved = store.save_version("  Validated at the national workshop, 12 September ")
        store.apply(set_matrix_cells(store.project, "m1", {"notes": "after"}))
        store.save_version("After the workshop")
        assert (saved.number, saved.name, saved.author) == (
            1,
            "Validated at the national workshop, 12 September",
            "Noy",
        )
        assert [v.name for v in store.versions()] == [saved.name, "After the workshop"]
        assert project_to_dict(store.version_project("1")[1]) == first
        assert project_to_dict(store.version_project(saved.key)[1]) == first
        assert store.version_project("After the workshop")[1].matrix[0].notes == "after"
        with pytest.raises(InputError, match="must not be empty"):
            store.save_version("   ")
    assert read_project(f"{path}@1").matrix[0].notes == ""
    assert split_version(path) == (path, None)
    assert split_version(tmp_path / "p.abnd@2") == (path, "2")
    assert split_version(tmp_path / "missing.abnd@2") == (tmp_path / "missing.abnd@2", None)


def test_a_damaged_snapshot_is_refused_in_one_line(tmp_path) -> None:
    path = tmp_path / "p.abnd"
    ProjectStore.create(path, project_from_dict(small_document())).close()
    with ProjectStore.open(path) as store:
        key = store.save_version("V").key
    connection = sqlite3.connect(path)
    connection.execute("UPDATE snapshot SET body = ? WHERE key = ?", (b"not zlib", key))
    connection.commit()
    connection.close()
    with pytest.raises(InputError) as raised:
        read_project(f"{path}@V")
    assert raised.value.one_line().startswith(f"{path}: table snapshot, entry '{key}': is damaged")
