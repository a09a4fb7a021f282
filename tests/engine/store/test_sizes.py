"""Cells over the size limit are refused naming the cell, whether SQLite refuses to hand
them over (over its hard limit) or the reader measures them as they come."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.store.project_store import ProjectStore
from engine.store.schema import SCHEMA_VERSION
from engine.store.sizes import MAX_TEXT_BYTES
from tests.conftest import DATA


@pytest.mark.parametrize("megabytes", [20, 40], ids=["read-then-measured", "refused-by-sqlite"])
@pytest.mark.parametrize("rows_later", [False, True])
def test_an_oversized_matrix_row_is_named_with_its_size(
    tmp_path: Path, megabytes: int, rows_later: bool
) -> None:
    path = tmp_path / "project.abnd"
    shutil.copy(DATA / f"schema-v{SCHEMA_VERSION}.abnd", path)
    notes = "x" * (megabytes * 1024 * 1024)
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE matrix_row SET body = ? WHERE key = 'm1'",
        ('{"id": "m1", "guarantee": "children", "notes": "' + notes + '"}',),
    )
    connection.commit()
    connection.close()
    assert megabytes * 1024 * 1024 > MAX_TEXT_BYTES
    with pytest.raises(InputError) as refused:
        ProjectStore.open(path, rows_later=rows_later)
    size = (megabytes * 1024 * 1024 + 48) / 1e6
    assert refused.value.one_line() == (
        f"{path}: table matrix_row, entry 'm1': holds {size:.0f} MB of text; "
        "the limit is 16 MB a cell"
    )


def test_a_body_at_the_limit_is_read_and_its_field_checked(tmp_path: Path) -> None:
    path = tmp_path / "project.abnd"
    shutil.copy(DATA / f"schema-v{SCHEMA_VERSION}.abnd", path)
    head = '{"id": "m1", "guarantee": "children", "notes": "'
    body = head + "x" * (MAX_TEXT_BYTES - len(head) - 2) + '"}'
    assert len(body) == MAX_TEXT_BYTES
    connection = sqlite3.connect(path)
    connection.execute("UPDATE matrix_row SET body = ? WHERE key = 'm1'", (body,))
    connection.commit()
    connection.close()
    with (
        ProjectStore.open(path, rows_later=True) as store,  # the size is accepted
        pytest.raises(InputError, match=r"matrix\[0\]\.notes: text is 16,777,166 char"),
    ):
        store.check_rows()  # and the note itself is far over a note's limit
