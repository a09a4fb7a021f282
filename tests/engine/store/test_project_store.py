"""The .abnd project file: round trips, edits with inverses, one writer, migrations."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from engine.domain.errors import InputError
from engine.domain.model import Series
from engine.edits.commands import FIELD, Batch, Delete, Move, Put
from engine.edits.flat import unflatten
from engine.format.json_file import load_project
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.method.compute import compute
from engine.store import schema
from engine.store.project_store import ProjectLockedError, ProjectStore
from main import main
from tests.conftest import DATA
from tests.engine.builders import base_project, scenario
from tests.engine.format.test_json_file import projects

THAILAND = DATA / "thailand-child-2010.json"


def table_dump(path, tables=None) -> dict[str, list[tuple]]:
    """Everything a project file holds, table by table (what "identical on disk" means)."""
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in tables or schema.TABLES
        }
    finally:
        connection.close()


PROJECT_TABLES = (*schema.OLDER_TABLES, "financing_source")


def test_thailand_round_trips_json_abnd_json(tmp_path) -> None:
    source = json.loads(THAILAND.read_text(encoding="utf-8"))
    assert main(["convert", str(THAILAND), str(tmp_path / "t.abnd")]) == 0
    assert main(["convert", str(tmp_path / "t.abnd"), str(tmp_path / "t.json")]) == 0
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8")) == source


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=projects())
def test_generated_projects_round_trip_through_the_file(tmp_path, document) -> None:
    from engine.format.read import project_from_dict

    path = tmp_path / "p.abnd"
    path.unlink(missing_ok=True)
    ProjectStore.create(path, project_from_dict(document)).close()
    with ProjectStore.open(path, read_only=True) as store:
        assert project_to_dict(store.project) == document


def test_the_schema_v3_fixture_opens_and_round_trips(tmp_path) -> None:
    fixture = DATA / "schema-v3.abnd"
    with ProjectStore.open(fixture, read_only=True) as store:
        document = project_to_dict(store.project)
        history = store.history()
        versions = store.versions()
        assert project_to_dict(store.version_project("1")[1]) == document
    assert document == json.loads((DATA / "schema-v3.json").read_text(encoding="utf-8"))
    assert [(e.author, e.label, e.comment) for e in history] == [
        ("Fixture author", "Edit notes", "per the fixture's letter"),
        ("Fixture author", "Undo", ""),
    ]
    assert [(v.number, v.name) for v in versions] == [(1, "Fixture version")]
    copy = tmp_path / "copy.abnd"
    ProjectStore.create(copy, load_project(DATA / "schema-v3.json")).close()
    assert table_dump(copy, PROJECT_TABLES) == table_dump(fixture, PROJECT_TABLES)
    # The same content makes the same project: the same identity and origin.
    with (
        ProjectStore.open(copy, read_only=True) as made,
        ProjectStore.open(fixture, read_only=True) as kept,
    ):
        assert made.identity() == kept.identity()
        assert made.origin() == kept.origin()


def test_a_version_2_file_migrates_to_version_3_with_a_backup_and_the_same_content(
    tmp_path,
) -> None:
    """Version 3 adds the history tables and turns each package's envelope into a
    financing source; the content is the version-2 file's read as version 3 (what the
    JSON reader makes of the same file), the other tables are untouched, and the
    original stays as NAME.abnd.v2.bak."""
    path = tmp_path / "old.abnd"
    shutil.copy(DATA / "schema-v2.abnd", path)
    untouched = tuple(table for table in schema.OLDER_TABLES if table != "package")
    before = table_dump(path, untouched)
    with ProjectStore.open(path) as store:
        document = project_to_dict(store.project)
        assert store.history() == [] and store.versions() == []
        assert project_to_dict(project_from_dict(unflatten(store.origin()))) == document
        identity = store.identity()
    expected = json.loads((DATA / "schema-v2.json").read_text(encoding="utf-8"))
    assert document == project_to_dict(project_from_dict(expected))
    assert document["financing_sources"][0]["id"] == "envelope-all"
    assert document["packages"][0]["financing"] == ["envelope-all"]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (3,)
    assert table_dump(path, untouched) == before
    backup = tmp_path / "old.abnd.v2.bak"
    assert backup.read_bytes() == (DATA / "schema-v2.abnd").read_bytes()
    # A second copy of the same version-2 file, updated on its own, is the same project.
    other = tmp_path / "other.abnd"
    shutil.copy(DATA / "schema-v2.abnd", other)
    with ProjectStore.open(other, read_only=True) as store:  # updated in a private copy
        assert store.identity() == identity
    assert other.read_bytes() == (DATA / "schema-v2.abnd").read_bytes()


def test_the_version_2_to_3_step_alone_adds_the_history_tables(tmp_path) -> None:
    path = tmp_path / "old.abnd"
    shutil.copy(DATA / "schema-v2.abnd", path)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN")
    schema.MIGRATIONS[2](connection)
    connection.execute("COMMIT")
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
    assert set(schema.HISTORY_TABLES) <= names
    assert connection.execute("SELECT COUNT(*) FROM journal").fetchone() == (0,)
    assert connection.execute("SELECT key FROM snapshot").fetchall() == [("origin",)]
    connection.close()


def results_of_version_2(name: str) -> dict[tuple[str, str, int], dict[str, float]]:
    """What ABND Studio with format version 2 computed for a fixture (its ``compute --out``
    CSV, written before financing sources existed): (scope, id, year) -> column -> value."""
    rows = csv.DictReader((DATA / f"{name}.results.csv").read_text(encoding="utf-8").splitlines())
    return {
        (row.pop("scope"), row.pop("id"), int(row.pop("year"))): {
            column: float(text) if text else float("nan") for column, text in row.items()
        }
        for row in rows
    }


def assert_same_as_version_2(name: str, results) -> None:
    """Every column version 2 wrote, bit for bit (NaN where it was empty)."""
    expected = results_of_version_2(name)
    found = set()
    for scope, tables in (("scenario", results.scenarios), ("package", results.packages)):
        for key, table in tables.items():
            for t, year in enumerate(results.years.tolist()):
                row = expected[(scope, key, year)]
                for column, value in row.items():
                    if column not in table.columns:  # a package column, empty for a scenario
                        assert np.isnan(value), (key, column)
                        continue
                    assert np.array_equal(table[column][t], value, equal_nan=True), (
                        key,
                        year,
                        column,
                    )
                found.add((scope, key, year))
    assert found == set(expected)


def test_the_version_2_fixture_opens_as_version_3_with_its_envelope_as_one_source(
    tmp_path,
) -> None:
    """The version-2 fixture migrates (backup kept), its envelope is one source holding it,
    and every result is what version 2 computed, bit for bit."""
    path = tmp_path / "old.abnd"
    shutil.copy(DATA / "schema-v2.abnd", path)
    with ProjectStore.open(path) as store:
        project = store.project
        results = compute(project)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (3,)
    backup = tmp_path / "old.abnd.v2.bak"
    assert backup.read_bytes() == (DATA / "schema-v2.abnd").read_bytes()
    (source,) = project.financing_sources
    assert (source.id, source.kind, source.unit) == ("envelope-all", "other", "pct_gdp")
    assert source.amount is not None and source.amount.series == Series.of(1.0)
    assert project.package("all").financing == ("envelope-all",)
    assert_same_as_version_2("schema-v2", results)
    # the new columns say the same: 1 % of GDP financed, the gap is the cost minus 1 %
    table = results.packages["all"]
    assert np.array_equal(table["financing_pct_gdp"], [1.0, 1.0][: len(results.years)])
    assert np.array_equal(table["financing_gap_pct_gdp"], table["pct_gdp"] - 1.0)


@pytest.mark.parametrize("suffix", [".abnd", ".json"])
def test_version_2_envelopes_become_one_source_each_with_identical_results(
    tmp_path, suffix
) -> None:
    """An envelope by year with its source note, a constant one, and a package without one,
    in a file written by the version-2 ABND Studio (and its JSON twin)."""
    path = tmp_path / f"old{suffix}"
    shutil.copy(DATA / f"envelopes-v2{suffix}", path)
    if suffix == ".abnd":
        with ProjectStore.open(path) as store:
            project = store.project
    else:
        project = load_project(path)
    assert [(s.id, s.unit, s.source) for s in project.financing_sources] == [
        ("envelope-by-year", "pct_gdp", "Budget circular 2024"),
        ("envelope-constant", "pct_gdp", None),
    ]
    assert [p.financing for p in project.packages] == [
        ("envelope-by-year",),
        ("envelope-constant",),
        (),
    ]
    assert dict(project.sources) == {"packages.none": "no envelope yet"}  # kept where it was
    results = compute(project)
    assert_same_as_version_2("envelopes-v2", results)
    by_year = results.packages["by-year"]
    assert by_year["financing_pct_gdp"].tolist() == [0.5, 0.8, 0.8]
    # GDP 1e9, 1.071e9, 1.147041e9 (tests/engine/builders.py): 0.5 % of 1e9 is 5e6
    assert by_year["financing"].tolist() == pytest.approx(
        [5e6, 0.008 * 1.071e9, 0.008 * 1.147041e9]
    )
    assert np.isnan(results.packages["none"]["financing"]).all()


def test_every_version_1_file_opens_as_version_3_with_identical_results(tmp_path) -> None:
    """The version-1 fixture (no births given: then "the population aged 0") migrates
    step by step, leaves a .v1.bak copy, and computes bit for bit what version 2 computed
    from it (and its JSON twin computes the same)."""
    path = tmp_path / "old.abnd"
    shutil.copy(DATA / "schema-v1.abnd", path)
    before = compute(load_project(DATA / "schema-v1.json"))
    with ProjectStore.open(path) as store:
        after = compute(store.project)
        assert store.project.population.births_estimate == "aged_0"
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (3,)
    backup = tmp_path / "old.abnd.v1.bak"
    assert (
        sqlite3.connect(backup).execute("PRAGMA user_version").fetchone() == (1,)
        and backup.read_bytes() == (DATA / "schema-v1.abnd").read_bytes()
    )
    assert_same_results(before, after)
    assert_same_as_version_2("schema-v1", after)
    assert [w.message for w in after.warnings] == [w.message for w in before.warnings]
    births = next(w for w in after.warnings if w.path == "population.births")
    assert births.message == "births are not given, so they are taken as the population aged 0"


def test_a_version_1_file_without_births_keeps_age_0_births_after_migration(tmp_path) -> None:
    """Where the migration matters: a maternity benefit over several years. Version 2's
    default estimate would give other births; the migrated file keeps version 1's."""
    document = base_project(
        format_version=1,
        scenarios=[
            scenario(
                "m", "maternity", benefit={"type": "fixed", "monthly_amount": 10}, months_per_year=3
            )
        ],
    )
    document["population"]["rows"] = [
        {**row, "value": row["value"] * (2 if row["year"] == 2027 else 1)}
        for row in document["population"]["rows"]
    ]
    v1 = tmp_path / "v1.json"
    v1.write_text(json.dumps(document), encoding="utf-8")
    before = compute(load_project(v1))
    path = tmp_path / "old.abnd"
    write_version_1_file(path, document)
    with ProjectStore.open(path) as store:
        assert_same_results(before, compute(store.project))
        # births = population aged 0 (2,000 persons in 2025): 2,000 * 10 * 3 = 60,000
        assert compute(store.project).scenarios["m"]["total_cost"][0] == 60_000
    as_version_3 = compute(project_from_dict({**document, "format_version": 3}))
    assert as_version_3.scenarios["m"]["total_cost"][0] != 60_000


