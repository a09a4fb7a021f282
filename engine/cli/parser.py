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

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_CONFLICTS = 0, 1, 2, 3
PROG = "abnd-studio"
AUTHOR_HELP = "who makes the change (default: ABND_AUTHOR, else the login name)"


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
    import_cmd.add_argument("--author", help=AUTHOR_HELP)
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
        help="the parts to include, comma-separated (default: all but comments): "
        + ", ".join(PARTS),
    )
    report_cmd.add_argument(
        "--status", choices=tuple(STATUSES), default="draft", help="on the cover (default draft)"
    )
    report_cmd.add_argument(
        "--doc-version", default="1", help="the document's version, on the cover (default 1)"
    )
    report_cmd.add_argument("--paper", choices=PAPERS, default="a4", help="default a4")
    report_cmd.add_argument(
        "--comments",
        action="store_true",
        help="add an annex listing the consultation's comments on the matrix",
    )
    _add_analysis(commands)
    _add_group_work(commands)
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


def _add_group_work(commands: argparse._SubParsersAction[Parser]) -> None:
    merge = commands.add_parser(
        "merge",
        help="merge another copy of a project into this one (three-way, from their history); "
        "conflicts: nothing is written, each is listed, exit 3",
    )
    merge.add_argument("mine", help="the project to merge into (.abnd)")
    merge.add_argument("theirs", help="another copy of the same project (.abnd)")
    merge.add_argument("--out", help="write the merged project here instead (MINE is unchanged)")
    merge.add_argument("--take", choices=("mine", "theirs"), help="resolve every conflict this way")
    merge.add_argument("--comment", help="why (kept with the merge in the history)")
    merge.add_argument("--author", help=AUTHOR_HELP)
    history = commands.add_parser("history", help="every recorded edit: when, who, what, why")
    history.add_argument("project", help="a project file (.abnd)")
    history.add_argument("--since", metavar="DATE", help="only edits from this day on (YYYY-MM-DD)")
    history.add_argument("--field", metavar="PATH", help="only edits of this field (or under it)")
    get = commands.add_parser("get", help="print one value of a project as JSON")
    get.add_argument("project", help="a project file (.abnd or .json, or FILE.abnd@VERSION)")
    get.add_argument("path", help="e.g. scenarios.child-benefit.admin_rate")
    set_cmd = commands.add_parser("set", help="set one value of a project (one recorded edit)")
    set_cmd.add_argument("project", help="the project to change (.abnd or .json)")
    set_cmd.add_argument("path", help="e.g. economy.poverty_line_monthly")
    set_cmd.add_argument("value", help='a JSON value: 0.07, true, null, "text in quotes", [...]')
    set_cmd.add_argument("--comment", help="why (kept with the edit in the history)")
    set_cmd.add_argument("--author", help=AUTHOR_HELP)
    diff = commands.add_parser(
        "diff", help="two projects or versions side by side: assumptions and costs"
    )
    diff.add_argument("a", help="a project file, or FILE.abnd@VERSION")
    diff.add_argument("b", help="another one")
    diff.add_argument(
        "--year", type=int, action="append", help="a year to compare costs in (repeat it)"
    )
    diff.add_argument(
        "--measure", choices=("pct_gdp", "total_cost"), default="pct_gdp", help="default pct_gdp"
    )
    versions = commands.add_parser("versions", help="the versions saved in a project")
    versions.add_argument("project", help="a project file (.abnd)")
    save = commands.add_parser("save-version", help="name the project's current state")
    save.add_argument("project", help="a project file (.abnd)")
    save.add_argument("name", help='e.g. "Validated at the national workshop, 12 September"')
    save.add_argument("--author", help=AUTHOR_HELP)
