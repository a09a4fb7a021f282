"""The order in which scenarios are costed: a scenario after those it is ``covered_by``.

Shared by the format (a circular reference is refused when read) and the method
(each scenario is costed once the beneficiaries it excludes are known).
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.domain.model import Scenario


def cycle(scenarios: Sequence[Scenario]) -> list[str] | None:
    """The ids of one circular chain of ``covered_by`` links (``[a, b, a]``), or None."""
    links = {s.id: [d for d in (s.covered_by or ()) if d != s.id] for s in scenarios}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for other in links.get(node, []):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other in links and other not in state:
                found = visit(other)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for scenario in scenarios:
        if scenario.id not in state:
            found = visit(scenario.id)
            if found:
                return found
    return None


def costing_order(scenarios: Sequence[Scenario]) -> list[int]:
    """Indices of ``scenarios`` such that each comes after every scenario it is covered by.

    Without ``covered_by`` links this is the project's own order; with them, a
    scenario keeps its place unless it must wait. Unknown ids and cycles are the
    reader's to refuse; here they are ignored (a cycle's members keep their order).
    """
    index = {s.id: i for i, s in enumerate(scenarios)}
    if not any(s.covered_by for s in scenarios):
        return list(range(len(scenarios)))
    order: list[int] = []
    placed: set[int] = set()

    def place(i: int, seen: frozenset[int]) -> None:
        if i in placed or i in seen:
            return
        for dependency in scenarios[i].covered_by or ():
            j = index.get(dependency)
            if j is not None:
                place(j, seen | {i})
        placed.add(i)
        order.append(i)

    for i in range(len(scenarios)):
        place(i, frozenset())
    return order