def write_version_1_file(path, document) -> None:
    """A file as ABND Studio 1 wrote it: its tables (no financing sources), user_version 1,
    no births_estimate."""
    ProjectStore.create(path, project_from_dict({**document, "format_version": 2})).close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE financing_source")
    connection.execute("DELETE FROM project_field WHERE key = 'births_estimate'")
    for table in schema.HISTORY_TABLES:
        connection.execute(f"DROP TABLE {table}")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()


def assert_same_results(before, after) -> None:
    """Every column of every scenario and package, bit for bit."""
    assert list(before.scenarios) == list(after.scenarios)
    assert list(before.packages) == list(after.packages)
    for tables, others in ((before.scenarios, after.scenarios), (before.packages, after.packages)):
        for key, table in tables.items():
            for column, values in table.columns.items():
                assert np.array_equal(values, others[key][column], equal_nan=True), (key, column)


@pytest.fixture
def store(tmp_path):
    project = base_project(
        scenarios=[
            scenario("a", "age_cash", ages=[0, 3], benefit={"type": "fixed", "monthly_amount": 10}),
            scenario(
                "b", "age_cash", ages=[65, 100], benefit={"type": "fixed", "monthly_amount": 20}
            ),
        ],
        packages=[{"id": "p", "name": "P", "scenarios": ["a", "b"]}],
        matrix=[
            {"id": f"m{i}", "guarantee": "children", "recommendation": f"Row {i}"} for i in range(4)
        ],
    )
    from engine.format.read import project_from_dict

    opened = ProjectStore.create(tmp_path / "p.abnd", project_from_dict(project))
    yield opened
    opened.close()


