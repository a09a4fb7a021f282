"""A CSV file read one line at a time: bounded lines, strict UTF-8, rows numbered.

The whole file is never in memory: lines are read with a length cap (a line of
megabytes is refused before it is decoded), decoded as UTF-8 one by one (the
error names the byte's position in the file), and handed to the csv module,
whose field size limit catches a quoted cell that spans many lines.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from engine.domain import messages
from engine.domain.errors import InputError
from engine.importing.tables import MAX_ROWS, where

MAX_LINE_BYTES = 64 * 1024
csv.field_size_limit(MAX_LINE_BYTES)  # a quoted cell spanning lines stops here too


def csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Numbered records (the row as a spreadsheet would number it), comma or semicolon."""
    with path.open("rb") as handle:
        lines = _lines(handle)
        first = next(lines, "")
        delimiter = ";" if first.count(";") > first.count(",") else ","
        records = csv.reader(_chain(first, lines), delimiter=delimiter, strict=True)
        number = 0
        while True:
            try:
                cells = next(records)
            except StopIteration:
                return
            except csv.Error as error:
                raise InputError(
                    where(None, number + 1),
                    messages.translate(
                        "Engine", "is not valid CSV ({error})", "csv_stream.valid_csv_error"
                    ).format(error=error),
                ) from None
            number += 1
            yield number, cells


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _lines(handle: BinaryIO) -> Iterator[str]:
    offset = count = 0
    while raw := handle.readline(MAX_LINE_BYTES + 1):
        count += 1
        if count > MAX_ROWS:
            raise InputError(
                where(None, count),
                messages.translate(
                    "Engine",
                    "the file has more than {limit:,} rows (blank rows count too); the "
                    "limit is {limit:,}",
                    "csv_stream.file_has_more_than",
                ).format(limit=MAX_ROWS),
            )
        if len(raw) > MAX_LINE_BYTES:
            raise InputError(
                where(None, count),
                messages.translate(
                    "Engine",
                    "the line is longer than {limit} KB; the limit is "
                    "{limit} KB (is this a CSV file?)",
                    "csv_stream.line_longer_than_max",
                ).format(limit=MAX_LINE_BYTES // 1024),
            )
        try:
            text = raw.decode("utf-8-sig" if count == 1 else "utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                "",
                messages.translate(
                    "Engine",
                    "is not UTF-8 text (byte 0x{raw:02x} at position {offset}); save it as "
                    '"CSV UTF-8"',
                    "csv_stream.utf_text_byte_x",
                ).format(raw=raw[error.start], offset=offset + error.start),
            ) from None
        offset += len(raw)
        yield text
