"""Column widths for the word processors: from the content, never narrower than a word or
a whole number; Lao runs found for the Lao font."""

from __future__ import annotations

from engine.report.document import Table
from engine.report.layout import TableWidths, cell_widths, lao_runs, text_width_mm


def test_lao_runs_are_cut_from_the_rest() -> None:
    assert lao_runs("SSO ກອງທຶນ\u200bປະກັນ (2025)") == [
        (False, "SSO "),
        (True, "ກອງທຶນ\u200bປະກັນ"),
        (False, " (2025)"),
    ]
    assert lao_runs("") == []


def test_text_widths_grow_with_the_text_and_bold() -> None:
    assert text_width_mm("2025") < text_width_mm("20250")
    assert text_width_mm("Year", bold=True) > text_width_mm("Year")
    assert text_width_mm("ກ\u0eb1") == text_width_mm("ກ")  # a combining vowel takes no room


def test_no_column_is_narrower_than_its_longest_word_or_number() -> None:
    table = Table(
        ("Implementation issue", "Recommendation", "Cost (billion LAK)"),
        (("word " * 60, "Introduce a universal child benefit " * 5, "1,456,157,166,201,472"),),
        (False, False, True),
        full_width=True,
    )
    widths = TableWidths(170).of(table)
    assert abs(sum(widths) - 170) < 1e-6
    assert widths[0] > cell_widths("Implementation", True, False)[0]
    assert widths[1] > cell_widths("Recommendation", True, False)[0]
    assert widths[2] > cell_widths("1,456,157,166,201,472", False, True)[1]


def test_a_narrow_table_keeps_its_natural_width() -> None:
    table = Table(("Year", "% of GDP"), (("2025", "0.12"),), (True, True))
    widths = TableWidths(170).of(table)
    assert sum(widths) < 60
