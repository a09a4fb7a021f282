"""The translation pipeline: every string lupdate extracts has a context it is looked up in,
is in both catalogues, and is translated; the bundled .qm files are built from the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.conftest import REPO

I18N = REPO / "resources" / "i18n"
LANGUAGES = ("lo", "fr")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-z0-9]+[^>]*>")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translated(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")  # "%n row(s)": one text per plural form
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return all(text.strip() for text in texts)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ElementTree.Element]:
    """What lupdate finds in the sources now."""
    ts = tmp_path_factory.mktemp("lupdate") / "check.ts"
    sources = sorted(str(p) for p in (REPO / "engine").rglob("*.py")) + sorted(
        str(p) for p in (REPO / "gui").rglob("*.py")
    )
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    return messages(ts)


def test_every_string_has_the_context_it_is_looked_up_in(extracted) -> None:
    orphans = [source for (context, source) in extracted if context in ("", "None")]
    assert orphans == []
    assert len(extracted) > 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_in_the_catalogue_and_translated(extracted, language) -> None:
    catalogue = messages(I18N / f"abnd_{language}.ts")
    missing = sorted(key for key in extracted if key not in catalogue)
    assert missing == [], f"run make translations: {missing[:5]}"
    unfinished = [key for key, message in catalogue.items() if not translated(message)]
    assert unfinished == [], f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_tags(language) -> None:
    wrong = []
    for (context, source), message in messages(I18N / f"abnd_{language}.ts").items():
        text = message.findtext("translation") or ""
        same_placeholders = sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text))
        same_tags = sorted(TAG.findall(source)) == sorted(TAG.findall(text))
        if not (same_placeholders and same_tags):
            wrong.append((context, source, text))
    assert wrong == []


def test_the_bundled_qm_files_are_built_from_the_ts_files(tmp_path) -> None:
    for language in (*LANGUAGES, "en"):  # English: its plural forms
        ts = tmp_path / f"abnd_{language}.ts"
        shutil.copy(I18N / ts.name, ts)
        subprocess.run([tool("pyside6-lrelease"), str(ts)], check=True, capture_output=True)
        built = (tmp_path / f"abnd_{language}.qm").read_bytes()
        assert built == (I18N / f"abnd_{language}.qm").read_bytes(), "run make translations"


def test_terms_needing_a_native_decision_are_marked_for_the_reviewer() -> None:
    """Glossary terms marked 'proposed' carry a translator comment where they are used."""
    catalogue = messages(I18N / "abnd_lo.ts")
    commented = [m for m in catalogue.values() if (m.findtext("translatorcomment") or "").strip()]
    assert commented, "mark proposed Lao terms with <translatorcomment> for the native reviewer"


TRANSLATING_CALLS = {"translate", "tr", "QT_TRANSLATE_NOOP"}


def literal_strings_given_to_translate() -> set[tuple[str, str]]:
    """(file, text) of every literal string passed to a translating call in the sources,
    found by reading the syntax tree (not by lupdate, which skips some shapes)."""
    import ast

    found = set()
    for path in sorted((REPO / "engine").rglob("*.py")) + sorted((REPO / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in TRANSLATING_CALLS:
                continue
            strings = [a.value for a in node.args if isinstance(a, ast.Constant)]
            # tr(text), translate(context, text[, code]), QT_TRANSLATE_NOOP(context, text)
            if name == "tr":
                text = strings[0] if strings else None
            else:
                text = strings[1] if len(strings) > 1 else None
            if isinstance(text, str) and text:
                found.add((path.relative_to(REPO).as_posix(), text))
    return found


def test_lupdate_finds_every_string_written_for_translation(extracted) -> None:
    """A literal that lupdate cannot see (e.g. a template in parentheses) would show in
    English in every language, and no other check would notice."""
    sources = {source for (_context, source) in extracted}
    unseen = sorted(item for item in literal_strings_given_to_translate() if item[1] not in sources)
    assert unseen == [], f"lupdate does not extract these (parenthesised?): {unseen[:5]}"
