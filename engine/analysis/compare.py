"""Two projects side by side: every assumption that differs, and what it does to the cost.

Two versions of one project, a version and now, or two files: the assumptions
that differ field by field (population cells counted together), and each
scenario's and package's cost in the chosen years under both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.changes import ABSENT, detailed, diff_fields, project_flat
from engine.edits.flat import Path
from engine.method.compute import Results, compute

Measure = Literal["pct_gdp", "total_cost"]
POPULATION_ROWS: Path = ("population", "rows")


@dataclass(frozen=True)
class Difference:
    """One assumption's value in A and in B (``ABSENT`` where a side has none); for
    ``("population", "rows")``, ``count`` population cells differ."""

    path: Path
    a: Any
    b: Any
    count: int = 1


@dataclass(frozen=True)
class CostRow:
    scope: Literal["scenario", "package"]
    id: str
    name: str
    a: tuple[float | None, ...]  # per year of Comparison.years; None: no result there
    b: tuple[float | None, ...]


@dataclass(frozen=True)
class Comparison:
    differences: tuple[Difference, ...]
    years: tuple[int, ...]
    measure: Measure
    costs: tuple[CostRow, ...]


def differences(a: Project, b: Project) -> list[Difference]:
    """Every field that differs (orders left out), population cells as one line."""
    found: list[Difference] = []
    cells = 0
    for change in diff_fields(project_flat(a).fields, project_flat(b).fields):
        if change.path[:2] == POPULATION_ROWS:
            cells += 1
            continue
        found += [Difference(c.path, c.before, c.after) for c in detailed(change)]
    if cells:
        found.insert(0, Difference(POPULATION_ROWS, ABSENT, ABSENT, cells))
    return found


def default_years(a: Project, b: Project) -> list[int]:
    """Five years after the base and the end year (of A, within both)."""
    end = min(a.years.end, b.years.end)
    return sorted({min(a.years.base + 5, end), end})


def compare(
    a: Project, b: Project, years: Sequence[int] | None = None, measure: Measure = "pct_gdp"
) -> Comparison:
    """The differences and the costs of every scenario and package in ``years``."""
    chosen = tuple(years or default_years(a, b))
    first, second = _results(a), _results(b)
    costs: list[CostRow] = []
    for scope in ("scenario", "package"):
        names: dict[str, str] = {}
        for project in (a, b):
            for item in project.scenarios if scope == "scenario" else project.packages:
                names.setdefault(item.id, item.name)
        for item_id, name in names.items():
            costs.append(
                CostRow(
                    scope,
                    item_id,
                    name,
                    _values(first, scope, item_id, chosen, measure),
                    _values(second, scope, item_id, chosen, measure),
                )
            )
    return Comparison(tuple(differences(a, b)), chosen, measure, tuple(costs))


def _results(project: Project) -> Results | None:
    try:
        return compute(project, strict=False)
    except InputError:
        return None


def _values(
    results: Results | None, scope: str, item_id: str, years: tuple[int, ...], measure: Measure
) -> tuple[float | None, ...]:
    if results is None:
        return tuple(None for _ in years)
    tables = results.scenarios if scope == "scenario" else results.packages
    if item_id not in tables:
        return tuple(None for _ in years)
    column = tables[item_id].columns[measure]
    first = int(results.years[0])
    values: list[float | None] = []
    for year in years:
        index = year - first
        value = float(column[index]) if 0 <= index < len(column) else None
        values.append(None if value is None or value != value else value)
    return tuple(values)
