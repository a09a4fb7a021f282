"""Fields and values as a reader sees them, in the window's conventions."""

from __future__ import annotations

from engine.edits.changes import ABSENT
from gui.common.field_labels import field_label, quantity_of, value_text, when_text
from gui.common.numbers import Quantity


def test_fields_in_words(qapp) -> None:
    assert field_label(("economy", "cpi_inflation")) == "Economy: consumer price inflation"
    assert field_label(("matrix", "m3", "comments", "c1"), value={"agency": "ILO"}) == (
        'Matrix row "m3": comment by ILO'
    )
    assert field_label(("scenarios", "s", "benefit", "percent")) == 'Scenario "s": benefit, percent'


def test_values_as_read(qapp) -> None:
    assert value_text(ABSENT) == "(none)"
    assert value_text(True) == "yes"
    assert value_text(600981.0) == "600,981"
    assert value_text(0.05, ("scenarios", "s", "admin_rate")) == "5\u00a0%"
    assert value_text(2030, ("scenarios", "s", "take_up", "target_year")) == "2030"
    assert value_text(["MoF", "ILO"]) == "MoF, ILO"
    assert value_text({"agency": "MoF", "text": "Agreed"}) == "MoF: Agreed"
    assert value_text("a\nb") == "a b"
    assert value_text("validated", ("matrix", "m1", "status")) == "validated"
    assert value_text("working_age", ("matrix", "m1", "guarantee")) == "Working age"
    assert value_text("x" * 500).endswith("…") and len(value_text("x" * 500)) == 200


def test_shares_and_times(qapp) -> None:
    assert quantity_of(("economy", "real_gdp_growth", "2030")) is Quantity.SHARE
    assert quantity_of(("scenarios", "s", "take_up", "target")) is Quantity.SHARE
    assert quantity_of(("economy", "poverty_line_monthly")) is Quantity.PLAIN
    shown = when_text("2025-05-03T09:12:44Z")
    assert len(shown) == 16 and shown.startswith("2025-05-0")
    assert when_text("not a time") == "not a time"
