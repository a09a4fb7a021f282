"""Project-file figures: open + compute a large project (1,000 and 50,000 matrix rows); one
edit acknowledged on disk."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchmarks.engine_bench import clear_caches
from benchmarks.figures import Figure, timed_ms
from benchmarks.stress_project import stress_document
from engine.edits.commands import Put
from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.store.project_store import ProjectStore


def large_document(rows: int = 1000, scenarios: int = 50) -> dict[str, Any]:
    """The stress project grown to ``scenarios`` scenarios and ``rows`` matrix rows."""
    document = stress_document()
    base = document["scenarios"]
    document["scenarios"] = [
        {**base[i % len(base)], "id": f"s{i:02d}", "name": f"Scenario {i}"}
        for i in range(scenarios)
    ]
    ids = [s["id"] for s in document["scenarios"]]
    document["packages"] = [{"id": "all", "name": "All", "scenarios": ids}]
    document["matrix"] = [
        {
            "id": f"m{i}",
            "guarantee": ("health", "children", "working_age", "elderly")[i % 4],
            "existing_provision": "Community-based health insurance, voluntary. " * 3,
            "policy_gap": "Informal workers and their families are not covered. " * 2,
            "implementation_issue": "Low enforcement; contribution collection weak.",
            "recommendation": f"Recommendation {i}: extend coverage with a subsidy.",
            "costable": i % 3 == 0,
            "scenario_ids": [ids[i % scenarios]] if i % 3 == 0 else [],
            "priority": i % 3 + 1,
            "agencies": ["MoLSW", "MoH", "MoF"],
            "notes": "",
        }
        for i in range(rows)
    ]
    return document


def open_and_compute_ms(path: Path, repeats: int, rows_later: bool) -> tuple[float, ...]:
    def open_and_compute() -> None:
        with ProjectStore.open(path, rows_later=rows_later) as store:
            compute(store.project)

    return timed_ms(open_and_compute, repeats, setup=clear_caches)


def check_rows_ms(path: Path, repeats: int) -> tuple[float, ...]:
    """What the window does after its first paint: decode and check every matrix row."""
    stores: list[ProjectStore] = []

    def opened() -> None:
        clear_caches()
        stores.append(ProjectStore.open(path, rows_later=True))

    def check() -> None:
        store = stores.pop()
        store.check_rows()
        store.close()

    return timed_ms(check, repeats, setup=opened)


def run() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for rows, repeats, limit in ((1000, 15, 200.0), (50_000, 7, 300.0)):
            path = Path(folder) / f"large-{rows}.abnd"
            ProjectStore.create(path, project_from_dict(large_document(rows))).close()
            # What the window waits for: every check but the rows' own, which follow the
            # first paint (and come before any edit is saved).
            figures.append(
                Figure(
                    f"project file: open (checks) + compute, {rows:,} matrix rows, 50 scenarios",
                    open_and_compute_ms(path, repeats, rows_later=True),
                    "ms",
                    limit=limit,
                )
            )
            figures.append(
                Figure(
                    f"  then every matrix row decoded and checked ({rows:,}), after the paint",
                    check_rows_ms(path, repeats),
                    "ms",
                )
            )
            figures.append(
                Figure(
                    f"  the same open reading every row first (command line), {rows:,} rows",
                    open_and_compute_ms(path, max(3, repeats // 2), rows_later=False),
                    "ms",
                )
            )
        store = ProjectStore.open(Path(folder) / "large-1000.abnd")
        counter = iter(range(10**9))

        def one_edit() -> None:
            number = next(counter)
            row = {"id": "m7", "guarantee": "children", "notes": f"edited {number}"}
            store.apply(Put("matrix_row", "m7", row))

        figures.append(
            Figure(
                "project file: one edit acknowledged on disk (fsync'd commit)",
                timed_ms(one_edit, 200),
                "ms",
                limit=10.0,
            )
        )
        store.close()
    return figures
