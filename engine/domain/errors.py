"""Errors the engine raises: bad input names its place; everything else is a bug."""

from __future__ import annotations

import unicodedata

# Control characters, format characters (bidi overrides), line and paragraph separators,
# surrogates: none may reach a terminal or split a one-line message.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_text(text: str) -> str:
    """``text`` as one printable line: control characters written as ``\\n``, ``\\x1b``...

    Every message that quotes user text goes through :meth:`InputError.one_line`,
    which applies this, so an error is always exactly one line and no escape
    sequence from a file reaches the user's terminal.
    """
    if text.isprintable() and text.isascii():
        return text
    out = []
    for ch in text:
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif unicodedata.category(ch) in _UNSAFE_CATEGORIES:
            code = ord(ch)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    return "".join(out)


class InputError(ValueError):
    """Bad input: a value, a file or a project that cannot be used as given.

    ``path`` names the place (a JSON path such as ``scenarios[2].take_up.2031``,
    or a sheet/row/column), ``message`` says what is wrong in plain words.
    ``source`` is the file it came from, when known, so that the command line
    can print one line naming the file, the place and the problem.
    """

    def __init__(self, path: str, message: str, source: str | None = None) -> None:
        self.path = path
        self.message = message
        self.source = source
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """The single line shown to a user: ``file: path: message``."""
        parts = [p for p in (self.source, self.path) if p]
        parts.append(self.message)
        return escape_text(": ".join(parts))

    def in_file(self, source: str) -> InputError:
        """The same error (same class), now naming the file it came from."""
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.source = source
        clone.args = (clone.one_line(),)
        return clone


class Cancelled(Exception):
    """Long work stopped because the user asked (a progress callback returned False)."""
