"""Every file ABND Studio writes is written atomically: all of it under its name, or nothing.

The content goes to a temporary file in the same folder (so the final rename
stays on one file system), is flushed and fsynced, then renamed over the final
name with ``os.replace`` and the folder is fsynced. If anything fails (a full
disk, a pulled USB stick, a bug) the temporary file is removed, the old file
under the final name (if any) is untouched, and one line says so. A process
killed mid-write leaves at most a hidden ``.NAME.*.tmp`` beside the file, never
a part of a file under its final name.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from engine.domain import messages
from engine.domain.errors import InputError

DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    write_with(path, lambda handle: handle.write(data))


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` atomically."""
    write_bytes(path, text.encode("utf-8"))


def saved_bytes(document: Any) -> bytes:
    """What ``document.save(file)`` writes (an openpyxl workbook), in memory: the writer
    never holds a half-written file that could fail again when it is collected."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_with(path: str | Path, writer: Callable[[BinaryIO], object]) -> None:
    """Call ``writer`` on an open binary handle to a temporary file, then move it into place."""
    with replacing(path) as temporary, temporary.open("wb") as handle:
        writer(handle)


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a file name (openpyxl,
    SQLite); once the block ends without error it is synced and renamed over ``path``."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise refusal(target, error) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _fsync_file(temporary)
        _give_mode(temporary, target)
        os.replace(temporary, target)
        _fsync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        raise refusal(target, error) from None
    finally:
        for leftover in (temporary, Path(f"{temporary}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def refusal(target: Path, error: BaseException) -> InputError:
    """One line for a file that could not be written."""
    if _disk_full(error):
        return InputError(
            "",
            messages.translate(
                "Engine",
                "the disk is full: {target} was not written; nothing was changed",
                "atomic.disk_full_target_was",
            ).format(target=target),
        )
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return InputError(
        "",
        messages.translate(
            "Engine",
            "{target} could not be written ({reason}); nothing was changed",
            "atomic.target_could_written_reason",
        ).format(target=target, reason=reason),
    )


def _disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in DISK_FULL
    return "disk is full" in str(error)  # SQLite: "database or disk is full"


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    """The rename itself is on disk once the folder is synced (POSIX; Windows has no need)."""
    if os.name != "posix":  # pragma: no cover - Windows commits the rename with the file
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _give_mode(path: Path, target: Path) -> None:
    """mkstemp makes 0600 files: keep the replaced file's mode, else rw-r--r--."""
    if os.name != "posix":  # pragma: no cover - Windows has no mode bits to keep
        return
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    os.chmod(path, mode)
