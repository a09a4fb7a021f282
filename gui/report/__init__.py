"""The ABND report rendered from the engine's document model: PDF and ODT through Qt.

May import ``engine``, ``gui.document`` and ``gui.common``; never another tab.
"""
