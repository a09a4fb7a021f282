"""Matrix rows opened "later": read as stored text, each decoded and checked when read,
all of them by ``check_rows`` (and before any edit is saved), with the same results and
the same refusals as an open that reads every row at once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from engine.domain.errors import InputError
from engine.edits.commands import Put
from engine.format.write import project_to_dict
from engine.method.compute import compute
from engine.store.project_store import ProjectStore
from engine.store.schema import SCHEMA_VERSION
from engine.store.stored_matrix import StoredMatrix, id_at, row_with_id
from tests.conftest import DATA


def _rows(count: int) -> list[dict[str, object]]:
    return [
        {
            "id": f"m{i}",
            "guarantee": ("health", "children", "working_age", "elderly")[i % 4],
            "recommendation": f"Recommendation {i}",
            "scenario_ids": ["child-benefit"] if i % 3 == 0 else [],
            "priority": i % 3 + 1,
        }
        for i in range(count)
    ]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """The version-3 fixture with 40 matrix rows m0-m39 (its own m1, replaced in place,
    comes last), stored out of position order."""
    target = tmp_path / "project.abnd"
    shutil.copy(DATA / f"schema-v{SCHEMA_VERSION}.abnd", target)
    with ProjectStore.open(target) as store:
        for row in reversed(_rows(40)):  # each put at position 0: rowid order is reversed
            store.apply(Put("matrix_row", str(row["id"]), row, 0))
    return target


def _damage(path: Path, key: str, body: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE matrix_row SET body = ? WHERE key = ?", (body, key))
    connection.commit()
    connection.close()


def test_rows_opened_later_are_the_rows_opened_at_once(path: Path) -> None:
    with (
        ProjectStore.open(path, read_only=True) as eager,
        ProjectStore.open(path, rows_later=True) as later,
    ):
        assert isinstance(later.project.matrix, StoredMatrix)
        assert not later.rows_checked and eager.rows_checked
        assert [row.id for row in eager.project.matrix][:3] == ["m0", "m2", "m3"]
        assert later.project.matrix.id_at(0) == "m0"  # known without decoding the row
        assert not later.project.matrix.all_read
        matrix, rows = later.project.matrix, eager.project.matrix
        assert matrix == rows and rows == matrix and hash(matrix) == hash(rows)
        assert later.project.scenarios == eager.project.scenarios
        assert later.project.matrix[-1] == eager.project.matrix[-1]
        assert later.project.matrix[2:5] == eager.project.matrix[2:5]
        assert later.project.matrix + () == tuple(eager.project.matrix)  # noqa: RUF005 (__add__)
        assert project_to_dict(later.project) == project_to_dict(eager.project)
        assert later.project.matrix.all_read
        with pytest.raises(IndexError):
            later.project.matrix[len(eager.project.matrix)]


def test_compute_reads_no_row(path: Path) -> None:
    with (
        ProjectStore.open(path, rows_later=True) as later,
        ProjectStore.open(path, read_only=True) as eager,
    ):
        results = compute(later.project)
        assert results.scenarios["child-benefit"].columns["total_cost"].tolist() == (
            compute(eager.project).scenarios["child-benefit"].columns["total_cost"].tolist()
        )
        matrix = later.project.matrix
        assert isinstance(matrix, StoredMatrix) and not matrix.all_read
        later.check_rows()
        assert later.rows_checked and matrix.all_read


DAMAGES = [
    ("m7", "{not json", "table matrix_row, entry 'm7': is damaged (is not valid JSON"),
    (
        "m7",
        '{"id": "m8", "guarantee": "health"}',
        "table matrix_row, entry 'm7': is damaged: its key does not match its content",
    ),
    ("m7", '{"id": "m7", "guarantee": "pets"}', 'matrix[6].guarantee: text "pets" is not one'),
    (
        "m7",
        '{"id": "m7", "guarantee": "health", "scenario_ids": ["nowhere"]}',
        'matrix[6].scenario_ids[0]: "nowhere" is not the id of any scenario',
    ),
]


@pytest.mark.parametrize("key, body, expected", DAMAGES, ids=["json", "key", "choice", "link"])
def test_a_damaged_row_is_refused_as_an_eager_open_refuses_it(
    path: Path, key: str, body: str, expected: str
) -> None:
    _damage(path, key, body)
    with pytest.raises(InputError) as eager:
        ProjectStore.open(path)
    assert expected in eager.value.one_line() and str(path) in eager.value.one_line()
    before = path.read_bytes()
    with ProjectStore.open(path, rows_later=True) as store:
        assert store.project.matrix[0].id == "m0"  # rows before it read as usual
        with pytest.raises(InputError) as later:
            store.check_rows()
        assert later.value.one_line() == eager.value.one_line()
        assert not store.rows_checked
        with pytest.raises(InputError) as edit:  # no edit is saved into this project
            store.apply(Put("matrix_row", "m0", {"id": "m0", "guarantee": "health"}))
        assert edit.value.one_line() == eager.value.one_line()
    assert path.read_bytes() == before


def test_an_edit_checks_the_rows_first_then_goes_through(path: Path) -> None:
    with ProjectStore.open(path, rows_later=True) as store:
        store.apply(Put("matrix_row", "m0", {"id": "m0", "guarantee": "health", "notes": "x"}))
        assert store.rows_checked
        assert isinstance(store.project.matrix, tuple)  # a new matrix: an ordinary tuple
        assert store.project.matrix[0].notes == "x"
    with ProjectStore.open(path) as reopened:
        assert reopened.project.matrix[0].notes == "x"
        assert reopened.project.matrix[0].recommendation == ""  # the whole row was put


def test_a_row_is_found_by_id_without_decoding_the_others(path: Path) -> None:
    with ProjectStore.open(path, rows_later=True) as store:
        matrix = store.project.matrix
        assert isinstance(matrix, StoredMatrix)
        assert row_with_id(matrix, "m30") == matrix[matrix.index(matrix[29])]
        assert row_with_id(matrix, "m30").recommendation == "Recommendation 30"
        assert repr(matrix) == "StoredMatrix(40 rows, 30 read)"  # index() read 0-29
        assert row_with_id(matrix, "nowhere") is None and row_with_id(matrix, None) is None
        assert row_with_id(tuple(matrix), "m30") == matrix[29]
        assert id_at(tuple(matrix), 29) == id_at(matrix, 29) == "m30"
