"""Reading a large project without the cyclic garbage collector in the way.

Reading 50,000 matrix rows creates a few hundred thousand dicts, lists and tuples,
and Python's cyclic collector runs again and again over all of them as they pile up
(about 40 % of an open). None of them is in a cycle, so nothing is lost by pausing the
collector while they are read; plain reference counting still frees everything.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector paused for the block (left as it was after, error or not)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
