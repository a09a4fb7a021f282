"""File > Export report...: the options chosen shape the preview (pages as they print) and
the file written; the language of the report may differ from the window's."""

from __future__ import annotations

import re

import docx

from gui.report.dialog import ExportReportDialog
from gui.shell import dialogs


def make(window, qtbot) -> ExportReportDialog:
    dialog = ExportReportDialog(window.document, "en", window)
    qtbot.addWidget(dialog)
    dialog.refresh()  # what the timer does a moment after a change
    return dialog


def test_the_preview_shows_the_pages_and_pages_through_them(window, qtbot) -> None:
    dialog = make(window, qtbot)
    assert dialog.printed is not None
    pages = dialog.printed.page_count()
    assert pages > 10 and dialog.page_label.text() == f"Page 1 of {pages}"
    assert not dialog.previous.isEnabled()
    pixmap = dialog.image.pixmap()
    assert pixmap.width() == 520 and pixmap.height() > 700  # portrait A4
    dialog.next.click()
    assert dialog.page_label.text() == f"Page 2 of {pages}" and dialog.previous.isEnabled()


def test_fewer_parts_and_letter_paper_change_the_preview(window, qtbot) -> None:
    dialog = make(window, qtbot)
    full = dialog.printed.page_count()
    for key, box in dialog.parts.items():
        box.setChecked(key == "summary")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.refresh()
    assert dialog.printed.page_count() < full
    assert dialog.printed.paper == "letter"


def test_export_writes_the_report_in_the_language_and_format_chosen(
    window, qtbot, tmp_path
) -> None:
    dialog = make(window, qtbot)
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.version.setText("2")
    assert dialog.export_to(tmp_path / "rapport")
    assert dialog.written == tmp_path / "rapport.docx"
    text = " ".join(p.text for p in docx.Document(str(dialog.written)).paragraphs)
    assert "Projet pour discussion" in text and "Version 2" in text  # the cover, in French
    assert "Résumé analytique" in text
    assert re.search(r"\d,\d\d\u00a0% du PIB", text)  # French numbers: a decimal comma


def test_the_file_menu_opens_it(window, qtbot) -> None:
    dialog = dialogs.export_report(window)
    assert isinstance(dialog, ExportReportDialog)
    dialog.timer.stop()
    dialog.reject()