def reopened(store: ProjectStore) -> dict:
    with ProjectStore.open(store.path, read_only=True) as other:
        return project_to_dict(other.project)


def test_each_kind_of_edit_is_on_disk_when_acknowledged_and_undo_restores_the_file(store) -> None:
    before = table_dump(store.path)
    row = {
        "id": "m9",
        "guarantee": "elderly",
        "recommendation": "Social pension",
        "costable": True,
        "scenario_ids": ["b"],
    }
    body_a = project_to_dict(store.project)["scenarios"][0]
    edits = [
        Put("matrix_row", "m9", row, position=1),
        Put("scenario", "a", {**body_a, "admin_rate": 0.07}),
        Move("matrix_row", "m0", 3),
        Delete("matrix_row", "m2"),
        Put(FIELD, "name", "Renamed"),
        Batch(
            (
                Put("matrix_row", "x1", {"id": "x1", "guarantee": "health"}),
                Put("matrix_row", "x2", {"id": "x2", "guarantee": "health"}),
            ),
        ),
        Put(
            "population_row", "2025|female|7", {"year": 2025, "sex": "female", "age": 7, "value": 5}
        ),
    ]
    inverses = []
    for command in edits:
        inverses.append(store.apply(command))
        assert reopened(store) == project_to_dict(store.project)  # acknowledged = on disk
    document = reopened(store)
    # m0 m1 m2 m3 -> put m9 at 1: m0 m9 m1 m2 m3 -> m0 to 3: m9 m1 m2 m0 m3 -> drop m2
    assert [m["id"] for m in document["matrix"]] == ["m9", "m1", "m0", "m3", "x1", "x2"]
    assert document["scenarios"][0]["admin_rate"] == 0.07 and document["name"] == "Renamed"
    for inverse in reversed(inverses):
        store.apply(inverse)
    assert table_dump(store.path, PROJECT_TABLES) == table_dump_of(before, PROJECT_TABLES)
    assert len(store.history()) == 2 * len(edits)  # every edit and every undo recorded
    for command in edits:  # redo
        store.apply(command)
    assert reopened(store) == document


