"""The assessment matrix tab: the table model over the matrix rows, and the tab.

May import ``engine``, ``gui.document`` and ``gui.common``; never another tab.
"""
