"""The domain: a project's types, its errors and the engine's warnings.

Owns: ``model`` (frozen dataclasses mirroring the JSON format), ``kinds`` (the
fields each scenario kind uses), ``ages`` (age groups as text), ``errors``
(``InputError``) and ``notes`` (``Warning_``). Imports nothing of the engine.
"""
