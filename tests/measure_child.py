"""Run one command line in this process and report its peak memory and time.

``python -m tests.measure_child OUT ARGS...``: runs ``main(ARGS)``, then writes
``exit_code peak_rss_mb seconds`` to OUT (the child's own peak, so nothing else
the test session ran is counted).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from main import main


def peak_rss_kb() -> int:
    """This process's own peak resident memory. VmHWM restarts at exec; getrusage's
    ru_maxrss keeps the forking parent's peak (pytest's), so it is only the fallback."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    started = time.perf_counter()
    try:
        code = main(sys.argv[2:])
    except SystemExit as stop:
        code = int(stop.code or 0)
    elapsed = time.perf_counter() - started
    peak_mb = peak_rss_kb() / 1024
    Path(sys.argv[1]).write_text(f"{code} {peak_mb:.0f} {elapsed:.2f}\n", encoding="utf-8")
    sys.exit(code)