def table_dump_of(dump: dict[str, list[tuple]], tables) -> dict[str, list[tuple]]:
    return {table: dump[table] for table in tables}


def test_an_invalid_edit_is_refused_and_changes_nothing(store) -> None:
    before = table_dump(store.path)
    with pytest.raises(InputError, match="admin_rate: 5 is above 1"):
        store.apply(
            Put(
                "scenario", "a", {**project_to_dict(store.project)["scenarios"][0], "admin_rate": 5}
            )
        )
    with pytest.raises(InputError, match='"a" is not the id of any scenario'):
        store.apply(Delete("scenario", "a"))  # still in package p
    with pytest.raises(InputError):  # all or nothing: the first part is valid
        store.apply(Batch((Put(FIELD, "name", "X"), Put(FIELD, "years", {"base": 2025, "end": 1}))))
    assert table_dump(store.path) == before
    assert store.project.name == "Hand-computed test project"


def test_a_second_writer_is_told_and_read_only_works(store) -> None:
    with pytest.raises(ProjectLockedError, match="is open in another ABND Studio"):
        ProjectStore.open(store.path)
    with (
        ProjectStore.open(store.path, read_only=True) as reader,
        pytest.raises(InputError, match="read-only"),
    ):
        reader.apply(Put(FIELD, "name", "X"))
    store.close()
    ProjectStore.open(store.path).close()  # the lock went with the first writer


