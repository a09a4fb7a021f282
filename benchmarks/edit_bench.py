"""Live recalculation: a scenario field edited in the form, until every results view is updated.

In-process, offscreen, on the Lao sample and on it grown (``benchmarks/sizes.py``) to 20
and 100 scenarios, and to 20 scenarios with 2,000 matrix rows: the benefit level of the
child benefit is typed into its field and committed (Enter), as a user does; the clock
stops when the edit is saved, the project recomputed, every view refreshed that needs to
be (the scenario summary and explain panel on screen; hidden tabs when next shown) and the
window repainted.

Also, for information: a matrix cell (a row's policy gap) edited with the matrix shown,
on the sample and with 2,000 rows, until the edit is saved, the row fitted to its new
text and the table repainted.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.sizes import write_grown_sample

EDITS = 100
BUDGET_SECONDS = 30.0  # a slow size stops early, after at least MIN_EDITS edits
MIN_EDITS = 15
SIZES = (
    ("Lao sample (5 scenarios, 9 matrix rows)", 5, 9, 16.0, None),
    ("20 scenarios", 20, 9, None, None),
    ("100 scenarios", 100, 9, 30.0, 60.0),
    ("20 scenarios, 2,000 matrix rows", 20, 2000, 30.0, 60.0),
)


def edit_times(path: Path, edits: int = EDITS) -> tuple[float, ...]:
    """Milliseconds of each edit typed into the child benefit's level, in one window."""
    from PySide6.QtWidgets import QLineEdit

    from gui.shell.app import application
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    app = application([])
    window = MainWindow(Settings())
    window.open_project(path)
    window.resize(1440, 900)
    window.show()
    window.tabs.setCurrentWidget(window.scenarios_tab)
    window.scenarios_tab.show_scenario("child-benefit")
    app.processEvents()
    field = window.scenarios_tab.form.findChild(QLineEdit, "benefit.amount")
    times: list[float] = []
    started_all = time.perf_counter()
    for i in range(edits):
        started = time.perf_counter()
        field.setText(f"{20 + i % 7} %")
        field.editingFinished.emit()
        app.processEvents()  # every view on screen repaints with the new results
        times.append((time.perf_counter() - started) * 1000)
        if i + 1 >= MIN_EDITS and time.perf_counter() - started_all > BUDGET_SECONDS:
            break
    window.tabs.setCurrentWidget(window.matrix_tab)  # a hidden view shows the new numbers
    app.processEvents()
    document = window.document
    assert document is not None
    shown = window.matrix_tab.model.cost_text(document.project.matrix[2])
    assert shown not in ("", "—"), shown
    window.close()
    return tuple(times)


def matrix_edit_times(path: Path, edits: int = EDITS) -> tuple[float, ...]:
    """Milliseconds of each edit of a matrix cell committed with the matrix shown."""
    from gui.matrix.model import COLUMN_INDEX
    from gui.shell.app import application
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    app = application([])
    window = MainWindow(Settings())
    window.open_project(path)
    window.resize(1440, 900)
    window.show()
    window.tabs.setCurrentWidget(window.matrix_tab)
    app.processEvents()
    model = window.matrix_tab.model
    cell = model.index(2, COLUMN_INDEX["policy_gap"])
    times: list[float] = []
    started_all = time.perf_counter()
    for i in range(edits):
        started = time.perf_counter()
        model.setData(cell, f"No income support for children, edit {i}")  # as the editor commits
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        if i + 1 >= MIN_EDITS and time.perf_counter() - started_all > BUDGET_SECONDS:
            break
    document = window.document
    assert document is not None and document.project.matrix[2].policy_gap.endswith(f"{i}")
    window.close()
    return tuple(times)


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["ABND_HOME"] = home
        for label, scenarios, rows, limit, p95 in SIZES:
            name = f"grown-{scenarios}-{rows}.json"
            path = write_grown_sample(Path(home) / name, scenarios, rows)
            figures.append(
                Figure(
                    f"field edit to views updated, {label}",
                    edit_times(path),
                    "ms",
                    limit=limit,
                    p95_limit=p95,
                )
            )
        for label, rows in (("Lao sample", 9), ("2,000 matrix rows", 2000)):
            path = write_grown_sample(Path(home) / f"matrix-{rows}.json", 5, rows)
            figures.append(
                Figure(f"matrix cell edit to views updated, {label}", matrix_edit_times(path), "ms")
            )
    return figures
