"""The engine's own words: English as written until a translator is set, then translated,
and English again once the translator is removed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from engine.domain import i18n
from engine.domain.i18n import set_translator, translate


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    set_translator(None)


def test_without_a_translator_the_english_text_is_returned_as_written() -> None:
    assert translate("Report", "Assessment matrix") == "Assessment matrix"
    assert translate("Report", "costs in {currency}") == "costs in {currency}"


def test_a_translator_receives_the_context_and_the_text() -> None:
    calls: list[tuple[str, str]] = []
    french = {("Report", "Assessment matrix"): "Matrice d'évaluation"}

    def translator(context: str, text: str) -> str:
        calls.append((context, text))
        return french.get((context, text), text)

    set_translator(translator)
    assert translate("Report", "Assessment matrix") == "Matrice d'évaluation"
    assert translate("Other", "Assessment matrix") == "Assessment matrix"  # context matters
    assert calls == [("Report", "Assessment matrix"), ("Other", "Assessment matrix")]


def test_setting_none_returns_to_english() -> None:
    set_translator(lambda context, text: text.upper())
    assert translate("Report", "Scenarios") == "SCENARIOS"
    set_translator(None)
    assert translate("Report", "Scenarios") == "Scenarios"
    assert i18n._translator is i18n._english


def test_the_report_is_composed_in_the_translators_words() -> None:
    from engine.method.compute import compute
    from engine.report.compose import compose
    from tests.engine.builders import build

    set_translator(lambda context, text: "<<" + text + ">>" if context == "Report" else text)
    project = build()
    document = compose(project, compute(project))
    assert document.title_lines[0] == (
        "<<Assessment Based National Dialogue on the Social Protection Floor>>"
    )
    warnings = [s for s in document.sections if s.title == "<<Warnings from the costing engine>>"]
    assert [s.number for s in warnings] == ["<<Annex C>>"]


def test_an_engine_message_is_found_by_its_context_template_and_code() -> None:
    calls: list[tuple[str, ...]] = []

    def translator(*args: str) -> str:
        calls.append(args)
        return "traduit"

    set_translator(translator)
    assert i18n.translate_message("Engine", "{value} is too large", "number.large") == "traduit"
    assert calls == [("Engine", "{value} is too large", "number.large")]
    assert i18n.current_translator() is translator


def test_translating_holds_for_this_thread_and_the_block_only() -> None:
    import threading

    set_translator(lambda context, text, *_: text.upper())
    seen: list[str] = []
    with i18n.translating(lambda context, text, *_: f"<{text}>"):
        assert translate("Workbook", "item") == "<item>"
        other = threading.Thread(target=lambda: seen.append(translate("Workbook", "item")))
        other.start()
        other.join()
    assert seen == ["ITEM"]  # another thread keeps the translator set for all
    assert translate("Workbook", "item") == "ITEM"
