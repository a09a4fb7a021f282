"""ABND Studio's desktop window (PySide6, pyqtgraph): the only place that imports Qt.

- ``document``: the open project (edits through the engine, undo, results,
  background tasks); every view talks to the others only through it;
- ``common``: widgets and helpers shared by the views (charts, labels, clipboard);
- one package per tab or surface: ``matrix``, ``country``, ``scenarios``,
  ``results``, ``workshop``, ``report``; they never import each other;
- ``shell``: the application, the main window, its menus and dialogs, settings.
"""
