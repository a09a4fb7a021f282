"""The layouts an import understands: UN WPP population CSVs and the ABND Studio template.

Each reader checks every cell as it goes and names the sheet, row and column of
the first problem; nothing is applied until the whole file has been read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.format import validate as v
from engine.format.keys import ECONOMY_SERIES, GROWTH_KEYS
from engine.format.read import read_population_row
from engine.importing import tables
from engine.importing.tables import Table, _blank

WPP_COLUMNS = ("Time", "AgeGrp", "PopMale", "PopFemale")
WPP_INDICATOR_COLUMNS = ("Time", "Births")  # "Demographic Indicators": births in thousands
POPULATION_UNITS = ("persons", "thousands")
ANCHOR_ITEMS = (
    "gdp_nominal_base",
    "poverty_line_monthly",
    "minimum_wage_monthly",
    "average_wage_monthly",
)
LABOUR_SERIES = ("unemployment_rate", "informality_share")
# Sheet -> headings, in order. The template writer and the readers share this table.
TEMPLATE_SHEETS: dict[str, tuple[str, ...]] = {
    "Population": ("year", "sex", "age", "persons"),
    "Economy": ("year", "gdp_nominal", *ECONOMY_SERIES),
    "Anchors": ("item", "value"),
    "Participation": ("sex", "age", "year", "rate"),
    "Labour": ("year", *LABOUR_SERIES),
    "Births": ("year", "births"),
}
# Sheets a template made before they existed lacks: their absence changes nothing.
OPTIONAL_SHEETS = ("Births",)


@dataclass
class Imported:
    """What a file brings; ``None`` or empty where it brings nothing."""

    layout: str
    population: list[dict[str, Any]] | None = None
    population_unit: str = "persons"
    economy: dict[str, dict[int, float]] = field(default_factory=dict)
    levels: dict[str, float] = field(default_factory=dict)
    participation: list[dict[str, Any]] | None = None
    labour: dict[str, dict[int, float]] = field(default_factory=dict)
    births: dict[int, float] = field(default_factory=dict)  # persons per year

    def is_empty(self) -> bool:
        return not (
            self.population
            or self.economy
            or self.levels
            or self.participation
            or self.labour
            or self.births
        )


# ------------------------------------------------------------------ cells


def number(table: Table, row: int, column: int, cell: Any, **bounds: Any) -> float:
    place = table.place(row, column)
    if isinstance(cell, str):
        text = cell.strip().replace("\u00a0", "").replace(" ", "")
        try:
            cell = float(text)
        except ValueError:
            raise InputError(
                place,
                messages.translate(
                    "Engine", '"{strip}" is not a number', "layouts.strip_number"
                ).format(strip=cell.strip()),
            ) from None
    return v.number(cell, place, **bounds)


def year(table: Table, row: int, column: int, cell: Any) -> int:
    return int(
        number(table, row, column, cell, minimum=v.MIN_YEAR, maximum=v.MAX_YEAR, integer=True)
    )


def text(table: Table, row: int, column: int, cell: Any) -> str:
    if _blank(cell):
        raise InputError(
            table.place(row, column),
            messages.translate("Engine", "is empty", "layouts.empty").format(),
        )
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def required_columns(table: Table, names: tuple[str, ...], what: str) -> list[int]:
    found = []
    for name in names:
        index = table.column(name)
        if index is None:
            where = tables.where(table.sheet, 1)
            raise InputError(
                where,
                messages.translate(
                    "Engine",
                    'has no column "{name}" ({what} needs {names})',
                    "layouts.has_no_column_name",
                ).format(name=name, what=what, names=", ".join(names)),
            )
        found.append(index)
    return found


class Duplicates:
    """Remembers where each key was first seen, to name both rows of a duplicate."""

    def __init__(self, table: Table) -> None:
        self.table, self.seen = table, dict[Any, int]()

    def check(self, key: Any, row: int, label: str) -> None:
        if key in self.seen:
            raise InputError(
                self.table.place(row),
                messages.translate(
                    "Engine",
                    "repeats {label} already given in row {seen}",
                    "layouts.repeats_label_already_given",
                ).format(label=label, seen=self.seen[key]),
            )
        self.seen[key] = row


# ------------------------------------------------------------------ population


def age_fields(table: Table, row: int, column: int, cell: Any, singles: bool) -> dict[str, Any]:
    """``{"age": n}`` or ``{"age_group": "0-4"}``; "100+" is age 100 in a single-age file."""
    raw = text(table, row, column, cell)
    low, high = v.age_group(raw, table.place(row, column))
    if raw.endswith("+") and low != 100:
        raise InputError(
            table.place(row, column),
            messages.translate(
                "Engine",
                '"{raw}": the only open age group is "100+" (100 and over)',
                "layouts.raw_only_open_age",
            ).format(raw=raw),
        )
    if low == high and not raw.endswith("+"):
        return {"age": low}
    if raw.endswith("+") and singles:
        return {"age": 100}
    return {"age_group": raw if not raw.endswith("+") else "100+"}


def population_body(table: Table, row: int, body: dict[str, Any], column: int) -> dict[str, Any]:
    """Checked as the project will check it, but naming the cell."""
    try:
        read_population_row(body, table.place(row))
    except InputError as error:
        raise InputError(table.place(row, column), error.message) from None
    return body


def read_wpp(table: Table, iso3: str) -> Imported:
    """UN WPP layout (thousands): Time, AgeGrp, PopMale, PopFemale, one country."""
    time_col, age_col, male_col, female_col = required_columns(table, WPP_COLUMNS, "a WPP file")
    records = list(_one_location(table, iso3))
    singles = any(
        str(cells[age_col]).strip().isdigit() and str(cells[age_col]).strip() != "100"
        for _, cells in records
    )
    rows: list[dict[str, Any]] = []
    duplicates = Duplicates(table)
    for number_, cells in records:
        when = year(table, number_, time_col, cells[time_col])
        ages = age_fields(table, number_, age_col, cells[age_col], singles)
        duplicates.check((when, *ages.values()), number_, f"{when}, age {cells[age_col]}")
        for sex, column in (("female", female_col), ("male", male_col)):
            value = number(table, number_, column, cells[column], minimum=0)
            body = {"year": when, "sex": sex, **ages, "value": value}
            rows.append(population_body(table, number_, body, column))
    if not rows:
        raise InputError(
            table.place(1),
            messages.translate(
                "Engine", "has a WPP header but no data rows", "layouts.has_wpp_header_but"
            ).format(),
        )
    return Imported("UN WPP population (thousands)", population=rows, population_unit="thousands")


def read_wpp_births(table: Table, iso3: str) -> Imported:
    """UN WPP "Demographic Indicators" layout: Time and Births (thousands), one country."""
    time_col, births_col = required_columns(
        table, WPP_INDICATOR_COLUMNS, "a WPP demographic indicators file"
    )
    births: dict[int, float] = {}
    duplicates = Duplicates(table)
    for number_, cells in _one_location(table, iso3):
        when = year(table, number_, time_col, cells[time_col])
        duplicates.check(when, number_, f"year {when}")
        if not _blank(cells[births_col]):
            births[when] = 1000.0 * number(table, number_, births_col, cells[births_col], minimum=0)
    if not births:
        raise InputError(
            table.place(1),
            messages.translate(
                "Engine", "has a WPP header but no births", "layouts.has_wpp_header_but_2"
            ).format(),
        )
    return Imported("UN WPP demographic indicators (births, thousands)", births=births)


def read_births_sheet(table: Table) -> dict[int, float]:
    """The template's Births sheet: year and births (persons)."""
    year_col, births_col = required_columns(table, ("year", "births"), "sheet Births")
    births: dict[int, float] = {}
    duplicates = Duplicates(table)
    for number_, cells in table.records():
        when = year(table, number_, year_col, cells[year_col])
        duplicates.check(when, number_, f"year {when}")
        births[when] = number(table, number_, births_col, cells[births_col], minimum=0)
    return births


