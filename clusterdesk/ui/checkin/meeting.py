"""The desk books a meeting for the person on the banner (a walk-in just registered, a late
arrival): the walk-in meeting dialog with that person chosen, its own undo, the agendas printed
through the Print page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from clusterdesk.services.arrivals import Contact
from clusterdesk.services.checkin.result import Person
from clusterdesk.services.events import EventDB
from clusterdesk.ui.context import MEETINGS, PageContext
from clusterdesk.ui.meetings.edits import EditRunner
from clusterdesk.ui.onsite.walkin_meeting import WalkinMeetingDialog


def open_walkin_meeting(
    page: QWidget, db: EventDB, context: PageContext, person: Person
) -> WalkinMeetingDialog:
    tz = getattr(page, "tz", None)
    edits = EditRunner(context.runner, page)
    edits.set_db(db)
    dialog = WalkinMeetingDialog(db, context.runner, edits, tz, page)
    edits.done.connect(lambda _change: context.bus.changed.emit(MEETINGS))
    dialog.printAgendas.connect(lambda ids: _print(context, ids))
    dialog.finished.connect(dialog.deleteLater)
    dialog.preset(Contact(person.id, person.full_name, person.organization, person.email, ""))
    dialog.show()
    page.walkin_meeting = dialog  # type: ignore[attr-defined]
    return dialog


def _print(context: PageContext, ids: list[int]) -> None:
    show = getattr(context.window, "show_page", None)
    printing = show("print") if show is not None else None
    select = getattr(printing, "select_agendas", None)
    if select is not None:
        select(ids)
