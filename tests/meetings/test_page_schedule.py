"""Scheduling from the Meetings page: real keys into the options dialog, the progress dialog,
and its Cancel, which keeps the best valid plan found so far."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.services.meeting_board import load_board
from clusterdesk.services.meetings import meeting_plan
from clusterdesk.ui.meetings.schedule_dialog import ScheduleOptionsDialog, ScheduleProgressDialog
from tests.meetings.gui_helpers import make_page
from tests.meetings.rules_check import plan_problems


def _options(page) -> ScheduleOptionsDialog:  # type: ignore[no-untyped-def]
    dialogs = [d for d in page.findChildren(ScheduleOptionsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _set_limit(qtbot, dialog: ScheduleOptionsDialog, seconds: str) -> None:  # type: ignore[no-untyped-def]
    dialog.limit.setFocus()
    qtbot.keyClick(dialog.limit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.limit, seconds)
    assert dialog.limit.value() == int(seconds)


def test_schedule_from_the_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_demo(tmp_path / "demo.cdesk", participants=60)
    db = open_event(str(tmp_path / "demo.cdesk"))
    try:
        page = make_page(qtbot, db, tmp_path)
        assert page.board is not None and page.board.scheduled == 0
        page.grid.setFocus()
        qtbot.keyClick(page.grid, Qt.Key.Key_F9)
        dialog = _options(page)
        assert dialog.keep.isChecked()
        _set_limit(qtbot, dialog, "3")
        qtbot.keyClick(dialog.all, Qt.Key.Key_Space)  # plan everything anew
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: page.progress is None and page.board is not None and page.board.scheduled > 0,
            timeout=30_000,
        )
        board = load_board(db)
        assert page.board.scheduled == board.scheduled > 0
        assert page.model.meeting_at(page.model.index_of(board.active[0].id)) is not None
        assert page.kpis.scheduled.value.text() == f"{board.scheduled} / {board.requested}"
        assert f"{board.scheduled} meetings scheduled" in page.message.text()
        assert plan_problems(db) == []
        assert page.time_limit == 3
        assert page.board.breaks == meeting_plan(db).breaks  # the grid counts breaks the same way
    finally:
        db.dispose()


def test_cancel_keeps_the_best_plan_so_far(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_demo(tmp_path / "big.cdesk", participants=220)  # more requests than cells: a long run
    db = open_event(str(tmp_path / "big.cdesk"))
    try:
        page = make_page(qtbot, db, tmp_path, synchronous=False)
        qtbot.waitUntil(lambda: page.board is not None, timeout=20_000)
        page.actions_.schedule.trigger()
        dialog = _options(page)
        _set_limit(qtbot, dialog, "120")
        qtbot.mouseClick(dialog.all, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        progress = page.findChild(ScheduleProgressDialog)
        assert progress is not None and progress.isVisible()
        qtbot.waitUntil(lambda: progress.placed.text() not in ("", "0"), timeout=60_000)
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        assert "Stopping" in progress.phase.text()
        qtbot.waitUntil(lambda: page.progress is None, timeout=60_000)  # long before 120 s
        qtbot.waitUntil(lambda: page.board is not None and page.board.scheduled > 0, timeout=20_000)
        assert "Stopped early" in page.message.text()
        assert plan_problems(db) == []
        assert load_board(db).scheduled == page.board.scheduled
        assert QApplication.activeModalWidget() is None
    finally:
        page.context.runner.wait()
        db.dispose()
