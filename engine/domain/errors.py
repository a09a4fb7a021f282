"""Errors the engine raises: bad input names its place; everything else is a bug."""

from __future__ import annotations


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
        return ": ".join(parts)

    def in_file(self, source: str) -> InputError:
        """The same error (same class), now naming the file it came from."""
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.source = source
        clone.args = (clone.one_line(),)
        return clone


class Cancelled(Exception):
    """Long work stopped because the user asked (a progress callback returned False)."""
