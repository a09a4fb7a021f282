"""Errors the engine raises: bad input names the file, the place and the problem on one line."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.store.safety import NewerFileError


def test_one_line_joins_the_file_the_place_and_the_message() -> None:
    assert InputError("a.b", "is wrong").one_line() == "a.b: is wrong"
    assert InputError("", "is wrong").one_line() == "is wrong"
    assert InputError("a.b", "is wrong", "p.json").one_line() == "p.json: a.b: is wrong"
    assert InputError("", "is empty", "p.json").one_line() == "p.json: is empty"
    assert str(InputError("a.b", "is wrong", "p.json")) == "p.json: a.b: is wrong"


def test_in_file_names_the_file_and_keeps_the_original_unchanged() -> None:
    error = InputError("scenarios[0].take_up", "1.5 is above 1")
    located = error.in_file("/tmp/p.json")
    assert located.one_line() == "/tmp/p.json: scenarios[0].take_up: 1.5 is above 1"
    assert str(located) == located.one_line()
    assert (located.path, located.message, located.source) == (
        "scenarios[0].take_up",
        "1.5 is above 1",
        "/tmp/p.json",
    )
    assert error.source is None and str(error) == "scenarios[0].take_up: 1.5 is above 1"


def test_in_file_keeps_the_subclass_so_callers_can_still_tell_it_apart() -> None:
    newer = NewerFileError("", "was made by a newer version")
    located = newer.in_file("p.abnd")
    assert type(located) is NewerFileError
    with pytest.raises(NewerFileError, match=r"^p\.abnd: was made by a newer version$"):
        raise located


def test_an_input_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        raise InputError("x", "y")
