"""The big screen on real event files: it follows an injected clock across round boundaries
(countdowns, the rounds shown, the bell), turns the pages of a 1,000-table room, stays readable
from 10 m (the smallest text measured on the real labels), reloads when the plan changes, and
opens from the main window's menu by its shortcut while the main window stays usable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from clusterdesk.services.events import EventDB
from clusterdesk.services.meeting_edits import move_meeting
from clusterdesk.ui.bigscreen.window import BigScreenWindow
from clusterdesk.ui.context import MEETINGS, EventBus, PageContext
from clusterdesk.ui.settings import AppSettings
from clusterdesk.ui.workers import TaskRunner
from tests.bigscreen.helpers import FakeClock, local, many_tables_event
from tests.gui.conftest import open_in
from tests.meetings.conftest import Grid


@pytest.fixture
def event_target(tmp_path: Path) -> str:
    """The GUI tests run on an event file (the service's tests cover PostgreSQL)."""
    return str(tmp_path / "event.cdesk")


@pytest.fixture
def context(qtbot) -> Iterator[PageContext]:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    yield PageContext(runner, AppSettings(), EventBus(parent), parent)
    runner.cancel_all()
    runner.wait()


def open_screen(qtbot, context: PageContext, db: EventDB, clock: FakeClock, **kw: object):  # type: ignore[no-untyped-def]
    screen = BigScreenWindow(context, db, clock=clock, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.ticker.stop()  # the test's clock moves only when the test says; ticks by hand
    with qtbot.waitSignal(screen.loaded, timeout=20_000):
        screen.resize(1366, 768)
        screen.show()
    return screen


def tables_shown(screen: BigScreenWindow) -> list[str]:
    return [row.table for row in screen.view.page_rows]


def people_shown(screen: BigScreenWindow) -> list[str]:
    return [
        label.text()
        for row in screen.view.rows
        for label in row.lines
        if label.isVisibleTo(screen.view) and label.text()
    ]


def test_the_screen_advances_when_the_clock_passes_a_round_boundary(
    qtbot, context, grid: Grid
) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(local(grid.db, 12, 58))
    screen = open_screen(qtbot, context, grid.db, clock)
    view = screen.view
    # before the first round: only the next one, with its countdown
    assert not view.now_panel.isVisibleTo(view) and view.next_panel.isVisibleTo(view)
    assert view.next_caption.text() == "Next: round 1 · 13:00 · in"
    assert view.next_count.text() == "02:00"
    assert tables_shown(screen) == ["T1", "T3"]

    clock.advance(seconds=119)  # 12:59:59
    screen.tick()
    assert view.next_count.text() == "00:01" and screen.bells == 0
    with qtbot.waitSignal(screen.bell, timeout=1_000):
        clock.advance(seconds=2)  # 13:00:01 — round 1 has begun
        screen.tick()
    assert view.now_panel.isVisibleTo(view)
    assert view.now_caption.text() == "Now: round 1 · ends in"
    assert view.now_count.text() == "19:59"
    assert view.next_caption.text() == "Next: round 2 · 13:20 · in"
    assert view.next_count.text() == "19:59"
    assert "Kęstutis Šetkus · Klaipėda Science Park" in people_shown(screen)
    assert "Jolanta Aviženytė · Vilnius Tech Cluster" in people_shown(screen)

    clock.advance(minutes=19, seconds=58)  # 13:19:59
    screen.tick()
    assert screen.bells == 1 and view.now_caption.text() == "Now: round 1 · ends in"
    clock.advance(seconds=2)  # 13:20:01
    screen.tick()
    assert screen.bells == 2
    assert view.now_caption.text() == "Now: round 2 · ends in"
    assert view.next_caption.text() == "Next: round 3 · 13:40 · in"
    assert tables_shown(screen) == ["T1"]  # only Kęstutis and Olena meet in round 2
    assert "Олена Фесенко · Kyiv IT Cluster" in people_shown(screen)
    screen.tick()
    assert screen.bells == 2  # one bell per boundary

    clock.advance(hours=3)  # a jump (a laptop woken up) passes boundaries long ago: no bell
    screen.tick()
    assert screen.bells == 2
    assert view.message.isVisibleTo(view)
    assert view.message.text() == "The meetings are over. Thank you!"


def test_the_gong_can_be_turned_off_with_m(qtbot, context, grid: Grid) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, context, grid.db, FakeClock(local(grid.db, 13, 5)))
    assert screen.gong
    qtbot.keyClick(screen, Qt.Key.Key_M)
    assert not screen.gong
    qtbot.keyClick(screen, Qt.Key.Key_M)
    assert screen.gong


@pytest.fixture
def big_room(tmp_path: Path) -> Iterator[EventDB]:
    db = many_tables_event(tmp_path / "big.cdesk", tables=1000, rounds=2)
    yield db
    db.dispose()


def test_pages_through_a_thousand_tables_by_the_clock_and_by_keys(qtbot, context, big_room) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(local(big_room, 13, 0, 1))
    screen = open_screen(qtbot, context, big_room, clock, page_seconds=5)
    view = screen.view
    per_page = view.rows_per_page
    assert 5 <= per_page < 1000
    assert view.pages == -(-1000 // per_page)
    assert tables_shown(screen) == [f"T{n}" for n in range(1, per_page + 1)]
    assert view.footer.text() == f"Page 1 of {view.pages} · tables T1–T{per_page}"

    seen: list[str] = []
    for _ in range(view.pages):
        seen += tables_shown(screen)
        clock.advance(seconds=5)
        screen.tick()
    assert seen == [f"T{n}" for n in range(1, 1001)]  # every table once, in the room's order
    assert view.page == 0  # and round again from the first page

    clock.advance(seconds=3)
    screen.tick()
    assert view.page == 0  # not yet: a page stays 5 s
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert view.page == 1 and tables_shown(screen)[0] == f"T{per_page + 1}"
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert view.page == view.pages - 1 and tables_shown(screen)[-1] == "T1000"
    clock.advance(seconds=4)
    screen.tick()
    assert view.page == view.pages - 1  # a key restarts the page's time

    clock.now = local(big_room, 13, 20, 0)  # the next round: from the first page again
    screen.tick()
    assert view.page == 0 and view.now_caption.text() == "Now: round 2 · ends in"
    assert not view.next_panel.isVisibleTo(view)  # the last round has no next one


def test_several_screens_share_a_large_room(qtbot, context, big_room) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(local(big_room, 13, 0, 1))
    screen = open_screen(qtbot, context, big_room, clock, page_seconds=5, part=(1, 2))
    view = screen.view
    per_page = view.rows_per_page
    assert view.pages == -(-500 // per_page)
    assert view.footer.text() == (
        f"Part 2 of 2 · Page 1 of {view.pages} · tables T501–T{500 + per_page}"
    )
    seen: list[str] = []
    for _ in range(view.pages):
        seen += tables_shown(screen)
        clock.advance(seconds=5)
        screen.tick()
    assert seen == [f"T{n}" for n in range(501, 1001)]
    screen.set_part((0, 4))  # the screen is given another part: T1–T250
    assert tables_shown(screen)[0] == "T1" and view.pages == -(-250 // per_page)


def assert_readable(screen: BigScreenWindow, width: int, height: int) -> float:
    """Every visible text: its font at least 1/40 of the screen height, its label tall and wide
    enough for it, inside the screen. Returns the smallest font size found (pixels)."""
    view = screen.view
    labels = view.visible_texts()
    assert len(labels) > 10
    smallest = float("inf")
    screen_rect = QRect(0, 0, width, height)
    for label in labels:
        info = QFontInfo(label.font())
        fm = QFontMetrics(label.font())
        smallest = min(smallest, info.pixelSize())
        where = QRect(label.mapTo(screen, label.rect().topLeft()), label.size())
        assert info.pixelSize() >= height / 40, (label.objectName(), label.text())
        assert label.height() >= fm.height(), (label.objectName(), label.text())
        assert screen_rect.contains(where), (label.objectName(), where)
        if not label.wordWrap():
            assert fm.horizontalAdvance(label.text()) <= label.width(), label.text()
    return smallest


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_smallest_text_is_at_least_a_fortieth_of_the_screen_height(  # type: ignore[no-untyped-def]
    qtbot, context, big_room, size: tuple[int, int]
) -> None:
    width, height = size
    clock = FakeClock(local(big_room, 13, 5))
    screen = open_screen(qtbot, context, big_room, clock)
    screen.resize(width, height)
    qtbot.waitUntil(lambda: screen.view.height() == height)
    screen.tick()
    smallest = assert_readable(screen, width, height)
    assert smallest >= height / 40
    rows = screen.view.rows_per_page
    clock.now = local(big_room, 12, 50)  # before the first round: one wide column
    screen.tick()
    assert_readable(screen, width, height)
    assert screen.view.rows_per_page == rows
    clock.now = local(big_room, 16, 0)  # the closing message
    screen.tick()
    message = screen.view.message
    assert QFontInfo(message.font()).pixelSize() >= height / 40


def test_reloads_when_another_desk_changes_the_plan(qtbot, context, grid: Grid) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(local(grid.db, 13, 5))
    screen = open_screen(qtbot, context, grid.db, clock)
    assert tables_shown(screen) == ["T1", "T3"]  # round 1 (T1, T3) and round 2 (T1)
    move_meeting(grid.db, grid.meetings["k_o"], grid.slots[1], grid.tables["T2"])
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.check_for_changes()  # what the poll timer does
    assert tables_shown(screen) == ["T1", "T2", "T3"]
    move_meeting(grid.db, grid.meetings["k_o"], grid.slots[1], grid.tables["T1"])
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        context.bus.changed.emit(MEETINGS)  # a change made in this app
    assert tables_shown(screen) == ["T1", "T3"]
    with qtbot.assertNotEmitted(screen.loaded, wait=500):
        screen.check_for_changes()  # nothing changed: no reload


def test_opens_from_the_menu_on_the_chosen_screen_and_the_main_window_stays_usable(  # type: ignore[no-untyped-def]
    qtbot, window, event_file, gui_thread_statements: list[str]
) -> None:
    open_in(window, qtbot, event_file)
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.big_screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.screens.count() == len(QApplication.screens())
    dialog.gong.setChecked(False)
    dialog.accept()
    big = window.big_screen.window
    assert big is not None
    qtbot.waitUntil(lambda: big.rounds is not None, timeout=10_000)
    assert big.isVisible() and big.isFullScreen() and not big.gong
    assert big.view.message.text() == "No meeting rounds are planned yet."
    assert QApplication.activeModalWidget() is None
    assert window.isEnabled()
    page = window.show_page("participants")  # the main window keeps working
    assert page is not None and page.isVisible()
    qtbot.keyClick(big, Qt.Key.Key_Escape)
    assert not big.isFullScreen() and big.isVisible()
    again = window.big_screen.choose()  # the choices are remembered; Show moves the one window
    assert again is not None and not again.gong.isChecked()
    again.accept()
    assert window.big_screen.window is big and big.isFullScreen()
    window.close_event()  # closing the event closes the big screen
    assert window.big_screen.window is None and not big.isVisible()
    assert gui_thread_statements == []  # the plan was read on a worker
