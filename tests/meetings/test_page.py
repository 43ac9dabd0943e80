"""The Meetings page with real key and mouse events on a demo event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from sqlalchemy import select

from clusterdesk.services.meeting_board import load_board
from clusterdesk.store.models import AuditLog
from tests.meetings.gui_helpers import cell_of, click, make_page, pick_waiting, where

CTRL = Qt.KeyboardModifier.ControlModifier


def free_allowed_cell(page):  # type: ignore[no-untyped-def]
    model = page.model
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            if model.meeting_at(index) is None and model.verdict(index) == "":
                return index
    raise AssertionError("no free allowed cell")


def refused_cell(page):  # type: ignore[no-untyped-def]
    model = page.model
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            if model.meeting_at(index) is None and model.verdict(index):
                return index
    raise AssertionError("no refused free cell")


def test_the_grid_shows_the_meetings(qtbot, db, tmp_path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    board = load_board(db)
    assert page.model.rowCount() == len(board.tables) > 0
    assert page.model.columnCount() == len(board.slots) == 12
    m = board.active[0]
    index = cell_of(page, m.id)
    a, b = board.people[m.a], board.people[m.b]
    assert index.data() == f"{a.short}\n{b.short}"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert a.name in tip and a.organization in tip and b.organization in tip
    assert page.kpis.scheduled.value.text() == f"{board.scheduled} / {board.requested}"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "13:00"
    qtmodeltester.check(page.model)


def test_move_with_the_keyboard_lock_and_undo(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    m = load_board(db).active[0]
    start = where(db, m.id)
    click(qtbot, page, cell_of(page, m.id))
    qtbot.keyClick(page.grid, Qt.Key.Key_X, CTRL)
    assert page.moving == ("meeting", m.id) and page.model.overlay is not None
    target = free_allowed_cell(page)
    slot, table = page.model.slot_at(target.column()).id, page.model.table_id_at(target.row())
    click(qtbot, page, target)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, CTRL)
    assert where(db, m.id) == (slot, table, True, "scheduled")  # moved by hand: locked
    assert page.model.overlay is None
    assert page.grid.currentIndex() == cell_of(page, m.id)
    assert page.message.property("ok") is True
    fresh = load_board(db)  # the grid was patched, not reloaded: it must agree with the database
    assert (page.board.scheduled, page.board.breaks, page.board.tables_used) == (
        fresh.scheduled,
        fresh.breaks,
        fresh.tables_used,
    )
    assert sorted(page.board.active, key=lambda x: x.id) == sorted(fresh.active, key=lambda x: x.id)

    qtbot.keyClick(page.grid, Qt.Key.Key_L, CTRL)  # unlock
    assert where(db, m.id)[2] is False
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, CTRL)  # undo the unlock
    assert where(db, m.id)[2] is True
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, CTRL)  # undo the move
    assert where(db, m.id) == start
    assert page.model.index_of(m.id) == page.model.index(*_rc(page, start))
    assert not page.actions_.undo.isEnabled()  # nothing left to undo


def _rc(page, where_: tuple[int, int | None, bool, str]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    board = page.board
    col = [s.id for s in board.slots].index(where_[0])
    row = [t.id for t in board.tables].index(where_[1])
    return row, col


def test_a_refused_move_says_why_and_changes_nothing(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    m = load_board(db).active[0]
    start = where(db, m.id)
    click(qtbot, page, cell_of(page, m.id))
    qtbot.keyClick(page.grid, Qt.Key.Key_X, CTRL)
    target = refused_cell(page)
    reason = page.model.verdict(target)
    assert f"Not allowed: {reason}" in target.data(Qt.ItemDataRole.ToolTipRole)
    click(qtbot, page, target)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, CTRL)
    assert where(db, m.id) == start
    assert page.message.property("ok") is False and reason in page.message.text()


def test_escape_stops_a_move(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    m = load_board(db).active[0]
    click(qtbot, page, cell_of(page, m.id))
    qtbot.keyClick(page.grid, Qt.Key.Key_X, CTRL)
    qtbot.keyClick(page.grid, Qt.Key.Key_Escape)
    assert page.moving is None and page.model.overlay is None


def test_drag_a_meeting_with_the_mouse(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    m = load_board(db).active[1]
    source = cell_of(page, m.id)
    # find the target first (the overlay of this meeting), then drag for real
    page.grid.setCurrentIndex(source)
    page.start_move()
    target = free_allowed_cell(page)
    page.stop_move()
    slot, table = page.model.slot_at(target.column()).id, page.model.table_id_at(target.row())
    viewport = page.grid.viewport()
    a = page.grid.visualRect(source).center()
    b = page.grid.visualRect(target).center()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 6):
        QTest.mouseMove(viewport, a + (b - a) * step / 5)
        if step == 1:
            assert page.grid.dragging and page.model.overlay is not None
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert where(db, m.id)[:2] == (slot, table)


def test_held_and_no_show_by_one_side(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    board = load_board(db)
    first, second = board.active[0], board.active[1]
    click(qtbot, page, cell_of(page, first.id))
    qtbot.keyClick(page.grid, Qt.Key.Key_H, CTRL)
    assert where(db, first.id)[3] == "held"
    click(qtbot, page, cell_of(page, second.id))
    qtbot.keyClick(page.grid, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # the second person did not come
    qtbot.waitUntil(lambda: where(db, second.id)[3] == "no_show")
    with db.read() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.action == "meeting.no_show")).one()
    absent = board.people[second.b]
    assert log.details.endswith("did not come: " + absent.name)
    # the cell and the details say who did not come
    index = cell_of(page, second.id)
    assert page.model.index(index.row(), index.column()).data() == (
        f"{board.people[second.a].short}\n✗ {absent.short}"
    )
    assert f"No-show: {absent.name} did not come" in page.side.details.text()
    assert f"{absent.name} did not come" in page.message.text()
    assert next(m for m in load_board(db).meetings if m.id == second.id).absent == "b"
    qtbot.keyClick(page.grid, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert where(db, second.id)[3] == "cancelled"
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, CTRL)
    assert where(db, second.id)[3] == "no_show"
    qtbot.waitUntil(lambda: "did not come" in page.side.details.text())  # who, restored too


def test_the_page_has_a_title_and_plain_words_for_waiting_requests(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    title = page.findChild(QLabel, "pageTitle")
    assert title is not None and title.text() == "Meetings" and title.isVisible()
    waiting = [page.side.waiting.text(i) for i in range(page.side.waiting.count())]
    assert waiting and not any("free cell" in t or "(a " in t for t in waiting)
    assert any("not placed yet; there is room" in t for t in waiting)


def test_context_menu_offers_the_changes(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    m = load_board(db).active[0]
    rect = page.grid.visualRect(cell_of(page, m.id))
    page.grid.customContextMenuRequested.emit(rect.center())
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert {"actionMove", "actionLock", "actionHeld", "actionNoShow", "actionCancel"} <= set(names)
    menu.close()


def test_participant_agenda(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    board = load_board(db)
    m = board.active[0]
    person = board.people[m.a]
    qtbot.keyClick(page.grid, Qt.Key.Key_F, CTRL)
    assert page.side.search.hasFocus()
    qtbot.keyClicks(page.side.search, person.email)
    assert page.side.people.count() == 1
    mine = [x for x in board.active if person.id in (x.a, x.b)]
    assert page.side.agenda.count() == len(mine)
    other = board.people[m.b].name
    assert any(other in page.side.agenda.item(i).text() for i in range(page.side.agenda.count()))
    item = page.side.agenda.item(0)
    page.side.agenda.setCurrentItem(item)
    qtbot.keyClick(page.side.agenda, Qt.Key.Key_Return)
    assert page.current_meeting() is not None and person.id in (
        page.current_meeting().a,
        page.current_meeting().b,
    )


def test_quick_schedule_from_the_unscheduled_list(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    waiting = page.side.waiting
    before = waiting.count()
    rid = pick_waiting(qtbot, page, "there is room")
    qtbot.mouseClick(page.side.findChild(object, "quickSchedule"), Qt.MouseButton.LeftButton)
    assert waiting.count() == before - 1
    assert rid in {x.request_id for x in load_board(db).active}


def test_page_without_an_event_and_without_sessions(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from clusterdesk.services.events import create_event

    page = make_page(qtbot, None, tmp_path)
    assert not page.actions_.schedule.isEnabled()
    db = create_event(tmp_path / "empty.cdesk", name="Empty", start=date(2026, 5, 14))
    page.set_event(db)
    assert page.empty.isVisible() and not page.grid.isVisible()
    page.set_event(None)
    db.dispose()


def test_place_a_waiting_request_on_a_chosen_cell(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    rid = pick_waiting(qtbot, page, "there is room")
    qtbot.mouseClick(page.side.findChild(object, "placeRequest"), Qt.MouseButton.LeftButton)
    assert page.moving == ("request", rid) and page.model.overlay is not None
    target = free_allowed_cell(page)
    slot, table = page.model.slot_at(target.column()).id, page.model.table_id_at(target.row())
    click(qtbot, page, target)
    qtbot.keyClick(page.grid, Qt.Key.Key_V, CTRL)
    placed = next(m for m in load_board(db).active if m.request_id == rid)
    assert (placed.slot_id, placed.table_id, placed.locked) == (slot, table, True)
    assert rid not in {u.request_id for u in page.board.unplaced}


def test_delete_key_unschedules_and_undo_puts_it_back(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    m = load_board(db).active[2]
    start = where(db, m.id)
    waiting = page.side.waiting.count()
    click(qtbot, page, cell_of(page, m.id))
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert page.model.meeting_at(page.grid.currentIndex()) is None
    assert page.side.waiting.count() == waiting + 1
    assert m.request_id in {u.request_id for u in page.board.unplaced}
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, CTRL)
    back = next(x for x in load_board(db).active if x.request_id == m.request_id)
    assert where(db, back.id)[:3] == start[:3]
    assert page.side.waiting.count() == waiting
