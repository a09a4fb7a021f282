"""Importing national data into a project: UN WPP population files and the xlsx template.

``import_into`` reads the whole file first, then applies it as one edit: an
import is all or nothing, and every error names the sheet, row and column.
"""

from __future__ import annotations

from pathlib import Path

from engine.domain.errors import InputError
from engine.format.json_file import save_project
from engine.importing.apply import import_batch
from engine.importing.between import Between
from engine.importing.read import read_import
from engine.importing.template import write_template
from engine.store.files import read_project
from engine.store.project_store import ProjectStore, plan

__all__ = ["import_batch", "import_into", "read_import", "write_template"]


def import_into(
    project_path: str | Path,
    file_path: str | Path,
    between: Between = "interpolate",
    author: str = "",
) -> list[str]:
    """Import ``file_path`` into the project file (recorded in its history under
    ``author``); returns one line per change."""
    project_path, file_path = Path(project_path), Path(file_path)
    if project_path.suffix.lower() == ".abnd":
        with ProjectStore.open(project_path) as store:
            store.author = author
            imported = read_import(file_path, store.project.country.iso3)
            batch, changes = import_batch(store.project, imported, file_path.name, between)
            try:
                store.apply(batch, label=f"Import {file_path.name}")
            except InputError as error:
                raise error.in_file(str(file_path)) from None
        return changes
    project = read_project(project_path)
    imported = read_import(file_path, project.country.iso3)
    batch, changes = import_batch(project, imported, file_path.name, between)
    try:
        changed, _, _ = plan(project, batch)
    except InputError as error:
        raise error.in_file(str(file_path)) from None
    save_project(changed, project_path)
    return changes
