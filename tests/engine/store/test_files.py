"""Reading and writing a project by file type: .json for exchange, .abnd (SQLite) for work;
an SQLite file is a project file whatever its name, and nothing existing is overwritten."""

from __future__ import annotations

import json
import shutil

import pytest

from engine.domain.errors import InputError
from engine.format.write import project_to_dict
from engine.store.files import is_project_file, read_project, write_project
from tests.conftest import DATA
from tests.engine.builders import build

THAILAND = DATA / "thailand-child-2010.json"


def test_a_project_file_is_known_by_its_header_not_its_name(tmp_path) -> None:
    disguised = tmp_path / "really-sqlite.json"
    shutil.copy(DATA / "schema-v1.abnd", disguised)
    assert is_project_file(disguised)
    assert not is_project_file(THAILAND)
    assert is_project_file(tmp_path / "missing.abnd")  # not there: by its name
    assert not is_project_file(tmp_path / "missing.json")
    assert read_project(disguised).name == read_project(DATA / "schema-v1.abnd").name


def test_json_and_abnd_hold_the_same_project(tmp_path) -> None:
    project = read_project(THAILAND)
    write_project(project, tmp_path / "t.abnd")
    write_project(project, tmp_path / "t.JSON")  # the extension in any case
    assert project_to_dict(read_project(tmp_path / "t.abnd")) == project_to_dict(project)
    written = json.loads((tmp_path / "t.JSON").read_text(encoding="utf-8"))
    assert written == json.loads(THAILAND.read_text(encoding="utf-8"))


def test_reading_an_abnd_file_changes_nothing_and_takes_no_lock(tmp_path) -> None:
    path = tmp_path / "p.abnd"
    write_project(build(), path)
    before = path.read_bytes()
    assert read_project(path).name == "Hand-computed test project"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.abnd"]


def test_an_existing_abnd_file_is_never_overwritten(tmp_path) -> None:
    path = tmp_path / "p.abnd"
    write_project(build(), path)
    before = path.read_bytes()
    with pytest.raises(InputError) as raised:
        write_project(read_project(THAILAND), path)
    assert raised.value.one_line() == f"{path}: already exists; choose another name"
    assert path.read_bytes() == before


def test_an_unknown_extension_is_refused(tmp_path) -> None:
    with pytest.raises(InputError) as raised:
        write_project(build(), tmp_path / "p.xlsx")
    assert raised.value.one_line() == (
        f"{tmp_path / 'p.xlsx'}: has an unknown extension: use .json or .abnd"
    )
    assert not (tmp_path / "p.xlsx").exists()
