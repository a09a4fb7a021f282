"""Writing results (docs/cli.md, results): CSV, JSON and xlsx, and a short text table."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.format.cells import csv_text
from engine.method.compute import PACKAGE_COLUMNS, RESULT_COLUMNS, Results, ResultTable
from engine.runtime import atomic

CSV_COLUMNS = ("scope", "id", "year", *RESULT_COLUMNS, *PACKAGE_COLUMNS)
FORMATS = (".csv", ".json", ".xlsx")


def result_rows(results: Results, package_id: str | None = None) -> list[list[Any]]:
    """One row per (scope, id, year); None where a value is empty."""
    rows: list[list[Any]] = []
    for scope, table in _tables(results, package_id):
        columns = RESULT_COLUMNS + (PACKAGE_COLUMNS if scope == "package" else ())
        for t, year in enumerate(results.years.tolist()):
            row: list[Any] = [scope, table.id, year]
            for column in RESULT_COLUMNS + PACKAGE_COLUMNS:
                value = _value(table[column][t]) if column in columns else None
                if value is not None and not math.isfinite(value):
                    raise InputError(
                        f"{scope} {table.id}",
                        messages.translate(
                            "Engine",
                            "{column} in {year} is not a finite number; nothing was written",
                            "results_files.column_year_finite_number",
                        ).format(column=column, year=year),
                    )
                row.append(value)
            rows.append(row)
    return rows


def _tables(results: Results, package_id: str | None) -> list[tuple[str, ResultTable]]:
    if package_id is None:
        return [("scenario", t) for t in results.scenarios.values()] + [
            ("package", t) for t in results.packages.values()
        ]
    if package_id not in results.packages:
        raise InputError(
            "--package",
            messages.translate(
                "Engine",
                '"{package_id}" is not a package of this project',
                "results_files.package_id_package_project",
            ).format(package_id=package_id),
        )
    package = results.packages[package_id]
    members = [m for m in results.scenarios.values() if m.id in _member_ids(results, package_id)]
    return [("scenario", m) for m in members] + [("package", package)]


def _member_ids(results: Results, package_id: str) -> set[str]:
    return set(results.package_members.get(package_id, ()))


def _value(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def format_number(value: float | None) -> str:
    """Shortest exact text: whole numbers without a decimal point, else repr."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def write_results(results: Results, path: str | Path, package_id: str | None = None) -> None:
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            "--out",
            messages.translate(
                "Engine",
                '"{name}": use a .csv, .json or .xlsx file name',
                "results_files.name_use_csv_json",
            ).format(name=target.name),
        )
    rows = result_rows(results, package_id)  # refuses a value that is not finite
    if suffix == ".csv":
        atomic.write_text(target, results_csv(rows))
    elif suffix == ".json":
        text = json.dumps(results_json(results, rows), indent=1, allow_nan=False)
        atomic.write_text(target, text + "\n")
    else:
        _write_xlsx(results, rows, target)


def results_csv(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([csv_text(cell) for cell in row[:3]] + [format_number(v) for v in row[3:]])
    return buffer.getvalue()


def results_json(results: Results, rows: list[list[Any]]) -> dict[str, Any]:
    """``{"scenarios": {ID: {"year": [...], COLUMN: [...]}}, "packages": ..., "warnings": ...}``."""
    out: dict[str, Any] = {"currency": results.currency, "scenarios": {}, "packages": {}}
    for row in rows:
        scope, item_id, year = row[:3]
        columns = RESULT_COLUMNS + (PACKAGE_COLUMNS if scope == "package" else ())
        entry = out[f"{scope}s"].setdefault(item_id, {"year": [], **{c: [] for c in columns}})
        entry["year"].append(year)
        values = dict(zip(RESULT_COLUMNS + PACKAGE_COLUMNS, row[3:], strict=True))
        for column in columns:
            entry[column].append(values[column])
    out["warnings"] = [w.to_dict() for w in results.warnings]
    return out


def _write_xlsx(results: Results, rows: list[list[Any]], target: Path) -> None:
    from openpyxl import Workbook  # imported here: only xlsx output needs it

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "results"
    sheet.append(list(CSV_COLUMNS))
    for row in rows:
        sheet.append(row)
    for cell in (c for row in sheet.iter_rows(max_col=2) for c in row):
        cell.data_type = "s"  # ids are user text: never a formula
    sheet.freeze_panes = "D2"
    notes = workbook.create_sheet("warnings")
    notes.append(["level", "code", "path", "message"])
    for warning in results.warnings:
        notes.append([warning.level, warning.code, warning.path, warning.message])
    for cell in (c for row in notes.iter_rows() for c in row):
        cell.data_type = "s"  # user-facing text stays text
    atomic.write_bytes(target, atomic.saved_bytes(workbook))


def summary_table(results: Results, package_id: str | None = None) -> str:
    """A short text table: cost and % of GDP in the base year and the end year."""
    years = results.years.tolist()
    shown = sorted({0, len(years) - 1})
    header = ["scope", "id"]
    for t in shown:
        header += [f"{years[t]} cost ({results.currency})", f"{years[t]} % GDP"]
    lines = [header]
    for scope, table in _tables(results, package_id):
        line = [scope, table.id]
        for t in shown:
            line += [f"{table['total_cost'][t]:,.0f}", f"{table['pct_gdp'][t]:.4f}"]
        lines.append(line)
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in lines
    )
