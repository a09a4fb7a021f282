"""Engine messages: English as the command line prints it, and the parts a window translates."""

from __future__ import annotations

import pickle

from engine.domain import messages
from engine.domain.numbers import CONVENTIONS, NARROW_NBSP, NBSP


def _over_limit() -> messages.Message:
    return messages.translate(
        "Engine", "{count:,} rows is more than {limit:.0%} of {total:,.2f}", "test.over"
    ).format(count=12345, limit=0.25, total=1234.5)


def test_a_message_is_its_english_text_and_keeps_its_parts() -> None:
    message = _over_limit()
    assert message == "12,345 rows is more than 25% of 1,234.50"
    assert messages.message_parts(message) == (
        "test.over",
        "{count:,} rows is more than {limit:.0%} of {total:,.2f}",
        "Engine",
        {"count": 12345, "limit": 0.25, "total": 1234.5},
    )
    assert messages.message_parts("plain text") is None


def test_a_message_survives_pickling_with_its_parts() -> None:
    message = _over_limit()
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message
    assert messages.message_parts(copy) == messages.message_parts(message)


def test_render_writes_numbers_in_the_language_conventions() -> None:
    message = _over_limit()
    french = CONVENTIONS["fr"]
    assert messages.render(message, french) == (
        f"12{NARROW_NBSP}345 rows is more than 25{NBSP}% of 1{NARROW_NBSP}234,50"
    )
    assert messages.render(message, CONVENTIONS["lo"]) == (
        f"12.345 rows is more than 25{NBSP}% of 1.234,50"
    )


def test_render_leaves_years_and_codes_as_written() -> None:
    message = messages.translate("Engine", "{year} byte {raw:02x}", "test.year").format(
        year=2031, raw=255
    )
    assert messages.render(message, CONVENTIONS["fr"]) == "2031 byte ff"


def test_render_translates_the_template_and_nested_messages() -> None:
    inner = messages.translate("Engine", "{value:g} is too big", "test.inner").format(value=2.5)
    outer = messages.translate("Engine", "row {row}: {reason}", "test.outer").format(
        row=3, reason=inner
    )
    catalogue = {
        "test.inner": "{value:g} est trop grand",
        "test.outer": "ligne {row} : {reason}",
    }
    calls: list[tuple[str, str, str]] = []

    def translator(context: str, template: str, code: str) -> str:
        calls.append((context, template, code))
        return catalogue[code]

    assert outer == "row 3: 2.5 is too big"
    assert messages.render(outer, CONVENTIONS["fr"], translator) == "ligne 3 : 2,5 est trop grand"
    assert calls[0] == ("Engine", "row {row}: {reason}", "test.outer")


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english() -> None:
    message = messages.translate("Engine", "{count} rows", "test.rows").format(count=4)
    shown = messages.render(message, CONVENTIONS["fr"], lambda c, t, k: "{lignes} lignes")
    assert shown == "4 rows"


def test_fields_print_as_paths_or_through_the_namer() -> None:
    inner = messages.translate("Engine", "needs {field}", "test.needs").format(
        field=messages.field("economy.poverty_line_monthly")
    )
    outer = messages.translate("Engine", "{reason} and {other}", "test.and").format(
        reason=inner, other=messages.field("labour.informality_share")
    )
    assert outer == "needs economy.poverty_line_monthly and labour.informality_share"
    assert messages.fields_named(outer) == (
        "economy.poverty_line_monthly",
        "labour.informality_share",
    )
    named = messages.render(outer, field_namer=lambda path: path.split(".")[1].upper())
    assert named == "needs POVERTY_LINE_MONTHLY and INFORMALITY_SHARE"
    assert messages.fields_named("plain") == ()
