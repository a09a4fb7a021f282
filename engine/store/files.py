"""Reading and writing a project by file type: ``.json`` (exchange) or ``.abnd`` (SQLite)."""

from __future__ import annotations

from pathlib import Path

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.format.json_file import load_project, save_project
from engine.store.project_store import ProjectStore
from engine.store.safety import HEADER
from engine.store.sidecars import WAL_SUFFIXES
from engine.store.whole_file import write_new_file


def is_project_file(path: Path) -> bool:
    """An SQLite file (whatever its name) is read as a project file, anything else as JSON."""
    if not path.is_file():  # never open a pipe or a device to look (it could block)
        return path.suffix.lower() == ".abnd"
    try:
        with path.open("rb") as handle:
            return handle.read(len(HEADER)) == HEADER
    except OSError:
        return path.suffix.lower() == ".abnd"


def read_project(path: str | Path) -> Project:
    """A project from a ``.json`` or ``.abnd`` file, opened read-only and checked;
    ``FILE.abnd@VERSION`` reads a version saved in it (its number, name or key)."""
    source, version = split_version(Path(path))
    if version is not None:
        with ProjectStore.open(source, read_only=True) as store:
            return store.version_project(version)[1]
    if is_project_file(source) or source.suffix.lower() == ".abnd":
        with ProjectStore.open(source, read_only=True) as store:
            return store.project
    return load_project(source)


def split_version(path: Path) -> tuple[Path, str | None]:
    """``FILE@VERSION`` -> (FILE, VERSION) when FILE is there and the whole name is not."""
    text = str(path)
    if "@" not in path.name or path.exists():
        return path, None
    base, version = text.rsplit("@", 1)
    if version and Path(base).is_file():
        return Path(base), version
    return path, None


def write_project(project: Project, path: str | Path) -> None:
    """Write a whole project as ``.json`` or a new ``.abnd`` file (replacing nothing else)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".json":
        save_project(project, target)
    elif suffix == ".abnd":
        if target.exists():
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "already exists; choose another name",
                    "files.already_exists_choose_another",
                ).format(),
                str(target),
            )
        write_new_file(target, project)
    else:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "has an unknown extension: use .json or .abnd",
                "files.has_unknown_extension_use",
            ).format(),
            str(target),
        )


def remove_project_file(path: Path) -> None:
    """Delete a project file we made and no one has open (a what-if copy), with any journal
    or write-ahead files SQLite left beside it."""
    for name in (path.name, *(path.name + suffix for suffix in ("-journal", *WAL_SUFFIXES))):
        (path.parent / name).unlink(missing_ok=True)
