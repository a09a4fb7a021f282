"""The JSON exchange format (docs/json-format.md): keys, validation, reading and writing.

May import ``engine.domain`` only. Readers validate one entity at a time and
name the JSON path of any error; writers give back exactly what a reader took.
"""
