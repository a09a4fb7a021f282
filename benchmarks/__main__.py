"""``python -m benchmarks``: every figure, each printed next to its target."""

from __future__ import annotations

import os
import platform

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


def main() -> None:
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    for name, value, unit, target in [
        *engine_bench.run(),
        *store_bench.run(),
        *gui_bench.run(),
        *edit_bench.run(),
        *workbook_bench.run(),
        *uncertainty_bench.run(),
        *package_bench.run(),
        *lao_breaks_bench.run(),
    ]:
        print(f"{name:<74} {value:10.3f} {unit:<3} target {target}")


if __name__ == "__main__":
    main()
