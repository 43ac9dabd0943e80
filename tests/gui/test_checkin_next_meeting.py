"""A late arrival checked in at the desk sees their next meeting (time, table, partner) on the
banner; somebody without meetings to come sees no such line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from clusterdesk.services.events import open_event
from clusterdesk.store.models import Participant
from clusterdesk.ui.checkin.page import CheckinPage
from tests.gui.conftest import open_in
from tests.gui.test_checkin_desk import scanned, scanner
from tests.meetings.onsite_helpers import future_event


def test_the_banner_shows_the_next_meeting(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "forum.cdesk"
    emails = future_event(path)
    db = open_event(str(path))
    with db.read() as s:
        code = dict(s.execute(select(Participant.email, Participant.badge_code)).all())
    db.dispose()
    window.settings.q.setValue("checkin/desk", "Desk 1")
    open_in(window, qtbot, path)
    page = window.show_page("checkin")
    assert isinstance(page, CheckinPage)
    page.desk = "Desk 1"
    qtbot.waitUntil(lambda: page.tz is not None, timeout=10_000)
    banner = page.banner

    result = scanned(qtbot, page, lambda: scanner(qtbot, window, code[emails["k"]]))
    assert result.result == "checked_in"
    assert banner.next.isVisible()
    assert "13:00 · table T1 · with Jolanta Aviženytė" in banner.next.text()
    assert banner.next.text().startswith("Next meeting ")

    scanned(qtbot, page, lambda: scanner(qtbot, window, code[emails["a"]]))  # Åsa: no meetings
    assert not banner.next.isVisible()


def test_the_desk_books_a_meeting_for_the_person_on_the_banner(
    window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from clusterdesk.store.models import Meeting

    path = tmp_path / "forum.cdesk"
    emails = future_event(path)
    db = open_event(str(path))
    with db.read() as s:
        code = dict(s.execute(select(Participant.email, Participant.badge_code)).all())
        before = len(list(s.scalars(select(Meeting.id))))
    open_in(window, qtbot, path)
    page = window.show_page("checkin")
    assert isinstance(page, CheckinPage)
    page.desk = "Desk 1"
    qtbot.waitUntil(lambda: page.tz is not None, timeout=10_000)
    scanned(qtbot, page, lambda: scanner(qtbot, window, code[emails["a"]]))
    qtbot.mouseClick(page.meeting_button, Qt.MouseButton.LeftButton)
    dialog = page.walkin_meeting  # type: ignore[attr-defined]
    assert dialog.first.current() is not None
    qtbot.keyClicks(dialog.second.search, "kestutis")
    qtbot.keyClick(dialog.second.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.book.isEnabled(), timeout=5_000)
    # Kęstutis meets at 13:00 and 13:20: 13:40 is the first round both are free
    assert dialog.rounds.item(0).text().startswith("13:40")
    qtbot.mouseClick(dialog.book, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.slip.isVisible(), timeout=5_000)
    assert "Åsa Ødegård — Kęstutis Šetkus" in dialog.slip.text()
    with db.read() as s:
        assert len(list(s.scalars(select(Meeting.id)))) == before + 1
    qtbot.mouseClick(dialog.undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.slip.isVisible(), timeout=5_000)
    with db.read() as s:
        assert len(list(s.scalars(select(Meeting.id)))) == before
    dialog.close()
    db.dispose()
