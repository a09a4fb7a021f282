"""Headless commands (interfaces.md section 1). ``main.py`` dispatches here; no Qt.

Exit status: 0 success; 2 bad input, with ONE line on stderr naming the file,
the place and the problem; 1 an internal error, with the traceback in a log file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from engine import __version__
from engine.compute import compute
from engine.errors import InputError
from engine.project_json import load_project
from engine.results_io import summary_table, write_results

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
PROG = "abnd-studio"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit 2), as for any bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{PROG}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="ABND Studio: cost a Social Protection Floor (ILO RAP method). "
        "Without a command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"ABND Studio {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    compute_cmd = commands.add_parser(
        "compute", help="compute every scenario and package and print a short table"
    )
    compute_cmd.add_argument("project", help="a project file (.json)")
    compute_cmd.add_argument("--out", help="write results to a .csv, .json or .xlsx file")
    compute_cmd.add_argument("--package", help="only this package and its scenarios")
    return parser


def run_compute(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    try:
        results = compute(project)
    except InputError as error:
        raise error.in_file(args.project) from None
    print(summary_table(results, args.package))
    for warning in results.warnings:
        print(warning.one_line())
    if args.out:
        write_results(results, args.out, args.package)
        print(f"results written to {args.out}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"compute": run_compute}


def log_path() -> Path:
    """Where internal errors are logged (``ABND_LOG_DIR`` overrides the folder)."""
    folder = Path(os.environ.get("ABND_LOG_DIR") or Path.home() / ".abnd-studio" / "logs")
    return folder / "abnd-studio.log"


def run(argv: Sequence[str]) -> int:
    """Run one headless command; never lets a traceback reach the user."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except InputError as error:
        print(error.one_line(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:  # an internal error: keep the details in the log
        path = log_internal_error()
        print(f"{PROG}: internal error; details are in {path}", file=sys.stderr)
        return EXIT_INTERNAL


def log_internal_error() -> Path:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        logger = logging.getLogger("abnd")
        logger.addHandler(handler)
        logger.error("internal error\n%s", traceback.format_exc())
        logger.removeHandler(handler)
        handler.close()
    except OSError:
        traceback.print_exc()
    return path
