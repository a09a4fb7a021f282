"""LibreOffice recalculating the exported stress workbook, against the engine's recompute.

LibreOffice's time is the headless load-recalculate-save of the workbook with
live formulas, minus the same for a copy holding the computed values only
(so start-up, parsing and saving cancel out). Both runs in one go, here.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

from benchmarks.engine_bench import median_ms
from benchmarks.stress_project import stress_document
from engine.format.read import project_from_dict
from engine.method.compute import compute
from engine.outputs.workbook.book import write_workbook

COPIES = 8  # one LibreOffice process converts them all: its start-up is paid once


def _convert(source: Path, folder: Path, copies: int = 1) -> float:
    """Seconds for one LibreOffice process to load, recalculate and save ``copies`` copies."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(copies):
        files.append(folder / f"{source.stem}-{i}.xlsx")
        shutil.copyfile(source, files[-1])
    started = time.perf_counter()
    subprocess.run(
        [soffice, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", str(folder / "out")]
        + [str(f) for f in files],
        check=True,
        capture_output=True,
        env={"HOME": str(folder.parent), "PATH": "/usr/bin:/bin"},
    )
    return time.perf_counter() - started


def run() -> list[tuple[str, float, str, str]]:
    project = project_from_dict(stress_document())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        formulas = folder / "formulas.xlsx"
        write_workbook(project, formulas)
        _convert(formulas, folder / "warm")  # the first start builds LibreOffice's profile
        values = load_workbook(folder / "warm" / "out" / "formulas-0.xlsx", data_only=True)
        values_only = folder / "values.xlsx"
        values.save(values_only)
        with_formulas = _convert(formulas, folder / "formulas", COPIES)
        baseline = _convert(values_only, folder / "values", COPIES)
    recalc_ms = (with_formulas - baseline) / COPIES * 1000
    compute(project)
    engine_ms = median_ms(lambda: compute(project), 200)
    return [
        (
            "LibreOffice: recalculate the stress workbook (load+save cancelled out)",
            recalc_ms,
            "ms",
            "info",
        ),
        ("engine: recompute the same project", engine_ms, "ms", "info"),
        ("ratio LibreOffice / engine", recalc_ms / engine_ms, "x", "info"),
    ]
