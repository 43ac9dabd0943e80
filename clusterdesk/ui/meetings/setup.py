"""Opening the sessions-and-tables dialog from the Meetings page and applying it."""

from __future__ import annotations

from typing import Any

from clusterdesk.services.events import event_info
from clusterdesk.services.sessions import SessionInfo, list_sessions
from clusterdesk.ui.context import MEETINGS
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.meetings.session_dialog import SessionDialog
from clusterdesk.ui.workers import plain


def open_setup(page: Any) -> SessionDialog | None:
    """Show the dialog (non-blocking); on OK the session and tables are added off the GUI
    thread, then the page reloads. ``page`` is the MeetingsPage."""
    db = page.db
    if db is None:
        return None
    info = event_info(db)
    board = page.board
    dialog = SessionDialog(
        page,
        day=info.start_date,
        existing=list_sessions(db),
        tables=len(board.tables) if board is not None else 0,
    )

    def apply() -> None:
        request = dialog.request()

        def done(result: tuple[SessionInfo | None, int]) -> None:
            session, tables = result
            text = page.tr("{0} tables.").format(tables)
            if session is not None:
                text = (
                    page.tr("Session “{0}” added: {1} slots of {2} min. ").format(
                        session.name, session.slots, session.slot_minutes
                    )
                    + text
                )
            page.say(text)
            page.context.bus.changed.emit(MEETINGS)
            page.reload()

        page.context.runner.run(
            plain(request.apply, db), on_result=done, on_error=lambda exc: show_error(page, exc)
        )

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog
