"""The headless commands (docs/cli.md): one parser, one handler per command.

The top layer of the engine: it may import every other engine package. The
``report`` command draws charts with Qt, so its handler is given to :func:`run`
by ``main.py`` from ``gui.report``; the engine itself never imports Qt.
"""
