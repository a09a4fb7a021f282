"""Tab-separated blocks as spreadsheets put them on the clipboard: cells with tabs, newlines
or quotes are quoted, and reading gives back exactly the cells written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.common.tsv import from_tsv, to_tsv


def test_plain_cells_are_joined_by_tabs_and_rows_by_newlines() -> None:
    assert to_tsv([["a", "b"], ["c", "d"]]) == "a\tb\nc\td\n"
    assert from_tsv("a\tb\nc\td\n") == [["a", "b"], ["c", "d"]]


def test_cells_holding_tabs_newlines_or_quotes_are_quoted_with_quotes_doubled() -> None:
    rows = [["x\ty", "line 1\nline 2", 'say "hi"', ""]]
    text = to_tsv(rows)
    assert text == '"x\ty"\t"line 1\nline 2"\t"say ""hi"""\t\n'
    assert from_tsv(text) == rows


def test_what_excel_puts_on_the_clipboard_reads_as_its_cells() -> None:
    # Windows line ends, a trailing line end, an empty last cell, a quoted paragraph
    clipboard = 'Health\t"Two\nlines"\t\r\nElderly\tplain\t3\r\n'
    assert from_tsv(clipboard) == [["Health", "Two\nlines", ""], ["Elderly", "plain", "3"]]
    assert from_tsv("one cell") == [["one cell"]]
    assert from_tsv("old Mac\rline ends\r") == [["old Mac"], ["line ends"]]
    assert from_tsv("") == []


cells = st.text(alphabet=st.characters(blacklist_characters="\r\x00"), max_size=12)


@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=5))
def test_any_block_written_reads_back_the_same(rows: list[list[str]]) -> None:
    assert from_tsv(to_tsv(rows)) == rows