def _one_location(table: Table, iso3: str) -> list[tuple[int, tuple[Any, ...]]]:
    records = list(table.records())
    variant = table.column("Variant")
    if variant is not None and len({str(c[variant]) for _, c in records}) > 1:
        records = [(n, c) for n, c in records if str(c[variant]).strip() == "Medium"]
    iso_col = table.column("ISO3_code")
    if iso_col is not None:
        mine = [(n, c) for n, c in records if str(c[iso_col]).strip().upper() == iso3]
        if not mine:
            raise InputError(
                table.place(1, iso_col),
                messages.translate(
                    "Engine",
                    "no row is for {iso3}, the project's country",
                    "layouts.no_row_iso_project",
                ).format(iso3=iso3),
            )
        return mine
    for name in ("LocID", "Location"):
        column = table.column(name)
        if column is not None:
            places = sorted({str(c[column]) for _, c in records})
            if len(places) > 1:
                raise InputError(
                    table.place(1, column),
                    messages.translate(
                        "Engine",
                        "holds {count} locations ({places}...); keep one country's rows or add "
                        "an ISO3_code column",
                        "layouts.holds_count_locations_places",
                    ).format(count=len(places), places=", ".join(places[:3])),
                )
    return records


def read_population_sheet(table: Table) -> Imported:
    unit = next((u for u in POPULATION_UNITS if table.column(u) is not None), None)
    if unit is None:
        where = tables.where(table.sheet, 1)
        raise InputError(
            where,
            messages.translate(
                "Engine",
                'needs a value column headed "persons" or "thousands"',
                "layouts.needs_value_column_headed",
            ).format(),
        )
    year_col, sex_col, age_col, value_col = required_columns(
        table, ("year", "sex", "age", unit), "population"
    )
    rows = []
    duplicates = Duplicates(table)
    for number_, cells in table.records():
        when = year(table, number_, year_col, cells[year_col])
        sex = v.choice(
            text(table, number_, sex_col, cells[sex_col]).lower(),
            table.place(number_, sex_col),
            ("female", "male", "both"),
        )
        ages = age_fields(table, number_, age_col, cells[age_col], singles=True)
        duplicates.check((when, sex, *ages.values()), number_, f"{when}, {sex}, {cells[age_col]}")
        value = number(table, number_, value_col, cells[value_col], minimum=0)
        body = {"year": when, "sex": sex, **ages, "value": value}
        rows.append(population_body(table, number_, body, value_col))
    return Imported("population", population=rows or None, population_unit=unit)


