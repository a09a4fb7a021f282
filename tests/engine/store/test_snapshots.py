"""Snapshots: compressed, read back exactly, bombs and damage refused; identity by content."""

from __future__ import annotations

import zlib

import pytest

from engine.domain.errors import InputError
from engine.store.snapshots import identity_of, pack, unpack


def test_a_snapshot_reads_back_exactly() -> None:
    document = {"format": "abnd-project", "name": "ສະບາຍດີ", "values": [1, 2.5, None]}
    assert unpack(pack(document), "here") == document
    assert len(pack({"rows": [{"value": 1000}] * 10_000})) < 2_000


def test_the_identity_is_the_content_whatever_the_format_version() -> None:
    document = {"format": "abnd-project", "format_version": 2, "name": "A"}
    assert identity_of(document) == identity_of({**document, "format_version": 3})
    assert identity_of(document) != identity_of({**document, "name": "B"})
    assert len(identity_of(document)) == 32


@pytest.mark.parametrize(
    "blob, reason",
    [
        (b"garbage", "Error -3"),
        (zlib.compress(b"[1, 2]"), "it is not a project document"),
        (zlib.compress(b'{"a": 1, "a": 2}'), 'the key "a" appears twice'),
        (zlib.compress(b"x" * 1000)[:-5], "cut short"),
        (zlib.compress(b" " * (300 * 1024 * 1024)), "larger than 256 MB"),
        ("text", "it is not a compressed document"),
    ],
)
def test_a_damaged_or_oversized_snapshot_is_refused(blob, reason) -> None:
    with pytest.raises(InputError) as raised:
        unpack(blob, "table snapshot, entry 'v1'")
    assert raised.value.path == "table snapshot, entry 'v1'"
    assert reason in raised.value.message
