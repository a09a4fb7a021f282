"""User-visible names of the engine's keys through Qt's translator, and back from what a user
typed or pasted: the key, the key with spaces, or the label, in any case."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from engine.analysis.uncertainty import ASSUMPTIONS, LABELS
from engine.domain.model import GUARANTEES
from gui.common.labels import assumption_label, format_percent, guarantee_key, guarantee_label

FRENCH = {"Health care": "Soins de santé", "Children": "Enfants", "take-up": "recours"}


class French(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        # None: no translation here (Qt then shows the English text)
        return FRENCH.get(source) if context == "Labels" else None


@pytest.fixture
def french(qapp) -> Iterator[None]:
    translator = French()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_guarantee_has_a_label_and_unknown_keys_show_as_they_are(qapp) -> None:
    assert [guarantee_label(g) for g in GUARANTEES] == [
        "Health care",
        "Children",
        "Working age",
        "Elderly",
    ]
    assert guarantee_label("pensions") == "pensions"


@pytest.mark.parametrize(
    "typed, key",
    [
        ("health", "health"),
        ("Health care", "health"),
        ("  ELDERLY ", "elderly"),
        ("working age", "working_age"),
        ("Working_Age", "working_age"),
        ("children", "children"),
        ("kids", None),
        ("", None),
    ],
)
def test_a_typed_guarantee_is_found_by_key_or_label(qapp, typed, key) -> None:
    assert guarantee_key(typed) == key


def test_labels_and_typed_labels_follow_the_installed_translation(french) -> None:
    assert guarantee_label("health") == "Soins de santé"
    assert guarantee_label("elderly") == "Elderly"  # no translation: English
    assert guarantee_key("soins de santé") == "health"
    assert guarantee_key("Enfants") == "children"
    assert guarantee_key("health") == "health"  # the key still works
    assert assumption_label("take_up") == "recours"


def test_assumption_labels_say_what_the_engine_says_in_english(qapp) -> None:
    assert {key: assumption_label(key) for key in ASSUMPTIONS} == LABELS
    assert assumption_label("unknown") == "unknown"


@pytest.mark.parametrize(
    "value, digits, text",
    [
        (0.12345, 2, "0.12\u00a0%"),  # a no-break space before the sign
        (1234.5678, 2, "1,234.57\u00a0%"),
        (0.0714, 3, "0.071\u00a0%"),
        (-1.5, 1, "-1.5\u00a0%"),
        (None, 2, "—"),
        (float("nan"), 3, "—"),
    ],
)
def test_percentages_are_rounded_with_separators_and_a_dash_for_no_result(
    value, digits, text
) -> None:
    assert format_percent(value, digits) == text
