"""The shared connection state of the open event: one signal the whole window listens to.

A worker on its own thread checks the server every :data:`CHECK_MS` (a tiny query that also
reads the host's announcement). The GUI thread never waits for it. States:

* ``connected`` — the server answers; the host shares;
* ``lost`` — no answer (the host's Wi-Fi, the host quit): nothing is being recorded; the check
  repeats and the next answer brings ``connected`` back (the connection pool reconnects);
* ``stopping`` — the host is ending sharing: the event is read-only for this desk;
* ``ended`` — the host stopped sharing and its server is gone: the event is back in its file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from clusterdesk.services.events import EventDB
from clusterdesk.services.sharing.status import STOPPING, read_status

log = logging.getLogger(__name__)

CHECK_MS = 2000
CONNECTED = "connected"
LOST = "lost"
READ_ONLY = "stopping"
ENDED = "ended"


class _Checker(QObject):
    checked = Signal(str, str)  # state, detail (the driver's message when lost)

    def __init__(self, db: EventDB) -> None:
        super().__init__()
        self.db = db
        self.stopping_seen = False
        self.timer: QTimer | None = None

    @Slot()
    def start(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check()

    @Slot()
    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()

    @Slot()
    def check(self) -> None:
        try:
            status = read_status(self.db)
        except Exception as exc:  # noqa: BLE001 - any failure to answer is a lost connection
            state = ENDED if self.stopping_seen else LOST
            self.checked.emit(state, str(getattr(exc, "orig", exc)).strip().splitlines()[0])
            return
        if status is not None and status.state == STOPPING:
            self.stopping_seen = True
            self.checked.emit(READ_ONLY, status.host)
        else:
            self.checked.emit(CONNECTED, status.host if status else "")


class ConnectionMonitor(QObject):
    """``stateChanged(state, detail)`` whenever the state changes (and once at the start)."""

    stateChanged = Signal(str, str)
    _start = Signal()
    _stop = Signal()

    def __init__(self, db: EventDB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.thread_ = QThread()
        self.thread_.setObjectName("connection-monitor")
        self.checker = _Checker(db)
        self.checker.moveToThread(self.thread_)
        self.checker.checked.connect(self._on_checked)
        self._start.connect(self.checker.start)
        self._stop.connect(self.checker.stop)
        self.thread_.start()
        self._start.emit()

    def _on_checked(self, state: str, detail: str) -> None:
        if state != self.state:
            if state == LOST:
                log.warning("connection to the shared event lost: %s", detail)
            self.state = state
            self.stateChanged.emit(state, detail)

    def check_now(self) -> None:
        QTimer.singleShot(0, self.checker, self.checker.check)

    def close(self) -> None:
        try:
            self.checker.checked.disconnect(self._on_checked)
        except (RuntimeError, TypeError):
            pass
        self._stop.emit()
        self.thread_.quit()
        self.thread_.wait(15_000)