# ------------------------------------------------------------------ economy and labour


def read_by_year(table: Table, names: tuple[str, ...]) -> dict[str, dict[int, float]]:
    """Columns of values by year (blank cells: no value for that year)."""
    (year_col,) = required_columns(
        table, ("year",), tables.sheet_place(table.sheet) if table.sheet else ""
    )
    columns = {name: table.column(name) for name in names}
    unknown = [h for h in table.header if h.lower() not in ("year", *names)]
    if unknown:
        column = table.header.index(unknown[0])
        raise InputError(
            table.place(1, column),
            messages.translate(
                "Engine",
                "is not a known column (expected {names})",
                "layouts.known_column_expected_names",
            ).format(names=", ".join(names)),
        )
    result: dict[str, dict[int, float]] = {}
    duplicates = Duplicates(table)
    for number_, cells in table.records():
        when = year(table, number_, year_col, cells[year_col])
        duplicates.check(when, number_, f"year {when}")
        for name, index in columns.items():
            if index is None or _blank(cells[index]):
                continue
            bounds: dict[str, Any] = {"rate": True}
            if name == "gdp_nominal":
                bounds = {"minimum": 0}
            elif name not in GROWTH_KEYS:
                bounds["minimum"] = 0
            value = number(table, number_, index, cells[index], **bounds)
            result.setdefault(name, {})[when] = value
    return result


def read_anchors(table: Table) -> dict[str, float]:
    item_col, value_col = required_columns(table, ("item", "value"), "sheet Anchors")
    levels: dict[str, float] = {}
    duplicates = Duplicates(table)
    for number_, cells in table.records():
        item = v.choice(
            text(table, number_, item_col, cells[item_col]),
            table.place(number_, item_col),
            ANCHOR_ITEMS,
        )
        duplicates.check(item, number_, item)
        if not _blank(cells[value_col]):
            levels[item] = number(table, number_, value_col, cells[value_col], minimum=0)
    return levels


def read_participation(table: Table) -> list[dict[str, Any]] | None:
    sex_col, age_col, rate_col = required_columns(table, ("sex", "age", "rate"), "participation")
    year_col = table.column("year")
    rows = []
    duplicates = Duplicates(table)
    for number_, cells in table.records():
        sex = v.choice(
            text(table, number_, sex_col, cells[sex_col]).lower(),
            table.place(number_, sex_col),
            ("female", "male", "both"),
        )
        raw_age = text(table, number_, age_col, cells[age_col])
        v.age_group(raw_age, table.place(number_, age_col))
        body: dict[str, Any] = {"sex": sex, "age_group": raw_age}
        if year_col is not None and not _blank(cells[year_col]):
            body["year"] = year(table, number_, year_col, cells[year_col])
        duplicates.check((sex, raw_age, body.get("year")), number_, f"{sex}, {raw_age}")
        body["value"] = number(table, number_, rate_col, cells[rate_col], minimum=0, rate=True)
        rows.append(body)
    return rows or None
