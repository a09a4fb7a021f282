"""Reading a large project without the cyclic garbage collector in the way.

Reading 50,000 matrix rows creates a few hundred thousand dicts, lists and tuples,
and Python's cyclic collector runs again and again over all of them as they pile up
(about 40 % of an open). None of them is in a cycle, so nothing is lost by pausing the
collector while they are read; plain reference counting still frees everything.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # blocks in progress, in any thread (a worker may read a file meanwhile)
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """The collector paused for the block, and left as it was once the last block that
    overlaps it ends (error or not), whichever thread ends last."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