def test_save_as_copies_everything(store, tmp_path) -> None:
    store.apply(Put(FIELD, "name", "Before copy"))
    store.save_as(tmp_path / "copy.abnd")
    assert table_dump(tmp_path / "copy.abnd") == table_dump(store.path)
    with ProjectStore.open(tmp_path / "copy.abnd") as copy:
        assert copy.project.name == "Before copy"


def test_an_older_file_is_backed_up_then_migrated_step_by_step(tmp_path, monkeypatch) -> None:
    path = tmp_path / "old.abnd"
    ProjectStore.create(path, load_project(THAILAND)).close()
    steps = []

    def step_3_to_4(connection) -> None:
        steps.append(3)
        connection.execute("UPDATE project_field SET body = '\"Migrated\"' WHERE key = 'name'")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    monkeypatch.setattr("engine.store.safety.SCHEMA_VERSION", 4)
    monkeypatch.setattr("engine.store.project_store.SCHEMA_VERSION", 4)
    monkeypatch.setattr("engine.store.opening.SCHEMA_VERSION", 4)
    monkeypatch.setitem(schema.MIGRATIONS, 3, step_3_to_4)
    with ProjectStore.open(path) as store:
        assert store.project.name == "Migrated"
    assert steps == [3]
    backup = tmp_path / "old.abnd.v3.bak"
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone() == (3,)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (4,)


def test_an_older_file_is_checked_before_anything_runs_on_it(tmp_path) -> None:
    """Migrating writes: a trigger, a foreign table or a damaged page in a version-2 file is
    refused in one line before any step runs (reading it for a command as well)."""
    trapped = tmp_path / "trapped.abnd"
    shutil.copy(DATA / "schema-v2.abnd", trapped)
    connection = sqlite3.connect(trapped)
    connection.execute(
        "CREATE TRIGGER t AFTER INSERT ON project_field BEGIN DELETE FROM scenario; END"
    )
    connection.commit()
    connection.close()
    with pytest.raises(InputError, match="holds something ABND Studio did not create"):
        ProjectStore.open(trapped)
    with pytest.raises(InputError, match="holds something ABND Studio did not create"):
        ProjectStore.open(trapped, read_only=True)
    damaged = tmp_path / "damaged.abnd"
    data = bytearray((DATA / "schema-v2.abnd").read_bytes())
    data[4096 + 8 : 4096 + 40] = b"\xff" * 32  # the second page's header and cells
    damaged.write_bytes(bytes(data))
    assert main(["compute", str(damaged)]) == 2


def test_a_migration_never_replaces_an_earlier_backup(tmp_path) -> None:
    path = tmp_path / "old.abnd"
    shutil.copy(DATA / "schema-v2.abnd", path)
    earlier = tmp_path / "old.abnd.v2.bak"
    earlier.write_bytes(b"a backup from another day")
    ProjectStore.open(path).close()
    assert earlier.read_bytes() == b"a backup from another day"
    assert (tmp_path / "old.abnd.v2.1.bak").read_bytes() == (DATA / "schema-v2.abnd").read_bytes()
