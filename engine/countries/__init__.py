"""The bundled country data (``resources/countries/<ISO3>.json``) turned into projects.

May import ``engine.domain``, ``engine.method`` (to carry values the way the engine
reads them) and ``engine.runtime``.
"""
