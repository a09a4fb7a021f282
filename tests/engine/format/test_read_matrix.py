"""Packages and matrix rows read from the format: members once each, a row's consultation
record (status with its date, comments by agency) checked where it is written."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.format.read_matrix import read_matrix_row, read_package


def test_a_package_lists_each_member_and_source_once() -> None:
    package = read_package({"id": "p", "name": "P", "scenarios": ["a", "b"]}, "packages[0]")
    assert (package.scenarios, package.financing) == (("a", "b"), ())
    with pytest.raises(InputError) as raised:
        read_package({"id": "p", "name": "P", "scenarios": ["a", "a"]}, "packages[0]")
    assert raised.value.path.startswith("packages[0].scenarios")


def test_a_row_reads_its_status_date_and_comments() -> None:
    row = read_matrix_row(
        {
            "id": "m1",
            "guarantee": "elderly",
            "status": "validated",
            "status_date": "2025-09-12",
            "comments": [{"id": "c1", "agency": "MoF", "text": "Agreed", "date": "2025-05-03"}],
        },
        "matrix[0]",
    )
    assert (row.status, row.status_date) == ("validated", "2025-09-12")
    assert [(c.agency, c.text, c.date) for c in row.comments] == [("MoF", "Agreed", "2025-05-03")]
    with pytest.raises(InputError) as raised:
        read_matrix_row({"id": "m1", "guarantee": "elderly", "status": "approved"}, "matrix[0]")
    assert raised.value.path == "matrix[0].status"
    with pytest.raises(InputError) as raised:
        read_matrix_row(
            {"id": "m1", "guarantee": "elderly", "status_date": "2025-02-30"}, "matrix[0]"
        )
    assert raised.value.path == "matrix[0].status_date"
