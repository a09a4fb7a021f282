"""Engine figures: full recompute of the stress project, cold and with country data prepared."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.stress_project import stress_document, stress_project
from engine.format.json_file import load_project
from engine.method.compute import compute
from engine.method.context import _prepare
from engine.method.series import _resolve


def median_ms(
    action: Callable[[], object], repeats: int, setup: Callable[[], None] | None = None
) -> float:
    samples = []
    for _ in range(repeats):
        if setup:
            setup()
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def clear_caches() -> None:
    _prepare.cache_clear()
    _resolve.cache_clear()


def run() -> list[tuple[str, float, str, str]]:
    """(figure, value, unit, target) rows."""
    project = stress_project()
    compute(project)  # warm: country data prepared, series resolved
    recompute = median_ms(lambda: compute(project), 2000)
    cold = median_ms(lambda: compute(project), 30, setup=clear_caches)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stress.json"
        path.write_text(json.dumps(stress_document()), encoding="utf-8")
        load_and_compute = median_ms(lambda: compute(load_project(path)), 10, setup=clear_caches)
    return [
        (
            "engine: full recompute, stress project (country data prepared)",
            recompute,
            "ms",
            "<= 1 ms",
        ),
        ("engine: cold compute incl. Sprague/interpolation/economy paths", cold, "ms", "(info)"),
        (
            "engine: read stress JSON (7,272 population rows) + cold compute",
            load_and_compute,
            "ms",
            "(info)",
        ),
    ]
