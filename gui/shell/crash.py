"""The crash net: an unexpected error is logged, explained in plain words, and the window
goes on. Every edit is validated before it is saved, so an error in the window never
leaves a half-made change in the project file."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from engine.runtime.logs import log_internal_error


class _Relay(QObject):
    """Carries an error raised on another thread to the GUI thread (a queued signal)."""

    raised = Signal(object, object, object)


class CrashNet(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.relay = _Relay(self)
        self.relay.raised.connect(self._show)

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook: from any thread; the dialog is always built on the GUI thread."""
        if QThread.currentThread() is self.thread():
            self._show(kind, error, trace)
        else:
            self.relay.raised.emit(kind, error, trace)

    def _show(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        path = log_internal_error((kind, error, trace))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Something went wrong"),
            self.tr(
                "ABND Studio met an unexpected problem and stopped that action. Your project "
                "is as it was before it: every edit is saved when you make it.\n\n"
                "The details are in this file, for the support team:\n{path}"
            ).format(path=path),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("crash-message")
        box.open()  # window-modal without blocking: the event loop keeps running


def install_crash_net(window: QWidget) -> CrashNet:
    """Make the crash dialog the handler of every uncaught exception, on any thread."""
    net = CrashNet(window)
    sys.excepthook = net.handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            net.handle(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    return net
