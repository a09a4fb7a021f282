"""The JSON exchange format, version 1 (docs/json-format.md): files in and out.

Reading is strict: unknown keys, wrong types, rates written as percents and
dangling references are refused with an :class:`InputError` naming the JSON path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.format import strict_json
from engine.format.keys import MAX_FILE_BYTES
from engine.format.read import check_references, project_from_dict
from engine.format.write import project_to_dict
from engine.runtime import atomic, collection

__all__ = [
    "check_references",
    "dumps_project",
    "load_project",
    "parse_json_bytes",
    "project_from_dict",
    "project_to_dict",
    "save_project",
]


def load_project(path: str | Path) -> Project:
    """Read and validate a project file; errors name the file and the place."""
    source = str(path)
    try:
        raw = _read_limited(Path(path))
        with collection.paused():  # many rows, no cycles: engine/runtime/collection.py
            return project_from_dict(parse_json_bytes(raw))
    except InputError as error:
        raise error.in_file(source) from None


def _read_limited(path: Path) -> bytes:
    if not path.is_file():  # a folder, a pipe, a device (reading a pipe would block)
        raise InputError(
            "",
            messages.translate(
                "Engine", "does not exist or is not a file", "json_file.does_exist_file"
            ).format(),
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "the file is {size:.0f} MB; the limit is 200 MB",
                    "json_file.file_size_f_mb",
                ).format(size=size / 1e6),
            )
        return path.read_bytes()
    except OSError as error:
        raise InputError(
            "",
            messages.translate(
                "Engine", "cannot be read ({reason})", "json_file.cannot_read_value"
            ).format(reason=error.strerror or error),
        ) from None


def parse_json_bytes(raw: bytes) -> Any:
    """Decode UTF-8 JSON strictly: no NaN, no duplicate keys, clear positions."""
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is not UTF-8 text (byte 0x{raw:02x} at position {start})",
                "json_file.utf_text_byte_x",
            ).format(raw=raw[error.start], start=error.start),
        ) from None
    if not content.strip():
        raise InputError("", messages.translate("Engine", "is empty", "json_file.empty").format())
    return strict_json.loads(content)


def save_project(project: Project, path: str | Path) -> None:
    """Write the project as JSON (UTF-8, indented), replacing the file atomically."""
    atomic.write_text(path, dumps_project(project))


def dumps_project(project: Project) -> str:
    return json.dumps(project_to_dict(project), indent=2, ensure_ascii=False) + "\n"
