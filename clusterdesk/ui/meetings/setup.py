"""Opening the sessions-and-tables dialog from the Meetings page and applying it.

What the dialog shows (the event's first day, the sessions there are) is read off the GUI thread
first; the dialog opens when it arrives."""

from __future__ import annotations

from datetime import date
from typing import Any

from clusterdesk.services.events import EventDB, event_info
from clusterdesk.services.sessions import SessionInfo, list_sessions
from clusterdesk.ui.context import MEETINGS
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.i18n import translate
from clusterdesk.ui.meetings.session_dialog import SessionDialog
from clusterdesk.ui.workers import plain


def _what_exists(db: EventDB) -> tuple[date, list[SessionInfo]]:
    return event_info(db).start_date, list_sessions(db)


def open_setup(page: Any) -> None:
    """Read what exists, then show the dialog (non-blocking; ``page.setup_dialog``); on OK the
    session and tables are added off the GUI thread, then the page reloads. ``page`` is the
    MeetingsPage."""
    db = page.db
    if db is None:
        return
    page.context.runner.run(
        plain(_what_exists, db),
        on_result=lambda found: _show(page, db, *found),
        on_error=lambda exc: show_error(page, exc),
    )


def _show(page: Any, db: EventDB, day: date, existing: list[SessionInfo]) -> None:
    if page.db is not db:
        return  # the event was closed meanwhile
    board = page.board
    dialog = SessionDialog(
        page,
        day=day,
        existing=existing,
        tables=len(board.tables) if board is not None else 0,
    )

    def apply() -> None:
        request = dialog.request()

        def done(result: tuple[SessionInfo | None, int]) -> None:
            session, tables = result
            text = translate("MeetingsSetup", "{0} tables.").format(tables)
            if session is not None:
                text = (
                    translate(
                        "MeetingsSetup", "Session “{0}” added: {1} slots of {2} min. "
                    ).format(session.name, session.slots, session.slot_minutes)
                    + text
                )
            page.say(text)
            page.context.bus.changed.emit(MEETINGS)
            page.reload()

        page.context.runner.run(
            plain(request.apply, db), on_result=done, on_error=lambda exc: show_error(page, exc)
        )

    dialog.accepted.connect(apply)
    page.setup_dialog = dialog
    dialog.open()
