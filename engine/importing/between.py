"""Years an import leaves between its own: interpolate them, or keep what the project had.

A WPP extract often gives every fifth year (2025, 2030). Replacing only those years
would leave the project's own (bundled) 2026-2029 between them: two sources spliced,
a kink in every cost. By default the years between two imported years are
interpolated linearly between them, cell by cell (year, sex, age or age group);
keeping the project's years instead is a choice the user makes knowingly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any, Literal

from engine.domain.model import Project

Between = Literal["interpolate", "keep"]
BETWEEN: tuple[Between, ...] = ("interpolate", "keep")


def years_between(project: Project, rows: Iterable[dict[str, Any]]) -> list[int]:
    """The project's population years that fall strictly between two imported years."""
    imported = sorted({int(row["year"]) for row in rows})
    have = {row.year for row in project.population.rows}
    return [
        year
        for low, high in itertools.pairwise(imported)
        for year in range(low + 1, high)
        if year in have
    ]


def interpolated(rows: list[dict[str, Any]], years: Iterable[int]) -> list[dict[str, Any]]:
    """Rows for ``years``, each cell linear between the imported years around it (a cell
    missing on either side is not made up)."""
    by_year: dict[int, dict[tuple[str, Any, Any], float]] = {}
    for row in rows:
        key = (row["sex"], row.get("age"), row.get("age_group"))
        by_year.setdefault(int(row["year"]), {})[key] = float(row["value"])
    known = sorted(by_year)
    made: list[dict[str, Any]] = []
    for year in years:
        low = max(y for y in known if y < year)
        high = min(y for y in known if y > year)
        weight = (year - low) / (high - low)
        for key, before in by_year[low].items():
            after = by_year[high].get(key)
            if after is None:
                continue
            sex, age, group = key
            cell: dict[str, Any] = {
                "year": year,
                "sex": sex,
                "value": before + weight * (after - before),
            }
            cell.update({"age": age} if age is not None else {"age_group": group})
            made.append(cell)
    return made
