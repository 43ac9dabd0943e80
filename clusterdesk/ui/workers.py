"""Run work off the GUI thread and get the result back on it.

``TaskRunner.run(job, on_result=..., on_error=..., on_progress=...)`` runs ``job(progress,
cancelled)`` on a thread pool: ``progress(done, total)`` reports progress, ``cancelled()`` says
whether the user asked to stop (the job should then return early). Callbacks run on the GUI
thread, delivered through queued signals of a :class:`Task` that lives there; never touch a widget
from a job. ``plain(fn, *args)`` adapts a function that takes no callbacks.

``TaskRunner(synchronous=True)`` runs jobs at once in the calling thread (for deterministic tests).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]


def plain(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
    """A job that calls ``fn(*args, **kwargs)`` and ignores the progress/cancel callbacks."""
    return lambda _progress, _cancelled: fn(*args, **kwargs)


class Task(QObject):
    """One submitted job; lives on the GUI thread. ``cancel()`` asks the job to stop and drops
    its result (``on_cancelled`` runs instead of ``on_result``)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    _done_in_worker = Signal(object, object)  # (result, exception)
    _progress_in_worker = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False
        self._done_in_worker.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress_in_worker.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self.on_cancelled: Callable[[], object] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def execute(self, job: Job) -> None:
        """Run the job in the current thread and post the outcome to the GUI thread."""
        try:
            result = job(self._progress_in_worker.emit, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - delivered to on_error on the GUI thread
            self._done_in_worker.emit(None, exc)
        else:
            self._done_in_worker.emit(result, None)

    def execute_now(self, job: Job) -> None:
        """Run the job here and deliver the outcome at once (synchronous mode)."""
        try:
            result = job(self.progressed.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - delivered to on_error like a worker's
            self._deliver(None, exc)
        else:
            self._deliver(result, None)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        try:
            if self._cancel.is_set():
                if self.on_cancelled is not None:
                    self.on_cancelled()
            elif error is not None:
                self.failed.emit(error)
            else:
                self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, job: Job) -> None:
        super().__init__()
        self.task = task
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute(self.job)


class TaskRunner(QObject):
    """The one way to run work off the GUI thread (a private pool; database work is short)."""

    def __init__(
        self, parent: QObject | None = None, *, max_threads: int = 2, synchronous: bool = False
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: set[Task] = set()

    def run(
        self,
        job: Job,
        *,
        on_result: Callable[[Any], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, int], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
        on_finished: Callable[[], object] | None = None,
    ) -> Task:
        task = Task(self)
        task.on_cancelled = on_cancelled
        if on_result is not None:
            task.succeeded.connect(on_result)
        if on_error is not None:
            task.failed.connect(on_error)
        else:
            task.failed.connect(_reraise)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_finished is not None:
            task.finished.connect(on_finished)
        task.finished.connect(lambda: self._forget(task))
        self._active.add(task)
        if self.synchronous:
            task.execute_now(job)
        else:
            self._pool.start(_Runnable(task, job))
        return task

    def _forget(self, task: Task) -> None:
        self._active.discard(task)
        task.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every running job has returned (used when closing an event)."""
        return self._pool.waitForDone(msecs)


def _reraise(error: BaseException) -> None:
    raise error
