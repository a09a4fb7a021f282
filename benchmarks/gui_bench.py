"""Window figures: ``main.py --smoke`` from process start to the first painted main window.

Measured from outside, as a user waits: the clock starts before the process is
launched and stops when the process reports its first paint (the sample
project open, the matrix tab rendered). Each run uses a fresh ABND_HOME, so the
sample's working copy is created every time (the worst case: a first start).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7


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


def run() -> list[tuple[str, float, str, str]]:
    times = sorted(first_paint_seconds() for _ in range(RUNS))
    return [
        (
            f"start to first painted window, Lao sample, median of {RUNS} (first start)",
            statistics.median(times) * 1000,
            "ms",
            "<= 1500 ms",
        ),
        ("start to first painted window, slowest run", times[-1] * 1000, "ms", "info"),
    ]
