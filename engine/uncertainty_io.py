"""The ``sensitivity`` and ``uncertainty`` commands: build the model, run it, write CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path
from typing import Any

from engine.compute import Results, compute
from engine.countries import population_bounds
from engine.errors import InputError
from engine.model import Project, Range
from engine.project_files import read_project
from engine.uncertainty import (
    DEFAULT_SHIFTS,
    PERCENTILES,
    Bar,
    CostModel,
    Measure,
    bands,
    tornado,
)


def add_arguments(commands: Any) -> None:
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
            choices=("pct_gdp", "total_cost"),
            default="pct_gdp",
            help="default pct_gdp",
        )
        command.add_argument("--out", help="write a .csv or .json file")
    sensitivity.add_argument("--year", type=int, required=True, help="the year of the output")
    uncertainty.add_argument("--draws", type=int, help="default: the project's, else 10,000")
    uncertainty.add_argument("--seed", type=int, help="default: the project's, else 1")


def model_for(project: Project, kind: str, results: Results | None = None) -> CostModel:
    """The evaluator over ``results`` (computed here when not given), with the country's
    population bounds of ``kind`` (``variant``, ``pi80`` or ``pi95``)."""
    if results is None:
        results = compute(project, strict=False)
    years = [int(y) for y in results.years]
    return CostModel(project, results, population_bounds(project.country.iso3, years, kind))


def default_ranges() -> list[Range]:
    """Without ranges in the project: the tornado's shifts, triangular around the centre
    (population: between the 95 % prediction bounds)."""
    return [Range(name, low, high) for name, (low, high) in DEFAULT_SHIFTS.items()]


def _target(args: argparse.Namespace) -> tuple[str, str]:
    return ("package", args.package) if args.package else ("scenario", args.scenario)


def run_sensitivity(args: argparse.Namespace) -> int:
    project = read_project(args.project)
    scope, key = _target(args)
    measure: Measure = args.measure
    central, bars = tornado(model_for(project, "variant"), scope, key, args.year, measure)
    unit = "% of GDP" if measure == "pct_gdp" else project.country.currency
    print(f"{scope} {key}, {args.year}: {central:,.4f} ({unit}); each assumption alone:")
    for bar in bars:
        print(f"  {bar.label:<36} {bar.low:>14,.4f} .. {bar.high:<14,.4f} swing {bar.swing:,.4f}")
    if args.out:
        _write(
            Path(args.out),
            _tornado_rows(bars, central),
            {"central": central, "bars": [_bar(b) for b in bars]},
        )
        print(f"written to {args.out}")
    return 0


def _bar(bar: Bar) -> dict[str, Any]:
    return {
        "assumption": bar.assumption,
        "low_shift": bar.low_shift,
        "high_shift": bar.high_shift,
        "low": bar.low,
        "high": bar.high,
        "swing": bar.swing,
    }


def _tornado_rows(bars: list[Bar], central: float) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["assumption", "low_shift", "high_shift", "low", "high", "swing", "central"]
    ]
    rows += [
        [b.assumption, b.low_shift, b.high_shift, b.low, b.high, b.swing, central] for b in bars
    ]
    return rows


def run_uncertainty(args: argparse.Namespace) -> int:
    project = read_project(args.project)
    scope, key = _target(args)
    stored = project.uncertainty
    ranges = list(stored.ranges) if stored is not None and stored.ranges else default_ranges()
    draws = args.draws or (stored.draws if stored is not None else 10_000)
    seed = args.seed if args.seed is not None else (stored.seed if stored is not None else 1)
    model = model_for(project, "pi95")
    levels = bands(model, scope, key, ranges, measure=args.measure, draws=draws, seed=seed)
    years = [int(y) for y in model.years]
    source = "the project's ranges" if stored is not None and stored.ranges else "default ranges"
    print(f"{scope} {key}: {draws:,} draws (seed {seed}), {source}:")
    print("  year " + "".join(f"{'p' + str(p):>12}" for p in PERCENTILES))
    for t, year in enumerate(years):
        print(f"  {year} " + "".join(f"{levels[p][t]:>12,.4f}" for p in PERCENTILES))
    if args.out:
        rows: list[list[Any]] = [["year", *(f"p{p}" for p in PERCENTILES)]]
        rows += [
            [year, *(float(levels[p][t]) for p in PERCENTILES)] for t, year in enumerate(years)
        ]
        payload = {
            "draws": draws,
            "seed": seed,
            "ranges": [r.__dict__ for r in ranges],
            "years": years,
            "percentiles": {f"p{p}": levels[p].tolist() for p in PERCENTILES},
        }
        _write(Path(args.out), rows, payload)
        print(f"written to {args.out}")
    return 0


def _write(path: Path, rows: list[list[Any]], payload: dict[str, Any]) -> None:
    suffix = path.suffix.lower()
    if suffix == ".json":
        path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    elif suffix == ".csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")
    else:
        raise InputError("--out", f'"{path.name}": use a .csv or .json file name')
