"""Recomputing after an edit: only what the edit changed, to the same last bit.

The window recomputes after every edit. :class:`Recompute` keeps what the last compute
found (a :class:`~engine.method.memo.Memo`): an edit to one scenario recomputes that
scenario, the scenarios ``covered_by`` it, the financing sources its members pay
contributions to, and the packages holding any of these; every other scenario's
terms and table, source and package are taken again as they were. A country-data
edit prepares new country data, so everything is recomputed. Since what is taken
again was computed by the same code from the very same objects, the results equal a
full :func:`~engine.method.compute.compute` bit for bit (tests/engine/method/
test_incremental.py checks it over random edit sequences).
"""

from __future__ import annotations

from engine.domain.model import Project
from engine.method.compute import Results, compute
from engine.method.memo import Memo


class Recompute:
    """``compute`` that remembers its last results (one per open project, one thread)."""

    def __init__(self) -> None:
        self.memo = Memo()

    def compute(self, project: Project, *, strict: bool = False) -> Results:
        return compute(project, strict=strict, memo=self.memo)
