"""ABND Studio entry point: headless commands, else the desktop window."""

from __future__ import annotations

import sys
from pathlib import Path

from engine.cli import COMMANDS, build_parser, run


def main(argv: list[str]) -> int:
    if argv and argv[0] == "report":  # needs Qt for charts and PDF: not in engine/
        from gui.report import run_report

        return run_report(argv[1:])
    if argv and argv[0] == "--smoke":
        from gui.app import run_smoke

        return run_smoke(argv[1:])
    if argv and (argv[0] in COMMANDS or argv[0].startswith("-")):
        return run(argv)
    if len(argv) > 1 or (argv and not _looks_like_project(argv[0])):
        build_parser().parse_args(argv)  # unknown words: one-line usage error
    from gui.app import run_gui  # Qt loads only for the window

    return run_gui(argv)


def _looks_like_project(word: str) -> bool:
    """A file to open in the window: it exists, or it is named like a project."""
    return Path(word).is_file() or word.lower().endswith((".abnd", ".json"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
