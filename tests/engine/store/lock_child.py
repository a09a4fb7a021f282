"""Child process of the lock race test: take and release the writer lock in a loop.

While it holds the lock, it creates a marker file with O_EXCL: if the marker is
already there, another process holds the lock at the same time (a double holder).
Stops after ``wanted`` acquisitions; prints ``ACQUIRED DOUBLE`` at the end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from engine.store.lock import WriterLock


def main(project: str, marker: str, wanted: int) -> None:
    acquired = double = attempts = 0
    while acquired < wanted and attempts < 1000 * wanted:
        attempts += 1
        lock = WriterLock(Path(project))
        if not lock.acquire():
            continue
        acquired += 1
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            double += 1
        else:
            os.close(fd)
            os.unlink(marker)
        lock.release()
    print(acquired, double, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
