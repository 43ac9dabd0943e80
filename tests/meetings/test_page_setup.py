"""Setting up sessions and tables from the Meetings page, and scheduling selected requests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from clusterdesk.services.events import create_event
from clusterdesk.services.meeting_board import load_board
from clusterdesk.services.sessions import list_sessions
from clusterdesk.ui.meetings.session_dialog import SessionDialog
from tests.meetings.gui_helpers import demo_event, make_page, type_text
from tests.meetings.rules_check import plan_problems

ID_ROLE = Qt.ItemDataRole.UserRole + 10


def test_add_a_session_and_tables_from_the_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = create_event(tmp_path / "new.cdesk", name="Forum", start=date(2026, 5, 14))
    try:
        page = make_page(qtbot, db, tmp_path)
        assert page.empty.isVisible()
        page.actions_.setup.trigger()
        dialog = next(d for d in page.findChildren(SessionDialog) if d.isVisible())
        type_text(qtbot, dialog.name, "Kontaktų mugė")
        qtbot.keyClicks(dialog.pauses, "15:00-15:20")
        dialog.tables.setFocus()
        qtbot.keyClick(dialog.tables, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.tables, "12")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        sessions = list_sessions(db)
        assert [(s.name, s.slots, s.pauses) for s in sessions] == [
            ("Kontaktų mugė", 11, "15:00-15:20")
        ]
        assert page.model.rowCount() == 12 and page.model.columnCount() == 11
        assert page.grid.isVisible() and not page.empty.isVisible()
        assert "Kontaktų mugė" in page.message.text()

        page.actions_.setup.trigger()  # the same name again: a clear refusal, nothing added
        dialog = next(d for d in page.findChildren(SessionDialog) if d.isVisible())
        type_text(qtbot, dialog.name, "Kontaktų mugė")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        assert len(list_sessions(db)) == 1
        box = page.findChild(QMessageBox, "userErrorBox")
        assert box is not None and box.isVisible() and "exists already" in box.text()
        box.close()
    finally:
        db.dispose()


def test_schedule_selected_places_only_those(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = demo_event(tmp_path / "demo.cdesk", placed=30)
    try:
        page = make_page(qtbot, db, tmp_path)
        before = {m.id: (m.slot_id, m.table_id) for m in load_board(db).active}
        waiting = page.side.waiting
        rows = [i for i in range(waiting.count()) if "there is room" in waiting.text(i)][:2]
        model = waiting.model()
        chosen = {model.index(i, 0).data(ID_ROLE) for i in rows}
        for i in rows:  # Ctrl+click each, as a user picks several
            index = model.index(i, 0)
            waiting.scrollTo(index)
            qtbot.mouseClick(
                waiting.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.ControlModifier,
                waiting.visualRect(index).center(),
            )
        assert set(page.side.selected_requests()) == chosen
        qtbot.mouseClick(page.side.findChild(object, "scheduleSelected"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.progress is None, timeout=30_000)
        board = load_board(db)
        after = {m.id: (m.slot_id, m.table_id) for m in board.active}
        assert {k: after[k] for k in before} == before  # nothing placed before moved
        new = {m.request_id for m in board.active if m.id not in before}
        assert new == chosen
        assert plan_problems(db) == []
    finally:
        db.dispose()
