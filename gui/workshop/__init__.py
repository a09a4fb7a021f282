"""Workshop mode: one package's chart for a room, with toggles and sliders.

May import ``engine``, ``gui.document`` and ``gui.common``; never another tab.
"""
