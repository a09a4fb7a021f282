"""Group work: the History panel, the merge dialog, the compare view, the versions dialog.

May import ``engine``, ``gui.document`` and ``gui.common``; never a tab.
"""
