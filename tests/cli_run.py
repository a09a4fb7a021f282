"""Running the real command line in a child process: exit code, stdout, stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

from tests.conftest import REPO


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def run_cli(*args: str, timeout: float = 60, env: dict[str, str] | None = None) -> Outcome:
    """``python main.py ARGS``; the environment is the test's (plus ``env``), Qt offscreen."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONWARNINGS": "default",
        **(env or {}),
    }
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
    )
    return Outcome(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
