"""The parts of the report, named on the command line: in the report's order, an unknown
name refused in one line."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.report.options import PARTS, STATUSES, ReportOptions, parse_parts


def test_parts_come_in_the_reports_order_whatever_order_they_are_named_in() -> None:
    assert parse_parts("glossary, Summary,packages") == ("summary", "packages", "glossary")
    # every part but the consultation's comments, which come only when asked
    assert ReportOptions().parts == tuple(part for part in PARTS if part != "comments")
    assert set(STATUSES) == {"draft", "validation", "endorsement", "endorsed"}


def test_an_unknown_part_is_refused_naming_the_parts() -> None:
    with pytest.raises(InputError) as raised:
        parse_parts("summary,annexes")
    assert raised.value.one_line().startswith(
        '--parts: "annexes" is not a part of the report (parts: contents, summary, '
    )
    with pytest.raises(InputError):
        parse_parts(" , ")
