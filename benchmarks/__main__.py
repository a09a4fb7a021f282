"""``python -m benchmarks [GROUP...]``: every figure, each a median with its spread, printed
next to its target. Groups: engine, store, start, edit, workbook, uncertainty, package,
lao (all when none is named)."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable

from benchmarks import (
    edit_bench,
    engine_bench,
    gui_bench,
    lao_breaks_bench,
    package_bench,
    store_bench,
    uncertainty_bench,
    workbook_bench,
)
from benchmarks.figures import Figure

GROUPS: dict[str, Callable[[], list[Figure]]] = {
    "engine": engine_bench.run,
    "store": store_bench.run,
    "start": gui_bench.run,
    "edit": edit_bench.run,
    "workbook": workbook_bench.run,
    "uncertainty": uncertainty_bench.run,
    "package": package_bench.run,
    "lao": lao_breaks_bench.run,
}


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in GROUPS]
    if unknown:
        print(f"unknown group(s) {', '.join(unknown)}; groups: {', '.join(GROUPS)}")
        return 2
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"{'figure':<66} {'median':>10} {'':<3} {'spread':<28} target")
    missed = 0
    for name in names or list(GROUPS):
        for figure in GROUPS[name]():
            print(figure.line(), flush=True)
            missed += figure.met is False
    print(f"{missed} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
