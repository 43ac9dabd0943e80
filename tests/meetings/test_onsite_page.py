"""The on-site screens on the real Meetings page, driven by keys and clicks: not here yet →
mark absent (preview, apply, the freed partner re-placed) → Ctrl+Z puts it all back; a walk-in
meeting booked for two people found by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from clusterdesk.services.events import open_event
from clusterdesk.store.models import Meeting
from clusterdesk.ui.onsite.absent_dialog import AbsentDialog
from clusterdesk.ui.onsite.walkin_meeting import WalkinMeetingDialog
from tests.meetings.gui_helpers import make_page
from tests.meetings.onsite_helpers import future_event

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def meetings(db: object) -> list[tuple[int, int, int | None, str, bool]]:
    with db.read() as s:  # type: ignore[attr-defined]
        return sorted(
            (m.id, m.slot_id, m.table_id, m.status, m.locked) for m in s.scalars(select(Meeting))
        )


def test_not_here_then_absent_then_undo(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    future_event(tmp_path / "forum.cdesk")
    db = open_event(str(tmp_path / "forum.cdesk"))
    try:
        page = make_page(qtbot, db, tmp_path)
        before = meetings(db)
        page.grid.setFocus()
        qtbot.keyClick(page.grid, Qt.Key.Key_H, CTRL_SHIFT)
        dialog = page.not_here
        assert dialog is not None and dialog.isVisible()
        table, model = dialog.table, dialog.model

        def listed() -> list[str]:
            return [model.index(i, 0).data() for i in range(model.rowCount())]

        names = listed()
        # soonest first: the two at 13:00 (by name), then Олена at 13:20; Åsa has no meetings
        assert [n.split(" — ")[0] for n in names] == [
            "Jolanta Aviženytė",
            "Kęstutis Šetkus",
            "Олена Фесенко",
        ]
        kestutis = model.index(1, 0)
        rect = table.visualRect(kestutis)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert "kęstutis.šetkus@example.lt" in dialog.contact.text()
        # the selected person's meetings, with their partners
        theirs = [dialog.meetings.item(i).text() for i in range(dialog.meetings.count())]
        assert len(theirs) == 2 and "with Jolanta Aviženytė" in theirs[0]
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
        assert page.side.tabs.currentIndex() == 1
        assert page.side.people.currentItem().text().startswith("Kęstutis Šetkus")

        qtbot.mouseClick(dialog.absent, Qt.MouseButton.LeftButton)
        absent = page.absent_dialog
        assert isinstance(absent, AbsentDialog) and absent.isVisible()
        preview = [absent.lines.item(i).text() for i in range(absent.lines.count())]
        assert any("cancelled" in line and "Jolanta" in line for line in preview)
        assert any("re-placed" in line for line in preview)
        assert meetings(db) == before  # a preview changes nothing
        qtbot.mouseClick(absent.apply, Qt.MouseButton.LeftButton)
        with db.read() as s:
            statuses = {(m.participant_a_id, m.status) for m in s.scalars(select(Meeting))}
        assert len([x for x in statuses if x[1] == "cancelled"]) >= 1
        assert absent.print_button.isEnabled()
        assert len(meetings(db)) == len(before) + 1  # Олена–Jolanta re-placed
        assert "is absent" in page.message.text()
        # the list follows: Kęstutis's meetings are gone from it
        assert not any(n.startswith("Kęstutis") for n in listed())

        absent.close()
        page.grid.setFocus()
        qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert meetings(db) == before
        dialog.close()
    finally:
        db.dispose()


def test_walkin_meeting_by_name_and_undo(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    future_event(tmp_path / "forum.cdesk")
    db = open_event(str(tmp_path / "forum.cdesk"))
    try:
        page = make_page(qtbot, db, tmp_path)
        before = meetings(db)
        page.grid.setFocus()
        qtbot.keyClick(page.grid, Qt.Key.Key_W, CTRL_SHIFT)
        dialog = page.walkin_dialog
        assert isinstance(dialog, WalkinMeetingDialog) and dialog.isVisible()
        qtbot.keyClicks(dialog.first.search, "Åsa")
        qtbot.keyClick(dialog.first.search, Qt.Key.Key_Return)
        assert dialog.first.list.count() == 1
        qtbot.keyClicks(dialog.second.search, "jolanta")
        qtbot.keyClick(dialog.second.search, Qt.Key.Key_Return)
        assert dialog.second.list.count() == 1
        # Jolanta meets Kęstutis at 13:00: the first common round is 13:20
        assert dialog.rounds.count() == 2
        assert dialog.rounds.item(0).text().startswith("13:20–13:40 · table T2")
        qtbot.mouseClick(dialog.book, Qt.MouseButton.LeftButton)
        assert dialog.slip.isVisible() and "Table T2" in dialog.slip.text()
        assert len(meetings(db)) == len(before) + 1
        dialog.close()
        page.grid.setFocus()
        qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert meetings(db) == before
    finally:
        db.dispose()
