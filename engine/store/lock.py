"""One writer per project: an OS lock on a small file beside it.

The lock is held by the operating system, so it vanishes when the process dies
(even killed): a stale lock file never blocks anybody.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path


class WriterLock:
    def __init__(self, project: Path) -> None:
        self.path = project.with_name(project.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another running program holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {socket.gethostname()}".encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        """Who holds the lock, as written in the lock file ("pid host")."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
