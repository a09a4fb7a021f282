"""The collector is paused for a block and left as it was, error or not."""

from __future__ import annotations

import gc

import pytest

from engine.runtime import collection


def test_the_collector_is_paused_then_left_as_it_was() -> None:
    assert gc.isenabled()
    with collection.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection.paused():
        raise ValueError("bad row")
    assert gc.isenabled()
    gc.disable()
    try:
        with collection.paused():
            pass
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()


def test_blocks_that_overlap_in_two_threads_leave_the_collector_on() -> None:
    """A window checks rows in a worker while its own thread reads: whichever block ends
    last, in whatever order they end, the collector comes back on once, not before."""
    import threading

    assert gc.isenabled()
    first, second = collection.paused(), collection.paused()
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with second:
            entered.set()
            release.wait()

    first.__enter__()
    thread = threading.Thread(target=worker)
    thread.start()
    entered.wait()
    first.__exit__(None, None, None)  # the first block ends while the worker's goes on
    assert not gc.isenabled()
    release.set()
    thread.join()
    assert gc.isenabled()
