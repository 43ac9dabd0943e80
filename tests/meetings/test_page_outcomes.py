"""Outcomes entered by keyboard on the real Meetings grid and on the outcome sheet (real key
events, a real demo event), undone with the page's Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clusterdesk.services.meeting_board import load_board
from clusterdesk.services.meeting_outcomes import outcome_of
from clusterdesk.ui.meetings.outcome_sheet import OutcomeSheet
from tests.meetings.gui_helpers import cell_of, click, make_page

CTRL = Qt.KeyboardModifier.ControlModifier


def state(db, mid: int) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    o = outcome_of(db, mid)
    return (o.status, o.absent, o.rating)


def test_outcome_keys_on_the_grid_and_undo(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    m = load_board(db).active[0]
    click(qtbot, page, cell_of(page, m.id))
    qtbot.keyClick(page.grid, Qt.Key.Key_4)
    assert state(db, m.id) == ("held", "", "agreement")
    assert page.model.meeting_at(cell_of(page, m.id)).rating == "agreement"  # repainted
    assert "agreement reached" in page.message.text()
    assert "Agreement reached" in page.side.details.text()
    qtbot.keyClick(page.grid, Qt.Key.Key_B)
    assert state(db, m.id) == ("no_show", "b", "")
    qtbot.keyClick(page.grid, Qt.Key.Key_H)
    assert state(db, m.id) == ("held", "", "")
    qtbot.keyClick(page.grid, Qt.Key.Key_2)
    assert state(db, m.id) == ("held", "", "informative")
    qtbot.keyClick(page.grid, Qt.Key.Key_C)
    assert state(db, m.id) == ("cancelled", "", "")
    qtbot.keyClick(page.grid, Qt.Key.Key_Backspace)
    assert state(db, m.id) == ("scheduled", "", "")
    for expected in (
        ("cancelled", "", ""),
        ("held", "", "informative"),
        ("held", "", ""),
        ("no_show", "b", ""),
        ("held", "", "agreement"),
        ("scheduled", "", ""),
    ):
        qtbot.keyClick(page.grid, Qt.Key.Key_Z, CTRL)
        assert state(db, m.id) == expected
    # typing in the side panel's search is not an outcome key
    page.find_participant()
    qtbot.keyClicks(page.side.search, "4an")
    assert state(db, m.id) == ("scheduled", "", "")
    # a key on an empty cell says what to do
    model = page.model
    empty = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.meeting_at(model.index(r, c)) is None
    )
    click(qtbot, page, empty)
    qtbot.keyClick(page.grid, Qt.Key.Key_4)
    assert "Select a meeting" in page.message.text()


def test_the_outcome_sheet_by_keyboard_saves_once_and_undoes(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, db, tmp_path)
    board = load_board(db)
    by_table: dict[int, list[int]] = {}
    for m in board.active:
        by_table.setdefault(m.table_id, []).append(m.id)
    table_id, ids = max(by_table.items(), key=lambda kv: len(kv[1]))
    assert len(ids) >= 3
    click(qtbot, page, cell_of(page, ids[0]))
    qtbot.keyClick(page.grid, Qt.Key.Key_T)
    sheet = QApplication.activeModalWidget()
    assert isinstance(sheet, OutcomeSheet)
    assert sheet.table_box.currentData() == table_id
    qtbot.waitUntil(lambda: sheet.rows.rowCount() > 0)
    lines = sheet.lines
    assert [line.meeting_id for line in lines][: len(ids)] == sorted(
        ids, key=lambda i: next(x.starts_at for x in lines if x.meeting_id == i)
    )
    first, second, third = (line.meeting_id for line in lines[:3])
    qtbot.waitUntil(sheet.rows.hasFocus)
    assert sheet.rows.currentRow() == 0
    for key in (Qt.Key.Key_3, Qt.Key.Key_A, Qt.Key.Key_4):  # each moves to the next line
        qtbot.keyClick(sheet.rows, key)
    qtbot.keyClick(sheet.rows, Qt.Key.Key_Up)
    qtbot.keyClick(sheet.rows, Qt.Key.Key_N)  # the third line again: neither came
    assert "Cooperation possible" in sheet.rows.item(0, 3).text()
    assert state(db, first) == ("scheduled", "", "")  # nothing written before the save
    qtbot.keyClick(sheet.rows, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not sheet.isVisible())
    assert state(db, first) == ("held", "", "cooperation")
    assert state(db, second) == ("no_show", "a", "")
    assert state(db, third) == ("no_show", "both", "")
    assert "the outcome of 3 meeting" in page.message.text()  # "meetings" once English plurals load
    window = page.window()
    with qtbot.waitActive(window):  # the offscreen platform does not give it back by itself
        window.activateWindow()
    qtbot.waitUntil(page.grid.hasFocus)
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, CTRL)  # one undo for the whole sheet
    for mid in (first, second, third):
        assert state(db, mid) == ("scheduled", "", "")


def test_the_dashboard_shows_outcomes_once_there_are_any(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clusterdesk.ui.dashboard.page import DashboardPage

    meetings = make_page(qtbot, db, tmp_path)
    page = DashboardPage(meetings.context)
    qtbot.addWidget(page)
    page.set_event(db)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.stats is not None)
    assert page.outcomes_box.isHidden()
    m = load_board(db).active
    click(qtbot, meetings, cell_of(meetings, m[0].id))
    qtbot.keyClick(meetings.grid, Qt.Key.Key_4)
    click(qtbot, meetings, cell_of(meetings, m[1].id))
    qtbot.keyClick(meetings.grid, Qt.Key.Key_N)
    page.refresh()
    qtbot.waitUntil(lambda: not page.outcomes_box.isHidden())
    bars = {label: n for label, n, _colour in page.by_outcome.items}
    assert bars["Agreement reached"] == 1 and bars["Did not take place"] == 1
    assert bars["Cooperation possible"] == 0
    assert page.tiles["held"].value.text() == "1" and page.tiles["no_shows"].value.text() == "1"
