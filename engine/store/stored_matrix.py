"""Matrix rows kept as their stored JSON text, each decoded and checked when first read.

Decoding and checking a row in Python takes about 20 us: 50,000 rows held an open for
a second although nothing a window shows first, and nothing a compute needs, reads
them. A project opened with its rows "later" holds a :class:`StoredMatrix`; every
reader sees an ordinary sequence of checked :class:`MatrixRow` (a row that is damaged
raises the same :class:`InputError` an eager open would), and
``ProjectStore.check_rows`` decodes and checks them all (the window does it right
after its first paint, and before any edit is saved).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from engine.domain.model import MatrixRow
from engine.format.read_matrix import read_matrix_row
from engine.store.document import decode_body


class StoredMatrix(Sequence[MatrixRow]):
    """An immutable sequence of matrix rows read from their stored (position, key, JSON
    text), in order (``engine.store.document.stored_rows``; kept as given, never changed)."""

    __slots__ = ("_rows", "_stored")

    def __init__(self, stored: Sequence[tuple[int, str, str]]) -> None:
        self._stored = stored
        self._rows: list[MatrixRow | None] = [None] * len(self._stored)

    def __len__(self) -> int:
        return len(self._stored)

    @overload
    def __getitem__(self, index: int) -> MatrixRow: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[MatrixRow, ...]: ...

    def __getitem__(self, index: int | slice) -> MatrixRow | tuple[MatrixRow, ...]:
        if isinstance(index, slice):
            return tuple(self._row(i) for i in range(*index.indices(len(self._stored))))
        position = index + len(self._stored) if index < 0 else index
        if not 0 <= position < len(self._stored):
            raise IndexError("matrix row index out of range")
        return self._row(position)

    def __iter__(self) -> Iterator[MatrixRow]:
        for position in range(len(self._stored)):
            yield self._row(position)

    def _row(self, position: int) -> MatrixRow:
        row = self._rows[position]
        if row is None:  # two threads may both decode a row: equal rows, either kept
            _, key, body = self._stored[position]
            row = read_matrix_row(decode_body("matrix_row", key, body), f"matrix[{position}]")
            self._rows[position] = row
        return row

    def id_at(self, position: int) -> str:
        """A row's id without decoding it (its key, which a decoded row must match)."""
        return self._stored[position][1]

    @property
    def all_read(self) -> bool:
        """Every row decoded and checked already."""
        return None not in self._rows

    # A project compares and hashes its matrix like the tuple an eager open makes.
    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, StoredMatrix)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: Sequence[Any]) -> tuple[Any, ...]:
        return (*self, *other)

    def __radd__(self, other: Sequence[Any]) -> tuple[Any, ...]:
        return (*other, *self)

    def __repr__(self) -> str:
        read = len(self._rows) - self._rows.count(None)
        return f"StoredMatrix({len(self._stored)} rows, {read} read)"


def id_at(rows: Sequence[MatrixRow], position: int) -> str:
    """A row's id; a stored row's without decoding it."""
    return rows.id_at(position) if isinstance(rows, StoredMatrix) else rows[position].id


def row_with_id(rows: Sequence[MatrixRow], row_id: str | None) -> MatrixRow | None:
    """The row with this id, if any; stored rows are found by key, without decoding others."""
    position = next((p for p in range(len(rows)) if id_at(rows, p) == row_id), None)
    return None if position is None else rows[position]
