"""The results tab: charts, the results table, sensitivity and uncertainty views, exports.

May import ``engine``, ``gui.document`` and ``gui.common``; never another tab.
"""
