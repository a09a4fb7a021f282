"""The scenarios tab: the scenario form for each kind, the cost explained, the packages editor.

May import ``engine``, ``gui.document`` and ``gui.common``; never another tab.
"""
