"""ABND Studio costing engine: pure Python (numpy), never Qt.

Everything a headless user or a test needs lives here: the domain types, the
JSON exchange format, demography, economy and labour paths, the RAP costing
of every scenario kind, packages, coherence warnings and explanations.
"""

__version__ = "0.1.0"
