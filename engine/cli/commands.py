"""The handlers of the headless commands: each takes the parsed arguments, returns an exit code.

Bad input raises :class:`InputError`; :func:`engine.cli.main.run` turns it into one line.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
from pathlib import Path

from engine.countries.bundled import country_project
from engine.domain import messages
from engine.domain.errors import InputError
from engine.importing import import_into, write_template
from engine.method.compute import compute
from engine.outputs.results_files import summary_table, write_results
from engine.outputs.workbook import write_workbook
from engine.store.files import read_project, write_project

EXIT_OK = 0


def author_of(args: argparse.Namespace) -> str:
    """``--author``, else ``ABND_AUTHOR``, else the login name."""
    given = getattr(args, "author", None) or os.environ.get("ABND_AUTHOR", "")
    if given.strip():
        return given.strip()[:200]
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def refuse_existing(output: Path) -> None:
    """Commands that create a file never overwrite one."""
    if output.exists():
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "already exists; choose another name",
                "commands.already_exists_choose_another",
            ).format(),
            str(output),
        )


def require_suffix(output: Path, suffixes: tuple[str, ...], what: str) -> Path:
    if output.suffix.lower() not in suffixes:
        raise InputError("", what, str(output))
    return output


def run_convert(args: argparse.Namespace) -> int:
    output = Path(args.output)
    refuse_existing(output)
    write_project(read_project(args.input), output)
    print(f"{args.input} -> {args.output}")
    return EXIT_OK


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
    changes = import_into(args.project, args.file, args.between, author_of(args))
    print(f"imported {args.file} into {args.project}; what changed:")
    for line in changes:
        print(f"  {line}")
    return EXIT_OK


def run_export_workbook(args: argparse.Namespace) -> int:
    what = messages.translate(
        "Engine", "the workbook is an .xlsx file; name it ....xlsx", "commands.workbook_xlsx"
    ).format()
    output = require_suffix(Path(args.output), (".xlsx",), what)
    results = write_workbook(read_project(args.project), output)
    for warning in results.warnings:
        print(warning.one_line())
    print(f"workbook written to {args.output}")
    return EXIT_OK


def run_template(args: argparse.Namespace) -> int:
    what = messages.translate(
        "Engine", "the template is an .xlsx workbook; name it ....xlsx", "commands.template_xlsx"
    ).format()
    output = require_suffix(Path(args.output), (".xlsx",), what)
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
