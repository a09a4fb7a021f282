"""The compare view: the assumptions that differ and the costs, a version against now."""

from __future__ import annotations

from engine.edits.paths import set_command
from gui.shell import group_work


def test_a_version_against_now(window, qtbot) -> None:
    document = window.document
    version = document.save_version("Validated at the national workshop")
    document.apply(set_command(document.project, "scenarios.child-benefit.admin_rate", 0.06), "s")
    view = group_work.compare(window, version.key)
    assert view is not None
    qtbot.waitUntil(lambda: view.comparison is not None)
    document.tasks.wait()
    qtbot.waitUntil(lambda: view.assumptions.rowCount() == 1)
    texts = [view.assumptions.item(0, c).text() for c in range(3)]
    assert texts == [
        'Scenario "Universal child benefit, ages 0-5": administration rate',
        "5\u00a0%",
        "6\u00a0%",
    ]
    costs = view.costs
    assert costs.item(0, 0).text() == "Universal child benefit, ages 0-5 (scenario)"
    a, b, change = (
        float(costs.item(0, c).text().rstrip(" %\u00a0").lstrip("+")) for c in (1, 2, 3)
    )
    assert b > a and abs((b - a) - change) < 0.0015
    assert costs.columnCount() == 7  # two years, each A, B and the change
    assert view.status.text() == "1 assumption(s) differ"


def test_another_file_on_one_side(window, qtbot, tmp_path) -> None:
    other = tmp_path / "other.abnd"
    window.document.save_as(other)
    view = group_work.compare(window)
    assert view is not None
    view.choose("a", "file", str(other))
    window.document.tasks.wait()
    qtbot.waitUntil(lambda: view.status.text() == "0 assumption(s) differ")
