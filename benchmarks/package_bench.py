"""The executable's figures: size, first painted window, and the GUI's peak memory.

Peak memory is the largest resident set of a ``--smoke`` run on the Lao sample
(all four tabs built and painted), read by a fresh wrapper process with
``getrusage(RUSAGE_CHILDREN)``, so that a one-file executable's unpacked child
counts too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.gui_bench import SOURCE_SMOKE, first_paint_seconds

ROOT = Path(__file__).resolve().parents[1]
EXE = ROOT / "dist" / ("abnd-studio.exe" if os.name == "nt" else "abnd-studio")
RUNS = 5


WRAPPER = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], capture_output=True, check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_memory_mb(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "ABND_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-c", WRAPPER, *command],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return int(done.stdout.strip()) / 1024  # kB on Linux


def run() -> list[tuple[str, float, str, str]]:
    memory = max(peak_memory_mb(SOURCE_SMOKE) for _ in range(2))
    figures = [("GUI peak memory with the sample, from source", memory, "MB", "<= 300 MB")]
    if not EXE.is_file():
        print(f"({EXE} is not built: run make package for the executable's figures)")
        return figures
    first_paint_seconds([str(EXE), "--smoke"])  # the first run unpacks into the temp folder cache
    paint = (
        sorted(first_paint_seconds([str(EXE), "--smoke"]) for _ in range(RUNS))[RUNS // 2] * 1000
    )
    memory_exe = max(peak_memory_mb([str(EXE), "--smoke"]) for _ in range(2))
    return [
        *figures,
        ("executable size", EXE.stat().st_size / 2**20, "MB", "<= 110 MB"),
        (f"executable: start to first painted window, median of {RUNS}", paint, "ms", "<= 3000 ms"),
        ("GUI peak memory with the sample, executable", memory_exe, "MB", "<= 300 MB"),
    ]
