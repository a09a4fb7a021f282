"""Where a line may break in Lao text: a zero-width space between Lao words (ICU's dictionary),
for display only; text in other scripts is left exactly as it is, and stored text gets back
exactly what was typed."""

from __future__ import annotations

import pytest

from engine.runtime.line_breaks import ZWSP, breakable, without_breaks

MINISTRY_OF_LABOUR = "ກະຊວງແຮງງານ"  # ກະຊວງ "ministry" + ແຮງງານ "labour"
TEXTS = [
    "ກອງທຶນປະກັນສັງຄົມ",  # social security fund
    "ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ",  # Ministry of Labour and Social Welfare
    "SSO: ກອງທຶນປະກັນສັງຄົມ, 2025",
    "ລ",  # a single letter
]


def test_a_break_falls_between_two_lao_words() -> None:
    assert breakable(MINISTRY_OF_LABOUR) == f"ກະຊວງ{ZWSP}ແຮງງານ"


@pytest.mark.parametrize("text", ["Ministry of Labour, 2025", "", "Ministère du Travail"])
def test_text_without_lao_is_left_as_it_is(text: str) -> None:
    assert breakable(text) == text


@pytest.mark.parametrize("text", TEXTS)
def test_breaks_only_add_zero_width_spaces_inside_lao_runs(text: str) -> None:
    marked = breakable(text)
    assert without_breaks(marked) == text  # nothing else changed
    assert not marked.startswith(ZWSP) and not marked.endswith(ZWSP)
    assert ZWSP * 2 not in marked
    for i, char in enumerate(marked):
        if char == ZWSP:  # between two Lao letters, never next to a space or Latin text
            assert "\u0e80" <= marked[i - 1] <= "\u0eff" and "\u0e80" <= marked[i + 1] <= "\u0eff"


def test_latin_around_lao_is_untouched() -> None:
    marked = breakable(f"SSO: {MINISTRY_OF_LABOUR}, 2025")
    assert marked == f"SSO: ກະຊວງ{ZWSP}ແຮງງານ, 2025"


def test_without_breaks_removes_every_mark_and_nothing_else() -> None:
    assert without_breaks(f"ກະຊວງ{ZWSP}ແຮງງານ{ZWSP}") == MINISTRY_OF_LABOUR
    assert without_breaks("plain text") == "plain text"


def test_no_break_in_the_shipped_lao_text_splits_a_syllable() -> None:
    """Over the glossary, the Lao catalogue and the Lao user guide (3,000 breaks)."""
    from benchmarks.lao_breaks_bench import syllable_splits

    splits, breaks = syllable_splits()
    assert breaks > 1000 and splits == 0


def test_the_repetition_mark_stays_with_its_word() -> None:
    marked = breakable("ອາຊຽນອື່ນໆ")  # "other ASEAN (countries)": ICU breaks before ໆ
    assert marked.endswith(f"{ZWSP}ອື່ນໆ") and f"{ZWSP}ໆ" not in marked
