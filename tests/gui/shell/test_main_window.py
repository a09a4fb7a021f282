"""The main window: title, tabs, menus, opening files, import, export, the crash net, smoke."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.format.json_file import dumps_project
from engine.store.files import read_project
from gui.shell import dialogs
from gui.shell.settings import Settings
from tests.conftest import REPO
from tests.gui.conftest import SAMPLE


def test_title_tabs_and_menus(window) -> None:
    assert window.windowTitle() == "Lao PDR social protection floor (sample) — ABND Studio"
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Assessment matrix",
        "Country data",
        "Scenarios",
        "Results",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    file_items = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    for item in (
        "&New from country...",
        "&Open...",
        "Open &recent",
        "Save &As...",
        "&Import data...",
        "Save the import &template...",
        "&Export",
        "&Print...",
        "&Quit",
    ):
        assert item in file_items
    file_menu = window.menuBar().actions()[0].menu()
    (export,) = [a for a in file_menu.actions() if a.text() == "&Export"]
    assert [a.text() for a in export.menu().actions()] == [
        "&Report (PDF, Word or ODT)...",
        "RAP &workbook with live formulas...",
        "Results table (&Excel)...",
        "Results table (&CSV)...",
        "Results (&JSON)...",
        "Project exchange file (JSO&N)...",
    ]


def test_title_follows_a_rename_and_undo(window) -> None:
    from engine.edits.commands import FIELD, Put

    window.document.apply(Put(FIELD, "name", "Lao PDR, Vientiane workshop"), "Rename")
    assert window.windowTitle().startswith("Lao PDR, Vientiane workshop")
    window.undo_action.trigger()
    assert window.windowTitle().startswith("Lao PDR social protection floor")


def test_dropping_a_project_file_opens_it(window, tmp_path) -> None:
    other = tmp_path / "other.abnd"
    window.document.save_as(other)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.path == other
    assert Settings().recent_files[0] == str(other.resolve())


def test_a_json_project_opens_as_a_working_copy(window, abnd_home) -> None:
    assert window.open_project(SAMPLE)
    assert window.document.path.parent == abnd_home / "projects"
    assert window.document.path.suffix == ".abnd"
    assert window.open_project(SAMPLE)  # a second copy, never the first one overwritten
    assert window.document.path.name == "lao-pdr-sample-2.abnd"


def test_a_damaged_file_is_refused_and_the_project_stays(window, tmp_path, qtbot) -> None:
    bad = tmp_path / "bad.abnd"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    current = window.document.path
    assert not window.open_project(bad)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("bad.abnd" in box.text() for box in boxes)
    assert window.document.path == current


def test_import_through_the_window_is_one_undo_step(window, tmp_path) -> None:
    source = tmp_path / "wpp.csv"
    source.write_text("Time,AgeGrp,PopMale,PopFemale\n2030,0-4,400,390\n", encoding="utf-8")
    before = read_project(window.document.path).population.rows
    changes = dialogs.import_file(window, source)
    assert changes and changes[0].startswith("Population: ages 0-4 in 1 year(s) 2030")
    assert read_project(window.document.path).population.rows != before
    assert window.undo_action.text() == "Undo Import wpp.csv"
    window.undo_action.trigger()
    assert read_project(window.document.path).population.rows == before


def test_a_refused_import_changes_nothing_and_names_the_cell(window, tmp_path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Time,AgeGrp,PopMale,PopFemale\n2030,0-4,x,390\n", encoding="utf-8")
    assert dialogs.import_file(window, source) == []
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("row 2, column C (PopMale)" in box.text() for box in boxes)
    assert window.document.undo_stack.count() == 0


def test_export_writes_the_engine_results(window, tmp_path) -> None:
    target = tmp_path / "results.csv"
    assert dialogs.export_to(window, target, "results.csv")
    window.document.tasks.wait()  # written in the background
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    pension = [r for r in rows if r["id"] == "social-pension-65" and r["year"] == "2040"]
    expected = window.document.results.scenarios["social-pension-65"].columns["total_cost"][-1]
    assert float(pension[0]["total_cost"]) == expected


def test_an_unexpected_error_is_logged_and_explained(window, tmp_path, monkeypatch) -> None:
    from gui.shell.app import install_crash_net

    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path / "logs"))
    install_crash_net(window)
    before = dumps_project(read_project(window.document.path))
    try:
        raise RuntimeError("boom in a view")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    log = (tmp_path / "logs" / "abnd-studio.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a view" in log
    box = window.findChild(QMessageBox, "crash-message")
    assert box is not None and str(tmp_path / "logs") in box.text()
    assert dumps_project(read_project(window.document.path)) == before
    sys.excepthook = sys.__excepthook__


def test_help_pages_open_offline(window) -> None:
    guide = dialogs.user_guide(window)
    assert "assessment matrix" in guide.findChild(dialogs.QTextBrowser).toPlainText().lower()
    about = dialogs.about(window)
    text = about.findChild(dialogs.QTextBrowser).toPlainText()
    assert "World Population Prospects 2024" in text and "CC BY 3.0 IGO" in text


def test_settings_keep_geometry_and_recent_files(window) -> None:
    path = window.document.path
    window.resize(1000, 700)
    window.close()
    assert window.document is None  # closed with the window: nothing may rebuild views over it
    settings = Settings()
    assert settings.geometry is not None
    assert settings.recent_files[0] == str(Path(path).resolve())


def test_smoke_mode_visits_every_tab(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--smoke", str(SAMPLE)],
        capture_output=True,
        text=True,
        check=False,
        env={"ABND_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "first paint:" in done.stdout
    for name in ("Assessment matrix", "Country data", "Scenarios", "Results"):
        assert f"{name}: rendered" in done.stdout


def test_a_project_open_elsewhere_asks_before_opening_read_only(window, tmp_path) -> None:
    from engine.store.project_store import ProjectStore
    from tests.gui.conftest import answer

    other = tmp_path / "shared.abnd"
    window.document.save_as(other)
    current = window.document.path
    with ProjectStore.open(other):  # another ABND Studio has it open for editing
        answer("Cancel")
        assert not window.open_project(other)
        assert window.document.path == current
        answer("Open read-only")
        assert window.open_project(other)
        assert window.document.path == other and window.document.store.read_only
        assert window.windowTitle().endswith("(read-only) — ABND Studio")


def _with_rows(window, path, count: int) -> list[str]:
    """The open project saved as ``path`` with ``count`` matrix rows more; their ids."""
    import sqlite3

    window.document.save_as(path)
    connection = sqlite3.connect(path)
    start = connection.execute("SELECT count(*) FROM matrix_row").fetchone()[0]
    ids = [f"extra-{i}" for i in range(count)]
    connection.executemany(
        "INSERT INTO matrix_row (key, position, body) VALUES (?, ?, ?)",
        [
            (key, start + i, f'{{"id": "{key}", "guarantee": "health", "notes": "row {i}"}}')
            for i, key in enumerate(ids)
        ],
    )
    connection.commit()
    connection.close()
    return ids


def test_the_window_paints_before_every_matrix_row_is_read(window, tmp_path, qtbot) -> None:
    """Issue 21: rows are decoded as they show; the rest are checked after the first paint."""
    from engine.store.stored_matrix import StoredMatrix
    from gui.matrix.model import ROW_ID_ROLE

    path = tmp_path / "large.abnd"
    ids = _with_rows(window, path, 3000)
    window.resize(1024, 640)
    window.tabs.setCurrentWidget(window.matrix_tab)
    assert window.open_project(path)
    matrix = window.document.project.matrix
    assert isinstance(matrix, StoredMatrix) and not window.document.store.rows_checked
    window.grab()  # the first paint: the rows on screen, read as they are drawn
    assert not matrix.all_read
    model = window.matrix_tab.model
    assert model.rowCount() == len(ids) + 9  # the sample's nine rows, then these
    qtbot.waitUntil(lambda: window.document.store.rows_checked, timeout=20_000)
    assert matrix.all_read
    last = model.index(model.rowCount() - 1, 0)
    assert model.data(last, ROW_ID_ROLE) == ids[-1]


def test_a_damaged_row_found_after_painting_brings_back_the_project_before(
    window, tmp_path, qtbot
) -> None:
    import sqlite3

    path = tmp_path / "damaged.abnd"
    _with_rows(window, path, 50)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE matrix_row SET body = '{\"id\": 1' WHERE key = 'extra-40'")
    connection.commit()
    connection.close()
    qtbot.waitUntil(lambda: window.document.store.rows_checked)  # the sample, checked
    current = window.document.path
    assert window.open_project(path)  # opened: the damaged row is not read yet
    assert window.document.path == path
    qtbot.waitUntil(lambda: window.document.path == current, timeout=20_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    said = [box.text() for box in boxes if "damaged.abnd" in box.text()]
    assert said and "table matrix_row, entry 'extra-40': is damaged" in said[0], said
    qtbot.waitUntil(lambda: window.document.store.rows_checked)  # the one before, in its turn


def _damaged_copy(window, path) -> None:
    import sqlite3

    _with_rows(window, path, 5)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE matrix_row SET body = '{' WHERE key = 'extra-2'")
    connection.commit()
    connection.close()


def _settles_on(window, qtbot) -> object:
    """The project the window ends on once every check after a paint is done."""
    qtbot.waitUntil(lambda: window.document.store.rows_checked, timeout=20_000)
    settled = window.document.path
    qtbot.wait(300)  # paints and timers: nothing opens again
    assert window.document.path == settled and window.document.store.rows_checked
    return settled


def test_two_damaged_files_opened_in_turn_end_on_the_sample_not_in_a_loop(
    window, tmp_path, qtbot, abnd_home
) -> None:
    """Found by the attack on issue 21: a damaged file went back to the one open before
    it, itself damaged and never checked, which went back to the first, and so on."""
    first, second = tmp_path / "a.abnd", tmp_path / "b.abnd"
    _damaged_copy(window, first)
    _damaged_copy(window, second)
    assert window.open_project(first) and window.open_project(second)  # before any paint
    settled = _settles_on(window, qtbot)
    assert settled == abnd_home / "projects" / "lao-pdr-sample.abnd"
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    said = [box.text() for box in boxes if "b.abnd" in box.text() or "a.abnd" in box.text()]
    assert len(said) == 1 and "b.abnd" in said[0]  # a.abnd was closed before its check


def test_a_damaged_sample_copy_is_replaced_by_a_fresh_one(window, qtbot, abnd_home) -> None:
    from engine.runtime.resources import SAMPLE_PROJECT, resource_path

    qtbot.waitUntil(lambda: window.document.store.rows_checked)
    (abnd_home / "projects").mkdir(parents=True, exist_ok=True)
    _damaged_copy(window, abnd_home / "projects" / "lao-pdr-sample.abnd")
    assert window.open_project(resource_path(*SAMPLE_PROJECT), reuse_copy=True)
    assert window.document.path == abnd_home / "projects" / "lao-pdr-sample.abnd"
    window.check_rows()
    # The project before (checked) comes back first; from there a damaged sample copy...
    assert window.document.path.name == "lao.abnd"
    previous_unchecked = window.document
    assert window.open_project(resource_path(*SAMPLE_PROJECT), reuse_copy=True)
    assert not previous_unchecked.store.rows_checked  # closed before its check
    settled = _settles_on(window, qtbot)
    assert settled == abnd_home / "projects" / "lao-pdr-sample-2.abnd"  # a fresh copy


def test_a_key_pressed_before_the_check_waits_for_it(window, tmp_path, qtbot) -> None:
    """Found by the attack on issue 21: Ctrl+C or Delete on a damaged row before the check
    raised into the crash dialog. Input now runs the check first; input aimed at the refused
    project is dropped."""
    from PySide6.QtTest import QTest

    qtbot.waitUntil(lambda: window.document.store.rows_checked)
    current = window.document.path
    path = tmp_path / "damaged.abnd"
    _damaged_copy(window, path)
    window.tabs.setCurrentWidget(window.matrix_tab)
    assert window.open_project(path)
    view = window.matrix_tab.view
    view.setCurrentIndex(window.matrix_tab.proxy.index(11, 1))  # the damaged row extra-2
    # Delete (clear the cells) before any paint; no modifier, so QTest leaves no key
    # held down for the tests that follow (Ctrl would make their clicks add to a selection).
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert window.document.path == current and window.document.store.rows_checked


def test_an_export_before_the_check_is_refused_with_the_line(window, tmp_path, qtbot) -> None:
    """Found by the attack on issue 21: a row linking to no scenario decodes, and an
    export before the check wrote a JSON file ABND Studio then refused."""
    import sqlite3

    qtbot.waitUntil(lambda: window.document.store.rows_checked)
    path = tmp_path / "dangling.abnd"
    _with_rows(window, path, 3)
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE matrix_row SET body = ? WHERE key = 'extra-1'",
        ('{"id": "extra-1", "guarantee": "health", "scenario_ids": ["ghost"]}',),
    )
    connection.commit()
    connection.close()
    assert window.open_project(path)
    out = tmp_path / "out.json"
    assert not dialogs.export_to(window, out, "project.json")
    assert not out.exists()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any('"ghost" is not the id of any scenario' in box.text() for box in boxes)
