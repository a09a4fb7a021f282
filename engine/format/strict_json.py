"""Strict JSON text decoding shared by the JSON reader and the project file's stored bodies.

Refused, each with one line: duplicate keys, ``NaN``/``Infinity``, nesting deeper
than :data:`MAX_DEPTH` (checked before decoding, so no ``RecursionError`` can
happen whatever the stack), and integer literals too long to be a number this
format uses (read as floats, so an absurd one becomes ``inf`` and the field's
reader refuses it naming its place).
"""

from __future__ import annotations

import json
import re
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError

MAX_DEPTH = 32  # the format nests 6 deep; far below any stack limit
MAX_INT_DIGITS = 18  # longer integers are read as floats (exact up to 2**53 anyway)
# A JSON string (with escapes) or one bracket: strings are skipped so brackets in text
# do not count.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[{]|[\]}]', re.DOTALL)


def loads(text: str) -> Any:
    """Decode ``text`` strictly; :class:`InputError` (no place) says what is wrong."""
    check_depth(text)
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as error:
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is not valid JSON: {msg} at line {lineno} column {colno}",
                "strict_json.valid_json_msg_line",
            ).format(msg=error.msg, lineno=error.lineno, colno=error.colno),
        ) from None
    except RecursionError:  # pragma: no cover - check_depth keeps nesting far from it
        raise InputError(
            "",
            messages.translate(
                "Engine",
                "is not valid JSON: nested more than {depth} deep",
                "strict_json.valid_json_nested_more",
            ).format(depth=MAX_DEPTH),
        ) from None


def check_depth(text: str) -> None:
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return  # too few brackets to nest deeper (a stored row has a handful): no walk
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                raise InputError(
                    "",
                    messages.translate(
                        "Engine",
                        "is not valid JSON for a project: nested more than {depth} deep (at "
                        "line {line})",
                        "strict_json.valid_json_project_nested",
                    ).format(depth=MAX_DEPTH, line=line),
                )
        elif token in "]}":
            depth -= 1


def _int(literal: str) -> int | float:
    if len(literal) > MAX_INT_DIGITS:
        return float(literal)  # 10**400 becomes inf: the field's reader names the place
    return int(literal)


def _reject_constant(name: str) -> Any:
    raise InputError(
        "",
        messages.translate(
            "Engine",
            "{name} is not a number JSON allows; write a finite number",
            "strict_json.name_number_json_allows",
        ).format(name=name),
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    'the key "{key}" appears twice in the same object',
                    "strict_json.key_key_appears_twice",
                ).format(key=key),
            )
        result[key] = value
    return result


# One decoder for every call (json.loads builds a new one each time it is given hooks).
_DECODER = json.JSONDecoder(
    parse_constant=_reject_constant, parse_int=_int, object_pairs_hook=_no_duplicates
)
