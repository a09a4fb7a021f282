"""One writer per project: an operating-system lock on the project file itself.

The lock is taken on a descriptor of the project file opened only for it and
held for as long as the project is open; the operating system releases it when
that descriptor closes or the process dies (even killed), so nothing stale can
block anybody. Because it is on the file (its inode), every way of reaching the
file shares it: a symbolic link, a hard link in any folder, another spelling of
the path. There is no lock file, so there is nothing to follow, truncate or
delete, and no window between "unlink" and "unlock" for a second writer to slip in.

- Linux and other POSIX systems: ``flock`` on the file. flock locks belong to
  the open file description and are independent of the POSIX byte-range locks
  SQLite takes on the same file, so they never block SQLite's own locking.
- macOS: flock and POSIX locks share one table there and would block SQLite, so
  the flock is taken on ``.NAME.INODE.abnd-lock`` beside the real file (named by the
  file's identity so links in the same folder share it; opened with O_NOFOLLOW,
  never truncated, never written, never deleted).
- Windows: ``LockFileEx`` (``msvcrt.locking``) on one byte of the project file at
  :data:`LOCK_OFFSET`, inside SQLite's lock-byte page (never data) and outside
  the bytes SQLite locks itself.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

# SQLite's lock-byte page starts at 0x40000000 (PENDING_BYTE); SQLite itself locks its
# first 512 bytes. One byte past those, in a page that never holds data (page size
# 4096): a Windows byte-range lock there blocks no read or write by anyone.
LOCK_OFFSET = 0x40000000 + 0x800
_BUSY = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


class LockUnavailable(OSError):
    """The lock cannot be taken at all (a read-only drive, an odd path): not a holder."""


class WriterLock:
    def __init__(self, project: Path) -> None:
        self.project = project
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another open project holds it.

        Raises :class:`LockUnavailable` when no lock can be taken here at all.
        """
        try:
            fd = _open_for_lock(self.project)
        except OSError as error:
            raise LockUnavailable(error.errno, error.strerror or str(error)) from None
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in _BUSY:
                return False
            raise LockUnavailable(error.errno, error.strerror or str(error)) from None
        self._fd = fd
        return True

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Unlock, then close (closing alone would do: the unlock says what is meant)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _open_for_lock(project: Path) -> int:
        return os.open(project, os.O_RDONLY | os.O_BINARY | os.O_NOINHERIT)

    def _lock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _open_for_lock(project: Path) -> int:
        if sys.platform == "darwin":  # pragma: no cover - see the module's docstring
            real = project.resolve(strict=True)
            name = f".{real.name}.{real.stat().st_ino}.abnd-lock"
            flags = os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
            return os.open(real.with_name(name), flags, 0o644)
        return os.open(project, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
