"""Keeps the participants model in step with the filter text and sort order.

Each keystroke restarts a short debounce; then the app's one participant search
(``services.search``, the desk's index: folded, typo-tolerant, badge codes) answers off the GUI
thread with the ids in the table's order, and the first screen's rows are read with them. The
search is brought up to date with the database only when the data may have changed (an event
opened, the page shown again, an edit), not per keystroke.
Only the newest query's answer is applied; older ones are cancelled and dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from clusterdesk.services.events import EventDB, event_info
from clusterdesk.services.participants import ParticipantRow, rows_by_id
from clusterdesk.services.search import Filtered, shared_search
from clusterdesk.ui.participants.model import ParticipantTableModel
from clusterdesk.ui.workers import Task, TaskRunner

DEBOUNCE_MS = 120
FIRST_ROWS = 60  # read with the ids: the first screen shows without a read on the GUI thread
Answer = tuple[Filtered, list[ParticipantRow], tzinfo | None]


class ParticipantQuery(QObject):
    """``updated(result)`` after the model got a new id list (a ``services.search.Filtered``);
    ``failed(error)`` when the search could not run."""

    updated = Signal(object)
    failed = Signal(object)

    def __init__(self, model: ParticipantTableModel, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.model = model
        self.runner = runner
        self.db: EventDB | None = None
        self.text = ""
        self.sort_key = "name"
        self.descending = False
        self.total = 0
        self._stale = True
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
        self._stale = True
        self.model.set_fetcher((lambda ids: rows_by_id(db, ids)) if db is not None else None)
        if db is not None:
            self.run_now()
        else:
            self.updated.emit(Filtered([], 0, "all"))

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
        self._stale = True
        self.model.invalidate()
        self.run_now()

    def after(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the answer now on its way is shown (at once when none is)."""
        if self.pending:
            self._after.append(then)
        else:
            then()

    def run_now(self) -> None:
        self._timer.stop()
        db = self.db
        if db is None:
            return
        self._cancel()
        text, key, desc, stale = self.text, self.sort_key, self.descending, self._stale
        need_tz = self.model.tz is None

        def job(_progress: object, _cancelled: object) -> Answer:
            search = shared_search(db)
            if stale or not len(search):
                search.refresh(db)
            found = search.filtered(text, key, desc)
            tz = event_info(db).tz if need_tz else None  # times in the event's zone
            return found, rows_by_id(db, found.ids[:FIRST_ROWS]), tz

        self._task = self.runner.run(job, on_result=self._apply, on_error=self._failed)

    def _cancel(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _apply(self, answer: Answer) -> None:
        self._task = None
        self._stale = False
        result, first_rows, tz = answer
        if tz is not None:
            self.model.tz = tz
        self.total = result.total
        self.model.set_ids(result.ids, first_rows)
        self.updated.emit(result)
        after, self._after = self._after, []
        for fn in after:
            fn()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.failed.emit(error)
