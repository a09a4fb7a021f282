"""Turning what a file brings into one edit (a Batch), and saying what it changes.

Population: the file's years replace those years in the project (other years
stay). Economy and labour series: the file's years are set, other years kept.
Anchors: replaced. Participation rates: the file's rows replace all of them.
Births: the file's years are set, other years kept. Population years the file leaves
between its own are interpolated by default (``engine.importing.between``).
Each changed input's source note records the import.
"""

from __future__ import annotations

from typing import Any

from engine.domain import messages
from engine.domain.model import Project
from engine.edits.commands import FIELD, Batch, Put
from engine.format.series_json import per_year_json
from engine.format.write import (
    economy_to_dict,
    labour_to_dict,
    population_row_to_dict,
    series_to_json,
)
from engine.importing.between import Between, interpolated, years_between
from engine.importing.layouts import Imported

UNIT_FACTOR = {("thousands", "persons"): 1000.0, ("persons", "thousands"): 0.001}


def import_batch(
    project: Project, imported: Imported, source: str, between: Between = "interpolate"
) -> tuple[Batch, list[str]]:
    """The edit that applies ``imported`` to ``project``, and one line per change.

    ``between``: what becomes of the project's population years that lie between two
    imported years (``engine.importing.between``): interpolated (the default) or kept.
    """
    commands: list[Put] = []
    changes: list[str] = []
    notes = dict(project.sources)
    if imported.population:
        rows, lines = _population(project, imported, between)
        commands.append(Put(FIELD, "population_rows", rows))
        changes += lines
        for line in lines:
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


def _population(
    project: Project, imported: Imported, between: Between
) -> tuple[list[dict[str, Any]], list[str]]:
    """The file's cells replace the project's cells for the same years and ages (any sex);
    the years between the file's years are interpolated, or kept, as ``between`` says."""
    assert imported.population is not None
    factor = UNIT_FACTOR.get((imported.population_unit, project.population.unit), 1.0)
    gaps = years_between(project, imported.population)
    filled = interpolated(imported.population, gaps) if between == "interpolate" else []
    covered: dict[int, set[int]] = {}
    for imported_row in [*imported.population, *filled]:
        low, high = _ages(imported_row)
        covered.setdefault(imported_row["year"], set()).update(range(low, high + 1))
    kept = []
    for row in project.population.rows:
        body = population_row_to_dict(row)
        low, high = _ages(body)
        if not covered.get(row.year, set()).intersection(range(low, high + 1)):
            kept.append(body)
    new = [{**row, "value": row["value"] * factor} for row in [*imported.population, *filled]]
    rows = sorted(kept + new, key=_row_order)
    years = sorted({int(row["year"]) for row in imported.population})
    ages = set().union(*covered.values())
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    replaced = messages.translate(
        "Engine",
        "ages {low}-{high} in {count} year(s) {span} replaced by {rows:,} rows; "
        "{removed:,} rows removed, the rest kept",
        "import.population_replaced",
    ).format(
        low=min(ages),
        high=max(ages),
        count=len(years),
        span=span,
        rows=len(new) - len(filled),
        removed=len(project.population.rows) + len(new) - len(rows),
    )
    lines = [_line("population", replaced)]
    if factor != 1.0:
        converted = messages.translate(
            "Engine", "converted from {source} to {target}", "import.population_converted"
        ).format(source=imported.population_unit, target=project.population.unit)
        lines.append(_line("population", converted))
    if gaps:
        listed = ", ".join(str(year) for year in gaps)
        between_line = (
            messages.translate(
                "Engine",
                "{count} year(s) between the imported years interpolated between them: {years}",
                "import.between_interpolated",
            )
            if between == "interpolate"
            else messages.translate(
                "Engine",
                "{count} year(s) between the imported years kept as they were: {years}",
                "import.between_kept",
            )
        ).format(count=len(gaps), years=listed)
        lines.append(_line("population", between_line))
    return rows, lines


def _line(field: str, change: str) -> str:
    """One change: the field, then what became of it ("economy.cpi_inflation: ..." in
    English; the field in words in the window)."""
    return messages.translate("Engine", "{field}: {change}", "import.change").format(
        field=messages.field(field), change=change
    )


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
    if len(years) == 1:
        return str(years[0])
    return messages.translate("Engine", "{first}-{last} ({count} values)", "import.span").format(
        first=years[0], last=years[-1], count=len(years)
    )


def _set(values: dict[int, float]) -> str:
    return messages.translate("Engine", "{span} set, other years kept", "import.series_set").format(
        span=_span(values)
    )


def _economy(project: Project, imported: Imported) -> tuple[dict[str, Any], list[str]]:
    body = economy_to_dict(project)
    lines = []
    base = project.years.base
    for name, values in imported.economy.items():
        body[name] = _merge(body.get(name), values, base)
        lines.append(_line(f"economy.{name}", _set(values)))
        if name == "gdp_nominal" and base in values:
            body["gdp_nominal_base"] = values[base]
            base_value = messages.translate(
                "Engine", "{value:,.0f} (the {year} value)", "import.base_value"
            ).format(value=values[base], year=base)
            lines.append(_line("economy.gdp_nominal_base", base_value))
    for name, value in imported.levels.items():
        old = body.get(name)
        body[name] = value
        level = (
            messages.translate("Engine", "{value:,.2f} (was not given)", "import.level_new").format(
                value=value
            )
            if old is None
            else messages.translate(
                "Engine", "{value:,.2f} (was {old:,.2f})", "import.level"
            ).format(value=value, old=old)
        )
        lines.append(_line(f"economy.{name}", level))
    return body, lines


def _births(project: Project, values: dict[int, float]) -> tuple[dict[str, float], str]:
    current = project.population.births
    merged = _merge(None if current is None else series_to_json(current), values, min(values))
    return merged, _line("population.births", _set(values))


def _labour(project: Project, imported: Imported) -> tuple[dict[str, Any], list[str]]:
    body = labour_to_dict(project.labour) if project.labour is not None else {}
    lines = []
    if imported.participation:
        before = len(body.get("participation_rate", []))
        body["participation_rate"] = imported.participation
        replaced = messages.translate(
            "Engine", "{count} rows replace {before}", "import.participation"
        ).format(count=len(imported.participation), before=before)
        lines.append(_line("labour.participation_rate", replaced))
    for name, values in imported.labour.items():
        body[name] = _merge(body.get(name), values, project.years.base)
        lines.append(_line(f"labour.{name}", _set(values)))
    return body, lines
