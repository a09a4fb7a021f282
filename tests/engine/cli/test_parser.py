"""The one command-line parser: every command with its arguments and defaults (docs/cli.md),
and a usage error is one line with exit status 2."""

from __future__ import annotations

import pytest

from engine import __version__
from engine.cli.main import COMMAND_NAMES
from engine.cli.parser import EXIT_BAD_INPUT, PROG, build_parser


def parse(*argv: str):
    return build_parser().parse_args(list(argv))


def usage_error(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stop:
        parse(*argv)
    assert stop.value.code == EXIT_BAD_INPUT == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.endswith(" (see --help)\n")
    assert err.startswith(f"{PROG}: ")
    return err


def test_every_command_the_runner_knows_is_in_the_parser() -> None:
    parser = build_parser()
    (subparsers,) = [a for a in parser._actions if a.dest == "command"]
    assert set(subparsers.choices) == set(COMMAND_NAMES)


def test_compute_takes_a_project_and_optional_output_and_package() -> None:
    args = parse("compute", "p.abnd")
    assert (args.command, args.project, args.out, args.package) == ("compute", "p.abnd", None, None)
    args = parse("compute", "p.json", "--out", "r.csv", "--package", "high")
    assert (args.out, args.package) == ("r.csv", "high")


def test_new_takes_a_country_or_another_project_and_the_default_years() -> None:
    args = parse("new", "--country", "LAO", "out.abnd")
    assert (args.country, args.from_file, args.base, args.end) == ("LAO", None, 2025, 2050)
    args = parse("new", "--from", "old.abnd", "--base", "2030", "--end", "2040", "out.abnd")
    assert (args.from_file, args.base, args.end, args.output) == (
        "old.abnd",
        2030,
        2040,
        "out.abnd",
    )


def test_new_needs_exactly_one_source(capsys) -> None:
    assert "one of the arguments --country --from is required" in usage_error(
        capsys, "new", "out.abnd"
    )
    assert "not allowed with argument" in usage_error(
        capsys, "new", "--country", "LAO", "--from", "x.abnd", "out.abnd"
    )


def test_sensitivity_needs_a_target_and_a_year(capsys) -> None:
    args = parse("sensitivity", "p.abnd", "--package", "high", "--year", "2035")
    assert (args.package, args.scenario, args.year, args.measure) == (
        "high",
        None,
        2035,
        "pct_gdp",
    )
    assert "--year" in usage_error(capsys, "sensitivity", "p.abnd", "--package", "high")
    assert "--package --scenario" in usage_error(capsys, "sensitivity", "p.abnd", "--year", "2035")
    assert "invalid int value: 'soon'" in usage_error(
        capsys, "sensitivity", "p.abnd", "--scenario", "a", "--year", "soon"
    )


def test_uncertainty_draws_and_seed_default_to_the_project() -> None:
    args = parse("uncertainty", "p.abnd", "--scenario", "child")
    assert (args.scenario, args.draws, args.seed, args.measure) == ("child", None, None, "pct_gdp")
    args = parse(
        "uncertainty", "p.abnd", "--package", "low", "--draws", "500", "--seed", "0",
        "--measure", "total_cost",
    )  # fmt: skip
    assert (args.draws, args.seed, args.measure) == (500, 0, "total_cost")


def test_a_measure_outside_the_choices_is_a_usage_error(capsys) -> None:
    err = usage_error(capsys, "uncertainty", "p.abnd", "--package", "x", "--measure", "cost")
    assert "invalid choice: 'cost'" in err


def test_the_other_commands_take_their_files() -> None:
    assert (parse("convert", "a.json", "b.abnd").input, parse("convert", "a", "b").output) == (
        "a.json",
        "b",
    )
    assert parse("import", "p.abnd", "wpp.csv").file == "wpp.csv"
    assert parse("template", "t.xlsx").output == "t.xlsx"
    assert parse("export-workbook", "p.abnd", "w.xlsx").output == "w.xlsx"
    assert parse("report", "p.abnd", "r.pdf").output == "r.pdf"


def test_an_unknown_command_or_option_is_one_line(capsys) -> None:
    assert "invalid choice: 'frobnicate'" in usage_error(capsys, "frobnicate")
    assert "unrecognized arguments: --bogus" in usage_error(capsys, "compute", "x", "--bogus")


def test_version_prints_the_engine_version(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        parse("--version")
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"ABND Studio {__version__}\n"
