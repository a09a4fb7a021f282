"""Engine figures: full recompute of the stress project, cold and with country data prepared;
and what an edit to one scenario costs at 20, 100 and 1,000 scenarios, recomputed whole
and recomputed incrementally (the window's way), in the same run."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.figures import Figure, timed_ms
from benchmarks.stress_project import stress_document, stress_project
from engine.domain.model import Project
from engine.format.json_file import load_project
from engine.method.compute import compute
from engine.method.context import _prepare
from engine.method.series import _resolve

try:  # the incremental engine (absent before issue 21: then a full recompute is measured)
    from engine.method.incremental import Recompute
except ImportError:  # pragma: no cover - for measuring an older tree
    Recompute = None  # type: ignore[assignment,misc]


def clear_caches() -> None:
    _prepare.cache_clear()
    _resolve.cache_clear()


def edited_versions(project: Project) -> tuple[Project, Project]:
    """The project with its middle scenario's benefit level at two values (what typing in
    its form does): recomputing them in turn costs an edit each time."""
    index = len(project.scenarios) // 2
    while getattr(project.scenarios[index].benefit, "type", None) != "fixed":
        index += 1
    scenario = project.scenarios[index]
    versions = []
    for amount in (101_000.0, 102_000.0):
        assert scenario.benefit is not None
        changed = dataclasses.replace(
            scenario, benefit=dataclasses.replace(scenario.benefit, monthly_amount=amount)
        )
        scenarios = list(project.scenarios)
        scenarios[index] = changed
        versions.append(dataclasses.replace(project, scenarios=tuple(scenarios)))
    return versions[0], versions[1]


def one_scenario_edit(count: int, repeats: int) -> list[Figure]:
    """Incremental and full recompute after a one-scenario edit, in one run.

    The incremental figure is a run of consecutive edits, each undoing the last (what
    the window does between edits); the full recomputes follow in the same process.
    Timed in alternation with a 100 ms full compute instead, the incremental one also
    pays for the caches that compute emptied (about twice the time at 1,000 scenarios).
    """
    first, second = edited_versions(stress_project(count))
    compute(first)  # country data prepared
    incremental = Recompute() if Recompute is not None else None
    recompute: Callable[[Project], object] = (
        incremental.compute if incremental is not None else compute  # type: ignore[assignment]
    )
    recompute(first)
    versions = [second, first] * repeats
    fast = [timed_ms(lambda p=project: recompute(p), 1)[0] for project in versions[:repeats]]  # type: ignore[misc]
    full_repeats = max(10, repeats // 4)
    full = [
        timed_ms(lambda p=project: compute(p, strict=False), 1)[0]  # type: ignore[misc]
        for project in versions[:full_repeats]
    ]
    target = 3.0 if count == 1000 else None
    return [
        Figure(
            f"engine: one-scenario edit, full recompute, {count:,} scenarios", tuple(full), "ms"
        ),
        Figure(
            f"engine: one-scenario edit, incremental recompute, {count:,} scenarios",
            tuple(fast),
            "ms",
            limit=target,
        ),
    ]


def run() -> list[Figure]:
    project = stress_project()
    compute(project)  # warm: country data prepared, series resolved
    figures = [
        Figure(
            "engine: full recompute, stress project (country data prepared)",
            timed_ms(lambda: compute(project), 2000),
            "ms",
            limit=1.0,
        ),
        Figure(
            "engine: cold compute incl. Sprague/interpolation/economy paths",
            timed_ms(lambda: compute(project), 30, setup=clear_caches),
            "ms",
        ),
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stress.json"
        path.write_text(json.dumps(stress_document()), encoding="utf-8")
        figures.append(
            Figure(
                "engine: read stress JSON (7,272 population rows) + cold compute",
                timed_ms(lambda: compute(load_project(path)), 10, setup=clear_caches),
                "ms",
            )
        )
    for count, repeats in ((20, 400), (100, 200), (1000, 100)):
        figures += one_scenario_edit(count, repeats)
    return figures
