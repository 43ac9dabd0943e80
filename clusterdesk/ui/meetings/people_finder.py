"""The side panel's "Find a participant": the app's one participant search (the desk's and the
Participants page's — word starts, inside words, Latin spellings of Cyrillic names, one typo when
nothing else matches), asked on a worker: at 5,000 people the panel's own fold-every-name loop
held the GUI thread 110–160 ms per keystroke."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from clusterdesk.core.heap import quiet_gc
from clusterdesk.services.events import EventDB
from clusterdesk.services.search import shared_search
from clusterdesk.ui.workers import Task, TaskRunner, plain

SHOWN = 50  # people listed at most (best first: the one wanted is near the top)


def build_index(db: EventDB) -> int:
    """The search's index, built with the collector paused (a long-lived structure of every
    person's words: no full pass over it may hold the GUI thread)."""
    with quiet_gc():
        return shared_search(db).refresh(db)


class PeopleFinder(QObject):
    """``find(text)`` → ``found(text, ids)``: the best ``SHOWN`` the text finds, best first, as
    the desk ranks them (a badge code finds its owner; an answer for a text the user has typed
    past is dropped)."""

    found = Signal(str, list)  # the text asked, participant ids
    failed = Signal(object)  # an unexpected exception (a bug)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db: EventDB | None = None
        self._task: Task | None = None
        self._warm: Task | None = None

    def set_db(self, db: EventDB | None) -> None:
        self._cancel()
        self.db = db
        self._warm = None

    def warm(self) -> None:
        """Build the search's index now (~0.6 s at 5,000 people, on a worker) when the search box
        is shown, so that the first letters typed are answered at once."""
        db = self.db
        if db is None or self._warm is not None:
            return
        self._warm = self.runner.run(plain(build_index, db), on_error=self.failed.emit)

    def find(self, text: str) -> None:
        self._cancel()
        db = self.db
        if db is None or not text.split():
            self.found.emit(text, [])
            return

        def job(_progress: object, _cancelled: object) -> list[int]:
            search = shared_search(db)
            if len(search):
                search.refresh(db)  # one small query when nobody changed
            else:
                build_index(db)  # typed before the tab's warm-up got there
            return search.ranked(text, SHOWN)

        def done(ids: Any) -> None:
            self._task = None
            self.found.emit(text, list(ids))

        self._task = self.runner.run(job, on_result=done, on_error=self.failed.emit)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
