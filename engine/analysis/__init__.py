"""How sure the costs are: one-way sensitivity (tornado) and Monte Carlo bands.

May import ``engine.domain``, ``engine.method`` and ``engine.countries`` (the WPP
population bounds of a bundled country).
"""
