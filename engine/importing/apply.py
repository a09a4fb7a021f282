"""Turning what a file brings into one edit (a Batch), and saying what it changes.

Population: the file's years replace those years in the project (other years
stay). Economy and labour series: the file's years are set, other years kept.
Anchors: replaced. Participation rates: the file's rows replace all of them.
Births: the file's years are set, other years kept.
Each changed input's source note records the import.
"""

from __future__ import annotations

from typing import Any

from engine.domain.model import Project
from engine.edits.commands import FIELD, Batch, Put
from engine.format.series_json import per_year_json
from engine.format.write import (
    economy_to_dict,
    labour_to_dict,
    population_row_to_dict,
    series_to_json,
)
from engine.importing.layouts import Imported

UNIT_FACTOR = {("thousands", "persons"): 1000.0, ("persons", "thousands"): 0.001}


def import_batch(project: Project, imported: Imported, source: str) -> tuple[Batch, list[str]]:
    """The edit that applies ``imported`` to ``project``, and one line per change."""
    commands: list[Put] = []
    changes: list[str] = []
    notes = dict(project.sources)
    if imported.population:
        rows, line = _population(project, imported)
        commands.append(Put(FIELD, "population_rows", rows))
        changes.append(line)
        _note(notes, "population", source, line)
    if imported.economy or imported.levels:
        body, lines = _economy(project, imported)
        commands.append(Put(FIELD, "economy", body))
        changes += lines
        for line in lines:
            _note(notes, line.split(":", 1)[0], source, line)
    if imported.participation or imported.labour:
        body, lines = _labour(project, imported)
        commands.append(Put(FIELD, "labour", body))
        changes += lines
        for line in lines:
            _note(notes, line.split(":", 1)[0], source, line)
    if imported.births:
        births, line = _births(project, imported.births)
        commands.append(Put(FIELD, "births", births))
        changes.append(line)
        _note(notes, "population.births", source, line)
    commands.append(Put(FIELD, "sources", dict(sorted(notes.items()))))
    return Batch(tuple(commands)), changes


def _note(notes: dict[str, str], key: str, source: str, change: str) -> None:
    entry = f"Imported from {source}: {change.split(':', 1)[1].strip()}"
    notes[key] = f"{notes[key]} | {entry}" if key in notes else entry


def _population(project: Project, imported: Imported) -> tuple[list[dict[str, Any]], str]:
    """The file's cells replace the project's cells for the same years and ages (any sex)."""
    assert imported.population is not None
    factor = UNIT_FACTOR.get((imported.population_unit, project.population.unit), 1.0)
    covered: dict[int, set[int]] = {}
    for imported_row in imported.population:
        low, high = _ages(imported_row)
        covered.setdefault(imported_row["year"], set()).update(range(low, high + 1))
    kept = []
    for row in project.population.rows:
        body = population_row_to_dict(row)
        low, high = _ages(body)
        if not covered.get(row.year, set()).intersection(range(low, high + 1)):
            kept.append(body)
    new = [{**row, "value": row["value"] * factor} for row in imported.population]
    rows = sorted(kept + new, key=_row_order)
    years = sorted(covered)
    ages = set().union(*covered.values())
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    converted = (
        f", converted from {imported.population_unit} to {project.population.unit}"
        if factor != 1.0
        else ""
    )
    line = (
        f"population: ages {min(ages)}-{max(ages)} in {len(years)} year(s) {span} replaced by "
        f"{len(new):,} rows{converted}; {len(project.population.rows) + len(new) - len(rows):,} "
        "rows removed, the rest kept"
    )
    return rows, line


def _ages(row: dict[str, Any]) -> tuple[int, int]:
    if row.get("age") is not None:
        return row["age"], row["age"]
    group = str(row["age_group"])
    if group.endswith("+"):
        return int(group[:-1]), 100
    low, high = group.split("-")
    return int(low), int(high)


def _row_order(row: dict[str, Any]) -> tuple[int, str, int]:
    return (row["year"], row["sex"], _ages(row)[0])


def _merge(current: Any, values: dict[int, float], base: int) -> dict[str, float]:
    """Per-year values with the file's years set; a constant holds for the years before them."""
    merged = per_year_json(current, min(base, min(values)))
    merged.update(values)
    return {str(y): merged[y] for y in sorted(merged)}


def _span(values: dict[int, float]) -> str:
    years = sorted(values)
    return f"{years[0]}-{years[-1]} ({len(years)} values)" if len(years) > 1 else str(years[0])


def _economy(project: Project, imported: Imported) -> tuple[dict[str, Any], list[str]]:
    body = economy_to_dict(project)
    lines = []
    base = project.years.base
    for name, values in imported.economy.items():
        body[name] = _merge(body.get(name), values, base)
        lines.append(f"economy.{name}: {_span(values)} set, other years kept")
        if name == "gdp_nominal" and base in values:
            body["gdp_nominal_base"] = values[base]
            lines.append(f"economy.gdp_nominal_base: {values[base]:,.0f} (the {base} value)")
    for name, value in imported.levels.items():
        old = body.get(name)
        body[name] = value
        was = "not given" if old is None else f"{old:,.2f}"
        lines.append(f"economy.{name}: {value:,.2f} (was {was})")
    return body, lines


def _births(project: Project, values: dict[int, float]) -> tuple[dict[str, float], str]:
    current = project.population.births
    merged = _merge(None if current is None else series_to_json(current), values, min(values))
    return merged, f"population.births: {_span(values)} set, other years kept"


def _labour(project: Project, imported: Imported) -> tuple[dict[str, Any], list[str]]:
    body = labour_to_dict(project.labour) if project.labour is not None else {}
    lines = []
    if imported.participation:
        before = len(body.get("participation_rate", []))
        body["participation_rate"] = imported.participation
        lines.append(
            f"labour.participation_rate: {len(imported.participation)} rows replace {before}"
        )
    for name, values in imported.labour.items():
        body[name] = _merge(body.get(name), values, project.years.base)
        lines.append(f"labour.{name}: {_span(values)} set, other years kept")
    return body, lines
