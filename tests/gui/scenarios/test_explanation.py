"""The explain panel: the terms as a table; a new explanation with the same terms rewrites
only the values, and reads exactly as the same explanation shown afresh."""

from __future__ import annotations

import pytest

from engine.method.explain import Explanation, Term
from gui.scenarios.explanation import ExplanationView, Shown

NBSP = "\u00a0"


def explanation(benefit: float, take_up: float = 0.95, label: str = "take-up") -> Explanation:
    return Explanation(
        "child-benefit",
        2030,
        ("Child benefit, 2030", "BC = TU x N x A"),
        (
            Term("N", "eligible persons", 918_637, "persons"),
            Term("TU", label, take_up, "fraction", share=True),
            Term("A", "annual amount per beneficiary", benefit, "LAK per year"),
        ),
    )


@pytest.fixture
def view(qtbot) -> ExplanationView:
    widget = ExplanationView()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    return widget


def fresh_text(qtbot, shown: Shown) -> str:
    other = ExplanationView()
    qtbot.addWidget(other)
    other.show_explanation(shown)
    return other.toPlainText()


def test_terms_are_shown_as_people_read_them(view) -> None:
    view.show_explanation(Shown.of(explanation(1_976_243)))
    text = view.toPlainText()
    assert text.startswith("Child benefit, 2030\nBC = TU x N x A\n")
    assert "\nTU\n95 %\n\ntake-up\n" in text  # a share in percent, without its unit
    assert "\nA\n1,976,243\nLAK per year\nannual amount per beneficiary\n" in text
    assert Shown.of(explanation(1)).rows[1] == ("TU", f"95{NBSP}%", "", "take-up")


def test_new_values_of_the_same_terms_are_written_into_the_same_table(view, qtbot) -> None:
    view.resize(600, 90)  # the reader scrolled down to the amounts
    view.show_explanation(Shown.of(explanation(1_976_243)))
    table = view.document().rootFrame().childFrames()[0]
    scroll = view.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    assert scroll.value() > 0
    changed = Shown.of(explanation(2_470_304, take_up=0.5))
    view.show_explanation(changed)
    assert view.document().rootFrame().childFrames() == [table]  # rewritten, not rebuilt
    assert scroll.value() == scroll.maximum() > 0  # and the reader's place kept
    assert view.toPlainText() == fresh_text(qtbot, changed)
    assert "\nTU\n50 %\n" in view.toPlainText()
    assert not view.document().isUndoAvailable()  # nothing piles up per edit


def test_other_terms_or_a_sentence_replace_the_table(view, qtbot) -> None:
    view.show_explanation(Shown.of(explanation(1_976_243)))
    table = view.document().rootFrame().childFrames()[0]
    relabelled = Shown.of(explanation(1_976_243, label="share taking it up"))
    view.show_explanation(relabelled)
    assert view.document().rootFrame().childFrames() != [table]
    assert view.toPlainText() == fresh_text(qtbot, relabelled)
    view.show_text("No population <for> these ages")
    assert view.toPlainText() == "No population <for> these ages"
    view.show_explanation(relabelled)  # after a sentence, the table again
    assert view.toPlainText() == fresh_text(qtbot, relabelled)
    view.show_text("")
    assert view.toPlainText() == ""
