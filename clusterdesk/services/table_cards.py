"""Table tent cards: one card per meeting table with its meetings per slot once scheduled.

Gathers plain :class:`TableCardRecord` s from the event for the one table-card renderer
(``clusterdesk.documents.table_cards``); the print pipeline (``services.printing``) renders them
and logs every card (``document="table_card"``, ``table_id``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from clusterdesk.core.errors import UserError
from clusterdesk.documents.table_cards import TableCardDocument, TableCardRecord
from clusterdesk.documents.words import words
from clusterdesk.services.events import event_info
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import MeetingTable

TABLE_CARD = "table_card"
TABLE_CARD_LAYOUT = "a4-tent-card"  # the one format (A4 landscape, folded): logged as the layout
NO_TABLES = "The event has no meeting tables yet: add tables first"


def _clock(when: datetime, several_days: bool, language: str) -> str:
    return f"{words(language).day_month(when)} {when:%H:%M}" if several_days else f"{when:%H:%M}"


def table_meetings(db: EventDB) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each table label's active meetings in time order, as (time, "A – B") lines."""
    from clusterdesk.services.meetings import list_meetings
    from clusterdesk.store.models import ACTIVE_MEETING_STATUSES

    info = event_info(db)
    tz = info.tz
    meetings = [m for m in list_meetings(db) if m.status in ACTIVE_MEETING_STATUSES and m.table]
    days = {m.starts_at.astimezone(tz).date() for m in meetings}
    out: dict[str, list[tuple[str, str]]] = {}
    for m in sorted(meetings, key=lambda m: (m.starts_at, m.id)):
        when = _clock(m.starts_at.astimezone(tz), len(days) > 1, info.language)
        out.setdefault(m.table, []).append((when, f"{m.names[0]} – {m.names[1]}"))
    return {label: tuple(lines) for label, lines in out.items()}


def table_card_document(
    db: EventDB, labels: Sequence[str] = ()
) -> tuple[list[int], TableCardDocument]:
    """Every table (or only those labelled ``labels``) in table order, with their meetings."""
    tables = table_rows(db, labels)
    meetings = table_meetings(db)
    records = tuple(
        TableCardRecord(label, zone, meetings.get(label, ())) for _, label, zone in tables
    )
    info = event_info(db)
    return [t[0] for t in tables], TableCardDocument(records, info.name, info.language)


def table_rows(db: EventDB, labels: Sequence[str] = ()) -> list[tuple[int, str, str]]:
    """(id, label, zone) of every table in table order, or only those labelled ``labels``."""
    with db.read() as s:
        tables = [
            (int(i), str(label), str(zone))
            for i, label, zone in s.execute(
                select(MeetingTable.id, MeetingTable.label, MeetingTable.zone).order_by(
                    MeetingTable.position, MeetingTable.id
                )
            )
        ]
    if labels:
        wanted = {label.strip() for label in labels}
        unknown = sorted(wanted - {label for _, label, _ in tables})
        if unknown:
            raise UserError("No meeting table labelled " + ", ".join(unknown))
        tables = [t for t in tables if t[1] in wanted]
    return tables
