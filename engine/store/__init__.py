"""The project file: one SQLite file (``.abnd``) that never loses an acknowledged edit.

Owns the schema and its migrations, safe open of files from others, the one-writer
lock, and reading or writing a whole project by file type (``files``). May import
``engine.edits``, ``engine.format``, ``engine.domain`` and ``engine.runtime``.
"""
