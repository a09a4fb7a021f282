"""Monte Carlo: 10,000 draws of the Lao sample's "high" package over every year.

Every assumption varies (the default ranges, population between the WPP 2024
95 % bounds); the model is built once, as the results tab does.
"""

from __future__ import annotations

import statistics
import time

from engine.analysis.setup import default_ranges, model_for
from engine.analysis.uncertainty import bands, tornado
from engine.runtime.resources import SAMPLE_PROJECT, resource_path
from engine.store.files import read_project

RUNS = 5


def run() -> list[tuple[str, float, str, str]]:
    project = read_project(resource_path(*SAMPLE_PROJECT))
    model = model_for(project, "pi95")
    ranges = default_ranges()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        bands(model, "package", "high", ranges, draws=10_000, seed=1)
        times.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    tornado(model_for(project, "variant"), "package", "high", 2035)
    tornado_ms = (time.perf_counter() - started) * 1000
    return [
        (
            f"Monte Carlo: 10,000 draws, package high, all years, median of {RUNS}",
            statistics.median(times),
            "ms",
            "<= 3000 ms",
        ),
        (
            "sensitivity: tornado of package high (6 assumptions, model built)",
            tornado_ms,
            "ms",
            "info",
        ),
    ]
