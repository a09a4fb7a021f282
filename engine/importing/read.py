"""Which layout a file has, and reading it whole (nothing is applied here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.format.keys import ECONOMY_SERIES
from engine.importing import layouts as lay
from engine.importing import tables
from engine.importing.csv_stream import csv_rows
from engine.importing.tables import MAX_IMPORT_BYTES, Row, RowFilter, Table, build_table
from engine.importing.workbook_read import workbook_tables

ECONOMY_COLUMNS = ("gdp_nominal", *ECONOMY_SERIES)


def read_import(path: str | Path, iso3: str) -> lay.Imported:
    """Read a WPP CSV/xlsx, a template workbook, or one template sheet saved as CSV."""
    source = Path(path)
    try:
        tables = read_tables(source, keep_country(iso3))
        imported = _read(tables, iso3)
    except InputError as error:
        raise error.in_file(str(source)) from None
    if imported.is_empty():
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "holds no data to import (every sheet is empty)",
                "read.holds_no_data_import",
            ).format(),
            str(source),
        )
    return imported


def read_tables(path: Path, keep: RowFilter | None = None) -> list[Table]:
    """The tables of a .csv or .xlsx file (the header is the first non-blank row).

    ``keep``, given a table's header, may return a test that a row must pass to be
    kept (the rest are dropped as they are read).
    """
    if not path.is_file():
        raise InputError(
            "",
            messages.translate(
                "Engine", "does not exist or is not a file", "read.does_exist_file"
            ).format(),
            str(path),
        )
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is {size:,.0f} MB; the limit is {limit} MB",
                "read.size_f_mb_limit",
            ).format(size=size / 2**20, limit=MAX_IMPORT_BYTES // 2**20),
            str(path),
        )
    if size == 0:
        raise InputError(
            "", messages.translate("Engine", "is empty", "read.empty").format(), str(path)
        )
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return [build_table(None, csv_rows(path), keep)]
        if suffix in (".xlsx", ".xlsm"):
            return workbook_tables(path, keep)
    except InputError as error:
        raise error.in_file(str(path)) from None
    raise InputError(
        "",
        messages.translate(
            "Engine", "is neither a .csv file nor an .xlsx workbook", "read.neither_csv_file_nor"
        ).format(),
        str(path),
    )


def keep_country(iso3: str) -> RowFilter:
    """In a UN WPP file with an ISO3_code column, keep the project's country's rows only
    (dropped as they are read: the file of all countries fits in bounded memory)."""

    def for_header(header: tuple[str, ...]) -> Callable[[Row], bool] | None:
        lowered = [h.lower() for h in header]
        if "iso3_code" not in lowered or not {"agegrp", "popmale"} & set(lowered):
            return None
        index = lowered.index("iso3_code")
        return lambda row: row[index] is not None and str(row[index]).strip().upper() == iso3

    return for_header


def _read(tables: list[Table], iso3: str) -> lay.Imported:
    by_name = {t.sheet.strip().lower(): t for t in tables if t.sheet}
    if any(name.lower() in by_name for name in lay.TEMPLATE_SHEETS):
        return _read_template(by_name)
    filled = [t for t in tables if t.header]
    if not filled:
        raise InputError("", messages.translate("Engine", "is empty", "read.empty").format())
    if len(filled) > 1:
        names = ", ".join(str(t.sheet) for t in filled)
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "has several sheets with data ({names}) but not the template's sheets ({sheets})",
                "read.has_several_sheets_data",
            ).format(names=names, sheets=", ".join(lay.TEMPLATE_SHEETS)),
        )
    return _read_single(filled[0], iso3)


def _read_single(table: Table, iso3: str) -> lay.Imported:
    headings = {h.lower() for h in table.header}
    if {"agegrp", "popmale"} & headings or {"time", "popfemale"} <= headings:
        return lay.read_wpp(table, iso3)
    if {"time", "births"} <= headings:
        return lay.read_wpp_births(table, iso3)
    if {"year", "births"} <= headings:
        return lay.Imported("births", births=lay.read_births_sheet(table))
    if "year" in headings and ("persons" in headings or "thousands" in headings):
        return lay.read_population_sheet(table)
    if "year" in headings and headings & set(ECONOMY_COLUMNS):
        return lay.Imported("economy", economy=lay.read_by_year(table, ECONOMY_COLUMNS))
    if "item" in headings:
        return lay.Imported("anchors", levels=lay.read_anchors(table))
    if "rate" in headings and "sex" in headings:
        return lay.Imported("participation", participation=lay.read_participation(table))
    if "year" in headings and headings & set(lay.LABOUR_SERIES):
        return lay.Imported("labour", labour=lay.read_by_year(table, lay.LABOUR_SERIES))
    raise InputError(
        tables.where(table.sheet, 1),
        messages.translate(
            "Engine",
            "the headings ({header}) match no known layout: a UN WPP file (Time, "
            "AgeGrp, PopMale, PopFemale; or Time, Births) or a sheet of the ABND "
            "Studio template",
            "read.headings_header_match_no",
        ).format(header=", ".join(table.header)),
    )


def _read_template(by_name: dict[str, Table]) -> lay.Imported:
    for name in lay.TEMPLATE_SHEETS:
        if name.lower() not in by_name and name not in lay.OPTIONAL_SHEETS:
            raise InputError(
                tables.sheet_place(name),
                messages.translate(
                    "Engine",
                    "is missing; the template has the sheets {sheets} (leave a "
                    "sheet empty to change nothing there)",
                    "read.missing_template_has_sheets",
                ).format(sheets=", ".join(lay.TEMPLATE_SHEETS)),
            )

    def sheet(name: str) -> Table | None:
        table = by_name.get(name.lower())
        if table is None:
            return None
        return table if table.header and any(True for _ in table.records()) else None

    imported = lay.Imported("ABND Studio template")
    if (population := sheet("Population")) is not None:
        part = lay.read_population_sheet(population)
        imported.population, imported.population_unit = part.population, part.population_unit
    if (economy := sheet("Economy")) is not None:
        imported.economy = lay.read_by_year(economy, ECONOMY_COLUMNS)
    if (anchors := sheet("Anchors")) is not None:
        imported.levels = lay.read_anchors(anchors)
    if (participation := sheet("Participation")) is not None:
        imported.participation = lay.read_participation(participation)
    if (labour := sheet("Labour")) is not None:
        imported.labour = lay.read_by_year(labour, lay.LABOUR_SERIES)
    if (births := sheet("Births")) is not None:
        imported.births = lay.read_births_sheet(births)
    return imported
