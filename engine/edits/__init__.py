"""Edits as commands with inverses, applied to an immutable project.

Owns the primitives (``commands``: Put, Delete, Move, Batch), applying them to
a :class:`Project` (``apply``), and the typed builders every view and the
workshop use (``builders``), so no view builds a format dict by hand.
May import ``engine.domain`` and ``engine.format``.
"""
