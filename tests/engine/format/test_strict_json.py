"""Strict decoding: nesting deeper than MAX_DEPTH, duplicate keys and NaN are refused with
one line; a text with few brackets skips the depth walk, and brackets inside strings never
count, so what is accepted is exactly what was accepted before."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.format.strict_json import MAX_DEPTH, loads


def test_nesting_deeper_than_the_limit_is_refused_and_at_the_limit_accepted() -> None:
    assert loads("[" * MAX_DEPTH + "]" * MAX_DEPTH) == eval("[" * MAX_DEPTH + "]" * MAX_DEPTH)
    with pytest.raises(InputError, match=f"nested more than {MAX_DEPTH} deep"):
        loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))


def test_many_brackets_side_by_side_or_in_text_are_not_depth() -> None:
    wide = "[" + ",".join(["[]"] * 100) + "]"  # 101 brackets, two deep
    assert loads(wide) == [[]] * 100
    text = '{"notes": "' + "[" * 100 + '"}'  # brackets in a string
    assert loads(text) == {"notes": "[" * 100}


def test_duplicate_keys_constants_and_long_integers() -> None:
    with pytest.raises(InputError, match='the key "a" appears twice'):
        loads('{"a": 1, "a": 2}')
    with pytest.raises(InputError, match="NaN is not a number JSON allows"):
        loads('{"a": NaN}')
    assert loads("[" + "9" * 400 + "]") == [float("inf")]
    assert loads('{"priority": 3}') == {"priority": 3}
    with pytest.raises(InputError, match="is not valid JSON"):
        loads('{"a": 1')
