"""What one compute found, kept for the next: each value with the objects it came from.

A project is immutable and an edit replaces only what it changes, so after an edit to
one scenario every other scenario, package and financing source is the very same object
as before. A value is taken again only when every object it was found from (the
scenario, the prepared country data, the terms of the schemes it depends on...) is
*identical* (``is``) to what it was found from last time; anything else is computed
afresh. The objects are held with the value, so no identity can be reused while it is
kept; and only what the latest compute used is kept, so the memo never grows past one
project's results.
"""

from __future__ import annotations

import operator
from collections.abc import Hashable

MISS = object()  # what :meth:`Memo.get` returns when nothing can be taken again


class Memo:
    def __init__(self) -> None:
        self._kept: dict[Hashable, tuple[tuple[object, ...], object]] = {}
        self._used: dict[Hashable, tuple[tuple[object, ...], object]] = {}

    def start(self) -> None:
        """A compute begins: what the last one used may be taken again."""
        if self._used:
            self._kept = self._used
            self._used = {}

    def get(self, key: Hashable, sources: tuple[object, ...]) -> object:
        """The value stored under ``key`` if found from these very ``sources``, else MISS."""
        entry = self._used.get(key) or self._kept.get(key)
        if entry is None:
            return MISS
        found, value = entry
        if len(found) != len(sources) or not all(map(operator.is_, found, sources)):
            return MISS
        self._used[key] = entry
        return value

    def put(self, key: Hashable, sources: tuple[object, ...], value: object) -> None:
        self._used[key] = (sources, value)

    def finish(self) -> None:
        """A compute ended: what it did not use is dropped."""
        self._kept = {}
