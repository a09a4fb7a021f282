"""The RAP costing method (docs/method.md): country data prepared once, every scenario
kind costed as array operations over the projection years, packages summed, every
result explained.

May import ``engine.domain`` only: never the store, the CLI, outputs or Qt.
"""
