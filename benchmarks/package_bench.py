"""The executable's figures: size, first painted window, and the GUI's peak memory.

Peak memory is the largest resident set of a ``--smoke`` run on the Lao sample
(all four tabs built and painted), measured from outside with ``getrusage``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ROOT / "dist" / ("abnd-studio.exe" if os.name == "nt" else "abnd-studio")
RUNS = 5


def first_paint(command: list[str]) -> tuple[float, float]:
    """Seconds from launch to the first paint, and the run's peak memory in MB."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "ABND_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
        )
        assert process.stdout is not None
        painted = None
        for line in process.stdout:
            if line.startswith("first paint") and painted is None:
                painted = time.perf_counter() - started
        _, status, usage = os.wait4(process.pid, 0)
        if status != 0 or painted is None:
            raise RuntimeError(f"{command[0]} --smoke failed")
        return painted, usage.ru_maxrss / 1024  # kB on Linux


def run() -> list[tuple[str, float, str, str]]:
    source = [sys.executable, str(ROOT / "main.py"), "--smoke"]
    memory = max(first_paint(source)[1] for _ in range(2))
    figures = [("GUI peak memory with the sample, from source", memory, "MB", "<= 300 MB")]
    if not EXE.is_file():
        print(f"({EXE} is not built: run make package for the executable's figures)")
        return figures
    first_paint([str(EXE), "--smoke"])  # the first run unpacks into the temp folder cache
    runs = [first_paint([str(EXE), "--smoke"]) for _ in range(RUNS)]
    paint = sorted(r[0] for r in runs)[RUNS // 2] * 1000
    return [
        *figures,
        ("executable size", EXE.stat().st_size / 2**20, "MB", "<= 110 MB"),
        (f"executable: start to first painted window, median of {RUNS}", paint, "ms", "<= 3000 ms"),
        ("GUI peak memory with the sample, executable", max(r[1] for r in runs), "MB", "<= 300 MB"),
    ]
