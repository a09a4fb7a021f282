"""Headless commands (interfaces.md section 1). ``main.py`` dispatches here; no Qt.

Exit status: 0 success; 2 bad input, with ONE line on stderr naming the file,
the place and the problem; 1 an internal error, with the traceback in a log file.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from engine import __version__, uncertainty_io
from engine.compute import compute
from engine.countries import DEFAULT_BASE, DEFAULT_END, country_project
from engine.errors import InputError
from engine.importing import import_into, write_template
from engine.project_files import read_project, write_project
from engine.results_io import summary_table, write_results
from engine.workbook import write_workbook

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
    compute_cmd.add_argument("project", help="a project file (.abnd or .json)")
    compute_cmd.add_argument("--out", help="write results to a .csv, .json or .xlsx file")
    compute_cmd.add_argument("--package", help="only this package and its scenarios")
    convert_cmd = commands.add_parser(
        "convert", help="convert a project between .json and .abnd (the same content both ways)"
    )
    convert_cmd.add_argument("input", help="the project to read (.abnd or .json)")
    convert_cmd.add_argument("output", help="the file to write (.abnd or .json); must not exist")
    new_cmd = commands.add_parser("new", help="a new project file (no scenarios) from country data")
    source = new_cmd.add_mutually_exclusive_group(required=True)
    source.add_argument("--country", metavar="ISO3", help="bundled country data (e.g. LAO)")
    source.add_argument(
        "--from", dest="from_file", metavar="PROJECT", help="another project's country data"
    )
    new_cmd.add_argument(
        "--base", type=int, default=DEFAULT_BASE, help=f"base year (default {DEFAULT_BASE})"
    )
    new_cmd.add_argument(
        "--end", type=int, default=DEFAULT_END, help=f"end year (default {DEFAULT_END})"
    )
    new_cmd.add_argument("output", help="the new .abnd (or .json) file")
    import_cmd = commands.add_parser(
        "import",
        help="import population, economy or labour data (UN WPP CSV or the template) into a "
        "project; all or nothing",
    )
    import_cmd.add_argument("project", help="the project to change (.abnd or .json)")
    import_cmd.add_argument("file", help="a .csv or .xlsx file")
    workbook_cmd = commands.add_parser(
        "export-workbook",
        help="the RAP-style workbook (.xlsx) with live formulas over the input sheets",
    )
    workbook_cmd.add_argument("project", help="a project file (.abnd or .json)")
    workbook_cmd.add_argument("output", help="the .xlsx file to write")
    report_cmd = commands.add_parser(
        "report", help="the ABND report (.pdf or .odt): matrix, assumptions, costs, charts"
    )
    report_cmd.add_argument("project", help="a project file (.abnd or .json)")
    report_cmd.add_argument("output", help="OUT.pdf or OUT.odt")
    uncertainty_io.add_arguments(commands)
    template_cmd = commands.add_parser(
        "template", help="write the empty import template (.xlsx) for national data"
    )
    template_cmd.add_argument("output", help="the .xlsx file to write; must not exist")
    return parser


def run_convert(args: argparse.Namespace) -> int:
    output = Path(args.output)
    refuse_existing(output)
    write_project(read_project(args.input), output)
    print(f"{args.input} -> {args.output}")
    return EXIT_OK


def refuse_existing(output: Path) -> None:
    """Commands that create a file never overwrite one."""
    if output.exists():
        raise InputError("", "already exists; choose another name", str(output))


def require_xlsx(output: Path, what: str) -> Path:
    if output.suffix.lower() != ".xlsx":
        raise InputError("", f"{what}; name it ....xlsx", str(output))
    return output


def run_new(args: argparse.Namespace) -> int:
    refuse_existing(Path(args.output))
    if args.country:
        project = country_project(args.country, args.base, args.end)
    else:
        source = read_project(args.from_file)
        project = dataclasses.replace(
            source,
            scenarios=(),
            packages=(),
            matrix=(),
            name=f"New project ({source.country.name})",
        )
    write_project(project, args.output)
    print(f"new project written to {args.output}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    changes = import_into(args.project, args.file)
    print(f"imported {args.file} into {args.project}; what changed:")
    for line in changes:
        print(f"  {line}")
    return EXIT_OK


def run_export_workbook(args: argparse.Namespace) -> int:
    output = require_xlsx(Path(args.output), "the workbook is an .xlsx file")
    results = write_workbook(read_project(args.project), output)
    for warning in results.warnings:
        print(warning.one_line())
    print(f"workbook written to {args.output}")
    return EXIT_OK


def run_template(args: argparse.Namespace) -> int:
    output = require_xlsx(Path(args.output), "the template is an .xlsx workbook")
    refuse_existing(output)
    write_template(output)
    print(f"template written to {args.output}")
    return EXIT_OK


def run_compute(args: argparse.Namespace) -> int:
    project = read_project(args.project)
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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "compute": run_compute,
    "convert": run_convert,
    "new": run_new,
    "import": run_import,
    "template": run_template,
    "export-workbook": run_export_workbook,
    "sensitivity": uncertainty_io.run_sensitivity,
    "uncertainty": uncertainty_io.run_uncertainty,
}


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
