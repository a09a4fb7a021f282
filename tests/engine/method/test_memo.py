"""What a compute found is taken again only from the very same objects, and only what the
latest compute used is kept."""

from __future__ import annotations

from engine.method.memo import MISS, Memo


def test_a_value_is_taken_again_from_the_very_same_objects_only() -> None:
    memo = Memo()
    scenario, other = ["a scenario"], ["a scenario"]  # equal, not the same object
    memo.start()
    memo.put("key", (scenario, 1), "value")
    memo.finish()
    memo.start()
    assert memo.get("key", (scenario, 1)) == "value"
    assert memo.get("key", (other, 1)) is MISS
    assert memo.get("key", (scenario,)) is MISS
    assert memo.get("another key", (scenario, 1)) is MISS


def test_only_what_the_latest_compute_used_is_kept() -> None:
    memo = Memo()
    kept, dropped = object(), object()
    memo.start()
    memo.put("kept", (kept,), 1)
    memo.put("dropped", (dropped,), 2)
    memo.finish()
    memo.start()
    assert memo.get("kept", (kept,)) == 1  # used by this compute
    memo.finish()
    memo.start()
    assert memo.get("kept", (kept,)) == 1
    assert memo.get("dropped", (dropped,)) is MISS  # the compute before did not use it
