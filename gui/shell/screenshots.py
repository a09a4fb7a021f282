"""``python -m gui.shell.screenshots [FOLDER] [--lang en|lo|fr] [--size WxH] [--report]``:
the main window on the Lao sample, one PNG per tab, Results view and workshop mode,
then group work on a private copy: the merge conflict dialog, the History panel
(docked and on its own) and the compare view.

Used for docs/screenshots (``make screenshots``) and to look at the window as a
user would: at a small laptop's 1024x640, a projector's 1280x720, in each language.
``--report`` also renders the first pages of the report (PDF, through pdftoppm).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WORKSHOP_SIZE = (1280, 720)  # a projector


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="screenshots")
    parser.add_argument("folder", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", default="en", choices=("en", "lo", "fr"))
    parser.add_argument("--size", default="1440x900", help="the main window, WxH")
    parser.add_argument("--report", action="store_true", help="also the report's first pages")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ABND_HOME", tempfile.mkdtemp(prefix="abnd-shots-"))
    from engine.runtime.resources import SAMPLE_PROJECT, resource_path
    from gui.common.qt_app import application
    from gui.shell.language import install_language
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    app = application([])
    install_language(args.lang)
    window = MainWindow(Settings())
    window.open_project(resource_path(*SAMPLE_PROJECT), reuse_copy=True)
    window.resize(width, height)
    window.show()

    def save(widget: object, name: str) -> None:
        app.processEvents()
        path = folder / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    for index, name in enumerate(("matrix", "country-data", "scenarios", "results")):
        window.tabs.setCurrentIndex(index)
        save(window, f"main-{name}")
    for tab, pages, page, name in (
        (1, window.country_tab.pages, 1, "country-economy"),
        (2, window.scenarios_tab.pages, 1, "scenario-packages"),
        (2, window.scenarios_tab.pages, 2, "scenario-financing"),
    ):
        window.tabs.setCurrentIndex(tab)
        pages.setCurrentIndex(page)
        save(window, f"main-{name}")
    results = window.results_tab
    window.tabs.setCurrentWidget(results)
    results.package.setCurrentIndex(results.package.findData("high"))
    results.year.setValue(2035)
    for view in ("sensitivity", "bands", "financing", "gap_sensitivity"):
        results.view.setCurrentIndex(results.view.findData(view))
        window.document.tasks.wait()  # type: ignore[union-attr]
        app.processEvents()
        save(window, f"results-{view.replace('_', '-')}")
    results.view.setCurrentIndex(0)
    workshop = window.open_workshop()
    assert workshop is not None
    workshop.showNormal()  # offscreen screens are 800 x 800: render at a projector's size
    workshop.resize(*WORKSHOP_SIZE)
    save(workshop, "workshop-mode")
    workshop.mode.setCurrentIndex(workshop.mode.findData("financing"))
    save(workshop, "workshop-financing")
    workshop.source_checks["partners"].setChecked(False)  # a facilitator's toggle: one edit
    save(workshop, "workshop-financing-toggled")
    workshop.discard()  # a what-if: the project stays as it was
    from gui.shell import dialogs

    export = dialogs.export_report(window)
    if export is not None:
        export.timer.stop()
        export.refresh()
        export.show_page(2)
        save(export, "export-report-dialog")
        export.reject()
    if args.report:
        report_pages(window, folder, args.lang)
    group_work_shots(window, folder, save, (width, height))
    window.close()
    return 0


def group_work_shots(window: object, folder: Path, save: object, size: tuple[int, int]) -> None:
    """Two copies of the sample edited by two people, merged: the conflict dialog, the
    History panel and the compare view (a private copy: the working copy is untouched)."""
    from engine.edits.builders import add_matrix_comment, set_matrix_status
    from engine.edits.paths import set_command
    from engine.format.json_file import load_project
    from engine.runtime.resources import SAMPLE_PROJECT, resource_path
    from engine.store.files import write_project
    from engine.store.project_store import ProjectStore
    from gui.shell import group_work

    private = Path(tempfile.mkdtemp(prefix="abnd-shots-group-"))
    mine, theirs = private / "lao-vientiane.abnd", private / "lao-luang-prabang.abnd"
    write_project(load_project(resource_path(*SAMPLE_PROJECT)), mine)
    window.settings.author = "Somchai"  # type: ignore[attr-defined]
    window.open_project(mine)  # type: ignore[attr-defined]
    document = window.document  # type: ignore[attr-defined]
    document.save_version("Validated at the national workshop, 12 September")
    document.save_as(theirs)
    edits = (
        ("economy.poverty_line_monthly", 650000, "per MoF letter of 3 May"),
        ("scenarios.child-benefit.admin_rate", 0.06, ""),
        (
            "matrix.child-benefit.recommendation",
            "Pay a child benefit to every child under 6, "
            "starting in the four poorest provinces in 2027",
            "",
        ),
    )
    for path, value, comment in edits:
        document.apply(set_command(document.project, path, value), f"set {path}", comment)
    project = document.project
    document.apply(set_matrix_status(project, "child-benefit", "validated", "2025-09-12"), "Status")
    with ProjectStore.open(theirs) as store:
        store.author = "Noy"
        for path, value in (
            ("economy.poverty_line_monthly", 640000),
            ("scenarios.social-pension-65.benefit.percent", 45),
            (
                "matrix.child-benefit.recommendation",
                "A child benefit for children under 6, first in the poorest provinces",
            ),
        ):
            store.apply(set_command(store.project, path, value), label=f"set {path}")
        store.apply(
            add_matrix_comment(
                store.project,
                "child-benefit",
                "MoF",
                "Agreed in principle; the budget circular comes first",
                "Noy",
                "2025-09-20",
            )
        )
    dialog = group_work.merge_file(window, theirs)  # type: ignore[arg-type]
    if dialog is not None:
        dialog.resize(*size)
        dialog.choose(0, "typed", "645000")  # the poverty line: a value agreed in the room
        dialog.choose(1, "theirs")  # the recommendation: Luang Prabang's words
        save(dialog, "merge-conflicts")  # type: ignore[operator]
        dialog.accept()
    window.resize(*size)  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    window.matrix_tab.select_row_id("child-benefit")  # type: ignore[attr-defined]
    window.show_field_history("")  # type: ignore[attr-defined]
    save(window, "history-docked")  # type: ignore[operator]
    dock = window.history_dock  # type: ignore[attr-defined]
    dock.setFloating(True)  # the panel on its own, as a small screen would show it
    dock.resize(*size)
    save(dock, "history-panel")  # type: ignore[operator]
    dock.setFloating(False)
    dock.hide()
    view = group_work.compare(window, document.store.versions()[0].key)  # type: ignore[arg-type]
    if view is not None:
        view.resize(*size)
        document.tasks.wait()
        save(view, "compare")  # type: ignore[operator]
        view.close()


def report_pages(window: object, folder: Path, language: str, pages: int = 3) -> None:
    """The report's first pages as PNG (PDF rendered by poppler's pdftoppm)."""
    from engine.report.options import ReportOptions
    from gui.report.translation import report_language
    from gui.report.write import write_report

    pdf = folder / "report.pdf"
    with report_language(language):
        write_report(window.document.project, pdf, ReportOptions(language=language))  # type: ignore[attr-defined]
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is not installed: no report pages", file=sys.stderr)
        return
    prefix = folder / "report-page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-l", str(pages), str(pdf), str(prefix)], check=True
    )
    pdf.unlink()
    for path in sorted(folder.glob("report-page*.png")):
        print(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
