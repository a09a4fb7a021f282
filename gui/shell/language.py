"""The language a user reads: English, Lao or French, switched at once without restarting.

Installing a language loads Qt's own catalogue (where Qt has one: French) and
ours (``resources/i18n/abnd_<code>.qm``; in English only its plural forms: "1 row",
"2 rows"), makes QLocale's default follow it (so
numbers are typed and shown in its conventions), and routes the engine's own
words (report, workbook, explanations) through Qt's translator. Qt then sends
every widget a LanguageChange event; the main window rebuilds its menus and tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from engine.domain.i18n import QT_TRANSLATE_NOOP, set_translator
from engine.runtime.line_breaks import breakable
from engine.runtime.resources import resource_path

LANGUAGES: dict[str, str] = {  # code -> the language's own name, as the menu shows it
    "en": "English",
    "lo": "ພາສາລາວ",
    "fr": "Français",
}
_installed: list[QTranslator] = []

# Qt has no Lao catalogue of its own: the words its standard widgets show are in ours.
QT_STANDARD_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)


class BreakingTranslator(QTranslator):
    """Lao translations with a break opportunity between words (Lao has no spaces), so a
    translated label, button or heading wraps between words instead of never."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        # None (a null string) lets Qt ask the next catalogue, then keep the source.
        return breakable(text) if text else None


def system_language() -> str:
    """The system locale's language when it is one of ours, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install_language(code: str) -> str:
    """Make ``code`` the language of the window, the numbers and the engine's words."""
    app = QCoreApplication.instance()
    assert app is not None
    code = code if code in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(code)
    catalogues = [(str(resource_path("i18n")), "abnd")]  # English: its plural forms only
    if code != "en":
        catalogues.insert(
            0, (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase")
        )
    for folder, name in catalogues:
        translator = BreakingTranslator(app) if code == "lo" else QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale)
    set_translator(QCoreApplication.translate)
    return code
