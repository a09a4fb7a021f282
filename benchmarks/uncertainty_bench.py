"""Monte Carlo: 10,000 draws of the Lao sample's "high" package over every year; and
1,000,000 draws of the stress project's "high" package (20 scenarios, 36 years), its time
and the peak memory of the process that runs it.

Every assumption varies (the default ranges, population between the WPP 2024
95 % bounds); the model is built once, as the results tab does. The million draws run
in a process of their own, started by a fresh wrapper that reads its peak resident
memory (``getrusage(RUSAGE_CHILDREN)``): Python, numpy and the project included.
"""

from __future__ import annotations

import subprocess
import sys
import time

from benchmarks.figures import Figure, timed_ms
from engine.analysis.setup import default_ranges, model_for
from engine.analysis.uncertainty import bands, tornado
from engine.runtime.resources import SAMPLE_PROJECT, resource_path
from engine.store.files import read_project

RUNS = 5
MILLION_RUNS = 3
WRAPPER = (
    "import resource, subprocess, sys; "
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True); "
    "print(done.stdout.strip(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def million_draws() -> None:
    """(in its own process) Prints the seconds 1,000,000 draws of the stress project take."""
    from benchmarks.stress_project import stress_project

    project = stress_project()
    model = model_for(project, "pi95")
    started = time.perf_counter()
    bands(model, "package", "high", default_ranges(), draws=1_000_000, seed=1)
    print(time.perf_counter() - started)


def million_figures() -> list[Figure]:
    seconds, megabytes = [], []
    for _ in range(MILLION_RUNS):
        done = subprocess.run(
            [sys.executable, "-c", WRAPPER, sys.executable, "-m", "benchmarks.uncertainty_bench"],
            capture_output=True,
            text=True,
            check=True,
        )
        elapsed, peak_kb = done.stdout.split()
        seconds.append(float(elapsed) * 1000)
        megabytes.append(int(peak_kb) / 1024)  # kB on Linux
    return [
        Figure(
            "Monte Carlo: 1,000,000 draws, stress project, package high",
            tuple(seconds),
            "ms",
            limit=5000.0,
        ),
        Figure("Monte Carlo: peak memory of that process", tuple(megabytes), "MB", limit=200.0),
    ]


def run() -> list[Figure]:
    project = read_project(resource_path(*SAMPLE_PROJECT))
    model = model_for(project, "pi95")
    ranges = default_ranges()
    sample = timed_ms(lambda: bands(model, "package", "high", ranges, draws=10_000, seed=1), RUNS)
    variant = model_for(project, "variant")
    return [
        Figure(
            "Monte Carlo: 10,000 draws, Lao sample, package high, all years",
            sample,
            "ms",
            limit=3000.0,
        ),
        Figure(
            "sensitivity: tornado of package high (6 assumptions, model built)",
            timed_ms(lambda: tornado(variant, "package", "high", 2035), 5),
            "ms",
        ),
        *million_figures(),
    ]


if __name__ == "__main__":
    million_draws()
