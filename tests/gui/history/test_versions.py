"""The versions dialog: save, list, export as JSON, open read-only, export the report."""

from __future__ import annotations

import json

from engine.edits.paths import set_command
from gui.shell import group_work


def test_save_list_and_export_a_version(window, tmp_path) -> None:
    dialog = group_work.versions(window)
    assert dialog.table.rowCount() == 0
    assert dialog.message.text().startswith("No version saved yet")
    assert dialog.save("Validated at the national workshop, 12 September")
    assert not dialog.save("   ")
    assert dialog.message.text().endswith("name: must not be empty")
    document = window.document
    document.apply(set_command(document.project, "scenarios.child-benefit.admin_rate", 0.06), "s")
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Validated at the national workshop, 12 September"
    key = dialog.selected()
    assert key is not None
    target = tmp_path / "v1.json"
    assert dialog.export_json(key, target)
    assert json.loads(target.read_text(encoding="utf-8"))["scenarios"][0]["admin_rate"] == 0.05


def test_a_version_opens_read_only_in_its_own_window(window, qtbot, tmp_path) -> None:
    version = window.document.save_version("Validated")
    window.document.apply(
        set_command(window.document.project, "scenarios.child-benefit.admin_rate", 0.06), "s"
    )
    viewer = group_work.open_version(window, version.key)
    assert viewer is not None and window.viewers == [viewer]
    assert viewer.document.store.read_only
    assert viewer.document.project.scenario("child-benefit").admin_rate == 0.05
    assert "Validated" in viewer.windowTitle() and "(read-only)" in viewer.windowTitle()
    assert str(window.document.path) in window.settings.recent_files[0]
    assert group_work.write_version_report(window, version.key, tmp_path / "v.pdf")
    assert (tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")
    folder = viewer.document.path.parent
    viewer.close()
    qtbot.waitUntil(lambda: window.viewers == [])
    assert not folder.exists()  # the private copy went with its window
