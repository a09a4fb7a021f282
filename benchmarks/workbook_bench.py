"""LibreOffice recalculating the exported stress workbook, against the engine's recompute.

The workbook (every kind of scenario, live formulas) is loaded once into a headless
LibreOffice; then, in one run, LibreOffice's ``calculateAll()`` (through UNO, timed
around the call alone, ``benchmarks/uno_recalc.py``) and the engine's recompute of the
same project take turns, REPEATS times each. Reported: both medians with their spread,
and the ratio of the medians. Needs the system Python's ``uno`` module (Debian:
python3-uno); without it the figures are skipped with a note.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, single
from benchmarks.stress_project import stress_document
from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.outputs.workbook.book import write_workbook

REPEATS = 60
SYSTEM_PYTHON = "/usr/bin/python3"
HELPER = Path(__file__).with_name("uno_recalc.py")


def has_uno() -> bool:
    if shutil.which("soffice") is None or not Path(SYSTEM_PYTHON).is_file():
        return False
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False)
    return found.returncode == 0


def run() -> list[Figure]:
    if not has_uno():
        print("(LibreOffice figures skipped: needs soffice and python3-uno)")
        return []
    project = project_from_dict(stress_document())
    compute(project)
    office_ms: list[float] = []
    engine_ms: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        workbook = Path(tmp) / "stress.xlsx"
        write_workbook(project, workbook)
        helper = subprocess.Popen(
            [SYSTEM_PYTHON, str(HELPER), str(workbook)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert helper.stdin is not None and helper.stdout is not None
        if helper.stdout.readline().strip() != "ready":
            helper.kill()
            raise RuntimeError("LibreOffice could not load the stress workbook")
        for _ in range(REPEATS):
            helper.stdin.write("calc\n")
            helper.stdin.flush()
            office_ms.append(float(helper.stdout.readline()) * 1000)
            started = time.perf_counter()
            compute(project)
            engine_ms.append((time.perf_counter() - started) * 1000)
        helper.stdin.write("quit\n")
        helper.stdin.close()
        helper.wait(timeout=60)
    office = Figure(
        "LibreOffice: calculateAll() of the loaded stress workbook", tuple(office_ms), "ms"
    )
    engine = Figure("engine: recompute the same project, in turn with it", tuple(engine_ms), "ms")
    return [
        office,
        engine,
        single("ratio LibreOffice / engine (medians)", office.median / engine.median, "x"),
    ]
