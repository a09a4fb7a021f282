"""The country data tab: population, economy, labour, source notes, coherence checks.

May import ``engine``, ``gui.document`` and ``gui.common``; never another tab.
"""
