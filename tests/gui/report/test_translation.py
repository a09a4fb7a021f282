"""The report's language on the command line: our catalogue for the language asked, numbers
in its conventions, and the engine's words through Qt's translator."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from engine.domain import i18n
from gui.common.numbers import format_number, language
from gui.report import translation
from gui.report.translation import use_language


@contextmanager
def report_language(code: str) -> Iterator[None]:
    """``use_language(code)``, undone before the test ends (open windows must not follow)."""
    before, kept = QLocale(), len(translation._kept)
    try:
        use_language(code)
        yield
    finally:
        for translator in translation._kept[kept:]:
            QCoreApplication.removeTranslator(translator)
        del translation._kept[kept:]
        QLocale.setDefault(before)
        i18n.set_translator(None)


def test_french_numbers_and_the_catalogue_for_a_french_report(qapp) -> None:
    kept = len(translation._kept)
    with report_language("fr"):
        assert language() == "fr"
        assert format_number(1234.5) == "1\u202f234,5"
        assert len(translation._kept) == kept + 1  # resources/i18n/abnd_fr.qm, installed
        assert i18n._translator == QCoreApplication.translate
        assert i18n.translate("Report", "Executive summary") == "Résumé analytique"


def test_lao_numbers_for_a_lao_report(qapp) -> None:
    with report_language("lo"):
        assert format_number(1234567.5) == "1.234.567,5"


def test_english_needs_no_catalogue(qapp) -> None:
    kept = len(translation._kept)
    with report_language("en"):
        assert language() == "en" and format_number(1234.5) == "1,234.5"
        assert len(translation._kept) == kept
        assert i18n.translate("Report", "Executive summary") == "Executive summary"


def test_a_report_in_another_language_than_the_window(qapp) -> None:
    from gui.report.translation import report_language

    before = i18n.current_translator()
    with report_language("fr"):
        assert i18n.translate("Report", "Executive summary") != "Executive summary"
    assert i18n.current_translator() is before
    with report_language("en"):
        assert i18n.translate("Report", "Executive summary") == "Executive summary"


def test_the_command_line_writes_errors_in_the_language_asked(tmp_path) -> None:
    from tests.cli_run import run_cli

    missing = str(tmp_path / "missing.json")
    english = run_cli("compute", missing)
    french = run_cli("compute", missing, "--lang", "fr")
    assert english.code == french.code == 2
    assert english.err_lines == [f"{missing}: does not exist or is not a file"]
    (line,) = french.err_lines
    assert line.startswith(f"{missing}: ") and "does not exist" not in line
    lao = run_cli("compute", missing, env={"ABND_LANG": "lo"})
    (line,) = lao.err_lines
    assert any("\u0e80" <= ch <= "\u0eff" for ch in line)
