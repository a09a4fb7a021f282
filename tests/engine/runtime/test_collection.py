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
