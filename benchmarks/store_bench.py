"""Project-file figures: open + compute a large project; one edit acknowledged on disk."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.engine_bench import clear_caches, median_ms
from benchmarks.stress_project import stress_document
from engine.edits.commands import Put
from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.store.project_store import ProjectStore


def large_document() -> dict:
    """The stress project grown to 50 scenarios and 1,000 assessment-matrix rows."""
    document = stress_document()
    base = document["scenarios"]
    document["scenarios"] = [
        {**base[i % len(base)], "id": f"s{i:02d}", "name": f"Scenario {i}"} for i in range(50)
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
            "scenario_ids": [ids[i % 50]] if i % 3 == 0 else [],
            "priority": i % 3 + 1,
            "agencies": ["MoLSW", "MoH", "MoF"],
            "notes": "",
        }
        for i in range(1000)
    ]
    return document


def run() -> list[tuple[str, float, str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.abnd"
        ProjectStore.create(path, project_from_dict(large_document())).close()

        def open_and_compute() -> None:
            with ProjectStore.open(path) as store:
                compute(store.project)

        opened = median_ms(open_and_compute, 15, setup=clear_caches)
        store = ProjectStore.open(path)
        counter = iter(range(10**9))

        def one_edit() -> None:
            number = next(counter)
            row = {"id": "m7", "guarantee": "children", "notes": f"edited {number}"}
            store.apply(Put("matrix_row", "m7", row))

        edit = median_ms(one_edit, 200)
        store.close()
    return [
        (
            "project file: open (checks) + compute, 1,000 matrix rows, 50 scenarios",
            opened,
            "ms",
            "<= 200 ms",
        ),
        ("project file: one edit acknowledged on disk (fsync'd commit)", edit, "ms", "<= 10 ms"),
    ]
