"""The host's side in the window: start, resume, list desks, stop, suspend on quit.

Every step runs on the task runner (initdb, the copy, the copy back take seconds); progress comes
back as ``step(what, done, total)``. The controller knows no window: the main window listens to
``hosting`` (open the event on the server) and ``unshared`` (reopen the file).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from clusterdesk.services.sharing.host import (
    DeskConnection,
    SharedEvent,
    Unshared,
    sharing_state,
)
from clusterdesk.services.sharing.starting import start_sharing
from clusterdesk.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker's steps to the GUI thread (a queued signal of an object living there)."""

    step = Signal(str, int, int)


class HostController(QObject):
    hosting = Signal(object)  # SharedEvent: sharing runs
    stopping = Signal()  # stopping begins: close the server's event in this window
    unshared = Signal(str, object)  # event file, Unshared
    failed = Signal(object)  # the exception
    step = Signal(str, int, int)
    desksListed = Signal(object)  # list[DeskConnection]

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shared: SharedEvent | None = None
        self.busy = False
        self._relay = _Relay(self)
        self._relay.step.connect(self.step)

    @staticmethod
    def is_shared(event_file: str | Path) -> bool:
        return sharing_state(event_file) is not None

    def _run(self, job: Callable[[], object], done: Callable[[object], None]) -> None:
        self.busy = True

        def finished(result: object) -> None:
            self.busy = False
            done(result)

        def error(exc: BaseException) -> None:
            self.busy = False
            self.failed.emit(exc)

        self.runner.run(lambda _p, _c: job(), on_result=finished, on_error=error)

    def start(self, event_file: str, address: str | None = None, port: int | None = None) -> None:
        """Share the file (or resume sharing it); ``hosting`` when the desks can join."""

        def job() -> SharedEvent:
            return start_sharing(event_file, address=address, port=port, step=self._relay.step.emit)

        self._run(job, self._started)

    def _started(self, result: object) -> None:
        assert isinstance(result, SharedEvent)
        self.shared = result
        self.hosting.emit(result)

    def stop(self) -> None:
        shared = self.shared
        if shared is None or self.busy:
            return

        def job() -> Unshared:
            return shared.stop_sharing(self._relay.step.emit)

        def done(result: object) -> None:
            self.shared = None
            self.unshared.emit(str(shared.event_file), result)

        self.stopping.emit()
        self._run(job, done)

    def list_desks(self) -> None:
        shared = self.shared
        if shared is None:
            return

        def done(result: object) -> None:
            self.desksListed.emit(result)

        def error(exc: BaseException) -> None:
            log.warning("could not list the desks: %s", exc)

        self.runner.run(lambda _p, _c: shared.desks(), on_result=done, on_error=error)

    def suspend(self) -> None:
        """The app quits: stop the server (sharing resumes when the event is opened again).
        Blocks for the server's shutdown (about a second), once, while the window closes."""
        shared, self.shared = self.shared, None
        if shared is not None:
            try:
                shared.suspend()
            except Exception:  # noqa: BLE001 - quitting goes on; the next start takes over
                log.exception("could not stop the sharing server")


__all__ = ["DeskConnection", "HostController"]
