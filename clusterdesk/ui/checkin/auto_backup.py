"""Timed backups while the check-in desk is open: every N minutes (Preferences → Backups) the event
file is backed up on a worker of its own — never on the GUI thread, never in the way of the desk's
own worker, which keeps checking people in meanwhile. A failed backup is a warning on the desk's
status line, nothing more."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from clusterdesk.services.auto_backups import INTERVAL, BackupAttempt, backup_before
from clusterdesk.services.events import EventDB
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import TaskRunner, plain


class DeskBackups(QObject):
    """``taken(path)`` after a backup, ``warning(text)`` when one failed."""

    taken = Signal(str)
    warning = Signal(str)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = TaskRunner(self, max_threads=1)
        self.db: EventDB | None = None
        self.busy = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)

    def set_event(self, db: EventDB | None) -> None:
        self.stop()
        self.runner.wait()  # a backup of the event being closed finishes first
        self.db = db

    def start(self) -> None:
        """(Re)start the timer with the interval in the settings (0: no timed backups)."""
        minutes = self.settings.backup_interval_min()
        if self.db is None or self.db.path is None or minutes <= 0:
            self.timer.stop()
            return
        self.timer.start(minutes * 60_000)

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> None:
        db = self.db
        if db is None or db.path is None or self.busy:
            return
        self.busy = True
        keep = self.settings.backup_keep()
        self.runner.run(
            plain(backup_before, db, INTERVAL, keep),
            on_result=self._done,
            on_error=self._failed,
        )

    def _done(self, attempt: BackupAttempt) -> None:
        self.busy = False
        if attempt.error is not None:
            self._failed(attempt.error)
        elif attempt.path is not None:
            self.last_error = ""
            self.taken.emit(str(attempt.path))

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.last_error = error_text(error)
        now = datetime.now().strftime("%H:%M")
        self.warning.emit(
            self.tr("Automatic backup at %1 failed: %2. Check-ins go on; fix the cause soon.")
            .replace("%1", now)
            .replace("%2", self.last_error)
        )
