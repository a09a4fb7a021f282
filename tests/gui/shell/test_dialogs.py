"""The main window's dialogs, through the part that works on a path: new projects from country
data, a copy to continue in, imports, exports (each file reads back to the engine's numbers),
text size, and help pages; a refusal is one message and changes nothing."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser, QWidget

from engine import __version__
from engine.format.json_file import dumps_project, load_project
from engine.store.files import read_project
from gui.shell import dialogs


def boxes(window) -> list[QMessageBox]:
    return [w for w in window.findChildren(QMessageBox) if w.isVisible()]


@pytest.fixture
def normal_size() -> Iterator[None]:
    yield
    dialogs.apply_font_scale(1.0)


def test_the_new_project_dialog_offers_the_bundled_countries(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = dialogs.NewProjectDialog(parent)
    assert dialog.country.currentData() == "LAO"
    codes = [dialog.country.itemData(i) for i in range(dialog.country.count())]
    assert "THA" in codes and len(codes) >= 5
    assert (dialog.base.value(), dialog.end.value()) == (2025, 2050)


def test_a_new_project_from_country_data_is_written_and_opened(window, tmp_path) -> None:
    target = tmp_path / "thailand"  # the extension is added
    assert dialogs.create_from_country(window, "THA", 2026, 2031, target)
    path = tmp_path / "thailand.abnd"
    assert window.document.path == path
    project = read_project(path)
    assert (project.country.iso3, project.years.base, project.years.end) == ("THA", 2026, 2031)
    assert project.scenarios == () and project.matrix == ()
    # a new project's empty views say what to do first
    window.tabs.setCurrentWidget(window.matrix_tab)
    assert window.matrix_tab.empty.isVisible()
    assert "matrix is empty" in window.matrix_tab.empty.text()
    window.tabs.setCurrentWidget(window.results_tab)
    QApplication.processEvents()
    results = window.results_tab
    assert results.charts.currentWidget() is results.empty
    assert "No scenario yet" in results.empty.text()


def test_a_new_project_starts_with_scenarios_costed_and_lists_what_the_data_lack(
    window, tmp_path
) -> None:
    target = tmp_path / "cambodia.abnd"
    starters = ("child_benefit", "social_pension")
    assert dialogs.create_from_country(window, "KHM", 2025, 2040, target, starters)
    project = window.document.project
    assert [s.name for s in project.scenarios] == [
        "Child benefit, ages 0-5",
        "Social pension, 65 and over",
    ]
    # Cambodia's bundled data have no poverty line or wages: GDP per person, which always is
    assert {s.benefit.anchor for s in project.scenarios} == {"gdp_per_capita"}
    assert set(window.document.results.scenarios) == {s.id for s in project.scenarios}
    tab = window.country_tab
    assert window.tabs.currentWidget() is tab
    lines = [tab.warnings.item(i).text() for i in range(tab.warnings.count())]
    assert lines[0] == (
        "To fill in: Government expenditure, % of GDP not given, so the column "
        "'% of government expenditure' is left empty"
    )
    assert window.messages.text().startswith("The country data lack 2 item(s)")
    tab.jump_to(tab.warnings.item(0))
    assert tab.pages.currentIndex() == 1  # Economy


def test_the_new_project_dialog_offers_starting_scenarios(window) -> None:
    dialog = dialogs.NewProjectDialog(window)
    assert dialog.chosen_starters() == ()
    dialog.starters.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen_starters() == ("child_benefit",)


def test_an_existing_file_is_never_overwritten_by_a_new_project(window, tmp_path) -> None:
    target = tmp_path / "taken.abnd"
    target.write_bytes(b"mine")
    current = window.document.path
    assert not dialogs.create_from_country(window, "LAO", 2025, 2030, target)
    assert target.read_bytes() == b"mine" and window.document.path == current
    (box,) = boxes(window)
    assert box.windowTitle() == "Cannot create the project"
    assert box.text() == f"{target}: already exists; choose another name"


def test_years_outside_the_bundled_data_are_refused_in_a_message(window, tmp_path) -> None:
    assert not dialogs.create_from_country(window, "LAO", 2025, 2099, tmp_path / "far.abnd")
    (box,) = boxes(window)
    assert "2099" in box.text() and not (tmp_path / "far.abnd").exists()


def test_save_copy_continues_in_the_copy(window, tmp_path) -> None:
    original = window.document.path
    before = original.read_bytes()
    assert dialogs.save_copy(window, tmp_path / "copy")
    copy = tmp_path / "copy.abnd"
    assert window.document.path == copy
    from engine.edits.commands import FIELD, Put

    window.document.apply(Put(FIELD, "name", "The copy"), "Rename")
    assert read_project(copy).name == "The copy"
    assert original.read_bytes() == before  # the original is untouched


def test_a_copy_that_cannot_be_written_is_refused(window, tmp_path) -> None:
    current = window.document.path
    assert not dialogs.save_copy(window, tmp_path / "no" / "such" / "folder.abnd")
    assert window.document.path == current
    (box,) = boxes(window)
    assert box.windowTitle() == "Cannot save the copy"


def test_an_import_says_what_changed(window, tmp_path) -> None:
    source = tmp_path / "economy.csv"
    source.write_text("year,real_gdp_growth\n2027,0.061\n", encoding="utf-8")
    changes = dialogs.import_file(window, source)
    assert changes == ["Real GDP growth: 2027 set, other years kept"]
    (box,) = boxes(window)
    assert box.windowTitle() == "Imported"
    assert box.text() == "What changed:\n• Real GDP growth: 2027 set, other years kept"
    growth = dict(read_project(window.document.path).economy.real_gdp_growth.by_year)
    assert growth[2027] == 0.061


def test_each_export_is_written_in_the_background_with_its_extension(window, tmp_path) -> None:
    document = window.document
    pension = document.results.scenarios["social-pension-65"]["total_cost"]
    for kind in ("project.json", "results.json", "results.csv", "workbook.xlsx"):
        name = kind.replace(".", "-")
        assert dialogs.export_to(window, tmp_path / f"{name}.txt", kind)  # extension corrected
        assert window.messages.text().startswith("Exporting to ")
        document.tasks.wait()
        path = tmp_path / f"{name}.{kind.split('.')[1]}"
        assert window.messages.text() == f"Exported to {path}"
        assert not (tmp_path / f"{name}.txt").exists()
        if kind == "project.json":
            assert dumps_project(load_project(path)) == dumps_project(document.project)
        elif kind == "results.json":
            data = json.loads(path.read_text(encoding="utf-8"))
            assert data["scenarios"]["social-pension-65"]["total_cost"] == pension.tolist()
        elif kind == "results.csv":
            rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
            found = [r for r in rows if r["id"] == "social-pension-65" and r["year"] == "2040"]
            assert float(found[0]["total_cost"]) == pension[-1]
        else:
            assert "BS_social-pension-65" in load_workbook(path, read_only=True).sheetnames


def test_the_report_is_exported_at_once(window, tmp_path) -> None:
    assert dialogs.export_to(window, tmp_path / "report", "report.odt")
    assert (tmp_path / "report.odt").stat().st_size > 10_000
    assert window.messages.text() == f"Exported to {tmp_path / 'report.odt'}"


def test_an_export_that_cannot_be_written_says_why(window, tmp_path) -> None:
    target = tmp_path / "missing" / "r.csv"
    assert dialogs.export_to(window, target, "results.csv")
    window.document.tasks.wait()
    (box,) = boxes(window)
    assert box.windowTitle() == "Cannot export"
    assert box.text() == (
        f"{target} could not be written (No such file or directory); nothing was changed"
    )


def test_zoom_scales_the_text_within_limits_and_is_kept(window, normal_size) -> None:
    app = QApplication.instance()
    base = app.font().pointSizeF()
    dialogs.zoom(window, 1.25)
    assert window.settings.font_scale == 1.25
    assert app.font().pointSizeF() == pytest.approx(base * 1.25)
    dialogs.zoom(window, 10)  # capped at three times
    assert window.settings.font_scale == 3.0
    assert app.font().pointSizeF() == pytest.approx(base * 3.0)
    dialogs.zoom(window, 0.01)  # and at 60 %
    assert window.settings.font_scale == 0.6
    dialogs.zoom(window, 0)  # back to normal
    assert window.settings.font_scale == 1.0
    assert app.font().pointSizeF() == pytest.approx(base)


def test_help_and_about_show_the_bundled_pages(window) -> None:
    guide = dialogs.user_guide(window)
    assert guide.windowTitle() == "ABND Studio user guide" and guide.isVisible()
    about = dialogs.about(window)
    text = about.findChild(QTextBrowser).toPlainText()
    assert text.startswith(f"ABND Studio {__version__}")
    custom = dialogs.text_dialog(window, "Notes", "# Heading\n\nSome *text*.")
    assert custom.findChild(QTextBrowser).toPlainText() == "Heading\nSome text."
    for dialog in (guide, about, custom):
        dialog.close()


def test_an_import_leaving_years_between_asks_and_interpolates_by_default(window, tmp_path) -> None:
    from tests.gui.conftest import answer

    source = tmp_path / "wpp-2025-2030.csv"
    lines = ["Time,AgeGrp,PopMale,PopFemale"]
    lines += [f"{year},0-4,{v},{v}" for year, v in ((2025, 400), (2030, 500))]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    answer("Cancel")
    assert dialogs.import_file(window, source) == []
    assert window.document.undo_stack.count() == 0
    answer("Interpolate between the imported years")
    changes = dialogs.import_file(window, source)
    assert changes[-1] == (
        "Population: 4 year(s) between the imported years interpolated between them: "
        "2026, 2027, 2028, 2029"
    )
    rows = window.document.project.population.rows
    group = {(r.year, r.sex): r.value for r in rows if r.age_group == "0-4"}
    assert group[(2027, "male")] == pytest.approx(440_000.0)  # 400 + 2/5 x 100, in thousands
