"""The one command-line parser: every command and its arguments (docs/cli.md)."""

from __future__ import annotations

import argparse
from typing import NoReturn

from engine import __version__
from engine.countries.bundled import DEFAULT_BASE, DEFAULT_END
from engine.domain.errors import escape_text
from engine.domain.numbers import LANGUAGES
from engine.importing.between import BETWEEN
from engine.report.options import PAPERS, PARTS, STATUSES

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
PROG = "abnd-studio"


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit 2), as for any bad input."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{PROG}: {escape_text(message)} (see --help)\n")


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description="ABND Studio: cost a Social Protection Floor (ILO RAP method). "
        "Without a command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"ABND Studio {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
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
    import_cmd.add_argument(
        "--between",
        choices=BETWEEN,
        default="interpolate",
        help="population years the file leaves between its own: interpolate them between the "
        "file's years (default) or keep the project's",
    )
    workbook_cmd = commands.add_parser(
        "export-workbook",
        help="the RAP-style workbook (.xlsx) with live formulas over the input sheets",
    )
    workbook_cmd.add_argument("project", help="a project file (.abnd or .json)")
    workbook_cmd.add_argument("output", help="the .xlsx file to write")
    report_cmd = commands.add_parser(
        "report",
        help="the ABND report (.pdf, .docx or .odt): summary, a chapter per guarantee, "
        "packages and fiscal space, sensitivity, annexes",
    )
    report_cmd.add_argument("project", help="a project file (.abnd or .json)")
    report_cmd.add_argument("output", help="OUT.pdf, OUT.docx or OUT.odt")
    report_cmd.add_argument(
        "--parts",
        help=f"the parts to include, comma-separated (default: all): {', '.join(PARTS)}",
    )
    report_cmd.add_argument(
        "--status", choices=tuple(STATUSES), default="draft", help="on the cover (default draft)"
    )
    report_cmd.add_argument(
        "--doc-version", default="1", help="the document's version, on the cover (default 1)"
    )
    report_cmd.add_argument("--paper", choices=PAPERS, default="a4", help="default a4")
    _add_analysis(commands)
    template_cmd = commands.add_parser(
        "template", help="write the empty import template (.xlsx) for national data"
    )
    template_cmd.add_argument("output", help="the .xlsx file to write; must not exist")
    for command in commands.choices.values():  # every command, including any added above
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            help="the language of error messages (and of a report): en, lo or fr "
            "(default: the ABND_LANG environment variable, else en)",
        )
    return parser


def _add_analysis(commands: argparse._SubParsersAction[Parser]) -> None:
    sensitivity = commands.add_parser(
        "sensitivity", help="one-way sensitivity (tornado) of a package's or scenario's cost"
    )
    uncertainty = commands.add_parser(
        "uncertainty",
        help="Monte Carlo bands (5-95th percentiles) of a package's or scenario's cost",
    )
    for command in (sensitivity, uncertainty):
        command.add_argument("project", help="a project file (.abnd or .json)")
        target = command.add_mutually_exclusive_group(required=True)
        target.add_argument("--package", help="the package's cost")
        target.add_argument("--scenario", help="the scenario's cost")
        command.add_argument(
            "--measure",
            choices=("pct_gdp", "total_cost", "financing_gap_pct_gdp"),
            default="pct_gdp",
            help=(
                "default pct_gdp; financing_gap_pct_gdp: a package's cost minus its financing "
                "(% of GDP), with each of its sources at its range"
            ),
        )
        command.add_argument("--out", help="write a .csv or .json file")
    sensitivity.add_argument("--year", type=int, required=True, help="the year of the output")
    uncertainty.add_argument("--draws", type=int, help="default: the project's, else 10,000")
    uncertainty.add_argument("--seed", type=int, help="default: the project's, else 1")
