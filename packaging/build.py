"""``make package``: build dist/abnd-studio (one file) from a clean virtual environment.

The environment (build/package-venv) gets the app and PyInstaller only, never
the test and lint tools, so nothing extra ends up in the executable.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "build" / "package-venv"
PYINSTALLER = "pyinstaller>=6.10"


def python_in(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def version_file() -> None:
    """Windows version information (company, product, version) from engine.__version__."""
    sys.path.insert(0, str(ROOT))
    from engine import __version__

    numbers = ", ".join(([*__version__.split("."), "0", "0", "0"])[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'ABND Studio'),
    StringStruct('FileDescription', 'ABND Studio: Social Protection Floor costing'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', 'ABND Studio'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"""
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "version_info.txt").write_text(text, encoding="utf-8")


def main() -> int:
    if VENV.exists():
        shutil.rmtree(VENV)
    venv.create(VENV, with_pip=True)
    python = str(python_in(VENV))
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run([python, "-m", "pip", "install", *quiet, str(ROOT), PYINSTALLER], check=True)
    version_file()
    subprocess.run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "abnd-studio.spec"),
        ],
        check=True,
    )
    name = "abnd-studio.exe" if os.name == "nt" else "abnd-studio"
    target = ROOT / "dist" / name
    print(f"{target}: {target.stat().st_size / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
