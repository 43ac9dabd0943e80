"""The GUI thread never touches the database: every statement any engine runs while the real
pages are driven (opening the event, every page shown, the table scrolled, dialogs opened, a scan
at the desk) is recorded with its thread, and none may come from the GUI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.gui.conftest import open_in


@pytest.fixture
def gui_thread_statements() -> Iterator[list[str]]:
    """Where each statement run on the GUI thread came from (empty: none was)."""
    found: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            stack = [
                f"{f.filename.split('clusterdesk/', 1)[-1]}:{f.lineno} {f.name}"
                for f in traceback.extract_stack()
                if "/clusterdesk/" in f.filename and "/site-packages/" not in f.filename
            ]
            found.append(f"{statement.split()[0]} from " + " <- ".join(reversed(stack[-6:])))

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield found
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def test_driving_every_page_runs_no_statement_on_the_gui_thread(
    window, qtbot, event_file, gui_thread_statements: list[str]
) -> None:
    open_in(window, qtbot, event_file)
    for entry in window.event_view.entries:
        page = window.show_page(entry.key)
        qtbot.wait(150)  # each page's own loading, on workers
        assert page is not None
    people = window.show_page("participants")
    qtbot.waitUntil(
        lambda: people.model.rowCount() > 0 and not people.query.pending, timeout=10_000
    )
    people.table.scrollToBottom()
    for row in range(people.model.rowCount()):
        people.model.index(row, 0).data()
    dialog = people.add_participant()
    assert dialog is not None
    qtbot.wait(100)
    dialog.reject()
    meetings = window.show_page("meetings")
    qtbot.waitUntil(lambda: meetings.board is not None, timeout=10_000)
    meetings.actions_.setup.trigger()  # the sessions-and-tables dialog reads what exists
    qtbot.waitUntil(lambda: meetings.setup_dialog is not None, timeout=5_000)
    meetings.setup_dialog.reject()
    window.open_import()
    qtbot.wait(100)
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "importWizard":
            widget.reject()
    desk = window.show_page("checkin")
    qtbot.waitUntil(lambda: desk.tz is not None, timeout=10_000)
    with qtbot.waitSignal(desk.answered, timeout=5_000):
        qtbot.keyClicks(desk.input, "NOT-A-BADGE-CODE")
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    window.show_page("dashboard")
    qtbot.wait(200)
    window.close_event()
    assert gui_thread_statements == []
