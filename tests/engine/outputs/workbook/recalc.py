"""LibreOffice, headless, loads workbooks (so computes every formula) and saves the values."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def recalculated(sources: list[Path], folder: Path) -> list[Path]:
    """The workbooks after LibreOffice has recalculated and saved them, in one run."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (Debian libreoffice-calc-nogui; .ci/run installs it)"
    folder.mkdir(exist_ok=True)
    subprocess.run(
        [soffice, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", str(folder)]
        + [str(source) for source in sources],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    return [folder / source.name for source in sources]
