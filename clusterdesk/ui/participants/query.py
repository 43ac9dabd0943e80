"""Keeps the participants model in step with the filter text and sort order.

Each change (typing, a header click, a data change) starts a short debounce; then the ids are
queried off the GUI thread with ``services.participants.search_ids`` (which folds case and
diacritics). Only the newest query's answer is applied; older ones are cancelled and dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from clusterdesk.services.participants import count, rows_by_id, search_ids
from clusterdesk.store.engine import EventDB
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.participants.model import ParticipantTableModel
from clusterdesk.ui.workers import Task, TaskRunner

DEBOUNCE_MS = 120


class ParticipantQuery(QObject):
    """``updated(shown, total)`` after the model got a new id list."""

    updated = Signal(int, int)

    def __init__(self, model: ParticipantTableModel, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.model = model
        self.runner = runner
        self.db: EventDB | None = None
        self.text = ""
        self.sort_key = "name"
        self.descending = False
        self.total = 0
        self._task: Task | None = None
        self._after: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        model.sortRequested.connect(self.set_sort)

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._task is not None

    def set_event(self, db: EventDB | None) -> None:
        self._cancel()
        self.db = db
        self.total = 0
        self.model.set_fetcher((lambda ids: rows_by_id(db, ids)) if db is not None else None)
        if db is not None:
            self.run_now()
        else:
            self.updated.emit(0, 0)

    def set_text(self, text: str) -> None:
        self.text = text
        self._timer.start()

    def set_sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.run_now()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Re-read everything (after a change in the data); ``then`` runs once it is shown."""
        if then is not None:
            self._after.append(then)
        self.model.invalidate()
        self.run_now()

    def run_now(self) -> None:
        self._timer.stop()
        db = self.db
        if db is None:
            return
        self._cancel()
        text, key, desc = self.text, self.sort_key, self.descending

        def job(_progress: object, _cancelled: object) -> tuple[list[int], int]:
            return search_ids(db, text, sort=key, descending=desc), count(db)

        self._task = self.runner.run(job, on_result=self._apply, on_error=self._failed)

    def _cancel(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _apply(self, result: tuple[list[int], int]) -> None:
        self._task = None
        ids, self.total = result
        self.model.set_ids(ids)
        self.updated.emit(len(ids), self.total)
        after, self._after = self._after, []
        for fn in after:
            fn()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        parent = self.parent()
        show_error(parent if hasattr(parent, "window") else None, error)  # type: ignore[arg-type]
