"""Whole projects kept inside a project file: its origin and its saved versions.

A snapshot is the project's JSON document, compressed (zlib). Reading one is
bounded (at most 256 MB once decompressed, a compression bomb is refused) and as
strict as reading a JSON file. A project's identity is a digest of its origin, so
every copy of one file (and every file made from the same content) shares it.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import UTC, datetime
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.format import strict_json

MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
        "utf-8"
    )


def pack(document: dict[str, Any]) -> bytes:
    return zlib.compress(canonical(document), 6)


def unpack(blob: Any, place: str) -> dict[str, Any]:
    """A snapshot's document; anything damaged is refused naming ``place``."""
    if not isinstance(blob, bytes):
        raise _damaged(place, "it is not a compressed document")
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(blob, MAX_SNAPSHOT_BYTES)
    except zlib.error as error:
        raise _damaged(place, str(error)) from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise _damaged(place, "it is cut short or larger than 256 MB once opened")
    try:
        document = strict_json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, InputError) as error:
        reason = error.message if isinstance(error, InputError) else "not UTF-8"
        raise _damaged(place, reason) from None
    if not isinstance(document, dict):
        raise _damaged(place, "it is not a project document")
    return document


def identity_of(document: dict[str, Any]) -> str:
    """The identity of a project that starts from ``document`` (a digest of its content)."""
    body = {k: v for k, v in document.items() if k not in ("format", "format_version")}
    return hashlib.sha256(canonical(body)).hexdigest()[:32]


def now_iso() -> str:
    """The time now, UTC, to the second: ``2025-05-03T09:12:44Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _damaged(place: str, reason: str) -> InputError:
    return InputError(
        place,
        messages.translate("Engine", "is damaged ({reason})", "snapshots.damaged").format(
            reason=reason
        ),
    )
