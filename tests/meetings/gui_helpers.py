"""Helpers of the Meetings page tests: a demo event with meetings, the page on a real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select, update

from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.services.meeting_edits import EditRefused
from clusterdesk.services.meeting_manual import add_meeting
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Meeting, MeetingRequest
from clusterdesk.ui.context import EventBus, PageContext
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.workers import TaskRunner


def demo_event(path: Path, *, participants: int = 60, placed: int = 40) -> EventDB:
    """The demo event with ``placed`` requests put on the grid by quick-schedule, unlocked."""
    build_demo(path, participants=participants)
    db = open_event(str(path))
    with db.read() as s:
        ids = list(
            s.scalars(
                select(MeetingRequest.id)
                .where(MeetingRequest.status == "accepted")
                .order_by(MeetingRequest.id)
            )
        )
    for rid in ids[:placed]:
        try:
            add_meeting(db, request_id=rid)
        except EditRefused:
            pass
    with db.write() as s:
        s.execute(update(Meeting).values(locked=False))
    return db


def make_page(qtbot, db: EventDB | None, tmp_path: Path, *, synchronous: bool = True):  # type: ignore[no-untyped-def]
    from clusterdesk.ui.meetings.page import MeetingsPage

    window = QMainWindow()
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = PageContext(TaskRunner(window, synchronous=synchronous), settings, EventBus(), window)
    page = MeetingsPage(context)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    page.set_event(db)
    return page


def cell_of(page, meeting_id: int) -> QModelIndex:  # type: ignore[no-untyped-def]
    index = page.model.index_of(meeting_id)
    assert index.isValid(), f"meeting {meeting_id} is not on the grid"
    return index


def click(qtbot, page, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    page.grid.scrollTo(index)
    rect = page.grid.visualRect(index)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.grid.currentIndex() == index


def where(db: EventDB, meeting_id: int) -> tuple[int, int | None, bool, str]:
    with db.read() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        return (m.slot_id, m.table_id, m.locked, m.status)


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Real key events, one per character (QTest synthesises only ASCII keys; other letters come
    as key events carrying the text, as from a keyboard layout)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def pick_waiting(qtbot, page, text: str) -> int:  # type: ignore[no-untyped-def]
    """Click the first waiting request whose line holds ``text``; its request id."""
    waiting = page.side.waiting
    row = next(i for i in range(waiting.count()) if text in waiting.text(i))
    index = waiting.model().index(row, 0)
    waiting.scrollTo(index)
    qtbot.mouseClick(
        waiting.viewport(), Qt.MouseButton.LeftButton, pos=waiting.visualRect(index).center()
    )
    rid = int(index.data(Qt.ItemDataRole.UserRole + 10))
    assert page.side.selected_requests() == [rid]
    return rid
