"""Window figures: ``main.py --smoke`` from process start to the first painted main window.

Measured from outside, as a user waits: the clock starts before the process is
launched and stops when the process reports its first paint (the project open, the
matrix tab rendered). The sample runs use a fresh ABND_HOME each, so the sample's
working copy is created every time (the worst case: a first start). The large run
opens a prepared ``.abnd`` file of 200 scenarios and 10,000 matrix rows (the Lao
sample grown, ``benchmarks/sizes.py``), as a user reopening a big project does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.sizes import grown_sample
from engine.format.read import project_from_dict
from engine.store.files import write_project

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
LARGE_RUNS = 5


SOURCE_SMOKE = [sys.executable, str(ROOT / "main.py"), "--smoke"]


def first_paint_seconds(command: list[str] = SOURCE_SMOKE) -> float:
    """Seconds from launching ``command`` (a ``--smoke`` run) to its first paint."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "ABND_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        elapsed = None
        for line in process.stdout:
            if line.startswith("first paint:") and elapsed is None:
                elapsed = time.perf_counter() - started
        if process.wait() != 0 or elapsed is None:
            raise RuntimeError(f"{command[0]} --smoke failed")
        return elapsed


def run() -> list[Figure]:
    sample = tuple(first_paint_seconds() * 1000 for _ in range(RUNS))
    with tempfile.TemporaryDirectory() as folder:
        large = Path(folder) / "large.abnd"
        write_project(project_from_dict(grown_sample(200, 10_000)), large)
        grown = tuple(
            first_paint_seconds([*SOURCE_SMOKE, str(large)]) * 1000 for _ in range(LARGE_RUNS)
        )
    return [
        Figure(
            "start to first painted window, Lao sample (first start)", sample, "ms", limit=1500.0
        ),
        Figure(
            "start to first painted window, 200 scenarios, 10,000 matrix rows",
            grown,
            "ms",
            limit=2500.0,
        ),
    ]
