"""The one way to run long work off the GUI thread: progress, cancel, and an outcome that
always comes back.

The work is a plain function of a ``report(share) -> keep_going`` callback (the
engine sees no Qt). Whatever happens in it, a ``finally`` sends either its value
or its exception back to the GUI thread, where ``done`` runs; an exception that
is not bad input then goes to ``sys.excepthook`` there, which the window has made
its crash dialog. So no busy state can stay on, and no dialog is built off the
GUI thread.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from engine.domain.errors import Cancelled, InputError

T = TypeVar("T")
Report = Callable[[float], bool]  # progress 0..1 -> False once cancelled


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a task came back with: its value, or the exception that stopped it."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class Task(QObject):
    """One run of a function on the thread pool.

    The worker emits ``_progressed`` and ``_finished``; the task's own slots
    receive them, and since the task lives on the GUI thread Qt queues them
    there: callbacks never run on the worker.
    """

    _progressed = Signal(float)
    _finished = Signal(object)

    def __init__(
        self,
        done: Callable[[Outcome[Any]], None],
        progress: Callable[[float], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._done = done
        self._progress = progress
        self.running = False
        self._progressed.connect(self._on_progress)
        self._finished.connect(self._on_finished)

    def _on_progress(self, share: float) -> None:
        if self._progress is not None:
            self._progress(share)

    def _on_finished(self, outcome: Outcome[Any]) -> None:
        self.running = False
        try:
            self._done(outcome)
        finally:
            error = outcome.error
            if error is not None and not isinstance(error, InputError):
                sys.excepthook(type(error), error, error.__traceback__)
            runner = self.parent()
            if isinstance(runner, TaskRunner):
                runner.forget(self)
            self.deleteLater()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, share: float) -> bool:
        """Called from the worker: pass on the progress; False once cancelled."""
        self._progressed.emit(share)
        return not self._cancel.is_set()


class TaskRunner(QObject):
    """Starts tasks and keeps each alive until its outcome is delivered."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[Task] = set()

    def run(
        self,
        work: Callable[[Report], T],
        done: Callable[[Outcome[T]], None],
        progress: Callable[[float], None] | None = None,
    ) -> Task:
        """Run ``work(report)`` in the background; ``done(outcome)`` runs on the GUI thread."""
        task = Task(done, progress, self)
        task.running = True
        self._live.add(task)

        def body() -> None:
            outcome: Outcome[Any] = Outcome()
            try:
                value = work(task.report)
                outcome = Outcome(value=value, cancelled=task.cancelled)
            except Cancelled:
                outcome = Outcome(cancelled=True)
            except BaseException as error:  # reported on the GUI thread, never lost
                outcome = Outcome(error=error)
            finally:
                # The window may have closed meanwhile (its task deleted): no one to tell.
                with contextlib.suppress(RuntimeError):
                    task._finished.emit(outcome)

        self.pool.start(body)
        return task

    def forget(self, task: Task) -> None:
        self._live.discard(task)

    def wait(self) -> None:
        """Block until every task has finished and delivered (tests, smoke, scripts)."""
        from PySide6.QtCore import QCoreApplication

        while self._live:
            self.pool.waitForDone()
            QCoreApplication.processEvents()
