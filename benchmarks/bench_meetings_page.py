"""The child of ``bench_meetings_plan.py``: opens the Meetings page on an event (offscreen,
1366×768) with whatever ``clusterdesk`` is first on ``sys.path``, and prints one JSON line of
timings (ms). It changes the event: give it a copy.

    python benchmarks/bench_meetings_page.py EVENT_COPY
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

BEAT_MS = 5


class Heartbeat(QObject):
    """Beats every 5 ms on the GUI thread; ``longest()`` is the longest gap less the interval."""

    def __init__(self) -> None:
        super().__init__()
        self.last = time.perf_counter()
        self.gaps: list[float] = []
        self.timer = QTimer(self)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def reset(self) -> None:
        self.gaps = []
        self.last = time.perf_counter()

    def longest(self) -> float:
        return max(0.0, max(self.gaps, default=0.0) - BEAT_MS)


class PaintWatch(QObject):
    """Notes, for each paint of the grid's viewport, the board the page showed then."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.boards: list[object] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.boards.append(self.page.board)
        return False


class GcWatch:
    """The longest pause of Python's garbage collector (any thread)."""

    def __init__(self) -> None:
        self.started = 0.0
        self.longest = 0.0
        gc.callbacks.append(self.note)

    def note(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.longest = max(self.longest, (time.perf_counter() - self.started) * 1000)


def wait_until(app: QApplication, done: Callable[[], bool], limit: float = 60.0) -> None:
    """Run the event loop (the GUI thread idles in it, as in the app) until ``done()``."""
    if done():
        return
    loop = QEventLoop()
    end = time.perf_counter() + limit

    def check() -> None:
        if done() or time.perf_counter() > end:
            loop.quit()

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not done():
        said = [w.text() for w in QApplication.allWidgets() if w.objectName() == "messageBar"]
        raise TimeoutError(f"the page did not get there in time (it says {said})")


def find_participant(app: QApplication, page: Any, heart: Heartbeat) -> tuple[float, float]:
    """Ctrl+F and "фесенко" entered as a person types (a letter every 60 ms): the longest stall of
    the GUI thread meanwhile, and ms from the last key to the list showing the answer."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page.find_participant()
    warm = getattr(getattr(page, "finder", None), "_warm", None)  # the search's index built
    wait_until(app, lambda: warm is None or warm.done)
    heart.reset()
    for ch in "фесенко":  # (QTest types ASCII only: inserted as the key would)
        page.side.search.insert(ch)
        end = time.perf_counter() + 0.06
        wait_until(app, lambda end=end: time.perf_counter() > end)
    last = time.perf_counter()
    wait_until(
        app,
        lambda: page.side.people.count() > 0 and "Фесенко" in page.side.people.item(0).text(),
    )
    shown = (time.perf_counter() - last) * 1000
    page.side.search.clear()
    QTest.keyClick(page.grid, Qt.Key.Key_Escape)
    return heart.longest(), shown


def open_not_here(app: QApplication, page: Any, heart: Heartbeat) -> tuple[float, float, int]:
    """ "Not here yet" from an hour before the first round (nobody has checked in: everybody
    with a meeting is listed): the longest stall of the GUI thread from asking until the list
    has been painted, the ms until it is filled, and how many people it lists."""
    from datetime import timedelta

    from clusterdesk.ui.meetings import onsite

    onsite.open_not_here(page)
    dialog = page.not_here
    wait_until(app, lambda: dialog.found is not None and not dialog._loading)
    by = page.board.slots[0].starts_at - timedelta(hours=1)
    dialog._by = by
    heart.reset()
    start = time.perf_counter()
    dialog.reload()
    wait_until(app, lambda: not dialog._loading and dialog.found.by == by, limit=300)
    shown = (time.perf_counter() - start) * 1000
    end = time.perf_counter() + 0.2  # its first paint
    wait_until(app, lambda: time.perf_counter() > end)
    stall = heart.longest()
    people = len(dialog.found.people)
    dialog.close()
    return stall, shown, people


def main() -> int:
    from clusterdesk.services import meeting_edits
    from clusterdesk.services.events import open_event
    from clusterdesk.ui.context import EventBus, PageContext
    from clusterdesk.ui.meetings.page import MeetingsPage
    from clusterdesk.ui.settings import AppSettings
    from clusterdesk.ui.workers import TaskRunner

    path = sys.argv[1]
    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    ini = os.path.join(tempfile.mkdtemp(), "settings.ini")
    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    context = PageContext(TaskRunner(window), settings, EventBus(), window)
    page = MeetingsPage(context)
    window.setCentralWidget(page)
    window.resize(1366, 768)
    window.show()
    watch = PaintWatch(page)
    gcw = GcWatch()
    page.grid.viewport().installEventFilter(watch)
    heart = Heartbeat()
    idle_end = time.perf_counter() + 2.0
    wait_until(app, lambda: time.perf_counter() > idle_end)
    idle = heart.longest()

    db = open_event(path)
    heart.reset()
    start = time.perf_counter()
    page.set_event(db)
    wait_until(app, lambda: any(b is not None for b in watch.boards))
    shown = (time.perf_counter() - start) * 1000
    stall = heart.longest()
    gc_load, gcw.longest = gcw.longest, 0.0

    def changed(meeting_id: int, test: Callable[[Any], bool]) -> Callable[[object], bool]:
        seen: dict[int, bool] = {}  # id(board) -> the change shows on it

        def check(board: object) -> bool:
            if board is None:
                return False
            if id(board) not in seen:
                meetings = getattr(board, "meetings", [])
                m = next((m for m in meetings if m.id == meeting_id), None)
                seen[id(board)] = m is not None and test(m)
            return seen[id(board)]

        return check

    stalls: list[float] = []
    refused: list[str] = []  # edits the page refused (not timed)
    gc_pauses: list[float] = []  # the collector's longest pause in each edit

    refusals: list[str] = []
    page.edits.refused.connect(refusals.append)

    def timed(action: Callable[[], None], ready: Callable[[object], bool]) -> float | None:
        """ms from the action to the change painted; None: the page refused it (said why)."""
        wait_until(app, lambda: not page.edits.busy)
        watch.boards.clear()
        refusals.clear()
        gcw.longest = 0.0
        heart.reset()
        begin = time.perf_counter()
        action()
        wait_until(app, lambda: bool(refusals) or any(ready(b) for b in watch.boards[-3:]))
        took = (time.perf_counter() - begin) * 1000
        stalls.append(heart.longest())
        gc_pauses.append(gcw.longest)
        if refusals:
            refused.append(refusals[0])
            return None
        return took

    board = page.board
    assert board is not None
    movable = [m for m in board.meetings if m.status == "scheduled" and not m.locked][::997][:5]
    status_ms, move_ms, bare_ms = [], [], []

    def free_cell(meeting_id: int) -> tuple[int, int, int] | None:
        """A free cell the meeting may go to on the board shown now: (slot id, row, column)
        (worked out before timing, on the page's current board); None: there is none."""
        shown = page.board
        assert shown is not None
        f = meeting_edits.feasibility(db, meeting_id=meeting_id)
        for col, s in enumerate(shown.slots):
            for row, t in enumerate(shown.tables):
                if (t.id, s.id) not in shown.cells and f.reason(s.id, t.id) is None:
                    return s.id, row, col
        return None

    def go_to(index: Any) -> None:
        """Go to a cell as the user does before the edit: the grid scrolls and paints there
        (a whole viewport) first; that is not part of the edit that follows."""
        page.grid.setCurrentIndex(index)
        end = time.perf_counter() + 0.1
        wait_until(app, lambda: time.perf_counter() > end)

    for m in movable:
        go_to(page.model.index_of(m.id))
        for status in ("held", "scheduled"):
            took = timed(
                partial(page._status, status),  # type: ignore[attr-defined]
                changed(m.id, partial(lambda s, x: x.status == s, status)),
            )
            if took is not None:
                status_ms.append(took)
    for mid in [m.id for m in movable]:
        found = free_cell(mid)
        if found is None:
            continue
        slot, row, col = found
        gc.collect()
        go_to(page.model.index_of(mid))
        go_to(page.model.index(row, col))  # the free cell; the meeting cut, Ctrl+V is timed
        page.moving = ("meeting", mid)  # (cut without the colours: a refresh may end a move)
        took = timed(page.paste, changed(mid, partial(lambda t, x: x.slot_id == t, slot)))
        if took is not None:
            move_ms.append(took)
    edit_stall = max(stalls, default=0.0)
    find_stall, find_ms = find_participant(app, page, heart)
    not_here_stall, not_here_ms, not_here_people = open_not_here(app, page, heart)
    page.set_event(None)
    db.dispose()
    bare = sqlite3.connect(path)
    for m in movable:
        begin = time.perf_counter()
        bare.execute("update meeting set status = 'held' where id = ?", (m.id,))
        bare.commit()
        bare_ms.append((time.perf_counter() - begin) * 1000)
    bare.close()
    result = {
        "shown_ms": shown,
        "stall_ms": stall,
        "idle_stall_ms": idle,
        "status_ms": status_ms,
        "move_ms": move_ms,
        "edit_stall_ms": edit_stall,
        "bare_update_ms": statistics.median(bare_ms),
        "gc_load_ms": gc_load,
        "gc_edits_ms": max(gc_pauses, default=0.0),
        "refused": refused,
        "find_stall_ms": find_stall,
        "find_ms": find_ms,
        "not_here_stall_ms": not_here_stall,
        "not_here_ms": not_here_ms,
        "not_here_people": not_here_people,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
