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

from benchmarks.figures import Figure, single
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


def run() -> list[Figure]:
    memory = tuple(peak_memory_mb(SOURCE_SMOKE) for _ in range(2))
    figures = [Figure("GUI peak memory with the sample, from source", memory, "MB", limit=300.0)]
    if not EXE.is_file():
        print(f"({EXE} is not built: run make package for the executable's figures)")
        return figures
    first_paint_seconds([str(EXE), "--smoke"])  # the first run unpacks into the temp folder cache
    paint = tuple(first_paint_seconds([str(EXE), "--smoke"]) * 1000 for _ in range(RUNS))
    memory_exe = tuple(peak_memory_mb([str(EXE), "--smoke"]) for _ in range(2))
    return [
        *figures,
        single("executable size", EXE.stat().st_size / 2**20, "MB", "<= 110 MB"),
        Figure("executable: start to first painted window", paint, "ms", limit=3000.0),
        Figure("GUI peak memory with the sample, executable", memory_exe, "MB", limit=300.0),
    ]
