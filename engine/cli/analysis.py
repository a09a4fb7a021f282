"""The ``sensitivity`` and ``uncertainty`` commands: run, print, write CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
from pathlib import Path
from typing import Any

from engine.analysis.setup import model_for, stored_settings
from engine.analysis.uncertainty import GAP, PERCENTILES, Bar, Measure, bands, tornado
from engine.domain import messages
from engine.domain.errors import InputError
from engine.format.cells import csv_text
from engine.runtime import atomic
from engine.store.files import read_project


def _target(args: argparse.Namespace) -> tuple[str, str]:
    return ("package", args.package) if args.package else ("scenario", args.scenario)


def run_sensitivity(args: argparse.Namespace) -> int:
    project = read_project(args.project)
    scope, key = _target(args)
    measure: Measure = args.measure
    central, bars = tornado(model_for(project, "variant"), scope, key, args.year, measure)
    unit = project.country.currency if measure == "total_cost" else "% of GDP"
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
    settings = stored_settings(project)
    draws = settings.draws if args.draws is None else args.draws
    seed = args.seed if args.seed is not None else settings.seed
    model = model_for(project, "pi95")
    levels = bands(
        model, scope, key, list(settings.ranges), measure=args.measure, draws=draws, seed=seed
    )
    years = [int(y) for y in model.years]
    print(f"{scope} {key}: {draws:,} draws (seed {seed}), {settings.source}:")
    cells = [[f"{levels[p][t]:,.4f}" for p in PERCENTILES] for t in range(len(years))]
    width = max(12, *(len(c) + 2 for row in cells for c in row))  # never run together
    print("  year " + "".join(f"{'p' + str(p):>{width}}" for p in PERCENTILES))
    for year, row in zip(years, cells, strict=True):
        print(f"  {year} " + "".join(f"{c:>{width}}" for c in row))
    if args.out:
        rows: list[list[Any]] = [["year", *(f"p{p}" for p in PERCENTILES)]]
        rows += [
            [year, *(float(levels[p][t]) for p in PERCENTILES)] for t, year in enumerate(years)
        ]
        payload = {
            "draws": draws,
            "seed": seed,
            "ranges": [r.__dict__ for r in settings.ranges],
            "years": years,
            "percentiles": {f"p{p}": levels[p].tolist() for p in PERCENTILES},
        }
        if args.measure == GAP and args.package:
            payload["financing_ranges"] = {
                source: model.ranges[source].__dict__ for source in model.sources_of(args.package)
            }
        _write(Path(args.out), rows, payload)
        print(f"written to {args.out}")
    return 0


def _write(path: Path, rows: list[list[Any]], payload: dict[str, Any]) -> None:
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise InputError(
            "--out",
            messages.translate(
                "Engine", '"{name}": use a .csv or .json file name', "analysis.name_use_csv_json"
            ).format(name=path.name),
        )
    check_finite(rows)
    if suffix == ".json":
        atomic.write_text(path, json.dumps(payload, indent=1, allow_nan=False) + "\n")
    else:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(
            [[csv_text(cell) for cell in row] for row in rows]
        )
        atomic.write_text(path, buffer.getvalue())


def check_finite(rows: list[list[Any]]) -> None:
    """No Infinity or NaN in a file: one line naming the row and column instead."""
    header = rows[0]
    for row in rows[1:]:
        for name, cell in zip(header, row, strict=True):
            if isinstance(cell, float) and not math.isfinite(cell):
                raise InputError(
                    "--out",
                    messages.translate(
                        "Engine",
                        "{row}: {name} is not a finite number; nothing was written",
                        "analysis.row_name_finite_number",
                    ).format(row=row[0], name=name),
                )
