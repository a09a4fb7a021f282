"""ABND Studio entry point: headless commands, else the desktop window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from engine.cli.main import COMMAND_NAMES, Describer, message_language, run
from engine.cli.parser import build_parser


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--smoke":
        from gui.shell.app import run_smoke

        return run_smoke(argv[1:])
    if argv and (argv[0] in COMMAND_NAMES or argv[0].startswith("-")):
        return run(argv, {"report": _report}, _localizer)
    if len(argv) > 1 or (argv and not _looks_like_project(argv[0])):
        build_parser().parse_args(argv)  # unknown words: one-line usage error
    from gui.shell.app import run_gui  # Qt loads only for the window

    return run_gui(argv)


def _report(args: argparse.Namespace) -> int:
    """``report``: the renderers draw charts with Qt, so they load only for this command."""
    from gui.report.cli import run_report

    return run_report(args, message_language(args))


def _localizer(language: str) -> Describer:
    """Errors in Lao or French: Qt's catalogue loads only when a command asks for them."""
    from gui.report.translation import error_describer

    return error_describer(language)


def _looks_like_project(word: str) -> bool:
    """A file to open in the window: it exists, or it is named like a project."""
    return Path(word).is_file() or word.lower().endswith((".abnd", ".json"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
