"""The Meetings page's on-site dialogs: not here yet, absent, walk-in meeting; and the way from
them to the grid (a person's meetings) and to the Print page (the changed agendas)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from clusterdesk.ui.i18n import translate
from clusterdesk.ui.onsite.absent_dialog import AbsentDialog
from clusterdesk.ui.onsite.not_here import NotHereDialog
from clusterdesk.ui.onsite.walkin_meeting import WalkinMeetingDialog

if TYPE_CHECKING:
    from clusterdesk.ui.meetings.page import MeetingsPage


def event_day(page: MeetingsPage) -> date:
    """The day a time typed on site is on: today when the event has rounds today, else the
    day of its first round."""
    today = datetime.now(page.tz).date()
    days = [s.day for s in page.board.slots] if page.board is not None else []
    return today if today in days or not days else days[0]


def open_not_here(page: MeetingsPage) -> None:
    if page.db is None:
        return
    if page.not_here is None:
        dialog = NotHereDialog(page.db, page.context.runner, page.tz, page)
        dialog.goTo.connect(lambda pid: go_to_person(page, pid))
        dialog.markAbsent.connect(lambda pid, name: open_absent(page, pid, name))
        page.not_here = dialog
    page.not_here.show()
    page.not_here.raise_()
    page.not_here.activateWindow()
    page.not_here.reload()


def open_absent(page: MeetingsPage, pid: int, name: str) -> AbsentDialog | None:
    if page.db is None:
        return None
    dialog = AbsentDialog(
        page.db, page.context.runner, page.edits, (pid, name), (event_day(page), page.tz), page
    )
    dialog.reprint.connect(lambda ids: reprint(page, ids))
    dialog.finished.connect(dialog.deleteLater)
    page.absent_dialog = dialog
    dialog.show()
    return dialog


def open_walkin(page: MeetingsPage) -> WalkinMeetingDialog | None:
    if page.db is None:
        return None
    dialog = WalkinMeetingDialog(page.db, page.context.runner, page.edits, page.tz, page)
    dialog.printAgendas.connect(lambda ids: reprint(page, ids))
    dialog.finished.connect(dialog.deleteLater)
    page.walkin_dialog = dialog
    dialog.show()
    dialog.first.search.setFocus()
    return dialog


def go_to_person(page: MeetingsPage, pid: int) -> None:
    page.side.show_person(pid)
    page.window().raise_()
    page.grid.setFocus()


def reprint(page: MeetingsPage, ids: list[int]) -> None:
    """Open the Print page on these people's agendas (preview, print, record: one pipeline)."""
    show = getattr(page.context.window, "show_page", None)
    printing = show("print") if show is not None else None
    select = getattr(printing, "select_agendas", None)
    if select is not None:
        select(ids)
    else:
        page.say(
            translate("MeetingsPage", "Open the Print page to print the changed agendas."), ok=False
        )
