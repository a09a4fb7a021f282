"""The one log file: internal errors with their tracebacks, kept small by rotation.

``ABND_LOG_DIR`` overrides the folder (tests, portable use from a USB stick);
by default it is ``~/.abnd-studio/logs``. The command line and the window both
write here, through :mod:`logging` and one rotating handler.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOGGER = "abnd"
MAX_BYTES = 1_000_000
BACKUPS = 3


def log_path() -> Path:
    """Where internal errors are logged."""
    folder = Path(os.environ.get("ABND_LOG_DIR") or Path.home() / ".abnd-studio" / "logs")
    return folder / "abnd-studio.log"


def logger() -> logging.Logger:
    """The app's logger, writing to :func:`log_path` (set up once per folder)."""
    log = logging.getLogger(LOGGER)
    path = log_path()
    current = [h for h in log.handlers if isinstance(h, RotatingFileHandler)]
    if current and Path(current[0].baseFilename) == path.resolve():
        return log
    for handler in current:
        log.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return log  # no writable folder: the caller prints the traceback instead
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return log


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_internal_error(exc_info: ExcInfo | None = None) -> Path:
    """Record an unexpected error with its traceback; returns the log's path."""
    info = exc_info or sys.exc_info()
    log = logger()
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        text = "".join(traceback.format_exception(*info)) if info[0] else "(no traceback)"
        log.error("internal error\n%s", text)
        for handler in log.handlers:
            handler.flush()
    else:
        traceback.print_exception(*info)
    return log_path()
